"""The polls job's queries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cocktailparty.models import Channel, Post, PostState, Workspace


def ended_unread(session: Session, now: datetime, limit: int = 100) -> list[int]:
    """Published polls whose time is up and whose votes are not read yet, the longest waiting first (a channel
    disconnected keeps its polls waiting without holding up the others')."""
    return list(session.scalars(
        select(Post.id)
        .join(Channel, Channel.id == Post.channel_id)
        .where(Post.state == PostState.PUBLISHED, Post.poll_ends_at <= now, Post.poll_results.is_(None),
               Channel.secret.is_not(None))
        .order_by(Post.poll_ends_at)
        .limit(limit)
    ))


def next_close_after(session: Session, after: datetime) -> datetime | None:
    """The earliest close, later than `after`, of a published poll whose votes are not read yet."""
    return session.scalar(
        select(func.min(Post.poll_ends_at)).join(Channel, Channel.id == Post.channel_id)
        .where(Post.state == PostState.PUBLISHED, Post.poll_ends_at > after, Post.poll_results.is_(None),
               Channel.secret.is_not(None)))


def post_with_channel(session: Session, post_id: int) -> tuple[Post, Channel, Workspace] | None:
    found = session.execute(
        select(Post, Channel, Workspace)
        .join(Channel, Channel.id == Post.channel_id)
        .join(Workspace, Workspace.id == Post.workspace_id)
        .where(Post.id == post_id)
    ).one_or_none()
    return None if found is None else (found[0], found[1], found[2])
