"""A one-off moment in a person's life they may want shared: a wedding, a new baby, a graduation, a promotion,
joining the team."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.models.base import Base


class TeamMoment(Base):
    __tablename__ = "team_moments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # wedding | new_baby | graduation | promotion | new_joiner
    day: Mapped[date] = mapped_column(Date)
