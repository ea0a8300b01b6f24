"""A workspace's occasions: its country, the languages its greetings are drafted in, the international days it
picked, the occasions kept free of promotion, and whether Ramadan moves the posting slots to the evening."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class OccasionSettings(Base):
    __tablename__ = "occasion_settings"

    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), default="SA")
    languages: Mapped[str] = mapped_column(String(20), default="ar,en")  # comma-separated, in order
    international: Mapped[str] = mapped_column(Text, default="")  # comma-separated keys of international days
    no_promotion: Mapped[str] = mapped_column(Text, default="")  # comma-separated occasion keys
    ramadan_evening: Mapped[bool] = mapped_column(Boolean, default=False)
    ramadan_evening_at: Mapped[str] = mapped_column(String(5), default="21:00")  # local HH:MM, after iftar
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
