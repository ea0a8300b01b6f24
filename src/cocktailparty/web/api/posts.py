"""Posts: list them a page at a time; schedule (to one channel or several), edit, move, cancel, delete,
retry and duplicate them, through the same posts service as the pages and the command line."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Response

from cocktailparty.errors import InputError
from cocktailparty.media import service as media_library
from cocktailparty.posts import compose
from cocktailparty.posts import service as posts
from cocktailparty.posts.repository import Position, PostFilter, WorkspacePosts
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import (
    MAX_ID,
    AttachmentIn,
    Category,
    DraftIn,
    DuplicateIn,
    EditIn,
    Moment,
    MoveIn,
    PostList,
    PostOut,
    PostPage,
    RetryIn,
    ScheduleIn,
    ScheduleManyIn,
    State,
    in_range,
)
from cocktailparty.web.deps import DbSession
from cocktailparty.workspaces.classifier import classifier_for

router = APIRouter(tags=["posts"])

PostId = Annotated[int, Path(ge=1, le=MAX_ID, description="The post's id.")]


def _cursor_of(post: PostOut) -> str:
    position = f"{post.due_at.isoformat() if post.due_at else ''}|{post.id}"
    return base64.urlsafe_b64encode(position.encode()).decode().rstrip("=")


def _position(cursor: str) -> Position:
    try:
        due, _, post_id = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().partition("|")
        moment = in_range(datetime.fromisoformat(due)) if due else None
        position = Position(moment, int(post_id))
        if (moment is not None and moment.tzinfo is None) or not 0 <= position.id <= MAX_ID:
            raise ValueError("not a position")
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise InputError("api.bad_cursor",
                         "cursor: not a cursor this API gave; pass next_cursor as it came") from None
    return position


def _post_in(session: DbSession, access: ApiAccess, post_id: int) -> PostOut:
    return PostOut.of(posts.get_or_raise(session, access.workspace, post_id))


@router.get("/posts", responses=responses.READ)
def list_posts(
    access: ApiAccess,
    session: DbSession,
    state: State | None = None,
    channel_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    since: Annotated[Moment | None, Query(alias="from", description="Due at or after (ISO 8601, with a zone).")]
    = None,
    until: Annotated[Moment | None, Query(alias="to", description="Due before (ISO 8601, with a zone).")] = None,
    category: Category | None = None,
    limit: Annotated[int, Query(ge=1, le=200, description="Posts per page.")] = 50,
    cursor: Annotated[str | None, Query(max_length=200, description="The `next_cursor` of the page before.")]
    = None,
) -> PostPage:
    """The workspace's posts by due time, then id; drafts (no time yet) come last."""
    wanted = PostFilter(state=state, channel_id=channel_id, since=since, until=until, category=category)
    found = WorkspacePosts(session, access.workspace.id).page(wanted, _position(cursor) if cursor else None, limit)
    items = [PostOut.of(post) for post in found[:limit]]
    return PostPage(items=items, next_cursor=_cursor_of(items[-1]) if len(found) > limit else None)


@router.post("/posts", status_code=201, responses={**responses.GUARDED, 200: {
    "model": PostOut, "description": "The post an earlier request with the same Idempotency-Key scheduled."}})
def schedule_post(
    body: ScheduleIn,
    access: ApiEditor,
    session: DbSession,
    response: Response,
    idempotency_key: Annotated[str | None, Header(
        min_length=1, max_length=255, pattern=r"^[\x21-\x7e]+$",
        description="Any unique string (a UUID): sending the same request again with the same key schedules "
                    "nothing more and answers 200 with the post the first request made.")] = None,
) -> PostOut:
    """Schedule a post. Without a category it is classified. A promotion that would break the mix is
    refused with 409, the reason and the fix, unless `force` is set with a `reason` (recorded); a text
    the network cannot take is 422."""
    channel = compose.channel_in(session, access.workspace, body.channel_id)
    classifier = classifier_for(access.workspace.id)
    poll = body.poll.poll() if body.poll else None
    if idempotency_key is None:
        return PostOut.of(posts.schedule(session, access.workspace, channel, body.text, body.at, classifier,
                                         category=body.category, force=body.force, reason=body.reason,
                                         category_reason=body.category_reason, by=access.user.id, poll=poll,
                                         attachments=attachments_of(body.media)))
    post, new = posts.schedule_once(session, access.workspace, channel, body.text, body.at, classifier,
                                    idempotency_key=idempotency_key, category=body.category, force=body.force,
                                    reason=body.reason, category_reason=body.category_reason, by=access.user.id,
                                    poll=poll, attachments=attachments_of(body.media))
    response.status_code = 201 if new else 200
    return PostOut.of(post)


@router.post("/posts/drafts", status_code=201, responses=responses.WRITE_ONE)
def save_draft(body: DraftIn, access: ApiEditor, session: DbSession) -> PostOut:
    """Keep a post as a draft: classified now, no time, counted in no mix until `PATCH /posts/{id}` gives it
    one. Its files (`media`, with their alt text) stay with it; the network judges them when it is scheduled."""
    channel = compose.channel_in(session, access.workspace, body.channel_id)
    return PostOut.of(posts.save_draft(session, access.workspace, channel, body.text,
                                       classifier_for(access.workspace.id), body.category,
                                       category_reason=body.category_reason, by=access.user.id,
                                       attachments=attachments_of(body.media)))


def attachments_of(items: list[AttachmentIn]) -> list[media_library.Attachment]:
    return [media_library.Attachment(item.media_id, item.alt_text) for item in items]


@router.post("/posts/batch", status_code=201, responses={**responses.MANY, 200: {
    "model": PostList, "description": "The posts an earlier request with the same Idempotency-Key scheduled."}})
def schedule_to_channels(
    body: ScheduleManyIn,
    access: ApiEditor,
    session: DbSession,
    response: Response,
    idempotency_key: Annotated[str | None, Header(
        min_length=1, max_length=200, pattern=r"^[\x21-\x7e]+$",
        description="As for one post: the same request sent again schedules nothing more.")] = None,
) -> PostList:
    """Schedule one post to several channels at once. Each channel's guardrail and network limits judge its
    own copy; all or nothing: when any channel refuses, nothing is scheduled and the 409 lists each
    channel's answer (which would have taken it, and why the others did not)."""
    channels = [compose.channel_in(session, access.workspace, channel_id) for channel_id in body.channel_ids]
    made, new = posts.schedule_many(session, access.workspace, channels, body.text, body.at,
                                    classifier_for(access.workspace.id), idempotency_key=idempotency_key,
                                    category=body.category, force=body.force, reason=body.reason,
                                    category_reason=body.category_reason, by=access.user.id,
                                    poll=body.poll.poll() if body.poll else None)
    response.status_code = 201 if new else 200
    return PostList(items=[PostOut.of(post) for post in made])


@router.get("/posts/{post_id}", responses=responses.ONE)
def get_post(post_id: PostId, access: ApiAccess, session: DbSession) -> PostOut:
    return _post_in(session, access, post_id)


@router.patch("/posts/{post_id}", responses=responses.GUARDED)
def edit_post(post_id: PostId, body: EditIn, access: ApiEditor, session: DbSession) -> PostOut:
    """Change a draft's or a scheduled post's text, time or category under the rules of scheduling (limits,
    not in the past, the guardrail judging the post at its new time and category). A draft given `at` is
    scheduled. A post going out or gone cannot change (422)."""
    return PostOut.of(posts.edit(session, access.workspace, post_id, classifier_for(access.workspace.id),
                                 text=body.text, at=body.at, category=body.category, force=body.force,
                                 reason=body.reason, category_reason=body.category_reason, by=access.user.id,
                                 attachments=None if body.media is None else attachments_of(body.media)))


@router.post("/posts/{post_id}/move", responses=responses.GUARDED)
def move_post(post_id: PostId, body: MoveIn, access: ApiEditor, session: DbSession) -> PostOut:
    """Give a scheduled post another time; the guardrail judges the channel's mix with the post there (and
    without it at its old time). Only a scheduled post still ahead can move (422 otherwise)."""
    post, channel = posts.movable(session, access.workspace, post_id)
    return PostOut.of(posts.move(session, access.workspace, post, channel, body.at, datetime.now(UTC)))


@router.post("/posts/{post_id}/cancel", responses=responses.WRITE_ONE)
def cancel_post(post_id: PostId, access: ApiEditor, session: DbSession) -> PostOut:
    """Cancel a scheduled post; one going out or gone already cannot be (422)."""
    return PostOut.of(posts.cancel(session, access.workspace, post_id))


@router.delete("/posts/{post_id}", status_code=204, responses=responses.WRITE_ONE)
def delete_post(post_id: PostId, access: ApiEditor, session: DbSession) -> Response:
    """Delete a draft, a scheduled, a cancelled or a failed post; a post going out or published stays (422)."""
    posts.delete(session, access.workspace, post_id)
    return Response(status_code=204)


@router.post("/posts/{post_id}/retry", responses=responses.GUARDED)
def retry_post(post_id: PostId, access: ApiEditor, session: DbSession, body: RetryIn | None = None) -> PostOut:
    """Send a failed post again now (it counts in the mix again: the guardrail judges it). Only a failed post
    can be retried (422)."""
    wanted = body or RetryIn()
    return PostOut.of(posts.retry(session, access.workspace, post_id, force=wanted.force, reason=wanted.reason))


@router.post("/posts/{post_id}/duplicate", status_code=201, responses=responses.MANY)
def duplicate_post(post_id: PostId, access: ApiEditor, session: DbSession, body: DuplicateIn | None = None
                   ) -> PostList:
    """Copy a post: as drafts (no `at`), or scheduled at `at` on its channel or on `channel_ids`, each judged
    by its own guardrail and limits, all or nothing."""
    wanted = body or DuplicateIn()
    targets = [compose.channel_in(session, access.workspace, channel_id) for channel_id in wanted.channel_ids]
    copies = posts.duplicate(session, access.workspace, post_id, classifier_for(access.workspace.id),
                             channels=targets, at=wanted.at, force=wanted.force, reason=wanted.reason)
    return PostList(items=[PostOut.of(copy) for copy in copies])
