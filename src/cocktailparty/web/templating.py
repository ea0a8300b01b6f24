"""The Jinja2 environment of the pages: autoescaped, with gettext, the CSRF token, numbers and dates
written the way the reader's language writes them, and Hijri dates beside Gregorian ones on request."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from cocktailparty import i18n
from cocktailparty.members import repository
from cocktailparty.members.service import Access
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.deps import csrf_token
from cocktailparty.web.fragments import CSRF_PLACEHOLDER

env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,  # every value, post text above all, is escaped unless a template says otherwise
    extensions=["jinja2.ext.i18n"],
)
templates = Jinja2Templates(env=env)
env.install_gettext_callables(web_i18n.raw_gettext, web_i18n.raw_ngettext, newstyle=True)  # type: ignore[attr-defined]
env.policies["ext.i18n.trimmed"] = True


def _lang() -> i18n.Lang:
    return web_i18n.current_lang.get()


def number(value: object) -> str:
    if isinstance(value, int) and _lang() == "en":
        value = f"{value:,}"
    return i18n.digits(value, _lang())


def percent(share: float | None, decimals: int = 0) -> str:
    return "—" if share is None else i18n.percent(share, _lang(), decimals)


def local_time(moment: datetime | None, zone: str = "UTC", fmt: str = "%Y-%m-%d %H:%M") -> str:
    if moment is None:
        return "—"
    return i18n.digits(moment.astimezone(ZoneInfo(zone)).strftime(fmt), _lang())


def zoned(moment: datetime | None, zone: str = "UTC", fmt: str = "%Y-%m-%d %H:%M") -> Markup:
    """A moment in `zone` with the zone named ("2026-12-21 10:44 (Riyadh)", "١٠:٤٤ (الرياض)"): every time on a page
    says which clock it is on, and the same moment reads the same wherever it is shown."""
    if moment is None:
        return Markup("—")
    # Escaped piece by piece rather than with Markup.format: a page of 50 inbox items shows 50 of them.
    return Markup(f'<time datetime="{escape(moment.isoformat())}">{escape(local_time(moment, zone, fmt))} '
                  f'<span class="zone">({escape(i18n.zone_label(zone, _lang()))})</span></time>')


def duration_words(minutes: int) -> str:
    """A target in minutes as the reader says it: whole hours in hours ("2 hours", "ساعتان"), else minutes."""
    if minutes % 60 == 0:
        return web_i18n.ngettext("%(num)d hour", "%(num)d hours", minutes // 60)
    return web_i18n.ngettext("%(num)d minute", "%(num)d minutes", minutes)


def zone_name(zone: str) -> str:
    return i18n.zone_label(zone, _lang())


def day_label(day: date | datetime) -> str:
    return i18n.date_label(day.date() if isinstance(day, datetime) else day, _lang())


def hijri(day: date | datetime) -> str:
    return i18n.hijri_date(day.date() if isinstance(day, datetime) else day, _lang())


def isolated(value: object) -> Markup:
    """A name, a handle or a code shown inside text of the other direction: isolated (<bdi>), so an English
    channel name in an Arabic sentence, or an Arabic name in an English one, keeps the sentence in order."""
    return Markup("<bdi>{}</bdi>").format(value)


env.filters.update(number=number, percent=percent, local_time=local_time, day_label=day_label, hijri=hijri,
                   bdi=isolated, zoned=zoned, zone_name=zone_name, duration_words=duration_words,
                   words=web_i18n.describe_here,
                   last_error=web_i18n.last_error_here)  # a Message (or an error) in the reader's language


def N_(message: str) -> str:  # the name Babel's extractor looks for
    """Marks a string for translation where it is defined; it is translated where it is shown."""
    return message


ROLE_NAMES = {"owner": N_("Owner"), "editor": N_("Editor"), "viewer": N_("Viewer")}


def flash(request: Request, kind: str, text: str) -> None:
    """A message shown once on the next page (kind: "ok" or "error")."""
    request.session.setdefault("flash", []).append([kind, text])


def flashes(request: Request) -> list[tuple[str, str]]:
    return [(kind, text) for kind, text in request.session.pop("flash", [])]


env.globals.update(
    flashes=flashes,
    role_name=lambda role: web_i18n.gettext(ROLE_NAMES.get(str(role), str(role))),
    category_name=lambda category: i18n.category_name(category, _lang()),
    describe=lambda found: web_i18n.describe_here(found),
    categories=CATEGORIES,
    promotional=PROMOTIONAL,
)


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    """A page or an HTMX fragment, with what every template may use."""
    lang = web_i18n.current_lang.get()
    user = getattr(request.state, "user", None)
    full: dict[str, Any] = {
        "lang": lang,
        "dir": web_i18n.DIRECTION[lang],
        "csrf_token": csrf_token(request),
        "user": user,
        "show_hijri": bool(user and user.show_hijri),
        **(context or {}),
    }
    return templates.TemplateResponse(request, name, full, status_code=status_code, headers=headers)


def render_page(
    request: Request,
    access: Access,
    session: Session,
    page: str,
    template: str,
    context: dict[str, Any] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """A page inside a workspace: the navigation (with `page` marked), the workspace switcher and the role."""
    full = {
        "page": page, "workspace": access.workspace, "role": access.role, "access": access,
        "can_edit": access.can_edit, "workspaces": repository.workspaces_of(session, access.user.id),
        **(context or {}),
    }
    return render(request, template, full, status_code=status_code)


def render_part(access: Access, name: str, context: dict[str, Any]) -> str:
    """A part of a workspace page rendered on its own, to be kept by web/fragments.py and shown to other
    readers with the same language, role and Hijri setting: it is given nothing of the reader but those,
    and a placeholder in place of the session's CSRF token."""
    lang = web_i18n.current_lang.get()
    full: dict[str, Any] = {
        "lang": lang, "dir": web_i18n.DIRECTION[lang], "csrf_token": CSRF_PLACEHOLDER,
        "show_hijri": bool(access.user.show_hijri), "workspace": access.workspace, "role": access.role,
        "can_edit": access.can_edit, **context,
    }
    return env.get_template(name).render(full)
