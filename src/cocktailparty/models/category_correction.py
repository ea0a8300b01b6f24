"""A person's correction of a post's category, kept per workspace: what the text is, who said so and why.
Accepted corrections teach the workspace's classifier. One that disagrees with a confident promotional
verdict (an override) waits for an owner: until one accepts it, the post counts as promotional."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class CorrectionState(StrEnum):
    ACCEPTED = "accepted"  # teaches the classifier; a post's category is the corrected one
    PENDING = "pending"  # an override waiting for an owner: the post still counts as promotional
    REJECTED = "rejected"  # an owner kept the classifier's verdict


class CategoryCorrection(Base):
    __tablename__ = "category_corrections"
    __table_args__ = (
        # A workspace's corrections by state (the training set, the relabels waiting), and covering the
        # dashboard's count of overrides, which then reads the index alone.
        Index("ix_category_corrections_workspace_id_state", "workspace_id", "state", "override"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    # The post corrected; none for a text corrected where it is no post (an audit's row, the composer).
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20))  # what the person says it is
    previous: Mapped[str] = mapped_column(String(20))  # what it was called before
    confidence: Mapped[float | None] = mapped_column(Float)  # the classifier's, for its own verdict
    override: Mapped[bool] = mapped_column(Boolean, default=False)  # against a confident promotional verdict
    reason: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20))  # post, audit, composer, api
    state: Mapped[str] = mapped_column(String(20), default=CorrectionState.ACCEPTED)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
