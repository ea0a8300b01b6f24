"""How far the inbox has read one channel's stream of one kind, and how the last fetch went."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class InboxCursor(Base):
    __tablename__ = "inbox_cursors"
    __table_args__ = (UniqueConstraint("channel_id", "kind", name="uq_inbox_cursors_channel_kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # the stream: "mentions" (and replies) for now
    # The network's position (an id, or a time for networks that only filter by time); moved only in the
    # transaction that saves what was read up to it, so a failure never loses it.
    position: Mapped[str | None] = mapped_column(String(255))
    last_fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The last failure, shown on the channel (an expired token says "reconnect"), and when to try again.
    last_error: Mapped[str | None] = mapped_column(Text)  # in English, for logs and exports
    # The same words as a message (errors.Message.record()), translated where they are shown.
    last_error_detail: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    error_kind: Mapped[str | None] = mapped_column(String(20))  # auth, rate_limited, transient, refused
    failures: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
