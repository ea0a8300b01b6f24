"""Queries behind a workspace's settings: its channels and its days without promotion."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cocktailparty.models import AvoidDay, WorkspaceStamp


def avoid_days_for_channel(session: Session, workspace_id: int, channel_id: int) -> list[AvoidDay]:
    """The workspace's days without promotion and the channel's own."""
    return list(session.scalars(select(AvoidDay).where(
        AvoidDay.workspace_id == workspace_id, or_(AvoidDay.channel_id.is_(None), AvoidDay.channel_id == channel_id),
    )))


def avoid_days_of(session: Session, workspace_id: int) -> list[AvoidDay]:
    return list(session.scalars(
        select(AvoidDay).where(AvoidDay.workspace_id == workspace_id).order_by(AvoidDay.day, AvoidDay.id)
    ))


def avoid_day_in(session: Session, workspace_id: int, avoid_day_id: int) -> AvoidDay | None:
    return session.scalar(select(AvoidDay).where(AvoidDay.workspace_id == workspace_id, AvoidDay.id == avoid_day_id))


def avoid_day_on(session: Session, workspace_id: int, day: date, channel_id: int | None) -> AvoidDay | None:
    channel = AvoidDay.channel_id.is_(None) if channel_id is None else AvoidDay.channel_id == channel_id
    return session.scalar(select(AvoidDay).where(AvoidDay.workspace_id == workspace_id, AvoidDay.day == day, channel))


def change_stamp(session: Session, workspace_id: int) -> int | None:
    """The workspace's change stamp, raised by the database on every write to its posts, channels or settings."""
    return session.scalar(select(WorkspaceStamp.version).where(WorkspaceStamp.workspace_id == workspace_id))


def inbox_stamp(session: Session, workspace_id: int) -> int | None:
    """The workspace's inbox stamp, raised by the database on every write to its inbox items (migration 0018)."""
    return session.scalar(select(WorkspaceStamp.inbox_version).where(WorkspaceStamp.workspace_id == workspace_id))
