"""The settings page of a workspace: mix policy, posting slots, days without promotion, the team, API
tokens and personal preferences. Each section is its own form; a refused value re-renders the page
with the message beside the form, the values given kept, and nothing saved."""

from __future__ import annotations

from typing import Annotated, Any
from zoneinfo import available_timezones

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from cocktailparty.channels import service as channels
from cocktailparty.errors import InputError, Message, message
from cocktailparty.i18n import LANGS
from cocktailparty.inbox import service as inbox
from cocktailparty.members import service as members
from cocktailparty.members.service import Access, AuthFailed
from cocktailparty.mix.presets import PRESETS
from cocktailparty.models import Role
from cocktailparty.plan.inputs import WEEKDAYS
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.deps import CurrentSession, DbSession, EditorAccess, OwnerAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here, ngettext
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import flash, render_page
from cocktailparty.workspaces import service

router = APIRouter()
# The zones offered as suggestions: the canonical Area/City names (any valid IANA name is still accepted).
TIMEZONES = ["UTC", *sorted(zone for zone in available_timezones() if "/" in zone and zone.split("/")[0] in (
    "Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"))]
ROLES = [role.value for role in Role]


def _settings(
    request: Request,
    access: Access,
    session: Session,
    *,
    errors: dict[str, str] | None = None,
    form: dict[str, Any] | None = None,
    shown: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    current = getattr(request.state, "web_session", None)
    context = {
        "view": service.settings_view(session, access), "presets": list(PRESETS.values()),
        "sessions": members.sessions_of(session, access.user), "current_session_id": current.id if current else None,
        "weekdays": WEEKDAYS, "timezones": TIMEZONES, "roles": ROLES, "langs": LANGS,
        "is_owner": access.role == Role.OWNER, "errors": errors or {}, "form": form or {}, "shown": shown or {},
    }
    return render_page(request, access, session, "settings", "settings/settings.html", context,
                       status_code=status_code)


def _refused(request: Request, access: Access, session: Session, section: str, error: InputError,
             form: dict[str, Any] | None = None) -> Response:
    return _settings(request, access, session, errors={section: describe_here(error)}, form=form, status_code=422)


def _back(request: Request, access: Access, section: str, message: str) -> Response:
    flash(request, "ok", message)
    return RedirectResponse(f"/w/{access.workspace.id}/settings#{section}", status_code=303)


def _number(text: str, what: Message, kind: type[int] | type[float]) -> int | float | None:
    """A number typed in a form; an empty field means "not set"."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        raise InputError("web.not_a_number", "%(what)s must be a number, got %(text)s", what=what,
                         text=repr(text)) from None


@router.get("/w/{workspace_id}/settings")
def settings_page(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    return _settings(request, access, session)


@router.post("/w/{workspace_id}/settings/mix")
def save_mix_policy(
    request: Request,
    workspace_id: int,
    access: OwnerAccess,
    session: DbSession,
    preset: Annotated[str, Form()] = "",
    cap: Annotated[str, Form()] = "",
    window_posts: Annotated[str, Form()] = "",
    window_days: Annotated[str, Form()] = "",
) -> Response:
    form = {"preset": preset, "cap": cap, "window_posts": window_posts, "window_days": window_days}
    try:
        cap_percent = _number(cap, message("the cap"), float)
        posts = _number(window_posts, message("the window in posts"), int)
        days = _number(window_days, message("the window in days"), int)
        chosen = service.set_mix_policy(access.workspace, preset, cap_percent=cap_percent,
                                        window_posts=None if posts is None else int(posts),
                                        window_days=None if days is None else int(days))
    except InputError as error:
        return _refused(request, access, session, "mix", error, form)
    return _back(request, access, "mix", _("Mix policy saved: %(preset)s.", preset=chosen.name))


@router.post("/w/{workspace_id}/settings/inbox")
def save_inbox_retention(
    request: Request,
    workspace_id: int,
    access: OwnerAccess,
    session: DbSession,
    retention_days: Annotated[str, Form()] = "",
) -> Response:
    form = {"retention_days": retention_days}
    try:
        days = _number(retention_days, message("the retention"), int)
        if days is None:
            raise InputError("inbox.no_retention", "give the number of days fetched inbox items are kept")
        kept = inbox.set_retention(access.workspace, int(days))
    except InputError as error:
        return _refused(request, access, session, "inbox", error, form)
    return _back(request, access, "inbox", ngettext("Fetched inbox items are kept %(num)d day.",
                                                     "Fetched inbox items are kept %(num)d days.", kept))


@router.post("/w/{workspace_id}/settings/response-policy")
def save_response_policy(
    request: Request,
    workspace_id: int,
    access: OwnerAccess,
    session: DbSession,
    target_minutes: Annotated[str, Form()] = "",
    clock: Annotated[str, Form()] = "always",
    days: Annotated[list[str] | None, Form()] = None,
    opens: Annotated[str, Form()] = "09:00",
    closes: Annotated[str, Form()] = "17:00",
) -> Response:
    """The inbox's response target and the business hours it is counted in (inbox.set_response_policy checks)."""
    from cocktailparty.inbox import service as inbox

    form = {"target_minutes": target_minutes, "clock": clock, "days": days or [], "opens": opens, "closes": closes}
    try:
        minutes = _number(target_minutes, message("the response target"), int)
        if minutes is None:
            raise InputError("inbox.no_target", "give the response target in minutes")
        inbox.set_response_policy(access.workspace, int(minutes), None if clock == "always" else (days or []),
                                  opens, closes)
    except InputError as error:
        return _refused(request, access, session, "response", error, form)
    return _back(request, access, "response", _("Response target saved."))


@router.post("/w/{workspace_id}/settings/channels/{channel_id}/slots")
def add_slot(
    request: Request,
    workspace_id: int,
    channel_id: int,
    access: EditorAccess,
    session: DbSession,
    day: Annotated[str, Form()] = "",
    time: Annotated[str, Form()] = "",
) -> Response:
    channel = channels.get_by_id_or_raise(session, access.workspace, channel_id)
    try:
        slot = channels.add_slot(channel, f"{day} {time}")
    except InputError as error:
        return _refused(request, access, session, f"channel-{channel.id}", error,
                        {"channel": channel.id, "day": day, "time": time})
    return _back(request, access, f"channel-{channel.id}",
                 _("%(channel)s now posts on %(slot)s too.", channel=channel.name, slot=slot))


@router.post("/w/{workspace_id}/settings/channels/{channel_id}/slots/delete")
def remove_slot(
    request: Request,
    workspace_id: int,
    channel_id: int,
    access: EditorAccess,
    session: DbSession,
    slot: Annotated[str, Form()] = "",
) -> Response:
    channel = channels.get_by_id_or_raise(session, access.workspace, channel_id)
    try:
        channels.remove_slot(channel, slot)
    except InputError as error:
        return _refused(request, access, session, f"channel-{channel.id}", error)
    return _back(request, access, f"channel-{channel.id}",
                 _("Slot %(slot)s removed from %(channel)s.", channel=channel.name, slot=slot))


@router.post("/w/{workspace_id}/settings/channels/{channel_id}/timezone")
def set_timezone(
    request: Request,
    workspace_id: int,
    channel_id: int,
    access: EditorAccess,
    session: DbSession,
    timezone: Annotated[str, Form()] = "",
) -> Response:
    channel = channels.get_by_id_or_raise(session, access.workspace, channel_id)
    try:
        channels.set_timezone(channel, timezone)
    except InputError as error:
        return _refused(request, access, session, f"channel-{channel.id}", error,
                        {"channel": channel.id, "timezone": timezone})
    return _back(request, access, f"channel-{channel.id}",
                 _("%(channel)s now posts on %(zone)s time.", channel=channel.name, zone=channel.timezone))


@router.post("/w/{workspace_id}/settings/avoid-days")
def add_avoid_day(
    request: Request,
    workspace_id: int,
    access: EditorAccess,
    session: DbSession,
    day: Annotated[str, Form()] = "",
    channel: Annotated[str, Form()] = "",
    reason: Annotated[str, Form()] = "",
) -> Response:
    form = {"day": day, "channel": channel, "reason": reason}
    try:
        when = service.parse_day(day)
        channel_id = _number(channel, message("the channel"), int)
        target = None if channel_id is None else channels.get_by_id_or_raise(session, access.workspace, int(channel_id))
        service.add_avoid_day(session, access.workspace, when, reason=reason, channel=target)
    except InputError as error:
        return _refused(request, access, session, "avoid", error, form)
    return _back(request, access, "avoid", _("No promotion will be planned on %(day)s.", day=when.isoformat()))


@router.post("/w/{workspace_id}/settings/avoid-days/{avoid_day_id}/delete")
def delete_avoid_day(
    request: Request, workspace_id: int, avoid_day_id: int, access: EditorAccess, session: DbSession
) -> Response:
    service.delete_avoid_day(session, access.workspace, avoid_day_id)
    return _back(request, access, "avoid", _("The day was removed."))


@router.post("/w/{workspace_id}/settings/team/invite")
def invite(
    request: Request,
    workspace_id: int,
    access: OwnerAccess,
    session: DbSession,
    email: Annotated[str, Form()] = "",
    role: Annotated[str, Form()] = Role.EDITOR.value,
) -> Response:
    try:
        invitation, token = members.invite(session, access, email, role)
    except InputError as error:
        return _refused(request, access, session, "team", error, {"email": email, "role": role})
    # The token is shown this once (only its hash is kept): rendered, not redirected, so it never
    # travels in a URL or in the session cookie.
    link = f"{str(request.base_url).rstrip('/')}/invitations/{token}"
    return _settings(request, access, session, shown={"invitation_link": link, "invitation_email": invitation.email})


@router.post("/w/{workspace_id}/settings/team/invitations/{invitation_id}/delete")
def cancel_invitation(
    request: Request, workspace_id: int, invitation_id: int, access: OwnerAccess, session: DbSession
) -> Response:
    invitation = members.cancel_invitation(session, access, invitation_id)
    return _back(request, access, "team", _("The invitation to %(email)s was withdrawn.", email=invitation.email))


@router.post("/w/{workspace_id}/settings/team/{user_id}/role")
def change_role(
    request: Request,
    workspace_id: int,
    user_id: int,
    access: OwnerAccess,
    session: DbSession,
    role: Annotated[str, Form()] = "",
) -> Response:
    try:
        members.set_role(session, access, user_id, role)
    except InputError as error:
        return _refused(request, access, session, "team", error)
    if user_id == access.user.id and role != Role.OWNER:
        flash(request, "ok", _("Your role was changed."))
        return RedirectResponse(f"/w/{access.workspace.id}/settings", status_code=303)
    return _back(request, access, "team", _("The role was changed."))


@router.post("/w/{workspace_id}/settings/team/{user_id}/remove")
def remove_member(
    request: Request, workspace_id: int, user_id: int, access: OwnerAccess, session: DbSession
) -> Response:
    try:
        members.remove_member(session, access, user_id)
    except InputError as error:
        return _refused(request, access, session, "team", error)
    if user_id == access.user.id:  # they left: the workspace is no longer theirs to see
        flash(request, "ok", _("You left %(name)s.", name=access.workspace.name))
        return RedirectResponse("/", status_code=303)
    return _back(request, access, "team", _("They were removed from the workspace."))


@router.post("/w/{workspace_id}/settings/tokens")
def create_token(
    request: Request,
    workspace_id: int,
    access: WorkspaceAccess,
    session: DbSession,
    name: Annotated[str, Form()] = "",
) -> Response:
    try:
        token, secret = members.create_api_token(session, access, name)
    except InputError as error:
        return _refused(request, access, session, "tokens", error, {"token_name": name})
    return _settings(request, access, session, shown={"token_secret": secret, "token_name": token.name})


@router.post("/w/{workspace_id}/settings/tokens/{token_id}/delete")
def revoke_token(
    request: Request, workspace_id: int, token_id: int, access: WorkspaceAccess, session: DbSession
) -> Response:
    token = members.revoke_api_token(session, access, token_id)
    return _back(request, access, "tokens", _("The token %(name)s was revoked.", name=token.name))


@router.post("/w/{workspace_id}/settings/preferences")
def save_preferences(
    request: Request,
    workspace_id: int,
    access: WorkspaceAccess,
    session: DbSession,
    lang: Annotated[str, Form()] = "",
    show_hijri: Annotated[str, Form()] = "",
) -> Response:
    try:
        members.set_preferences(access.user, show_hijri=bool(show_hijri), locale=lang)
    except InputError as error:
        return _refused(request, access, session, "preferences", error)
    request.session["lang"] = lang
    web_i18n.current_lang.set(web_i18n.as_lang(lang) or "en")  # the message below in the language just chosen
    response = _back(request, access, "preferences", _("Your preferences were saved."))
    response.set_cookie("lang", lang, max_age=365 * 24 * 3600, samesite="lax")
    return response


@router.post("/w/{workspace_id}/settings/password")
def change_password(
    request: Request,
    workspace_id: int,
    access: WorkspaceAccess,
    current_session: CurrentSession,
    session: DbSession,
    current: Annotated[str, Form(max_length=1000)] = "",
    new: Annotated[str, Form(max_length=1000)] = "",
) -> Response:
    try:
        ended = members.change_password(session, access.user, current=current, new=new, keep=current_session)
    except (InputError, AuthFailed) as error:
        return _refused(request, access, session, "security", InputError.of(error))
    return _back(request, access, "security", ngettext(
        "Your password was changed; %(num)d other session was logged out.",
        "Your password was changed; %(num)d other sessions were logged out.", ended))


@router.post("/w/{workspace_id}/settings/sessions/{session_id}/end")
def end_session(
    request: Request, workspace_id: int, session_id: int, access: WorkspaceAccess, session: DbSession
) -> Response:
    members.end_session_of(session, access.user, session_id)
    return _back(request, access, "security", _("That session was logged out."))


@router.post("/w/{workspace_id}/settings/sessions/end-others")
def end_other_sessions(
    request: Request, workspace_id: int, access: WorkspaceAccess, current_session: CurrentSession, session: DbSession
) -> Response:
    ended = members.end_other_sessions(session, access.user, current_session)
    return _back(request, access, "security", ngettext(
        "%(num)d other session was logged out.", "%(num)d other sessions were logged out.", ended))
