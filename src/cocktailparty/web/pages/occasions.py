"""The occasions page: the workspace's coming occasions with their Hijri dates and greetings (one click puts a
greeting in the library), and its settings: country, greeting languages, international days, the occasions kept
free of promotion, and Ramadan's evening slots."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from cocktailparty.errors import InputError
from cocktailparty.i18n import Lang
from cocktailparty.members.service import Access
from cocktailparty.occasions import catalog, service
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import flash, render_page

router = APIRouter()
SHOWN_DAYS = 90  # the coming occasions listed on the page


def _page(request: Request, access: Access, session: DbSession, *, error: str | None = None,
          status_code: int = 200) -> Response:
    lang: Lang = web_i18n.current_lang.get()
    today = datetime.now(UTC).date()
    chosen = service.settings_of(session, access.workspace)
    year = catalog.occasions_between(chosen.country, today, today + timedelta(days=service.HORIZON_DAYS), lang,
                                     catalog.INTERNATIONAL_DAYS)
    choices: dict[str, Any] = {}
    for occasion in year:
        choices.setdefault(occasion.key, occasion)
    context = {
        "settings": chosen, "error": error,
        "upcoming": service.upcoming(session, access.workspace, today, today + timedelta(days=SHOWN_DAYS), lang),
        "countries": sorted(catalog.supported_countries()), "arab_countries": catalog.ARAB,
        "international_days": {key: occasion for key, occasion in choices.items() if key.startswith("intl:")},
        "no_promotion_choices": [occasion for occasion in choices.values() if not occasion.key.startswith("intl:")
                                 or occasion.key.removeprefix("intl:") in chosen.international],
    }
    return render_page(request, access, session, "occasions", "occasions/occasions.html", context,
                       status_code=status_code)


@router.get("/w/{workspace_id}/occasions")
def occasions_page(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    return _page(request, access, session)


@router.post("/w/{workspace_id}/occasions/settings")
def save_settings(
    request: Request,
    workspace_id: int,
    access: EditorAccess,
    session: DbSession,
    country: Annotated[str, Form()] = "",
    languages: Annotated[list[str] | None, Form()] = None,
    international: Annotated[list[str] | None, Form()] = None,
    no_promotion: Annotated[list[str] | None, Form()] = None,
    ramadan_evening: Annotated[str, Form()] = "",
    ramadan_evening_at: Annotated[str, Form()] = "21:00",
) -> Response:
    try:
        service.update_settings(session, access.workspace, country=country, languages=languages or [],
                                international=[key.removeprefix("intl:") for key in international or []],
                                no_promotion=no_promotion or [], ramadan_evening=bool(ramadan_evening),
                                ramadan_evening_at=ramadan_evening_at)
    except InputError as error:
        return _page(request, access, session, error=describe_here(error), status_code=422)
    flash(request, "ok", _("Occasion settings saved."))
    return RedirectResponse(f"/w/{workspace_id}/occasions", status_code=303)


@router.post("/w/{workspace_id}/occasions/draft")
def draft_greeting(
    request: Request,
    workspace_id: int,
    access: EditorAccess,
    session: DbSession,
    day: Annotated[str, Form()] = "",
    key: Annotated[str, Form()] = "",
    lang: Annotated[str, Form()] = "",
    back: Annotated[str, Form()] = "",
) -> Response:
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise InputError("occasions.bad_day", "%(value)s is not a date such as 2027-03-09", value=repr(day)) from None
    words: Lang = "ar" if lang == "ar" else "en"
    if lang not in ("ar", "en"):
        raise InputError("occasions.bad_language", "greetings can be drafted in ar or en, not %(lang)s",
                         lang=repr(lang))
    service.draft_greeting(session, access.workspace, when, key, words)
    flash(request, "ok", _("The greeting is in the library as a celebration draft."))
    target = (f"/w/{workspace_id}/calendar?date={when.isoformat()}" if back == "calendar"
              else f"/w/{workspace_id}/occasions")
    return RedirectResponse(target, status_code=303)
