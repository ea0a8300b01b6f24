"""Queries behind the channel pages: a workspace's channels, one of them by id, its scheduled posts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from cocktailparty.errors import Message
from cocktailparty.models import Channel, Post, PostState


def channels_of(session: Session, workspace_id: int) -> list[Channel]:
    return list(session.scalars(select(Channel).where(Channel.workspace_id == workspace_id).order_by(Channel.name)))


def channel_named(session: Session, workspace_id: int, name: str) -> Channel | None:
    return session.scalar(select(Channel).where(Channel.workspace_id == workspace_id, Channel.name == name))


def channel_names(session: Session, workspace_id: int) -> list[str]:
    names = select(Channel.name).where(Channel.workspace_id == workspace_id).order_by(Channel.name)
    return list(session.scalars(names))


def channel_in(session: Session, workspace_id: int, channel_id: int) -> Channel | None:
    """The channel, only when it belongs to the workspace."""
    return session.scalar(select(Channel).where(Channel.id == channel_id, Channel.workspace_id == workspace_id))


def cancel_scheduled(session: Session, channel_id: int, reason: Message, now: datetime) -> int:
    """Cancel the channel's scheduled posts (not the ones a worker is publishing now); returns how many."""
    result = session.execute(
        update(Post)
        .where(Post.channel_id == channel_id, Post.state == PostState.SCHEDULED)
        .values(state=PostState.CANCELLED, last_error=str(reason), last_error_detail=reason.record(),
                next_attempt_at=None, updated_at=now)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def connected_channel_ids(session: Session) -> list[int]:
    """Every channel with credentials, across workspaces (the worker's inbox fetch goes through them in turn)."""
    return list(session.scalars(select(Channel.id).where(Channel.secret.is_not(None)).order_by(Channel.id)))
