"""A channel: one account on one network, with its encrypted credentials and posting slots."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class Channel(Base):
    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("workspace_id", "name", name="uq_channels_workspace_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    network: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str | None] = mapped_column(String(255))
    base_url: Mapped[str | None] = mapped_column(String(500))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    # Token, password and the like, encrypted with the settings' secret key (see cocktailparty.secrets).
    secret: Mapped[str | None] = mapped_column(Text)
    # Weekly posting slots in the channel's own time zone, as ["Mon 09:00", "Wed 18:30"].
    slots: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Mix policy for this channel (NULL: the workspace's).
    preset: Mapped[str | None] = mapped_column(String(20))
    cap: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
