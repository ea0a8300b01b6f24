"""Every query of a workspace's posts. `WorkspacePosts` is built for one workspace and its every query is
filtered by it, so nothing it returns can belong to another (tests/test_scoping.py fails when a query of
posts is written anywhere else, except the worker's, which serves every workspace)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Select, case, delete, func, or_, select, update
from sqlalchemy.orm import Session

from cocktailparty.models import CategoryCorrection, CorrectionState, Post, PostState

# States that count in a channel's mix: what is out and what is going out.
COUNTED = (PostState.SCHEDULED, PostState.PUBLISHING, PostState.PUBLISHED)


@dataclass(frozen=True)
class PostFilter:
    state: str | None = None
    channel_id: int | None = None
    since: datetime | None = None  # due at or after
    until: datetime | None = None  # due before
    category: str | None = None


@dataclass(frozen=True)
class Position:
    """Where the previous page ended: its last post's due time (None for a draft) and id."""

    due_at: datetime | None
    id: int


class WorkspacePosts:
    """The posts of one workspace."""

    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def _where(self, *conditions: ColumnElement[bool]) -> Select[Post]:
        return select(Post).where(Post.workspace_id == self.workspace_id, *conditions)

    def get(self, post_id: int) -> Post | None:
        return self.session.scalar(self._where(Post.id == post_id))

    def all(self, state: str | None = None) -> list[Post]:
        query = self._where(Post.state == state) if state else self._where()
        return list(self.session.scalars(query.order_by(Post.due_at, Post.id)))

    def latest(self, limit: int, state: str | None = None) -> list[Post]:
        """The newest posts first (by creation), of one state or of all."""
        query = self._where(Post.state == state) if state else self._where()
        return list(self.session.scalars(query.order_by(Post.id.desc()).limit(limit)))

    def counted(self) -> list[Post]:
        """What counts in the mix: scheduled, going out, or out."""
        return list(self.session.scalars(self._where(Post.state.in_(COUNTED)).order_by(Post.due_at, Post.id)))

    def drafts(self, limit: int) -> list[Post]:
        """The newest drafts first."""
        return list(self.session.scalars(self._where(Post.state == PostState.DRAFT).order_by(Post.id.desc())
                                         .limit(limit)))

    def by_idempotency_key(self, key: str) -> Post | None:
        return self.session.scalar(self._where(Post.idempotency_key == key))

    def mix_around(self, channel_id: int, at: datetime, days: int, posts: int) -> list[tuple[datetime, str]]:
        """(time, category) of the channel's counted posts near `at`: enough for every window that could
        contain a post at `at`, by days and by count."""
        span = timedelta(days=days)
        counted = (Post.workspace_id == self.workspace_id, Post.channel_id == channel_id, Post.state.in_(COUNTED))
        near = self.session.execute(
            select(Post.due_at, Post.category).where(*counted, Post.due_at >= at - span, Post.due_at <= at + span)
        ).all()
        before = self.session.execute(
            select(Post.due_at, Post.category).where(*counted, Post.due_at < at - span)
            .order_by(Post.due_at.desc()).limit(posts)
        ).all()
        after = self.session.execute(
            select(Post.due_at, Post.category).where(*counted, Post.due_at > at + span)
            .order_by(Post.due_at).limit(posts)
        ).all()
        return [(row[0], row[1]) for row in (*before, *near, *after) if row[0] is not None]

    def counted_for_planning(self, channel_id: int, start: datetime, end: datetime, posts_after: int) -> list[Post]:
        """The channel's counted posts from `start` to `end`, and the first `posts_after` after `end`: what can
        share a rolling window with a post planned in the period (a channel scheduled years ahead loads no more)."""
        counted = (Post.channel_id == channel_id, Post.state.in_(COUNTED))
        within = self._where(*counted, Post.due_at >= start, Post.due_at < end)
        later = self._where(*counted, Post.due_at >= end).order_by(Post.due_at).limit(posts_after)
        return [*self.session.scalars(within), *self.session.scalars(later)]
    def mix_sample(self, channel_id: int, first: datetime, last: datetime, days: int,
                   posts: int) -> list[tuple[int, datetime, str]]:
        """(id, due_at, category) of the channel's counted posts from `first` to `last` and around them: every
        post of every window, by days or by count, that could hold a post anywhere in between."""
        span = timedelta(days=days)
        counted = (Post.workspace_id == self.workspace_id, Post.channel_id == channel_id, Post.state.in_(COUNTED))
        columns = (Post.id, Post.due_at, Post.category)
        near = self.session.execute(
            select(*columns).where(*counted, Post.due_at >= first - span, Post.due_at <= last + span)
        ).all()
        before = self.session.execute(
            select(*columns).where(*counted, Post.due_at < first - span).order_by(Post.due_at.desc()).limit(posts)
        ).all()
        after = self.session.execute(
            select(*columns).where(*counted, Post.due_at > last + span).order_by(Post.due_at).limit(posts)
        ).all()
        return [(row[0], row[1], row[2]) for row in (*before, *near, *after) if row[1] is not None]

    def update_if_in_state(self, post_id: int, current: str, /, **values: object) -> bool:
        """Change a post of the workspace only while it is in state `current`, in one conditional UPDATE: a worker
        claiming it at the same moment wins or loses cleanly. Whether it changed."""
        changed = self.session.execute(
            update(Post).where(Post.workspace_id == self.workspace_id, Post.id == post_id, Post.state == current)
            .values(**values).execution_options(synchronize_session=False)
        )
        return bool(getattr(changed, "rowcount", 0))

    def delete_if_in_states(self, post_id: int, states: Iterable[str]) -> bool:
        """Delete a post of the workspace only while in one of `states` (one conditional DELETE). Whether it went."""
        gone = self.session.execute(
            delete(Post).where(Post.workspace_id == self.workspace_id, Post.id == post_id, Post.state.in_(states))
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(gone, "rowcount", 0))

    def page(self, wanted: PostFilter, after: Position | None, limit: int) -> Sequence[Post]:
        """Up to `limit` + 1 posts after `after`, by due time then id, posts without a time (drafts) last.

        Posts with a time come from one query the (workspace_id, due_at) order can answer; drafts, which
        SQLite and PostgreSQL would sort to opposite ends, from a second one once those run out."""
        conditions = _conditions(wanted)
        found: list[Post] = []
        if after is None or after.due_at is not None:
            timed = self._where(*conditions, Post.due_at.is_not(None))
            if after is not None:
                # The first condition lets the index seek; the second breaks ties of the same due time by id.
                timed = timed.where(Post.due_at >= after.due_at, or_(Post.due_at > after.due_at, Post.id > after.id))
            found = list(self.session.scalars(timed.order_by(Post.due_at, Post.id).limit(limit + 1)))
            if len(found) > limit or wanted.since is not None or wanted.until is not None:
                return found  # a time range holds no drafts
        drafts = self._where(*conditions, Post.due_at.is_(None))
        if after is not None and after.due_at is None:
            drafts = drafts.where(Post.id > after.id)
        return found + list(self.session.scalars(drafts.order_by(Post.id).limit(limit + 1 - len(found))))


def _conditions(wanted: PostFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if wanted.state:
        conditions.append(Post.state == wanted.state)
    if wanted.channel_id is not None:
        conditions.append(Post.channel_id == wanted.channel_id)
    if wanted.since is not None:
        conditions.append(Post.due_at >= wanted.since)
    if wanted.until is not None:
        conditions.append(Post.due_at < wanted.until)
    if wanted.category:
        conditions.append(Post.category == wanted.category)
    return conditions


class WorkspaceCorrections:
    """The category corrections of one workspace (every query filtered by it)."""

    def __init__(self, session: Session, workspace_id: int) -> None:
        self.session = session
        self.workspace_id = workspace_id

    def _where(self, *conditions: ColumnElement[bool]) -> Select[CategoryCorrection]:
        return select(CategoryCorrection).where(CategoryCorrection.workspace_id == self.workspace_id, *conditions)

    def get(self, correction_id: int) -> CategoryCorrection | None:
        return self.session.scalar(self._where(CategoryCorrection.id == correction_id))

    def pending(self, limit: int = 200) -> list[CategoryCorrection]:
        return list(self.session.scalars(self._where(CategoryCorrection.state == CorrectionState.PENDING)
                                         .order_by(CategoryCorrection.id).limit(limit)))

    def pending_of_post(self, post_id: int) -> CategoryCorrection | None:
        return self.session.scalar(self._where(CategoryCorrection.post_id == post_id,
                                               CategoryCorrection.state == CorrectionState.PENDING)
                                   .order_by(CategoryCorrection.id.desc()).limit(1))

    def pending_by_post(self, post_ids: list[int]) -> dict[int, CategoryCorrection]:
        """The pending relabel of each of these posts that has one (one query for a list of posts)."""
        if not post_ids:
            return {}
        found = self.session.scalars(self._where(CategoryCorrection.post_id.in_(post_ids),
                                                 CategoryCorrection.state == CorrectionState.PENDING))
        return {correction.post_id: correction for correction in found if correction.post_id is not None}

    def accepted_examples(self) -> list[tuple[int, str, str]]:
        """(id, text, category) of every accepted correction, oldest first: what the classifier learns."""
        rows = self.session.execute(
            select(CategoryCorrection.id, CategoryCorrection.text, CategoryCorrection.category)
            .where(CategoryCorrection.workspace_id == self.workspace_id,
                   CategoryCorrection.state == CorrectionState.ACCEPTED)
            .order_by(CategoryCorrection.id)
        ).all()
        return [(row[0], row[1], row[2]) for row in rows]

    def relabelled(self) -> tuple[int, int]:
        """(posts people relabelled against a confident promotional verdict, of them still waiting for an
        owner): one aggregate query, for the dashboard."""
        row = self.session.execute(
            select(func.count(), func.coalesce(func.sum(case(
                (CategoryCorrection.state == CorrectionState.PENDING, 1), else_=0)), 0))
            .where(CategoryCorrection.workspace_id == self.workspace_id, CategoryCorrection.override.is_(True))
        ).one()
        return int(row[0]), int(row[1])
