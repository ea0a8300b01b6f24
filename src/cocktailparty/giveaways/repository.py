"""Queries behind giveaways: a workspace's giveaways, one of them by id, and its entries."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cocktailparty.models import Giveaway, GiveawayEntry


def giveaways_of(session: Session, workspace_id: int) -> list[Giveaway]:
    return list(session.scalars(select(Giveaway).where(Giveaway.workspace_id == workspace_id)
                                .order_by(Giveaway.id.desc())))


def giveaway_in(session: Session, workspace_id: int, giveaway_id: int) -> Giveaway | None:
    return session.scalar(select(Giveaway).where(Giveaway.id == giveaway_id, Giveaway.workspace_id == workspace_id))


def entries_of(session: Session, giveaway_id: int) -> list[GiveawayEntry]:
    return list(session.scalars(select(GiveawayEntry).where(GiveawayEntry.giveaway_id == giveaway_id)
                                .order_by(GiveawayEntry.entered_at, GiveawayEntry.id)))
