"""A member's own secret link to a workspace's iCalendar feed. One per member and workspace; it stops
working when it is reset or the member leaves. Kept encrypted (so its owner can copy the link again) and
as its SHA-256 (so a feed request finds it without decrypting every token)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class FeedToken(Base):
    __tablename__ = "feed_tokens"
    __table_args__ = (UniqueConstraint("workspace_id", "user_id", name="uq_feed_tokens_workspace_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    secret: Mapped[str] = mapped_column(Text)  # the token, encrypted with the secret key
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
