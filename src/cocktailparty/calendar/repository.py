"""Queries behind the calendar: each one bounded by the visible range, so the page stays fast with years of
posts. Every query filters by the workspace."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cocktailparty.models import LibraryItem, Post, PostState
from cocktailparty.posts.repository import COUNTED

# What the calendar shows: what is out, going out, or failed to go out (not drafts, not cancelled posts).
SHOWN = (*COUNTED, PostState.FAILED)
# Enough of the text for a card; the rest stays in the database.
EXCERPT = 160


def post_times(
    session: Session, workspace_id: int, channel_ids: Sequence[int], start: datetime, end: datetime
) -> list[tuple[int, int, datetime]]:
    """(id, channel_id, due_at) of the posts shown due in [start, end) on `channel_ids` (the workspace's own
    channels), in time order: enough to place them on days, without reading their text.

    The query names channels and not the workspace on purpose: with a workspace_id condition SQLite picks the
    workspace index and reads every post the workspace ever had (3x slower with 100,000 posts), where
    `channel_id IN (...)` lets the (channel_id, due_at) index answer just the range. The workspace is still
    checked, on the rows read."""
    if not channel_ids:
        return []
    rows = session.execute(
        select(Post.id, Post.channel_id, Post.due_at, Post.workspace_id)
        .where(Post.channel_id.in_(channel_ids), Post.due_at >= start, Post.due_at < end, Post.state.in_(SHOWN))
        .order_by(Post.due_at, Post.id)
    )
    return [(row[0], row[1], row[2]) for row in rows if row[2] is not None and row[3] == workspace_id]


def post_details(session: Session, workspace_id: int, ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """(category, state, start of the text) of the posts a page shows (a busy month holds thousands of
    posts; only the first few of each day are shown)."""
    if not ids:
        return {}
    rows = session.execute(
        select(Post.id, Post.category, Post.state, func.substr(Post.text, 1, EXCERPT))
        .where(Post.id.in_(ids), Post.workspace_id == workspace_id)
    )
    return {row[0]: (row[1], row[2], row[3]) for row in rows}


def library_items(session: Session, workspace_id: int, ids: Sequence[int]) -> dict[int, LibraryItem]:
    if not ids:
        return {}
    items = session.scalars(select(LibraryItem).where(LibraryItem.workspace_id == workspace_id,
                                                      LibraryItem.id.in_(ids)))
    return {item.id: item for item in items}


def library_item(session: Session, workspace_id: int, item_id: int) -> LibraryItem | None:
    return session.scalar(
        select(LibraryItem).where(LibraryItem.id == item_id, LibraryItem.workspace_id == workspace_id)
    )


def feed_posts(
    session: Session, workspace_id: int, channel_ids: Sequence[int], start: datetime, end: datetime
) -> list[Post]:
    """The posts of the feed, on the workspace's `channel_ids` (by channel for the index, as `posts_between`)."""
    if not channel_ids:
        return []
    found = session.scalars(
        select(Post).where(Post.channel_id.in_(channel_ids), Post.state.in_(COUNTED),
                           Post.due_at >= start, Post.due_at < end)
        .order_by(Post.due_at, Post.id)
    )
    return [post for post in found if post.workspace_id == workspace_id]
