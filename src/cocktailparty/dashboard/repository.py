"""Queries behind the dashboard: each one bounded, so the page stays fast with years of posts.

The statements are built once, with bound parameters: the page runs two of them per channel, and
building a SQLAlchemy statement costs more than SQLite takes to answer it from the index."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from cocktailparty.models import Post, PostState
from cocktailparty.posts.repository import COUNTED

_LAST_CATEGORIES = (
    select(Post.category)
    .where(Post.channel_id == bindparam("channel_id"), Post.state.in_(COUNTED), Post.due_at <= bindparam("now"))
    .order_by(Post.due_at.desc())
    .limit(bindparam("limit"))
)
_NEXT_DUE = select(func.min(Post.due_at)).where(
    Post.channel_id == bindparam("channel_id"), Post.state == PostState.SCHEDULED, Post.due_at > bindparam("now")
)
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


def last_categories(session: Session, channel_id: int, now: datetime, limit: int) -> list[str]:
    """Categories of the channel's latest `limit` counted posts due by `now`, newest first."""
    return list(session.scalars(_LAST_CATEGORIES, {"channel_id": channel_id, "now": now, "limit": limit}))


def upcoming(session: Session, workspace_id: int, now: datetime, limit: int) -> list[Post]:
    return list(session.scalars(_UPCOMING, {"workspace_id": workspace_id, "now": now, "limit": limit}))


def next_due(session: Session, channel_id: int, now: datetime) -> datetime | None:
    return session.scalar(_NEXT_DUE, {"channel_id": channel_id, "now": now})


def failed(session: Session, workspace_id: int, limit: int) -> list[Post]:
    return list(session.scalars(_FAILED, {"workspace_id": workspace_id, "limit": limit}))


def recently_published(session: Session, workspace_id: int, limit: int) -> list[Post]:
    return list(session.scalars(_PUBLISHED, {"workspace_id": workspace_id, "limit": limit}))
