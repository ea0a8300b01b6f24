"""The inbox page: what people said to every channel, most urgent first, with its thread; filters, assign,
internal notes, done, a reply through the publisher (saved replies offered in the item's language), and the
channels whose fetch failed (an expired token says to reconnect)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup, escape

from cocktailparty.channels.repository import channels_of
from cocktailparty.errors import CocktailError, InputError
from cocktailparty.inbox import service
from cocktailparty.inbox.repository import InboxFilter
from cocktailparty.inbox.triage import LABELS
from cocktailparty.members import repository as members
from cocktailparty.members.service import Access
from cocktailparty.models import InboxItem
from cocktailparty.posts.service import GuardrailRefused
from cocktailparty.web.deps import DbSession, EditorAccess, WorkspaceAccess
from cocktailparty.web.i18n import describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.templating import N_, env, flash, render_page
from cocktailparty.worker.tasks import enqueue_inbox_fetch
from cocktailparty.workspaces.classifier import classifier_for
from cocktailparty.workspaces.repository import inbox_stamp

router = APIRouter()
PAGE_SIZE = 50
HEADER_DAYS = 7  # the response times in the page's header
SHOWN_CHARS = 5_000  # of one comment on the page; the rest is counted, not shown

LABEL_NAMES = {
    "question": N_("Question"), "complaint": N_("Complaint"), "praise": N_("Praise or thanks"),
    "lead": N_("Sales lead"), "spam": N_("Spam or abuse"), "other": N_("Other"),
}
STATE_NAMES = {"open": N_("Open"), "waiting": N_("Waiting"), "done": N_("Done")}
KIND_NAMES = {"comment": N_("comment"), "mention": N_("mention"), "message": N_("direct message")}
ACTION_NAMES = {"like": N_("Like"), "hide": N_("Hide"), "unhide": N_("Show again"), "delete_comment": N_("Delete")}
ACTION_DONE = {"like": N_("Liked on the network."), "hide": N_("Hidden on the network."),
               "unhide": N_("Shown again on the network."), "delete_comment": N_("Deleted on the network.")}
# Bidi embeddings, overrides and isolates, and control characters other than tab and newline: a comment
# cannot turn the page's text around or hide what it says.
_UNSAFE = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(text: str) -> Markup:
    """A comment as the page shows it: controls out, escaped, at most SHOWN_CHARS characters."""
    clean = _UNSAFE.sub("", text)
    if len(clean) <= SHOWN_CHARS:
        return Markup(escape(clean))
    more = len(clean) - SHOWN_CHARS
    return Markup(escape(clean[:SHOWN_CHARS])) + Markup(' <span class="muted more">') + escape(
        _("… and %(num)s more characters", num=f"{more:,}")) + Markup("</span>")


env.filters["shown_comment"] = shown


def _named(names: dict[str, str]) -> Callable[[str], str]:
    """The reader's word for a label, a state or a kind (each translated once per page, not once per card)."""
    translated = {value: _(name) for value, name in names.items()}
    return lambda value: translated.get(value, value)


def _filter(channel: str | None, label: str | None, state: str | None, assignee: str | None,
            order: str | None) -> InboxFilter:
    return InboxFilter(
        channel_id=int(channel) if channel and channel.isdigit() else None,
        label=label if label in LABELS else None,
        state=state if state in service.STATES else None,
        assignee_id=int(assignee) if assignee and assignee.isdigit() else None,
        order="newest" if order == "newest" else "urgent",
    )


def _page(request: Request, access: Access, session: DbSession, where: InboxFilter,
          reply_errors: dict[int, str] | None = None, status_code: int = 200) -> Response:
    inbox = service.inbox_for(session, access.workspace, access.role)
    stamp = inbox_stamp(session, access.workspace.id)  # before the items: see inbox.service.open_count
    items = inbox.page(where, PAGE_SIZE)
    saved = inbox.saved_replies() if access.can_edit else []
    now = datetime.now(UTC)
    with_cursors = inbox.channels_and_cursors()
    workspace_channels = list({channel.id: channel for channel, _cursor in with_cursors}.values())
    posts = inbox.posts_by_id([item.post_id for item in items] + [item.reply_post_id for item in items])
    team = members.members_of(session, access.workspace.id)
    return render_page(request, access, session, "inbox", "inbox/inbox.html", {
        "items": items, "where": where, "notes": inbox.notes_of([item.id for item in items]), "posts": posts,
        "channels": workspace_channels, "channels_by_id": {channel.id: channel for channel in workspace_channels},
        "team": team, "names_by_id": {user.id: user.name for user, _role in team},
        "problems": [(channel, cursor) for channel, cursor in with_cursors if cursor and cursor.last_error],
        "saved": {item.id: service.order_saved(saved, item) for item in items},
        "labels": LABELS, "states": service.STATES, "label_name": _named(LABEL_NAMES),
        "state_name": _named(STATE_NAMES), "kind_name": _named(KIND_NAMES), "action_name": _named(ACTION_NAMES),
        "actions_for": service.actions_for, "reply_errors": reply_errors or {},
        # Both kept per process until an item of the workspace changes (its inbox stamp). The response times are
        # the last week's (the inbox is about now; the dashboard gives 30 days), as of this minute.
        "open_count": service.open_count(session, access.workspace, access.role, stamp),
        "times": service.recent_response_times(session, access.workspace, access.role, now, HEADER_DAYS, stamp),
        "late": service.late_among(session, access.workspace, items, now, workspace_channels),
        "window_closed": {item.id: describe_here(closed) for item in items
                          if (closed := service.reply_window(item, now)) is not None},
    }, status_code=status_code)


@router.get("/w/{workspace_id}/inbox")
def inbox_page(
    request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession,
    channel: Annotated[str | None, Query()] = None, label: Annotated[str | None, Query()] = None,
    state: Annotated[str | None, Query()] = None, assignee: Annotated[str | None, Query()] = None,
    order: Annotated[str | None, Query()] = None,
) -> Response:
    return _page(request, access, session, _filter(channel, label, state, assignee, order))


def _back(workspace_id: int, item: InboxItem | None = None, query: str = "") -> RedirectResponse:
    anchor = f"#item-{item.id}" if item else ""
    return RedirectResponse(f"/w/{workspace_id}/inbox{'?' + query if query else ''}{anchor}", status_code=303)


def _query(request: Request) -> str:
    referer = request.headers.get("referer", "")
    found = re.search(r"/inbox\?([^#]*)", referer)
    return found.group(1) if found else ""


@router.post("/w/{workspace_id}/inbox/fetch")
def fetch_now(request: Request, workspace_id: int, access: EditorAccess, session: DbSession) -> Response:
    ids = [channel.id for channel in channels_of(session, access.workspace.id) if channel.secret]
    enqueue_inbox_fetch(ids)
    flash(request, "ok", _("Fetching now: new comments appear here in a moment."))
    return _back(workspace_id, query=_query(request))


@router.post("/w/{workspace_id}/inbox/{item_id}/reply")
def reply(
    request: Request, workspace_id: int, item_id: int, access: EditorAccess, session: DbSession,
    text: Annotated[str, Form()] = "", saved_reply_id: Annotated[str, Form()] = "",
    order: Annotated[str, Form()] = "",
) -> Response:
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    inbox = service.inbox_for(session, access.workspace, access.role)
    if not text.strip() and saved_reply_id.isdigit():
        saved = inbox.saved_reply(int(saved_reply_id))
        if saved is not None:
            text = service.fill(saved, item, order.strip())
    try:
        service.reply(session, access.workspace, item, text, classifier_for(access.workspace.id),
                      datetime.now(UTC))
    except (InputError, GuardrailRefused) as error:
        # Nothing was saved (the checks come first); the page says why beside the reply.
        return _page(request, access, session, InboxFilter(), {item_id: describe_here(error)}, status_code=422)
    flash(request, "ok", _("Reply scheduled: the worker sends it under the comment now."))
    return _back(workspace_id, item, _query(request))


@router.post("/w/{workspace_id}/inbox/{item_id}/assign")
def assign(request: Request, workspace_id: int, item_id: int, access: EditorAccess, session: DbSession,
           assignee: Annotated[str, Form()] = "") -> Response:
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    service.assign(session, access.workspace, item, int(assignee) if assignee.isdigit() else None)
    flash(request, "ok", _("Assigned."))
    return _back(workspace_id, item, _query(request))


@router.post("/w/{workspace_id}/inbox/{item_id}/note")
def note(request: Request, workspace_id: int, item_id: int, access: EditorAccess, session: DbSession,
         text: Annotated[str, Form()] = "") -> Response:
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    try:
        service.add_note(session, item, access.user, text)
    except InputError as error:
        flash(request, "error", describe_here(error))
        return _back(workspace_id, item, _query(request))
    flash(request, "ok", _("Note added."))
    return _back(workspace_id, item, _query(request))


@router.post("/w/{workspace_id}/inbox/{item_id}/state")
def set_state(request: Request, workspace_id: int, item_id: int, access: EditorAccess, session: DbSession,
              state: Annotated[str, Form()] = "") -> Response:
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    service.set_state(session, item, state)
    flash(request, "ok", _("Marked done.") if state == "done" else _("Reopened."))
    return _back(workspace_id, item, _query(request))


@router.post("/w/{workspace_id}/inbox/{item_id}/act")
def act(request: Request, workspace_id: int, item_id: int, access: EditorAccess, session: DbSession,
        action: Annotated[str, Form()] = "") -> Response:
    """Like, hide, show again or delete the comment on its network."""
    item = service.get_or_raise(session, access.workspace, item_id, access.role)
    try:
        service.act(session, access.workspace, item, action)
    except CocktailError as error:
        flash(request, "error", describe_here(error))
        return _back(workspace_id, item, _query(request))
    flash(request, "ok", _(ACTION_DONE[action]))
    return _back(workspace_id, item, _query(request))


@router.post("/w/{workspace_id}/inbox/saved-replies")
def add_saved_reply(request: Request, workspace_id: int, access: EditorAccess, session: DbSession,
                    name: Annotated[str, Form()] = "", language: Annotated[str, Form()] = "",
                    text: Annotated[str, Form()] = "") -> Response:
    try:
        service.add_saved_reply(session, access.workspace, name, language, text)
    except InputError as error:
        flash(request, "error", describe_here(error))
        return _back(workspace_id)
    flash(request, "ok", _("Saved reply added."))
    return _back(workspace_id)


