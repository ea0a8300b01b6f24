"""The composer: write a post, see its category, its length per network and the guardrail's verdict
as it is typed, then schedule it on one channel or several (or keep it as a draft)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from cocktailparty.channels.repository import channels_of
from cocktailparty.errors import CocktailError, InputError
from cocktailparty.members.service import Access
from cocktailparty.models import Channel
from cocktailparty.posts import compose, corrections, polls
from cocktailparty.posts import service as posts
from cocktailparty.posts.polls import DEFAULT_MINUTES, MAX_OPTIONS
from cocktailparty.posts.service import GuardrailRefused
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.pages import media as media_pages
from cocktailparty.web.templating import flash, local_time, render, render_page
from cocktailparty.workspaces.classifier import classifier_for

router = APIRouter()

FormField = Annotated[str, Form()]
FormList = Annotated[list[str], Form()]


def _form(channel: Channel | None, at: datetime | None, text: str = "", category: str = "", force: bool = False,
          reason: str = "", also: list[str] | None = None, category_reason: str = "",
          poll_option: list[str] | None = None, poll_minutes: str = "") -> dict[str, Any]:
    """The composer's fields as the page shows them (date and time in the channel's own zone)."""
    local = at.astimezone(ZoneInfo(channel.timezone)) if at and channel else at
    options = [*(poll_option or []), "", "", "", ""][:MAX_OPTIONS]
    return {
        "poll_option": options, "poll_minutes": int(poll_minutes) if poll_minutes.isdigit() else DEFAULT_MINUTES,
        "channel_id": channel.id if channel else None, "text": text, "category": category, "force": force,
        "category_reason": category_reason,
        "reason": reason, "date": local.date().isoformat() if local else "",
        "time": local.strftime("%H:%M") if local else "", "also": [int(c) for c in also or [] if c.isdigit()],
    }


def _page(request: Request, access: Access, session: Session, form: dict[str, Any], check: compose.ComposeCheck,
          error: str | None = None, status_code: int = 200, answers: list[posts.ChannelAnswer] | None = None,
          ) -> Response:
    attached_media = media_pages.attached(session, access.workspace.id, form.get("media_id", []),
                                          form.get("media_alt", []))
    return render_page(request, access, session, "compose", "posts/compose.html", {
        "channels": channels_of(session, access.workspace.id), "form": form, "check": check, "error": error,
        "answers": answers, "attached_media": attached_media, "media_attached": bool(attached_media),
    }, status_code=status_code)


def _check_or_empty(session: Session, access: Access, channel: Channel | None, text: str, at: datetime | None,
                    category: str) -> compose.ComposeCheck:
    """The live check for a page re-rendered after an error: never a second error of its own."""
    try:
        return compose.check_post(session, access.workspace, channel, text, at, classifier_for(access.workspace.id),
                                  category or None)
    except InputError:
        return compose.check_post(session, access.workspace, channel, text, at, classifier_for(access.workspace.id))


def _moment(channel: Channel | None, day: str, clock: str) -> datetime | None:
    if channel is None:
        return None
    try:
        return compose.local_moment(channel, day, clock)
    except InputError:
        return None


def _week_of(workspace_id: int, at: datetime, channel: Channel) -> str:
    day = at.astimezone(ZoneInfo(channel.timezone)).date()
    return f"/w/{workspace_id}/calendar?view=week&date={day.isoformat()}"


@router.get("/w/{workspace_id}/compose")
def composer(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession, text: str = "",
             at: str = "", channel: str = "") -> Response:
    """The composer; `?text=` and `?at=` (ISO 8601) prefill it, `?channel=` picks the channel by id."""
    channels = channels_of(session, access.workspace.id)
    chosen = next((known for known in channels if str(known.id) == channel), channels[0] if channels else None)
    moment = compose.parse_moment(at, chosen) or compose.default_moment(chosen, datetime.now(UTC))
    check = _check_or_empty(session, access, chosen, text, moment, "")
    return _page(request, access, session, _form(chosen, moment, text), check)


@router.post("/w/{workspace_id}/compose/check")
def live_check(
    request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession, text: FormField = "",
    channel_id: FormField = "", date: FormField = "", time: FormField = "", category: FormField = "",
    force: FormField = "", reason: FormField = "", category_reason: FormField = "",
    poll_option: FormList = [], poll_minutes: FormField = "",  # noqa: B006  (FastAPI copies it)
    media_id: FormList = [],  # noqa: B006  (the files attached: their previews replace the text-only ones)
) -> Response:
    """The fragment beside the post: category and why, counts, previews, the poll's problem on the chosen
    channel's network and the guardrail's verdict. With files attached the previews are the media panel's (text
    and pictures together), so none are drawn here."""
    channel = compose.channel_in(session, access.workspace, channel_id) if channel_id else None
    at = _moment(channel, date, time)
    check = compose.check_post(session, access.workspace, channel, text, at, classifier_for(access.workspace.id),
                               category or None)
    form = {"force": bool(force), "reason": reason, "date": date, "time": time, "category_reason": category_reason}
    try:
        poll_problem = polls.problem(channel.network, polls.poll_from(poll_option, poll_minutes)) if channel else None
    except InputError as error:
        poll_problem = error
    return render(request, "posts/_check.html", {"check": check, "form": form, "can_edit": access.can_edit,
                                                 "workspace": access.workspace, "poll_problem": poll_problem,
                                                 "media_attached": bool(media_id)})


@router.post("/w/{workspace_id}/compose/correct")
def correct_while_writing(
    request: Request, workspace_id: int, access: EditorAccess, session: DbSession, text: FormField = "",
    correct_category: FormField = "", correct_reason: FormField = "",
) -> Response:
    """Teach the classifier from the composer: the post being written is really of another category."""
    try:
        with session.begin_nested():
            correction = corrections.correct_text(session, access.workspace, classifier_for(access.workspace.id),
                                                  text, correct_category, reason=correct_reason or None,
                                                  user_id=access.user.id, source="composer")
    except CocktailError as error:
        return render(request, "posts/_corrected.html", {"error": describe_here(error)},
                      status_code=error.status_code)
    return render(request, "posts/_corrected.html", {"correction": correction})


@router.post("/w/{workspace_id}/posts")
def schedule_post(
    request: Request, workspace_id: int, access: EditorAccess, session: DbSession, text: FormField = "",
    channel_id: FormField = "", date: FormField = "", time: FormField = "", category: FormField = "",
    force: FormField = "", reason: FormField = "", action: FormField = "schedule", category_reason: FormField = "",
    also: Annotated[list[str], Form()] = [],  # noqa: B006  (the other channels ticked; FastAPI copies it)
    media_id: FormList = [], media_alt: FormList = [],  # noqa: B006  (the composer's media part)
    poll_option: FormList = [], poll_minutes: FormField = "",  # noqa: B006  (the composer's poll part)
) -> Response:
    """Schedule the post (or keep it as a draft) on the channel chosen and on every other channel ticked:
    each channel's guardrail and limits judge its own copy, and when any refuses, none is scheduled."""
    workspace = access.workspace
    media = {"media_id": media_id, "media_alt": media_alt}
    channel: Channel | None = None
    forced = bool(force)
    try:
        poll = polls.poll_from(poll_option, poll_minutes)
        channel = compose.channel_in(session, workspace, channel_id)  # another workspace's: 404
        others = [compose.channel_in(session, workspace, other) for other in dict.fromkeys(also) if other != channel_id]
        classifier = classifier_for(workspace.id)
        if action == "draft":
            for target in (channel, *others):
                posts.save_draft(session, workspace, target, text, classifier, category or None,
                                 category_reason=category_reason or None, by=access.user.id, poll=poll,
                                 attachments=media_pages.attachments_of(media_id, media_alt))
            flash(request, "ok", _("Draft saved to the library."))
            return RedirectResponse(f"/w/{workspace.id}/library", status_code=303)
        at = compose.local_moment(channel, date, time)
        made, _new = posts.schedule_many(session, workspace, [channel, *others], text, at, classifier,
                                         category=category or None, force=forced, reason=reason or None,
                                         category_reason=category_reason or None, by=access.user.id,
                                         attachments=media_pages.attachments_of(media_id, media_alt), poll=poll)
        post = made[0]
    except posts.ChannelsRefused as refusal:
        typed = _moment(channel, date, time)
        check = _check_or_empty(session, access, channel, text, typed, category)
        form = {**_form(channel, typed, text, category, forced, reason, also, category_reason, poll_option,
                        poll_minutes), "date": date, "time": time, **media}
        return _page(request, access, session, form, check, describe_here(refusal), status_code=422,
                     answers=refusal.answers)
    except GuardrailRefused:  # like every refusal here, raised before anything is written
        typed = _moment(channel, date, time)
        check = _check_or_empty(session, access, channel, text, typed, category)
        form = {**_form(channel, typed, text, category, forced, reason, also, category_reason, poll_option,
                        poll_minutes), "date": date, "time": time, **media}
        return _page(request, access, session, form, check,
                     _("This promotion would break the mix: nothing was scheduled. See the fix below, or override "
                       "the guardrail with a reason."), status_code=422)
    except InputError as error:
        typed = _moment(channel, date, time)
        check = _check_or_empty(session, access, channel, text, typed, category)
        form = {**_form(channel, typed, text, category, forced, reason, also, category_reason, poll_option,
                        poll_minutes), "date": date, "time": time, **media}
        return _page(request, access, session, form, check, describe_here(error), status_code=422)
    when = local_time(post.due_at, channel.timezone)
    if len(made) > 1:
        flash(request, "ok", _("Scheduled for %(time)s on %(channels)s.", time=when,
                               channels=", ".join(target.name for target in (channel, *others))))
    elif post.override_reason:
        flash(request, "warn", _("Scheduled for %(time)s on %(channel)s, overriding the guardrail.", time=when,
                                 channel=channel.name))
    else:
        flash(request, "ok", _("Scheduled for %(time)s on %(channel)s.", time=when, channel=channel.name))
    return RedirectResponse(_week_of(workspace.id, at, channel), status_code=303)
