"""Queries about posts."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocktailparty.models import Post, PostState

# States that count in a channel's mix: what is out and what is going out.
COUNTED = (PostState.SCHEDULED, PostState.PUBLISHING, PostState.PUBLISHED)


def mix_around(session: Session, channel_id: int, at: datetime, days: int, posts: int) -> list[tuple[datetime, str]]:
    """(time, category) of the channel's counted posts near `at`: enough for every window that could
    contain a post at `at`, by days and by count."""
    span = timedelta(days=days)
    near = session.execute(
        select(Post.due_at, Post.category).where(
            Post.channel_id == channel_id, Post.state.in_(COUNTED),
            Post.due_at >= at - span, Post.due_at <= at + span,
        )
    ).all()
    before = session.execute(
        select(Post.due_at, Post.category).where(
            Post.channel_id == channel_id, Post.state.in_(COUNTED), Post.due_at < at - span
        ).order_by(Post.due_at.desc()).limit(posts)
    ).all()
    after = session.execute(
        select(Post.due_at, Post.category).where(
            Post.channel_id == channel_id, Post.state.in_(COUNTED), Post.due_at > at + span
        ).order_by(Post.due_at).limit(posts)
    ).all()
    return [(row[0], row[1]) for row in (*before, *near, *after) if row[0] is not None]


def list_posts(session: Session, workspace_id: int, state: str | None = None) -> list[Post]:
    query = select(Post).where(Post.workspace_id == workspace_id)
    if state:
        query = query.where(Post.state == state)
    return list(session.scalars(query.order_by(Post.due_at, Post.id)))


def by_idempotency_key(session: Session, workspace_id: int, key: str) -> Post | None:
    return session.scalar(select(Post).where(Post.workspace_id == workspace_id, Post.idempotency_key == key))
