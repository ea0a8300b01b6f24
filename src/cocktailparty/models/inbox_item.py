"""Something people said to a channel (a comment, a reply, a mention, a direct message), fetched for the inbox."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class InboxState(StrEnum):
    OPEN = "open"  # nobody has answered yet
    WAITING = "waiting"  # answered; waiting for the other side
    DONE = "done"


class InboxItem(Base):
    __tablename__ = "inbox_items"
    __table_args__ = (
        # One row per thing on the network: a fetch that sees it again (an overlap, a retry) drops it.
        UniqueConstraint("channel_id", "remote_id", name="uq_inbox_items_channel_remote"),
        # The inbox page: a workspace's items by state, urgency and time (inbox.repository.WorkspaceInbox.page).
        Index("ix_inbox_items_workspace_state_created", "workspace_id", "state", "created_at"),
        Index("ix_inbox_items_workspace_state_label_created", "workspace_id", "state", "label", "created_at"),
        # The response times' window (inbox.repository.asked_since): its label and kind read from the index.
        Index("ix_inbox_items_workspace_created_label_kind_answered", "workspace_id", "created_at", "label", "kind",
              "answered_at"),
        Index("ix_inbox_items_workspace_created", "workspace_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"), index=True)
    network: Mapped[str] = mapped_column(String(20))
    remote_id: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(20))  # comment, mention, message
    author: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))  # ar, en, or "other"
    label: Mapped[str] = mapped_column(String(20))  # see cocktailparty.inbox.triage.LABELS
    state: Mapped[str] = mapped_column(String(10), default=InboxState.OPEN)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # The thread: what it answers on the network, and our post at the root when it is one of ours.
    in_reply_to: Mapped[str | None] = mapped_column(String(255))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    # Our answer: a post of category `reply` that the publisher sends under this item.
    reply_post_id: Mapped[int | None] = mapped_column(ForeignKey("posts.id", ondelete="SET NULL"))
    # When our first answer went out (the publisher sets it once): the first-response time, read without the posts.
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    url: Mapped[str | None] = mapped_column(String(2000))
    # What the team did to it on its network from the inbox (connectors' like, hide, delete_comment).
    liked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when it was said, on the network
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
