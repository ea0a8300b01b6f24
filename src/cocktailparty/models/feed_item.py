"""An item from a curation feed, suggested for sharing: once per workspace (the same link from two feeds is one
item), with its author to credit, its language, and what became of it (suggested, shared, dismissed)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class FeedItem(Base):
    __tablename__ = "feed_items"
    __table_args__ = (UniqueConstraint("workspace_id", "key", name="uq_feed_items_workspace_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(64))  # SHA-256 of the canonical link (or id): duplicates dropped
    link: Mapped[str] = mapped_column(String(2000))
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    author_url: Mapped[str] = mapped_column(String(2000))
    lang: Mapped[str] = mapped_column(String(8))  # ar | en | other
    category: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(12), default="suggested")  # suggested | shared | dismissed | filtered
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
