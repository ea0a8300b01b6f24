"""A person's consent to one kind of moment being shared: who recorded it and when, and when it was withdrawn.
A withdrawn consent stays as a record; a new grant is a new row."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base


class MomentConsent(Base):
    __tablename__ = "moment_consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # birthday, work_anniversary, or a moment's kind
    recorded_by: Mapped[str] = mapped_column(String(200))  # who recorded it (the signed-in person, or "cli")
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by: Mapped[str | None] = mapped_column(String(200))
