"""A media file attached to a post, in its place among the post's media, with its alt text."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from cocktailparty.models.base import Base


class PostMedia(Base):
    __tablename__ = "post_media"

    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0, 1, ...: the order the audience sees
    # RESTRICT: a file a post uses cannot be removed from the library under it.
    media_id: Mapped[int] = mapped_column(ForeignKey("media.id", ondelete="RESTRICT"), index=True)
    alt_text: Mapped[str] = mapped_column(Text, default="")  # in the post's language; "" when none was given
