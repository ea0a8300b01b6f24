"""Queries behind the dashboard: each one bounded, so the page stays fast with years of posts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cocktailparty.models import Channel, Post, PostState
from cocktailparty.posts.repository import COUNTED


def channels_of(session: Session, workspace_id: int) -> list[Channel]:
    return list(session.scalars(select(Channel).where(Channel.workspace_id == workspace_id).order_by(Channel.name)))


def last_categories(session: Session, channel_id: int, now: datetime, limit: int) -> list[str]:
    """Categories of the channel's latest `limit` counted posts due by `now`, newest first."""
    return list(
        session.scalars(
            select(Post.category)
            .where(Post.channel_id == channel_id, Post.state.in_(COUNTED), Post.due_at <= now)
            .order_by(Post.due_at.desc())
            .limit(limit)
        )
    )


def upcoming(session: Session, workspace_id: int, now: datetime, limit: int) -> list[Post]:
    return list(
        session.scalars(
            select(Post)
            .where(Post.workspace_id == workspace_id, Post.state == PostState.SCHEDULED, Post.due_at > now)
            .order_by(Post.due_at)
            .limit(limit)
        )
    )


def next_due(session: Session, channel_id: int, now: datetime) -> datetime | None:
    return session.scalar(
        select(func.min(Post.due_at)).where(
            Post.channel_id == channel_id, Post.state == PostState.SCHEDULED, Post.due_at > now
        )
    )


def failed(session: Session, workspace_id: int, limit: int) -> list[Post]:
    return list(
        session.scalars(
            select(Post)
            .where(Post.workspace_id == workspace_id, Post.state == PostState.FAILED)
            .order_by(Post.updated_at.desc())
            .limit(limit)
        )
    )


def recently_published(session: Session, workspace_id: int, limit: int) -> list[Post]:
    return list(
        session.scalars(
            select(Post)
            .where(Post.workspace_id == workspace_id, Post.state == PostState.PUBLISHED)
            .order_by(Post.published_at.desc())
            .limit(limit)
        )
    )
