"""A library draft made from a team moment on a day: one per person, kind and day (so drafting again adds
nothing), the link that lets a withdrawn consent take the unused draft back, and its photo slot: a picture from
the media library and its alt text, without which the draft cannot be scheduled."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.models.base import Base


class MomentDraft(Base):
    __tablename__ = "moment_drafts"
    __table_args__ = (UniqueConstraint("member_id", "kind", "day", name="uq_moment_drafts_member_kind_day"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_members.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date)
    library_item_id: Mapped[int | None] = mapped_column(ForeignKey("library_items.id", ondelete="SET NULL"))
    media_id: Mapped[int | None] = mapped_column(ForeignKey("media.id", ondelete="SET NULL"))
    alt_text: Mapped[str] = mapped_column(Text, default="", server_default="")  # in the draft's language
