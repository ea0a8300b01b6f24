"""Queries behind the library: a workspace's items, a page of them, and one of them by id."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cocktailparty.models import LibraryItem


def items_of(session: Session, workspace_id: int) -> list[LibraryItem]:
    return list(
        session.scalars(
            select(LibraryItem).where(LibraryItem.workspace_id == workspace_id).order_by(LibraryItem.id.desc())
        )
    )


def item_in(session: Session, workspace_id: int, item_id: int) -> LibraryItem | None:
    """The item, only when it belongs to the workspace."""
    return session.scalar(
        select(LibraryItem).where(LibraryItem.id == item_id, LibraryItem.workspace_id == workspace_id)
    )


def page_of(session: Session, workspace_id: int, offset: int, limit: int) -> list[LibraryItem]:
    return list(session.scalars(
        select(LibraryItem).where(LibraryItem.workspace_id == workspace_id)
        .order_by(LibraryItem.id).offset(offset).limit(limit)
    ))


def items_for_channel(session: Session, workspace_id: int, channel_id: int) -> list[LibraryItem]:
    """The workspace's items for any channel and the channel's own."""
    return list(session.scalars(select(LibraryItem).where(
        LibraryItem.workspace_id == workspace_id,
        or_(LibraryItem.channel_id.is_(None), LibraryItem.channel_id == channel_id),
    )))


def unused_drafts(session: Session, workspace_id: int, leaving_out: list[int], now: datetime,
                  limit: int = 200) -> list[LibraryItem]:
    """The workspace's drafts never used, not evergreen, not expired, other than `leaving_out`."""
    return list(session.scalars(select(LibraryItem).where(
        LibraryItem.workspace_id == workspace_id, LibraryItem.uses == 0, LibraryItem.evergreen.is_(False),
        LibraryItem.id.not_in(leaving_out),
        or_(LibraryItem.expires_at.is_(None), LibraryItem.expires_at > now),
    ).order_by(LibraryItem.id).limit(limit)))
