"""An occasion's greeting drafted into the library by the daily job: one per workspace, occasion, day and
language, so running the job again drafts nothing twice (even after the draft was used or deleted)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.models.base import Base


class OccasionDraft(Base):
    __tablename__ = "occasion_drafts"
    __table_args__ = (UniqueConstraint("workspace_id", "key", "day", "lang",
                                       name="uq_occasion_drafts_workspace_key_day_lang"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(120))
    day: Mapped[date] = mapped_column(Date)
    lang: Mapped[str] = mapped_column(String(2))
    library_item_id: Mapped[int | None] = mapped_column(ForeignKey("library_items.id", ondelete="SET NULL"))
