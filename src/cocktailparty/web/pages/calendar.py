"""The calendar pages: the month or week view, moving a post (drag and drop, or the small form on each
card), adding the planner's suggestions, and the iCalendar feed behind each member's own secret link."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, BackgroundTasks, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy.orm import Session

from cocktailparty import i18n
from cocktailparty.calendar import service
from cocktailparty.errors import CocktailError, InputError, NotFound
from cocktailparty.ideas import calendar as occasions_calendar
from cocktailparty.members import service as members
from cocktailparty.members.service import Access
from cocktailparty.occasions import service as occasions
from cocktailparty.posts import service as posts
from cocktailparty.posts.service import GuardrailRefused
from cocktailparty.web import fragments
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess, csrf_token, record_use_later
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import flash, local_time, render, render_page, render_part
from cocktailparty.workspaces.classifier import classifier_for

router = APIRouter()


def _is_htmx(request: Request) -> bool:
    return "hx-request" in request.headers


def _day(text: str | None, what: str = "date") -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError("calendar.bad_date", "%(what)s %(text)s is not a date such as 2026-12-01", what=what,
                         text=repr(text)) from None


def _channel_id(text: str | None) -> int | None:
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise NotFound("channel.not_found", "no such channel") from None


def _page(
    request: Request,
    access: Access,
    session: DbSession,
    *,
    view: str,
    day: str | None,
    channel: str | None,
    suggest: bool = False,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    now = datetime.now(UTC)
    lang = web_i18n.current_lang.get()
    stamp = fragments.workspace_stamp(session, access.workspace.id)  # before the posts: see web/fragments.py
    page = service.frame(session, access.workspace, service.check_view(view), _day(day) or now.date(),
                         week_start=service.first_weekday(lang), now=now, channel_id=_channel_id(channel))
    context: dict[str, Any] = {
        "cal": page, "keep": page.keep, "now": now, "error": error, "feed_url": _feed_url(request, session, access),
        "grid": _grid(request, access, session, page, now, lang, stamp, suggest), **_titles(page),
    }
    return render_page(request, access, session, "calendar", "calendar/calendar.html", context,
                       status_code=status_code)


def _grid(request: Request, access: Access, session: Session, page: service.CalendarPage, now: datetime,
          lang: i18n.Lang, stamp: int | None, suggest: bool) -> Markup:
    """The grid of days with their posts: kept (per language, role and Hijri setting) until the workspace
    changes, a card's time passes or the day ends; built afresh when it shows the planner's suggestions."""
    # The occasions shown depend on the workspace's occasion settings, which the change stamp does not follow.
    key = ("calendar", access.workspace.id, lang, access.can_edit, access.user.show_hijri, page.view, page.anchor,
           page.channel_id, now.date(), occasions.settings_of(session, access.workspace))

    def build() -> tuple[str, datetime | None]:
        service.place_posts(session, page, now)
        if suggest:
            service.add_suggestions(session, access.workspace, page, now)
        shown = occasions_calendar.calendar_context(session, access.workspace, page.first, page.last, lang)
        html = render_part(access, "calendar/_grid.html", {"cal": page, "keep": page.keep, **shown})
        return html, page.changes_at

    if suggest:
        return Markup(build()[0].replace(fragments.CSRF_PLACEHOLDER, csrf_token(request)))
    return fragments.parts.kept_or_built(key, stamp, now, csrf_token(request), build)


def _titles(page: service.CalendarPage) -> dict[str, str]:
    """The heading: the month ("December 2026" in the reader's language) or the week's first and last days,
    with the Hijri dates of the same span for those who want them."""
    lang = web_i18n.current_lang.get()
    if page.view == "month":
        first, last = page.month_start, page.month_end
        title = i18n.month_label(first.year, first.month, lang)
    else:
        first, last = page.first, page.last
        title = f"{i18n.date_label(first, lang)} – {i18n.date_label(last, lang)}"
    return {"title": title, "hijri_range": f"{i18n.hijri_date(first, lang)} – {i18n.hijri_date(last, lang)}"}


def _feed_url(request: Request, session: Session, access: Access) -> str:
    """The member's own feed link: it stops working when they reset it or leave the workspace."""
    token = members.shown_feed_token(session, access)
    return f"{str(request.base_url).rstrip('/')}/w/{access.workspace.id}/calendar.ics?token={token}"


def _back(keep: dict[str, str], workspace_id: int) -> str:
    query = [f"view={'week' if keep['view'] == 'week' else 'month'}"]
    if _day(keep.get("date")):
        query.append(f"date={keep['date']}")
    if keep.get("channel", "").isdigit():
        query.append(f"channel={keep['channel']}")
    return f"/w/{workspace_id}/calendar?{'&'.join(query)}"


def _refusal_message(error: CocktailError) -> str:
    if isinstance(error, GuardrailRefused):
        return _("Refused by the mix guardrail: %(reason)s. To fix: %(fix)s.",
                 reason=describe_here(error.verdict.reason or error.detail),
                 fix=describe_here(error.verdict.fix or error.detail))
    return describe_here(error)


@router.get("/w/{workspace_id}/calendar")
def calendar_page(
    request: Request,
    workspace_id: int,
    access: WorkspaceAccess,
    session: DbSession,
    view: str = "month",
    day: Annotated[str | None, Query(alias="date")] = None,
    channel: str | None = None,
    suggest: bool = False,
) -> Response:
    return _page(request, access, session, view=view, day=day, channel=channel, suggest=suggest)


@router.post("/w/{workspace_id}/calendar/posts/{post_id}/move")
def move_post(
    request: Request,
    workspace_id: int,
    post_id: int,
    access: EditorAccess,
    session: DbSession,
    at: Annotated[str, Form()] = "",
    day: Annotated[str, Form()] = "",
    hour: Annotated[str, Form()] = "",
    view: Annotated[str, Form()] = "month",
    back: Annotated[str, Form(alias="date")] = "",
    channel: Annotated[str, Form()] = "",
) -> Response:
    """Move a scheduled post: to `at` (a local date and time of its channel), or to `day` keeping its local
    time of day (at `hour` when given). Drag and drop sends `day`; the form on the card sends `at`."""
    keep = {"view": view, "date": back, "channel": channel}
    now = datetime.now(UTC)
    try:
        post, post_channel = posts.movable(session, access.workspace, post_id)  # another workspace's: 404
        try:
            local = datetime.fromisoformat(at) if at else None
        except ValueError:
            raise InputError("calendar.bad_time", "%(at)s is not a date and time such as 2026-12-01T09:30",
                             at=repr(at)) from None
        if local is not None and local.tzinfo is not None:
            local = local.replace(tzinfo=None)  # the form gives the channel's wall-clock time
        hour_number = int(hour) if hour.strip().isdigit() else None
        target = posts.new_time(post, post_channel, at=local, day=_day(day, "day"), hour=hour_number)
        posts.move(session, access.workspace, post, post_channel, target, now)
    except (GuardrailRefused, InputError) as error:
        message = _refusal_message(error)
        if _is_htmx(request):
            return render(request, "partials/error.html", {"message": message, "status": error.status_code},
                          status_code=error.status_code)
        return _page(request, access, session, view=view, day=back or None, channel=channel or None,
                     error=message, status_code=error.status_code)
    if _is_htmx(request):
        card = service.card_of(post, post_channel, now)
        return render(request, "calendar/_card.html",
                      {"card": card, "keep": keep, "workspace": access.workspace, "can_edit": access.can_edit})
    flash(request, "ok", _("Moved to %(when)s.", when=local_time(post.due_at, post_channel.timezone)))
    return RedirectResponse(_back(keep, access.workspace.id), status_code=303)


@router.post("/w/{workspace_id}/calendar/suggestions")
def add_suggestion(
    request: Request,
    workspace_id: int,
    access: EditorAccess,
    session: DbSession,
    channel_id: Annotated[int, Form()],
    item_id: Annotated[int, Form()],
    at: Annotated[str, Form()],
    view: Annotated[str, Form()] = "month",
    back: Annotated[str, Form(alias="date")] = "",
    channel: Annotated[str, Form()] = "",
) -> Response:
    """Schedule the library item the planner suggested for a slot (the guardrail judges it like any post)."""

    keep = {"view": view, "date": back, "channel": channel}
    now = datetime.now(UTC)
    try:
        try:
            slot = datetime.fromisoformat(at)
        except ValueError:
            raise InputError("calendar.bad_time", "%(at)s is not a date and time", at=repr(at)) from None
        if slot.tzinfo is None:
            raise InputError("calendar.no_time_zone", "%(at)s has no time zone", at=repr(at))
        post, post_channel = service.add_suggestion(session, access.workspace, channel_id, item_id, slot,
                                                    classifier_for(access.workspace.id), now)
    except (GuardrailRefused, InputError) as error:
        message = _refusal_message(error)
        if _is_htmx(request):
            return render(request, "partials/error.html", {"message": message, "status": error.status_code},
                          status_code=error.status_code)
        return _page(request, access, session, view=view, day=back or None, channel=channel or None,
                     suggest=True, error=message, status_code=error.status_code)
    if _is_htmx(request):
        card = service.card_of(post, post_channel, now)
        return render(request, "calendar/_card.html",
                      {"card": card, "keep": keep, "workspace": access.workspace, "can_edit": access.can_edit})
    flash(request, "ok", _("Scheduled for %(when)s.", when=local_time(post.due_at, post_channel.timezone)))
    return RedirectResponse(_back(keep, access.workspace.id), status_code=303)


@router.post("/w/{workspace_id}/calendar/feed/reset")
def reset_feed(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    """A new feed link for this member; calendar apps subscribed to the old one get nothing more."""
    members.reset_feed_token(session, access)
    flash(request, "ok", _("Your calendar feed link was reset; the old link no longer works."))
    return RedirectResponse(f"/w/{workspace_id}/calendar#feed-title", status_code=303)


@router.get("/w/{workspace_id}/calendar.ics")
def calendar_feed(workspace_id: int, session: DbSession, background: BackgroundTasks,
                  token: Annotated[str, Query(max_length=100)] = "") -> Response:
    """The workspace's posts for calendar apps, which send no cookie: a member's own feed token is the key."""
    found = members.access_by_feed_token(session, token) if token else None
    if found is None or found[0].workspace.id != workspace_id:
        raise NotFound("calendar.feed_not_found", "no such calendar feed")
    access, feed_token = found
    record_use_later(background, members.use_of(feed_token))
    body = service.feed(session, access.workspace, datetime.now(UTC))
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": f'inline; filename="cocktailparty-{workspace_id}.ics"',
                             "Cache-Control": "private, max-age=300"})
