"""A picture or video uploaded to a workspace's media library: where it is stored and what its content is."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.db.types import UTCDateTime
from cocktailparty.models.base import Base, utcnow


class MediaFile(Base):
    __tablename__ = "media"
    __table_args__ = (Index("ix_media_workspace_id_created_at", "workspace_id", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    # Where the store keeps it: "<workspace id>/<random>/<file name>", the same on disk and in S3.
    key: Mapped[str] = mapped_column(String(400), unique=True)
    name: Mapped[str] = mapped_column(String(255))  # the file name as uploaded (made safe)
    mime_type: Mapped[str] = mapped_column(String(50))  # from the content, never from the name
    kind: Mapped[str] = mapped_column(String(10))  # image or video
    size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    duration_ms: Mapped[int | None] = mapped_column(Integer)  # videos (and animated GIFs)
    sha256: Mapped[str] = mapped_column(String(64))
    tags: Mapped[str] = mapped_column(String(500), default="")  # space-separated, for the library's search
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
