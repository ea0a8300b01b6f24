"""The posts pages: the list of the workspace's posts, and one post's page, from which it is edited,
cancelled, deleted, retried when it failed, or duplicated onto other channels. Every button calls the
posts service (posts/service.py), where the rules are."""

from __future__ import annotations

from typing import Annotated, Any
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from cocktailparty import i18n
from cocktailparty.channels.repository import channels_of
from cocktailparty.errors import CocktailError, NotFound
from cocktailparty.media import service as media_library
from cocktailparty.members.service import Access
from cocktailparty.models import Channel, Post, PostState
from cocktailparty.posts import compose, corrections, polls
from cocktailparty.posts import service as posts
from cocktailparty.posts.repository import WorkspaceCorrections, WorkspacePosts
from cocktailparty.web.deps import DbSession, EditorAccess, OwnerAccess, WorkspaceAccess, local_path
from cocktailparty.web.i18n import current_lang, describe_here
from cocktailparty.web.i18n import gettext as _
from cocktailparty.web.pages import media as media_pages
from cocktailparty.web.templating import flash, local_time, render, render_page
from cocktailparty.workspaces.classifier import classifier_for

router = APIRouter()

FormField = Annotated[str, Form()]
FormList = Annotated[list[str], Form()]
LIST_LIMIT = 200


def _post_path(workspace_id: int, post_id: int) -> str:
    return f"/w/{workspace_id}/posts/{post_id}"


def _edit_form(post: Post, channel: Channel, **typed: Any) -> dict[str, Any]:
    local = post.due_at.astimezone(ZoneInfo(channel.timezone)) if post.due_at else None
    return {"text": post.text, "category": post.category if post.category_source == "manual" else "",
            "date": local.date().isoformat() if local else "", "time": local.strftime("%H:%M") if local else "",
            "force": False, "reason": "", "category_reason": "", **typed}


def _post_page(request: Request, access: Access, session: Session, post: Post, *, error: str | None = None,
               form: dict[str, Any] | None = None, status_code: int = 200) -> Response:
    channel = posts.channel_of(session, access.workspace, post)
    form = form or _edit_form(post, channel)
    if "media_id" in form:  # the files as the person left them in the form that failed
        attached_media = media_pages.attached(session, access.workspace.id, form["media_id"], form["media_alt"])
    else:
        attached_media = [media_pages.item_view(media, alt)
                          for media, alt in media_library.attached_to(session, access.workspace.id, post.id)]
    return render_page(request, access, session, "posts", "posts/post.html", {
        "post": post, "channel": channel, "channels": channels_of(session, access.workspace.id), "error": error,
        "form": form, "editable": post.state in posts.EDITABLE, "attached_media": attached_media,
        "deletable": post.state in posts.DELETABLE,
        "relabel": WorkspaceCorrections(session, access.workspace.id).pending_of_post(post.id),
        "poll": polls.poll_of(post), "votes": polls.votes_of(post),
    }, status_code=status_code)


@router.get("/w/{workspace_id}/posts")
def posts_list(request: Request, workspace_id: int, access: WorkspaceAccess, session: DbSession,
               state: str = "") -> Response:
    """The workspace's posts, newest first, by state."""
    wanted = state if state in {s.value for s in PostState} else None
    found = WorkspacePosts(session, access.workspace.id).latest(LIST_LIMIT, wanted)
    names = {channel.id: channel for channel in channels_of(session, access.workspace.id)}
    corrected = WorkspaceCorrections(session, access.workspace.id)
    return render_page(request, access, session, "posts", "posts/list.html", {
        "posts": found, "channels_by_id": names, "state": wanted or "", "states": [s.value for s in PostState],
        "relabels": corrected.pending_by_post([post.id for post in found]), "pending": corrected.pending(),
        "back": str(request.url.path) + (f"?state={wanted}" if wanted else ""),
    })


@router.get("/w/{workspace_id}/posts/{post_id}")
def post_page(request: Request, workspace_id: int, post_id: int, access: WorkspaceAccess,
              session: DbSession) -> Response:
    return _post_page(request, access, session, posts.get_or_raise(session, access.workspace, post_id))


@router.post("/w/{workspace_id}/posts/{post_id}/edit")
def edit_post(
    request: Request, workspace_id: int, post_id: int, access: EditorAccess, session: DbSession,
    text: FormField = "", date: FormField = "", time: FormField = "", category: FormField = "",
    force: FormField = "", reason: FormField = "", category_reason: FormField = "", media_edit: FormField = "",
    media_id: FormList = [], media_alt: FormList = [],  # noqa: B006  (the form's media part; FastAPI copies it)
) -> Response:
    """Save the edit form: text, date and time (the channel's zone), category, the files with their alt text, and
    an override with a reason. A form without its media part (`media_edit`) keeps the post's files."""
    post = posts.get_or_raise(session, access.workspace, post_id)
    channel = posts.channel_of(session, access.workspace, post)
    attachments = media_pages.attachments_of(media_id, media_alt) if media_edit else None
    try:
        at = compose.local_moment(channel, date, time) if date or time else None
        with session.begin_nested():
            post = posts.edit(session, access.workspace, post_id, classifier_for(access.workspace.id), text=text,
                              at=at, category=category, force=bool(force), reason=reason or None,
                              category_reason=category_reason or None, by=access.user.id, attachments=attachments)
    except CocktailError as error:
        session.refresh(post)
        form = _edit_form(post, channel, text=text, date=date, time=time, category=category, force=bool(force),
                          reason=reason, category_reason=category_reason)
        if media_edit:
            form |= {"media_id": media_id, "media_alt": media_alt}
        return _post_page(request, access, session, post, error=describe_here(error), form=form,
                          status_code=error.status_code if error.status_code < 500 else 422)
    flash(request, "ok", _("The post was saved."))
    return RedirectResponse(_post_path(access.workspace.id, post.id), status_code=303)


@router.post("/w/{workspace_id}/posts/{post_id}/cancel")
def cancel_post(request: Request, workspace_id: int, post_id: int, access: EditorAccess, session: DbSession,
                next_page: Annotated[str, Form(alias="next")] = "") -> Response:
    """Cancel a scheduled post of this workspace (anything else: 404, or 422 once it is going out)."""
    post = posts.cancel(session, access.workspace, post_id)
    if "hx-request" in request.headers:
        return render(request, "posts/_cancelled.html", {"post": post})
    flash(request, "ok", _("The post was cancelled."))
    target = local_path(next_page)
    if target is None:  # back to the week it was in
        channel = posts.channel_of(session, access.workspace, post)
        day = post.due_at.astimezone(ZoneInfo(channel.timezone)).date() if post.due_at else None
        target = (f"/w/{access.workspace.id}/calendar?view=week&date={day.isoformat()}" if day
                  else f"/w/{access.workspace.id}/calendar")
    return RedirectResponse(target, status_code=303)


@router.post("/w/{workspace_id}/posts/{post_id}/delete")
def delete_post(request: Request, workspace_id: int, post_id: int, access: EditorAccess,
                session: DbSession) -> Response:
    posts.delete(session, access.workspace, post_id)
    flash(request, "ok", _("The post was deleted."))
    return RedirectResponse(f"/w/{access.workspace.id}/posts", status_code=303)


@router.post("/w/{workspace_id}/posts/{post_id}/retry")
def retry_post(request: Request, workspace_id: int, post_id: int, access: EditorAccess, session: DbSession,
               force: FormField = "", reason: FormField = "") -> Response:
    try:
        with session.begin_nested():
            post = posts.retry(session, access.workspace, post_id, force=bool(force), reason=reason or None)
    except CocktailError as error:
        found = posts.get_or_raise(session, access.workspace, post_id)
        session.refresh(found)
        return _post_page(request, access, session, found, error=describe_here(error),
                          status_code=error.status_code if error.status_code < 500 else 422)
    flash(request, "ok", _("The post will be sent again now."))
    return RedirectResponse(_post_path(access.workspace.id, post.id), status_code=303)


@router.post("/w/{workspace_id}/posts/{post_id}/duplicate")
def duplicate_post(
    request: Request, workspace_id: int, post_id: int, access: EditorAccess, session: DbSession,
    channel_ids: Annotated[list[str], Form()] = [],  # noqa: B006  (FastAPI copies the default)
    date: FormField = "", time: FormField = "", force: FormField = "", reason: FormField = "",
) -> Response:
    """Copy the post: drafts without a date and time, else scheduled on each channel chosen (all or nothing)."""
    original = posts.get_or_raise(session, access.workspace, post_id)
    try:
        targets = [compose.channel_in(session, access.workspace, channel_id) for channel_id in channel_ids]
        at = None
        if date or time:
            zone_of = targets[0] if targets else posts.channel_of(session, access.workspace, original)
            at = compose.local_moment(zone_of, date, time)
        with session.begin_nested():
            copies = posts.duplicate(session, access.workspace, post_id, classifier_for(access.workspace.id),
                                     channels=targets, at=at, force=bool(force), reason=reason or None)
    except CocktailError as error:
        return _post_page(request, access, session, original, error=describe_here(error),
                          status_code=error.status_code if error.status_code < 500 else 422)
    if at is None:
        flash(request, "ok", _("Copied as a draft."))
    else:
        flash(request, "ok", _("Copied and scheduled for %(time)s.",
                               time=local_time(at, posts.channel_of(session, access.workspace, copies[0]).timezone)))
    return RedirectResponse(_post_path(access.workspace.id, copies[0].id), status_code=303)


# --- Corrections of a category -----------------------------------------------------------------------------


@router.post("/w/{workspace_id}/posts/{post_id}/category")
def correct_category(
    request: Request, workspace_id: int, post_id: int, access: EditorAccess, session: DbSession,
    category: FormField = "", reason: FormField = "", next_page: Annotated[str, Form(alias="next")] = "",
) -> Response:
    """Correct a post's category where it is shown (the posts list, the post's page, the dashboard)."""
    back = local_path(next_page) or _post_path(access.workspace.id, post_id)
    try:
        with session.begin_nested():
            correction = corrections.correct_post(session, access.workspace, classifier_for(access.workspace.id),
                                                  post_id, category, reason=reason or None, user_id=access.user.id)
    except CocktailError as error:
        if error.status_code == 404:
            raise
        flash(request, "error", describe_here(error))
        return RedirectResponse(back, status_code=303)
    _flash_correction(request, correction)
    return RedirectResponse(back, status_code=303)


@router.post("/w/{workspace_id}/corrections")
def correct_text(
    request: Request, workspace_id: int, access: EditorAccess, session: DbSession, text: FormField = "",
    category: FormField = "", reason: FormField = "", source: FormField = "audit",
    next_page: Annotated[str, Form(alias="next")] = "",
) -> Response:
    """Correct the category of a text that is no post here: an audit report's row, a post being written."""
    try:
        with session.begin_nested():
            correction = corrections.correct_text(session, access.workspace, classifier_for(access.workspace.id),
                                                  text, category, reason=reason or None, user_id=access.user.id,
                                                  source=source)
    except CocktailError as error:
        if "hx-request" in request.headers:
            return render(request, "posts/_corrected.html", {"error": describe_here(error)},
                          status_code=error.status_code)
        flash(request, "error", describe_here(error))
        return RedirectResponse(local_path(next_page) or f"/w/{access.workspace.id}/posts", status_code=303)
    if "hx-request" in request.headers:
        return render(request, "posts/_corrected.html", {"correction": correction})
    _flash_correction(request, correction)
    return RedirectResponse(local_path(next_page) or f"/w/{access.workspace.id}/posts", status_code=303)


@router.post("/w/{workspace_id}/corrections/{correction_id}/{decision}")
def decide_correction(
    request: Request, workspace_id: int, correction_id: int, decision: str, access: OwnerAccess,
    session: DbSession, next_page: Annotated[str, Form(alias="next")] = "",
) -> Response:
    """An owner accepts a relabelled post's category (it stops counting as promotional) or rejects it."""
    if decision not in ("accept", "reject"):
        raise NotFound("page.not_found", "no such page")
    correction = corrections.decide(session, access.workspace, correction_id, accept=decision == "accept",
                                    user_id=access.user.id, role=access.role)
    if correction.state == "accepted":
        flash(request, "ok", _("Accepted: the post now counts as %(category)s.",
                               category=_category(correction.category)))
    else:
        flash(request, "ok", _("Rejected: the post keeps counting as promotional."))
    return RedirectResponse(local_path(next_page) or f"/w/{access.workspace.id}/posts", status_code=303)


def _category(category: str) -> str:
    return i18n.category_name(category, current_lang.get())


def _flash_correction(request: Request, correction: Any) -> None:
    if correction.state == "pending":
        flash(request, "warn", _("Recorded: it counts as promotional until an owner accepts %(category)s.",
                                 category=_category(correction.category)))
    else:
        flash(request, "ok", _("Corrected to %(category)s: the classifier learns from it.",
                               category=_category(correction.category)))
