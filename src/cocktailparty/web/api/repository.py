"""Queries behind the API's lists: one page at a time, in a stable order, so a client can walk 100,000
posts without the server counting or sorting them all."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from cocktailparty.models import LibraryItem, Post


@dataclass(frozen=True)
class PostFilter:
    state: str | None = None
    channel_id: int | None = None
    since: datetime | None = None  # due at or after
    until: datetime | None = None  # due before
    category: str | None = None


@dataclass(frozen=True)
class Position:
    """Where the previous page ended: its last post's due time (None for a draft) and id."""

    due_at: datetime | None
    id: int


def _conditions(workspace_id: int, wanted: PostFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Post.workspace_id == workspace_id]
    if wanted.state:
        conditions.append(Post.state == wanted.state)
    if wanted.channel_id is not None:
        conditions.append(Post.channel_id == wanted.channel_id)
    if wanted.since is not None:
        conditions.append(Post.due_at >= wanted.since)
    if wanted.until is not None:
        conditions.append(Post.due_at < wanted.until)
    if wanted.category:
        conditions.append(Post.category == wanted.category)
    return conditions


def page_of_posts(
    session: Session, workspace_id: int, wanted: PostFilter, after: Position | None, limit: int
) -> Sequence[Post]:
    """Up to `limit` + 1 posts after `after`, by due time then id, posts without a time (drafts) last.

    Posts with a time come from one query the (workspace_id, due_at) order can answer; drafts, which
    SQLite and PostgreSQL would sort to opposite ends, from a second one once those run out."""
    conditions = _conditions(workspace_id, wanted)
    found: list[Post] = []
    if after is None or after.due_at is not None:
        timed = select(Post).where(*conditions, Post.due_at.is_not(None))
        if after is not None:
            # The first condition lets the index seek; the second breaks ties of the same due time by id.
            timed = timed.where(Post.due_at >= after.due_at, or_(Post.due_at > after.due_at, Post.id > after.id))
        found = list(session.scalars(timed.order_by(Post.due_at, Post.id).limit(limit + 1)))
        if len(found) > limit or wanted.since is not None or wanted.until is not None:
            return found  # a time range holds no drafts
    drafts = select(Post).where(*conditions, Post.due_at.is_(None))
    if after is not None and after.due_at is None:
        drafts = drafts.where(Post.id > after.id)
    return found + list(session.scalars(drafts.order_by(Post.id).limit(limit + 1 - len(found))))


def post_in(session: Session, workspace_id: int, post_id: int) -> Post | None:
    return session.scalar(select(Post).where(Post.id == post_id, Post.workspace_id == workspace_id))


def library_of(session: Session, workspace_id: int, offset: int, limit: int) -> list[LibraryItem]:
    return list(session.scalars(
        select(LibraryItem).where(LibraryItem.workspace_id == workspace_id)
        .order_by(LibraryItem.id).offset(offset).limit(limit)
    ))
