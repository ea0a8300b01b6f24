"""A workspace's change stamp: a number the database itself raises (by triggers, migration 0006) whenever
one of the workspace's posts or channels, or the workspace's own settings, change. Pages cache what they
render from those rows under the stamp they read first, so a cached page is never older than its data."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.models.base import Base


class WorkspaceStamp(Base):
    __tablename__ = "workspace_stamps"

    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0)
    # Raised on every write to the workspace's inbox items (migration 0018): the inbox page's counts are kept under it.
    inbox_version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
