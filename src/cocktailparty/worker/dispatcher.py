"""Claiming due posts. The database says what is due; a claim moves a post to `publishing` in one
conditional UPDATE, so two dispatchers never claim the same post. A claim older than the lease is a
worker that died mid-publish: its posts are claimed again (and the publisher then checks the network
before posting, so nothing goes out twice)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from cocktailparty.models import Post, PostState


def claim_due(session: Session, now: datetime, lease: timedelta, limit: int = 500) -> list[int]:
    """Ids of posts due by `now` (or stuck in a claim older than `lease`), now claimed."""
    due = or_(
        and_(Post.state == PostState.SCHEDULED, Post.next_attempt_at <= now),
        and_(Post.state == PostState.PUBLISHING, Post.claimed_at < now - lease),
    )
    candidates = select(Post.id).where(due).order_by(Post.next_attempt_at).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        candidates = candidates.with_for_update(skip_locked=True)
    ids = list(session.scalars(candidates))
    if not ids:
        return []
    claimed = session.scalars(
        update(Post).where(Post.id.in_(ids), due).values(state=PostState.PUBLISHING, claimed_at=now).returning(Post.id)
    )
    return sorted(claimed)


def next_due(session: Session) -> datetime | None:
    """When the next scheduled post (or retry) falls due."""
    return session.scalar(
        select(Post.next_attempt_at).where(Post.state == PostState.SCHEDULED).order_by(Post.next_attempt_at).limit(1)
    )


def in_flight(session: Session) -> int:
    return len(session.scalars(select(Post.id).where(Post.state == PostState.PUBLISHING)).all())


def waiting(session: Session) -> int:
    """Scheduled posts, due or not."""
    return int(session.scalar(select(func.count()).where(Post.state == PostState.SCHEDULED)) or 0)
