"""A post on one channel, from draft to published, with what the publisher knows of it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class PostState(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    PUBLISHING = "publishing"
    PUBLISHED = "published"
    FAILED = "failed"
    CANCELLED = "cancelled"


class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (
        # The dispatcher's query: scheduled posts by the time they are next due.
        Index("ix_posts_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_posts_channel_id_due_at", "channel_id", "due_at"),
        # The calendar, the API's lists and the dashboard read a workspace's posts by time and by state.
        Index("ix_posts_workspace_id_due_at", "workspace_id", "due_at"),
        Index("ix_posts_workspace_id_state_published_at", "workspace_id", "state", "published_at"),
        # An API client's Idempotency-Key: the same request sent twice schedules one post.
        Index("uq_posts_workspace_id_idempotency_key", "workspace_id", "idempotency_key", unique=True),
        # The polls job: published polls whose time is up and whose votes are not read yet.
        Index("ix_posts_poll_ends_at", "poll_ends_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    media: Mapped[list[str]] = mapped_column(JSON, default=list)  # file paths or URLs
    link: Mapped[str | None] = mapped_column(String(2000))
    category: Mapped[str] = mapped_column(String(20))
    category_source: Mapped[str] = mapped_column(String(20), default="classifier")  # or "manual"
    confidence: Mapped[float | None] = mapped_column(Float)
    state: Mapped[str] = mapped_column(String(20), default=PostState.DRAFT)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When the dispatcher should next pick it up: the due time, or later after a retryable failure.
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)  # in English, for logs and exports
    # The same words as a message (errors.Message.record()), translated where they are shown.
    last_error_detail: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    # The network's id of the post; a post the network keeps as several messages (a Telegram album) lists their ids,
    # comma-separated, the first first.
    remote_id: Mapped[str | None] = mapped_column(String(255))
    remote_url: Mapped[str | None] = mapped_column(String(2000))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A guardrail refusal overridden by hand, and why.
    override_reason: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str | None] = mapped_column(String(255))
    # A reply: the network's id of the comment it answers (the publisher threads it there).
    reply_to_remote_id: Mapped[str | None] = mapped_column(String(255))
    # A poll: {"options": [...], "minutes": N}; when it closes (set when it is published); its votes once read
    # ({"options": [[title, votes], ...], "voters": N, "read_at": ISO time, "follow_up": library item id}).
    poll: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    poll_ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    poll_results: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
