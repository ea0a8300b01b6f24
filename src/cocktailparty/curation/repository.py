"""Queries behind curation: a workspace's feeds, its suggested items, the keys it has already seen."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
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
