"""A giveaway: a contest post on a channel, its rules, the commitment to its secret seed (the seed itself
encrypted until the draw publishes it) and, once drawn, the winners."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class Giveaway(Base):
    __tablename__ = "giveaways"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), index=True)
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(200))
    post_remote_id: Mapped[str] = mapped_column(String(255))  # the contest post on the network
    entry_kind: Mapped[str] = mapped_column(String(10), default="reply")  # reply | hashtag | tag
    hashtag: Mapped[str] = mapped_column(String(100), default="")
    tag_count: Mapped[int] = mapped_column(Integer, default=0)
    staff: Mapped[str] = mapped_column(Text, default="")  # accounts excluded, one a line
    deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    winners_count: Mapped[int] = mapped_column(Integer, default=1)
    seed_secret: Mapped[str] = mapped_column(Text)  # the seed, encrypted with the secret key
    commitment: Mapped[str] = mapped_column(String(64))  # SHA-256 of the seed, published at the opening
    seed: Mapped[str | None] = mapped_column(String(200))  # published after the deadline, by the draw
    winners: Mapped[str | None] = mapped_column(Text)  # one a line, in the draw's order
    entries_sha256: Mapped[str | None] = mapped_column(String(64))
    drawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    collected_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
