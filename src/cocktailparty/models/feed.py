"""A curation source of a workspace: an RSS, Atom or JSON feed, or a public Mastodon account or hashtag or Bluesky
account it follows, with what its last fetch left: the validators for the next conditional request (a feed) or
the newest post seen (a follow), and the last error."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class Feed(Base):
    __tablename__ = "feeds"
    __table_args__ = (UniqueConstraint("workspace_id", "url", name="uq_feeds_workspace_url"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    # A feed's address; for a follow, the account's or hashtag's public page (https://server/@user,
    # https://server/tags/tag, https://bsky.app/profile/handle), which also names it.
    url: Mapped[str] = mapped_column(String(2000))
    kind: Mapped[str] = mapped_column(String(20), default="feed", server_default="feed")  # see curation.follows.KINDS
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20), default="curated")  # curated | news: what its items become
    etag: Mapped[str] = mapped_column(String(500), default="")
    last_modified: Mapped[str] = mapped_column(String(100), default="")
    cursor: Mapped[str] = mapped_column(String(200), default="", server_default="")  # a follow's newest post id
    last_fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)  # in English, for logs and exports
    # The same words as a message (errors.Message.record()), translated where they are shown.
    last_error_detail: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
