"""The giveaways pages: open a giveaway on a contest post (its commitment shown to publish), collect the entries
from the replies, draw after the deadline (the seed shown to publish, and the command anyone can run to check),
the winners' announcement drafted into the library, the entries as CSV."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from cocktailparty.channels import repository as channels
from cocktailparty.channels.service import get_by_id_or_raise as channel_by_id
from cocktailparty.errors import InputError
from cocktailparty.giveaways import repository, service
from cocktailparty.members.service import Access
from cocktailparty.translation import describe
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import flash, render_page

router = APIRouter()


def _list(request: Request, access: Access, session: DbSession, *, form: dict[str, str] | None = None,
          error: str | None = None, status_code: int = 200) -> Response:
    context = {"giveaways": repository.giveaways_of(session, access.workspace.id),
               "channels": channels.channels_of(session, access.workspace.id), "form": form or {}, "error": error}
    return render_page(request, access, session, "giveaways", "giveaways/giveaways.html", context,
                       status_code=status_code)


@router.get("/w/{workspace_id}/giveaways")
def giveaways_page(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    return _list(request, access, session)


def _deadline(text: str, zone: str) -> datetime:
    try:
        local = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError("giveaway.bad_deadline", "the deadline %(value)s is not a date and time such as "
                         "2027-03-20T21:00", value=repr(text)) from None
    return local.replace(tzinfo=ZoneInfo(zone)) if local.tzinfo is None else local


@router.post("/w/{workspace_id}/giveaways")
def open_giveaway(
    request: Request,
    workspace_id: int,
    access: EditorAccess,
    session: DbSession,
    channel_id: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    post_remote_id: Annotated[str, Form()] = "",
    deadline: Annotated[str, Form()] = "",
    winners: Annotated[str, Form()] = "1",
    entry: Annotated[str, Form()] = "reply",
    hashtag: Annotated[str, Form()] = "",
    tag_count: Annotated[str, Form()] = "0",
    staff: Annotated[str, Form()] = "",
) -> Response:
    form = {"channel_id": channel_id, "title": title, "post_remote_id": post_remote_id, "deadline": deadline,
            "winners": winners, "entry": entry, "hashtag": hashtag, "tag_count": tag_count, "staff": staff}
    try:
        if not channel_id.isdigit():
            raise InputError("giveaway.no_channel_given", "choose the channel of the contest post")
        channel = channel_by_id(session, access.workspace, int(channel_id))
        if not winners.strip().isdigit() or not (tag_count.strip() or "0").isdigit():
            raise InputError("giveaway.not_a_number", "the winners and the friends to tag are whole numbers")
        giveaway = service.open_giveaway(
            session, access.workspace, channel=channel, title=title, post_remote_id=post_remote_id,
            deadline=_deadline(deadline, channel.timezone), winners=int(winners), entry=entry, hashtag=hashtag,
            tag_count=int(tag_count.strip() or "0"), staff=staff)
    except InputError as error:
        return _list(request, access, session, form=form, error=describe_here(error), status_code=422)
    flash(request, "ok", _("Giveaway opened. Publish its commitment now, before any entry comes in."))
    return RedirectResponse(f"/w/{workspace_id}/giveaways/{giveaway.id}", status_code=303)


def _detail(request: Request, access: Access, session: DbSession, giveaway_id: int,
            extra: dict[str, Any] | None = None) -> Response:
    giveaway = service.get_or_raise(session, access.workspace, giveaway_id)
    context = {"giveaway": giveaway, "entries": repository.entries_of(session, giveaway.id),
               "winners": service.winners_of(giveaway), "now": datetime.now(UTC), "refused": [], **(extra or {})}
    return render_page(request, access, session, "giveaways", "giveaways/giveaway.html", context)


@router.get("/w/{workspace_id}/giveaways/{giveaway_id}")
def giveaway_page(request: Request, workspace_id: int, giveaway_id: int, access: WorkspaceAccess,
                  session: DbSession) -> Response:
    return _detail(request, access, session, giveaway_id)


@router.post("/w/{workspace_id}/giveaways/{giveaway_id}/collect")
def collect(request: Request, workspace_id: int, giveaway_id: int, access: EditorAccess,
            session: DbSession) -> Response:
    giveaway = service.get_or_raise(session, access.workspace, giveaway_id)
    lang = web_i18n.current_lang.get()
    try:
        collected = service.collect_entries(session, access.workspace, giveaway)
    except InputError as error:
        flash(request, "error", describe_here(error))
        return RedirectResponse(f"/w/{workspace_id}/giveaways/{giveaway_id}", status_code=303)
    refused = [(reply, describe(reason, lang)) for reply, reason in collected.refused]
    return _detail(request, access, session, giveaway_id, {
        "collected": web_i18n.ngettext("%(num)d new entry.", "%(num)d new entries.", collected.added),
        "refused": refused})


@router.post("/w/{workspace_id}/giveaways/{giveaway_id}/draw")
def draw(request: Request, workspace_id: int, giveaway_id: int, access: EditorAccess,
         session: DbSession) -> Response:
    giveaway = service.get_or_raise(session, access.workspace, giveaway_id)
    try:
        service.draw(session, access.workspace, giveaway)
        flash(request, "ok", _("Drawn. Publish the seed with the winners so anyone can check the draw."))
    except InputError as error:
        flash(request, "error", describe_here(error))
    return RedirectResponse(f"/w/{workspace_id}/giveaways/{giveaway_id}", status_code=303)


@router.post("/w/{workspace_id}/giveaways/{giveaway_id}/announcement")
def announcement(request: Request, workspace_id: int, giveaway_id: int, access: EditorAccess, session: DbSession,
                 lang: Annotated[str, Form()] = "en") -> Response:
    giveaway = service.get_or_raise(session, access.workspace, giveaway_id)
    service.draft_announcement(session, access.workspace, giveaway, "ar" if lang == "ar" else "en")
    flash(request, "ok", _("The announcement is in the library as a contest draft."))
    return RedirectResponse(f"/w/{workspace_id}/giveaways/{giveaway_id}", status_code=303)


@router.get("/w/{workspace_id}/giveaways/{giveaway_id}/entries.csv")
def entries_csv(workspace_id: int, giveaway_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    giveaway = service.get_or_raise(session, access.workspace, giveaway_id)
    return Response(service.entries_csv(session, giveaway), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="giveaway-{giveaway.id}-entries.csv"'})
