"""Posts: list them a page at a time, schedule, move and cancel them, with the guardrail and the
network's limits applied exactly as on the pages."""

from __future__ import annotations

import base64
import binascii
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Response

from cocktailparty.calendar import service as calendar
from cocktailparty.errors import InputError, NotFound
from cocktailparty.posts import compose
from cocktailparty.posts.repository import Position, PostFilter, WorkspacePosts
from cocktailparty.posts.service import schedule, schedule_once
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import (
    MAX_ID,
    Category,
    Moment,
    MoveIn,
    PostOut,
    PostPage,
    ScheduleIn,
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
    post = WorkspacePosts(session, access.workspace.id).get(post_id)
    if post is None:
        raise NotFound("post.not_found", "no such post in this workspace")
    return PostOut.of(post)


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
    if idempotency_key is None:
        return PostOut.of(schedule(session, access.workspace, channel, body.text, body.at, classifier,
                                   category=body.category, force=body.force, reason=body.reason))
    post, new = schedule_once(session, access.workspace, channel, body.text, body.at, classifier,
                              idempotency_key=idempotency_key, category=body.category, force=body.force,
                              reason=body.reason)
    response.status_code = 201 if new else 200
    return PostOut.of(post)


@router.get("/posts/{post_id}", responses=responses.ONE)
def get_post(post_id: PostId, access: ApiAccess, session: DbSession) -> PostOut:
    return _post_in(session, access, post_id)


@router.post("/posts/{post_id}/move", responses=responses.GUARDED)
def move_post(post_id: PostId, body: MoveIn, access: ApiEditor, session: DbSession) -> PostOut:
    """Give a scheduled post another time; the guardrail judges the channel's mix with the post there (and
    without it at its old time). Only a scheduled post still ahead can move (422 otherwise)."""
    post, channel = calendar.movable_post(session, access.workspace, post_id)
    return PostOut.of(calendar.move(session, access.workspace, post, channel, body.at, datetime.now(UTC)))


@router.post("/posts/{post_id}/cancel", responses=responses.WRITE_ONE)
def cancel_post(post_id: PostId, access: ApiEditor, session: DbSession) -> PostOut:
    """Cancel a scheduled post; one going out or gone already cannot be (422)."""
    return PostOut.of(compose.cancel(session, access.workspace, post_id))
