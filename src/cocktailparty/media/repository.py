"""Every query of a workspace's media. `WorkspaceMedia` is built for one workspace and filters each query by
it; `files_of_post` is the worker's, which serves every workspace."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from cocktailparty.models import MediaFile, MomentDraft, Post, PostMedia


class WorkspaceMedia:
    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session, self.workspace_id = session, workspace_id

    def get(self, media_id: int) -> MediaFile | None:
        return self.session.scalar(select(MediaFile).where(MediaFile.id == media_id,
                                                           MediaFile.workspace_id == self.workspace_id))

    def add(self, media: MediaFile) -> MediaFile:
        media.workspace_id = self.workspace_id
        self.session.add(media)
        self.session.flush()
        return media

    def total_size(self) -> int:
        return int(self.session.scalar(select(func.coalesce(func.sum(MediaFile.size), 0))
                                       .where(MediaFile.workspace_id == self.workspace_id)) or 0)

    def search(self, words: str = "", since: datetime | None = None, until: datetime | None = None,
               limit: int = 60) -> list[MediaFile]:
        """Newest first; every word must be found in the file's name or its tags."""
        query = select(MediaFile).where(MediaFile.workspace_id == self.workspace_id)
        for word in words.split()[:8]:
            pattern = f"%{_escape(word.lower())}%"
            query = query.where(or_(func.lower(MediaFile.name).like(pattern, escape="\\"),
                                    func.lower(MediaFile.tags).like(pattern, escape="\\")))
        if since is not None:
            query = query.where(MediaFile.created_at >= since)
        if until is not None:
            query = query.where(MediaFile.created_at < until)
        return list(self.session.scalars(query.order_by(MediaFile.created_at.desc(), MediaFile.id.desc())
                                         .limit(limit)))

    def used_in(self, media_ids: Sequence[int]) -> dict[int, list[Post]]:
        """The posts that use each file (only this workspace's posts)."""
        if not media_ids:
            return {}
        rows = self.session.execute(
            select(PostMedia.media_id, Post).join(Post, Post.id == PostMedia.post_id)
            .where(PostMedia.media_id.in_(media_ids), Post.workspace_id == self.workspace_id)
            .order_by(Post.id)
        ).all()
        found: dict[int, list[Post]] = {}
        for media_id, post in rows:
            found.setdefault(media_id, []).append(post)
        return found

    def unused(self, created_before: datetime | None = None) -> list[MediaFile]:
        # A team moment's draft waiting with its photo uses the file too.
        query = select(MediaFile).where(MediaFile.workspace_id == self.workspace_id,
                                        ~select(PostMedia.media_id).where(PostMedia.media_id == MediaFile.id).exists(),
                                        ~select(MomentDraft.id).where(MomentDraft.media_id == MediaFile.id).exists())
        if created_before is not None:
            query = query.where(MediaFile.created_at < created_before)
        return list(self.session.scalars(query.order_by(MediaFile.id)))

    def attachments(self, post_id: int) -> list[tuple[MediaFile, str]]:
        """A post's files in order, with their alt text."""
        return [(media, alt) for media, alt in self.session.execute(
            select(MediaFile, PostMedia.alt_text).join(PostMedia, PostMedia.media_id == MediaFile.id)
            .join(Post, Post.id == PostMedia.post_id)
            .where(PostMedia.post_id == post_id, Post.workspace_id == self.workspace_id)
            .order_by(PostMedia.position)
        ).all()]

    def set_attachments(self, post_id: int, items: Sequence[tuple[int, str]]) -> None:
        """Replace the post's media with `items` (media id, alt text), in that order."""
        self.session.execute(delete(PostMedia).where(PostMedia.post_id == post_id))
        for position, (media_id, alt_text) in enumerate(items):
            self.session.add(PostMedia(post_id=post_id, position=position, media_id=media_id, alt_text=alt_text))
        self.session.flush()

    def remove(self, media: MediaFile) -> None:
        self.session.delete(media)
        self.session.flush()


def files_of_post(session: Session, post_id: int) -> list[tuple[MediaFile, str]]:
    """The worker's read of a post's files (any workspace: the post is the scope)."""
    return [(media, alt) for media, alt in session.execute(
        select(MediaFile, PostMedia.alt_text).join(PostMedia, PostMedia.media_id == MediaFile.id)
        .where(PostMedia.post_id == post_id).order_by(PostMedia.position)
    ).all()]


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
