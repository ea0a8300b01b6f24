"""Queries behind curation: a workspace's feeds, its suggested items, the keys it has already seen."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cocktailparty.models import Feed, FeedItem


def feeds_of(session: Session, workspace_id: int) -> list[Feed]:
    return list(session.scalars(select(Feed).where(Feed.workspace_id == workspace_id).order_by(Feed.id)))


def feed_by_url(session: Session, workspace_id: int, url: str) -> Feed | None:
    return session.scalar(select(Feed).where(Feed.workspace_id == workspace_id, Feed.url == url))


def item_in(session: Session, workspace_id: int, item_id: int) -> FeedItem | None:
    return session.scalar(select(FeedItem).where(FeedItem.id == item_id, FeedItem.workspace_id == workspace_id))


def suggestions(session: Session, workspace_id: int, limit: int = 50, offset: int = 0) -> list[FeedItem]:
    """Suggested items, newest first."""
    return list(session.scalars(
        select(FeedItem).where(FeedItem.workspace_id == workspace_id, FeedItem.state == "suggested")
        .order_by(FeedItem.published_at.desc().nullslast(), FeedItem.id.desc()).offset(offset).limit(limit)))


def known_keys(session: Session, workspace_id: int, keys: Iterable[str]) -> set[str]:
    wanted = list(set(keys))
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        found.update(session.scalars(select(FeedItem.key).where(
            FeedItem.workspace_id == workspace_id, FeedItem.key.in_(wanted[start:start + 500]))))
    return found


def due_feeds(session: Session, fetched_before: datetime) -> list[Feed]:
    """Every workspace's feeds and follows not fetched since `fetched_before` (never fetched first), by workspace:
    the periodic refresh serves them all by design."""
    return list(session.scalars(
        select(Feed).where(or_(Feed.last_fetched_at.is_(None), Feed.last_fetched_at < fetched_before))
        .order_by(Feed.workspace_id, Feed.last_fetched_at.asc().nullsfirst(), Feed.id)))


def feeds_by_id(session: Session, workspace_id: int, feed_ids: list[int]) -> list[Feed]:
    return list(session.scalars(select(Feed).where(Feed.workspace_id == workspace_id, Feed.id.in_(feed_ids))))
