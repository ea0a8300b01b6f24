"""A workspace: one company's channels, posts and mix policy."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class Workspace(Base):
    __tablename__ = "workspaces"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # The mix policy: a preset name, and overrides of its cap and windows (NULL: the preset's own).
    preset: Mapped[str] = mapped_column(String(20), default="80/20")
    cap: Mapped[float | None] = mapped_column(Float)
    window_posts: Mapped[int | None] = mapped_column(Integer)
    window_days: Mapped[int | None] = mapped_column(Integer)
    # Fetched inbox items older than this many days are deleted by the worker (inbox.service.purge_expired).
    inbox_retention_days: Mapped[int] = mapped_column(Integer, default=365, server_default="365")
    # The inbox's response target, and the business hours it is counted in ({"days": ["Sun", ...], "opens": "09:00",
    # "closes": "17:00"}, read in each channel's zone; NULL: round the clock). Set by inbox.service.set_response_policy.
    response_target_minutes: Mapped[int] = mapped_column(Integer, default=60, server_default="60")
    business_hours: Mapped[dict[str, object] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
