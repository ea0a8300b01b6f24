"""The team page: the directory (added one by one or from a CSV), each person's consent per kind of moment
(granted and withdrawn, with who and when), their one-off moments, and the consented moments of the coming week
drafted into the library."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response

from cocktailparty.errors import InputError
from cocktailparty.media import service as media_library
from cocktailparty.media.repository import WorkspaceMedia
from cocktailparty.members.service import Access
from cocktailparty.moments import repository, service
from cocktailparty.web import i18n as web_i18n
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import flash, render_page

router = APIRouter()
MAX_CSV_BYTES = 1_000_000
WEEK = 7


def _page(request: Request, access: Access, session: DbSession, *, error: str | None = None,
          status_code: int = 200) -> Response:
    members = repository.members_of(session, access.workspace.id)
    ids = [member.id for member in members]
    consents: dict[int, list[Any]] = {member.id: [] for member in members}
    for consent in repository.consents_of(session, ids):
        consents[consent.member_id].append(consent)
    moments: dict[int, list[Any]] = {member.id: [] for member in members}
    for moment in repository.moments_of(session, ids):
        moments[moment.member_id].append(moment)
    today = datetime.now(UTC).date()
    drafts = repository.drafts_in_library(session, access.workspace.id)
    images = [media for media in WorkspaceMedia(session, access.workspace.id).search(limit=200)
              if media.kind == "image"]
    by_id = {media.id: media for media in images}
    for draft, _member, _item in drafts:  # a chosen picture older than the 200 newest is still shown
        if draft.media_id and draft.media_id not in by_id:
            chosen = WorkspaceMedia(session, access.workspace.id).get(draft.media_id)
            if chosen is not None:
                by_id[chosen.id] = chosen
                images.append(chosen)
    photos = {media_id: SimpleNamespace(url=media_library.sign(access.workspace.id, media_id)) for media_id in
              {draft.media_id for draft, _m, _i in drafts if draft.media_id and draft.media_id in by_id}}
    context = {"drafts": drafts, "images": images, "photos": photos,
               "members": members, "consents": consents, "moments": moments, "kinds": service.KINDS,
               "one_off": service.ONE_OFF, "kind_names": service.KIND_NAMES, "error": error,
               "due": service.due_between(session, access.workspace, today, today + timedelta(days=WEEK))}
    return render_page(request, access, session, "team", "moments/team.html", context, status_code=status_code)


def _who(access: Access) -> str:
    return f"{access.user.name} <{access.user.email}>"


@router.get("/w/{workspace_id}/team")
def team_page(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    return _page(request, access, session)


@router.post("/w/{workspace_id}/team")
def add_member(request: Request, workspace_id: int, access: EditorAccess, session: DbSession,
               name: Annotated[str, Form()] = "", lang: Annotated[str, Form()] = "ar",
               birthday: Annotated[str, Form()] = "", joined_on: Annotated[str, Form()] = "") -> Response:
    try:
        service.add_member(session, access.workspace, name=name, lang=lang,
                           birthday=service.parse_day(birthday, "birthday"),
                           joined_on=service.parse_day(joined_on, "work_anniversary"))
    except InputError as error:
        return _page(request, access, session, error=describe_here(error), status_code=422)
    flash(request, "ok", _("Added to the team. Nothing about them is drafted until they consent."))
    return RedirectResponse(f"/w/{workspace_id}/team", status_code=303)


@router.post("/w/{workspace_id}/team/import")
async def import_csv(request: Request, workspace_id: int, access: EditorAccess, session: DbSession,
                     file: UploadFile) -> Response:
    raw = await file.read(MAX_CSV_BYTES + 1)
    try:
        if len(raw) > MAX_CSV_BYTES:
            raise InputError("moments.csv_too_big", "the CSV is over 1 MB")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError("moments.csv_encoding", "the CSV is not UTF-8 text") from None
        added = service.import_csv(session, access.workspace, text)
    except InputError as error:
        session.rollback()
        return _page(request, access, session, error=describe_here(error), status_code=422)
    flash(request, "ok", web_i18n.ngettext("%(num)d person added.", "%(num)d people added.", len(added)))
    return RedirectResponse(f"/w/{workspace_id}/team", status_code=303)


@router.post("/w/{workspace_id}/team/{member_id}/moments")
def add_moment(request: Request, workspace_id: int, member_id: int, access: EditorAccess, session: DbSession,
               kind: Annotated[str, Form()] = "", day: Annotated[str, Form()] = "") -> Response:
    member = service.get_or_raise(session, access.workspace, member_id)
    try:
        when = service.parse_day(day, "the date")
        if when is None:
            raise InputError("moments.no_date", "give the moment's date")
        service.add_moment(session, access.workspace, member, kind, when)
    except InputError as error:
        return _page(request, access, session, error=describe_here(error), status_code=422)
    return RedirectResponse(f"/w/{workspace_id}/team#member-{member.id}", status_code=303)


@router.post("/w/{workspace_id}/team/{member_id}/consent")
def consent(request: Request, workspace_id: int, member_id: int, access: EditorAccess, session: DbSession,
            kind: Annotated[str, Form()] = "", action: Annotated[str, Form()] = "grant") -> Response:
    member = service.get_or_raise(session, access.workspace, member_id)
    if action == "withdraw":
        taken = service.withdraw(session, access.workspace, member, kind, _who(access))
        flash(request, "ok", web_i18n.ngettext("Consent withdrawn; %(num)d unused draft taken back.",
                                               "Consent withdrawn; %(num)d unused drafts taken back.", taken))
    else:
        service.grant(session, access.workspace, member, kind, _who(access))
        flash(request, "ok", _("Consent recorded."))
    return RedirectResponse(f"/w/{workspace_id}/team#member-{member.id}", status_code=303)


@router.post("/w/{workspace_id}/team/drafts")
def draft_week(request: Request, workspace_id: int, access: EditorAccess, session: DbSession) -> Response:
    today = datetime.now(UTC).date()
    made = service.draft_due(session, access.workspace, today, today + timedelta(days=WEEK))
    flash(request, "ok", web_i18n.ngettext("%(num)d draft added to the library.",
                                           "%(num)d drafts added to the library.", len(made)))
    return RedirectResponse(f"/w/{workspace_id}/team", status_code=303)




@router.post("/w/{workspace_id}/team/drafts/{item_id}/photo")
def set_photo(request: Request, workspace_id: int, item_id: int, access: EditorAccess, session: DbSession,
              media_id: Annotated[str, Form()] = "", alt_text: Annotated[str, Form()] = "") -> Response:
    try:
        chosen = int(media_id) if media_id.strip() else None
    except ValueError:
        chosen = -1  # not a file of this library: refused as such below
    try:
        draft = service.set_photo(session, access.workspace, item_id, chosen, alt_text)
    except InputError as error:
        return _page(request, access, session, error=describe_here(error), status_code=422)
    if draft.media_id and not draft.alt_text:
        flash(request, "error", _("Photo saved. Write its alt text: the draft cannot be scheduled without it."))
    else:
        flash(request, "ok", _("Photo saved."))
    return RedirectResponse(f"/w/{workspace_id}/team#draft-{item_id}", status_code=303)
