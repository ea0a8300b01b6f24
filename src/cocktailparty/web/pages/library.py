"""The library page: drafts and evergreen posts the planner draws from; add, edit, delete, compose from one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from cocktailparty import i18n
from cocktailparty.channels import repository as channels
from cocktailparty.channels.service import get_by_id_or_raise as channel_by_id
from cocktailparty.curation.library import library_context
from cocktailparty.errors import InputError, message
from cocktailparty.library import repository, service
from cocktailparty.members.service import Access
from cocktailparty.posts.repository import WorkspacePosts
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import current_lang, describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import flash, render_page

router = APIRouter()
DRAFTS = 100  # draft posts shown; the library items are all shown


def _page(request: Request, access: Access, session: DbSession, context: dict[str, Any] | None = None,
          status_code: int = 200) -> Response:
    workspace_channels = channels.channels_of(session, access.workspace.id)
    full = {
        "items": repository.items_of(session, access.workspace.id),
        "drafts": WorkspacePosts(session, access.workspace.id).drafts(DRAFTS),
        "channels": workspace_channels, "channels_by_id": {channel.id: channel for channel in workspace_channels},
        "form": {}, "error": None, "edit_errors": {}, "default_min_gap_days": service.DEFAULT_MIN_GAP_DAYS,
        **library_context(session, access.workspace),
        **(context or {}),
    }
    return render_page(request, access, session, "library", "library/library.html", full, status_code=status_code)


def _fields(access: Access, session: DbSession, form: dict[str, str]) -> dict[str, Any]:
    """The form's strings as the service's values (InputError names the field that is wrong)."""
    channel_id = form["channel_id"].strip()
    if channel_id and not channel_id.isdigit():
        raise InputError("web.unknown_channel", "no such channel: %(channel_id)s", channel_id=repr(channel_id))
    return {
        "text": form["text"],
        "category": form["category"].strip() or None,
        "channel": channel_by_id(session, access.workspace, int(channel_id)) if channel_id else None,
        "evergreen": bool(form["evergreen"]),
        "min_gap_days": service.parse_count(form["min_gap_days"], message("the days between two uses"),
                                            service.DEFAULT_MIN_GAP_DAYS),
        "max_uses": service.parse_count(form["max_uses"], message("the number of uses"), None),
        "expires_at": service.parse_expiry(form["expires"]),
    }


@router.get("/w/{workspace_id}/library")
def library_page(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession) -> Response:
    return _page(request, access, session)


@router.post("/w/{workspace_id}/library")
def add_item(
    request: Request,
    workspace_id: int,
    access: EditorAccess,
    session: DbSession,
    text: Annotated[str, Form()] = "",
    category: Annotated[str, Form()] = "",
    channel_id: Annotated[str, Form()] = "",
    evergreen: Annotated[str, Form()] = "",
    min_gap_days: Annotated[str, Form()] = "",
    max_uses: Annotated[str, Form()] = "",
    expires: Annotated[str, Form()] = "",
) -> Response:
    form = {"text": text, "category": category, "channel_id": channel_id, "evergreen": evergreen,
            "min_gap_days": min_gap_days, "max_uses": max_uses, "expires": expires}
    try:
        item = service.add(session, access.workspace, **_fields(access, session, form))
    except InputError as error:
        return _page(request, access, session, {"form": form, "error": describe_here(error)}, status_code=422)
    flash(request, "ok", _("Added to the library as %(category)s.", category=_category_label(item.category)))
    return RedirectResponse(f"/w/{workspace_id}/library", status_code=303)


@router.post("/w/{workspace_id}/library/{item_id}")
def edit_item(
    request: Request,
    workspace_id: int,
    item_id: int,
    access: EditorAccess,
    session: DbSession,
    text: Annotated[str, Form()] = "",
    category: Annotated[str, Form()] = "",
    channel_id: Annotated[str, Form()] = "",
    evergreen: Annotated[str, Form()] = "",
    min_gap_days: Annotated[str, Form()] = "",
    max_uses: Annotated[str, Form()] = "",
    expires: Annotated[str, Form()] = "",
) -> Response:
    item = service.get_or_raise(session, access.workspace, item_id)
    form = {"text": text, "category": category, "channel_id": channel_id, "evergreen": evergreen,
            "min_gap_days": min_gap_days, "max_uses": max_uses, "expires": expires}
    try:
        service.update(session, access.workspace, item, **_fields(access, session, form))
    except InputError as error:
        # The item is untouched (the checks run before any change); the edit form shows what was typed.
        return _page(request, access, session, {"edit_errors": {item.id: (describe_here(error), form)}},
                     status_code=422)
    flash(request, "ok", _("Library item saved."))
    return RedirectResponse(f"/w/{workspace_id}/library#item-{item.id}", status_code=303)


@router.post("/w/{workspace_id}/library/{item_id}/delete")
def delete_item(request: Request, workspace_id: int, item_id: int, access: EditorAccess,
                session: DbSession) -> Response:
    item = service.get_or_raise(session, access.workspace, item_id)
    service.delete(session, item)
    flash(request, "ok", _("Library item deleted."))
    return RedirectResponse(f"/w/{workspace_id}/library", status_code=303)


def _category_label(category: str) -> str:
    return i18n.category_name(category, current_lang.get())
