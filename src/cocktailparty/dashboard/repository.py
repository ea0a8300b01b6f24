"""Queries behind the dashboard: each one bounded, so the page stays fast with years of posts, and as
many whatever the number of posts or channels (the per-channel ones are one UNION ALL of small reads,
each answered from the (channel_id, due_at) index).

The workspace-wide statements are built once, with bound parameters: building a SQLAlchemy statement costs
more than SQLite takes to answer it from the index."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select, union_all
from sqlalchemy.orm import Session

from cocktailparty.models import Post, PostState
from cocktailparty.posts.repository import COUNTED

_UPCOMING = (
    select(Post)
    .where(Post.workspace_id == bindparam("workspace_id"), Post.state == PostState.SCHEDULED,
           Post.due_at > bindparam("now"))
    .order_by(Post.due_at)
    .limit(bindparam("limit"))
)
_FAILED = (
    select(Post)
    .where(Post.workspace_id == bindparam("workspace_id"), Post.state == PostState.FAILED)
    .order_by(Post.updated_at.desc())
    .limit(bindparam("limit"))
)
_PUBLISHED = (
    select(Post)
    .where(Post.workspace_id == bindparam("workspace_id"), Post.state == PostState.PUBLISHED)
    .order_by(Post.published_at.desc())
    .limit(bindparam("limit"))
)


def last_categories(session: Session, windows: dict[int, int], now: datetime) -> dict[int, list[str]]:
    """Per channel id, the categories of its latest counted posts due by `now` (as many as `windows` says for
    it), newest first."""
    parts = [
        select(Post.channel_id, Post.category, Post.due_at)
        .where(Post.channel_id == channel_id, Post.state.in_(COUNTED), Post.due_at <= now)
        .order_by(Post.due_at.desc())
        .limit(limit)
        .subquery()
        for channel_id, limit in windows.items()
    ]
    found: dict[int, list[str]] = {channel_id: [] for channel_id in windows}
    if not parts:
        return found
    both = union_all(*(select(part.c.channel_id, part.c.category, part.c.due_at) for part in parts)).subquery()
    for channel_id, category in session.execute(
        select(both.c.channel_id, both.c.category).order_by(both.c.channel_id, both.c.due_at.desc())
    ):
        found[channel_id].append(category)
    return found


def next_due(session: Session, channel_ids: list[int], now: datetime) -> dict[int, datetime]:
    """Per channel id, when its next scheduled post is due (channels with none are left out)."""
    parts = [
        select(Post.channel_id, Post.due_at)
        .where(Post.channel_id == channel_id, Post.state == PostState.SCHEDULED, Post.due_at > now)
        .order_by(Post.due_at)
        .limit(1)
        .subquery()
        for channel_id in channel_ids
    ]
    if not parts:
        return {}
    rows = session.execute(union_all(*(select(part.c.channel_id, part.c.due_at) for part in parts)))
    return {row[0]: row[1] for row in rows if row[1] is not None}


def upcoming(session: Session, workspace_id: int, now: datetime, limit: int) -> list[Post]:
    return list(session.scalars(_UPCOMING, {"workspace_id": workspace_id, "now": now, "limit": limit}))


def failed(session: Session, workspace_id: int, limit: int) -> list[Post]:
    return list(session.scalars(_FAILED, {"workspace_id": workspace_id, "limit": limit}))


def recently_published(session: Session, workspace_id: int, limit: int) -> list[Post]:
    return list(session.scalars(_PUBLISHED, {"workspace_id": workspace_id, "limit": limit}))
