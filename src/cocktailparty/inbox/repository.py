"""Queries of the inbox, built for one workspace: `WorkspaceInbox(session, workspace_id)` cannot read another's."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, Select, delete, func, insert, select, update
from sqlalchemy.orm import Session

from cocktailparty.inbox.triage import URGENCY
from cocktailparty.models import Channel, InboxCursor, InboxItem, InboxNote, Post, PostState, SavedReply, Workspace

MESSAGE = "message"  # the kind of a direct message
# How many of a channel's recent posts the fetch reads the replies under (one call each).
WATCHED_POSTS = 20


class PostLine(NamedTuple):
    """One of our posts as the inbox shows it: the post a comment is under, or our reply."""

    id: int
    text: str
    state: str


@dataclass(frozen=True)
class InboxFilter:
    channel_id: int | None = None
    label: str | None = None
    state: str | None = None
    assignee_id: int | None = None
    order: str = "urgent"  # or "newest"


class WorkspaceInbox:
    """One workspace's inbox as one reader may see it: built with `messages=False` (inbox.service.inbox_for
    decides, by the reader's role), no query of it returns, counts or reaches a direct message."""

    def __init__(self, session: Session, workspace_id: int, *, messages: bool) -> None:
        self.session = session
        self.workspace_id = workspace_id
        self.messages = messages

    def _visible(self) -> list[ColumnElement[bool]]:
        found = [InboxItem.workspace_id == self.workspace_id]
        if not self.messages:
            found.append(InboxItem.kind != MESSAGE)
        return found

    def _items(self) -> Select[InboxItem]:
        return select(InboxItem).where(*self._visible())

    def get(self, item_id: int) -> InboxItem | None:
        return self.session.scalar(self._items().where(InboxItem.id == item_id))

    def page(self, where: InboxFilter, limit: int = 50, offset: int = 0) -> list[InboxItem]:
        query = self._items()
        if where.channel_id is not None:
            query = query.where(InboxItem.channel_id == where.channel_id)
        if where.label:
            query = query.where(InboxItem.label == where.label)
        if where.state:
            query = query.where(InboxItem.state == where.state)
        if where.assignee_id is not None:
            query = query.where(InboxItem.assignee_id == where.assignee_id)
        if where.order == "newest":
            query = query.order_by(InboxItem.created_at.desc(), InboxItem.id.desc())
            return list(self.session.scalars(query.limit(limit).offset(offset)))
        return self._most_urgent_first(query, limit, offset)

    def _most_urgent_first(self, query: Select[InboxItem], limit: int, offset: int) -> list[InboxItem]:
        """Open before waiting before the rest, then what needs an answer first (URGENCY), then newest: read one
        (state, label) group at a time from its index, newest first, until the page is full, instead of sorting
        every item of the workspace (100,000 items: 190 ms a page on SQLite, sorted). The groups' sizes are
        counted only to skip whole groups when the page does not start at the top."""
        states: list[ColumnElement[bool]] = [InboxItem.state == "open", InboxItem.state == "waiting",
                                             InboxItem.state.not_in(("open", "waiting"))]
        by_urgency = sorted(URGENCY, key=URGENCY.__getitem__)
        labels: list[ColumnElement[bool]] = [InboxItem.label == label for label in by_urgency]
        labels.append(InboxItem.label.not_in(tuple(URGENCY)))
        found: list[InboxItem] = []
        for state in states:
            for label in labels:
                group = query.where(state, label)
                if offset:
                    size = int(self.session.scalar(select(func.count()).select_from(group.subquery())) or 0)
                    if size <= offset:
                        offset -= size
                        continue
                newest = group.order_by(InboxItem.created_at.desc(), InboxItem.id.desc())
                found += self.session.scalars(newest.limit(limit - len(found)).offset(offset))
                offset = 0
                if len(found) >= limit:
                    return found
        return found

    def count_open(self) -> int:
        return int(self.session.scalar(select(func.count()).where(*self._visible(), InboxItem.state == "open")) or 0)

    def notes_of(self, item_ids: Sequence[int]) -> dict[int, list[InboxNote]]:
        found: dict[int, list[InboxNote]] = {item_id: [] for item_id in item_ids}
        if not item_ids:
            return found
        query = (select(InboxNote).join(InboxItem, InboxItem.id == InboxNote.item_id)
                 .where(*self._visible(), InboxNote.item_id.in_(item_ids))
                 .order_by(InboxNote.created_at, InboxNote.id))
        for note in self.session.scalars(query):
            found[note.item_id].append(note)
        return found

    def posts_by_id(self, post_ids: Iterable[int | None]) -> dict[int, PostLine]:
        """What a page shows of these posts (threads' posts, our replies), without loading whole posts."""
        ids = {post_id for post_id in post_ids if post_id is not None}
        if not ids:
            return {}
        query = select(Post.id, Post.text, Post.state).where(Post.workspace_id == self.workspace_id, Post.id.in_(ids))
        return {post_id: PostLine(post_id, text, state) for post_id, text, state in self.session.execute(query)}

    def asked_since(self, since: datetime, labels: Sequence[str]) -> list[
            tuple[int, int | None, datetime, datetime | None, str]]:
        """(channel, assignee, asked at, our first reply's publication, the channel's time zone) of the items with
        these labels (those that need an answer) since `since`."""
        query = (select(InboxItem.channel_id, InboxItem.assignee_id, InboxItem.created_at, InboxItem.answered_at,
                        Channel.timezone)
                 .join(Channel, Channel.id == InboxItem.channel_id)
                 .where(*self._visible(), InboxItem.created_at >= since, InboxItem.label.in_(labels))
                 .order_by(InboxItem.created_at))
        return [(channel, assignee, asked, answered, zone or "UTC")
                for channel, assignee, asked, answered, zone in self.session.execute(query)]

    def saved_replies(self) -> list[SavedReply]:
        query = (select(SavedReply).where(SavedReply.workspace_id == self.workspace_id)
                 .order_by(SavedReply.language, SavedReply.name, SavedReply.id))
        return list(self.session.scalars(query))

    def saved_reply(self, reply_id: int) -> SavedReply | None:
        return self.session.scalar(select(SavedReply).where(
            SavedReply.workspace_id == self.workspace_id, SavedReply.id == reply_id))

    def channels_and_cursors(self) -> list[tuple[Channel, InboxCursor | None]]:
        """Every channel of the workspace by name, once for each of its fetch cursors (once with None when it has
        none yet): a page's channels and their fetch problems in one query."""
        query = (select(Channel, InboxCursor).outerjoin(InboxCursor, InboxCursor.channel_id == Channel.id)
                 .where(Channel.workspace_id == self.workspace_id).order_by(Channel.name, Channel.id, InboxCursor.id))
        return [(channel, cursor) for channel, cursor in self.session.execute(query)]

    # --- for the fetch (a channel of this workspace) ---

    def cursor(self, channel_id: int, kind: str) -> InboxCursor | None:
        return self.session.scalar(select(InboxCursor).join(Channel, Channel.id == InboxCursor.channel_id).where(
            Channel.workspace_id == self.workspace_id, InboxCursor.channel_id == channel_id, InboxCursor.kind == kind))

    def known_remote_ids(self, channel_id: int, remote_ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(remote_ids), 500):  # bounded IN lists
            chunk = remote_ids[start:start + 500]
            found.update(self.session.scalars(select(InboxItem.remote_id).where(
                InboxItem.workspace_id == self.workspace_id, InboxItem.channel_id == channel_id,
                InboxItem.remote_id.in_(chunk))))
        return found

    def threads(self, channel_id: int, remote_ids: Sequence[str]) -> dict[str, int | None]:
        """Our post under each of these network ids: one of our published posts, or an item already in the
        inbox whose thread is known (a reply to a reply)."""
        ids = list(set(remote_ids))
        found: dict[str, int | None] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for post_id, remote_id in self.session.execute(select(Post.id, Post.remote_id).where(
                    Post.workspace_id == self.workspace_id, Post.channel_id == channel_id,
                    Post.remote_id.in_(chunk))):
                found[str(remote_id)] = post_id
            for item_post, remote_id in self.session.execute(select(InboxItem.post_id, InboxItem.remote_id).where(
                    InboxItem.workspace_id == self.workspace_id, InboxItem.channel_id == channel_id,
                    InboxItem.remote_id.in_(chunk))):
                found.setdefault(remote_id, item_post)
            # A post published as several messages (a Telegram album) lists their ids, comma-separated: a comment on
            # any one of them is about the post. Such posts are few; they are read only when an id is still unknown.
            parts = {remote_id for remote_id in chunk if remote_id not in found}
            if parts:
                for post_id, remote_id in self.session.execute(select(Post.id, Post.remote_id).where(
                        Post.workspace_id == self.workspace_id, Post.channel_id == channel_id,
                        Post.remote_id.contains(","))):
                    for part in parts.intersection(_message_ids(str(remote_id))):
                        found[part] = post_id
        return found

    def watched_posts(self, channel_id: int, since: datetime) -> list[str]:
        """The network ids of the channel's posts published since `since`, newest first."""
        query = (select(Post.remote_id).where(
            Post.workspace_id == self.workspace_id, Post.channel_id == channel_id, Post.state == PostState.PUBLISHED,
            Post.remote_id.is_not(None), Post.published_at >= since)
            .order_by(Post.published_at.desc()).limit(WATCHED_POSTS))
        return [str(remote_id) for remote_id in self.session.scalars(query)]


    def purge_older_than(self, before: datetime) -> int:
        """Delete the fetched items said before `before`, with their notes (our posts, replies included, stay)."""
        old = select(InboxItem.id).where(*self._visible(), InboxItem.created_at < before).scalar_subquery()
        self.session.execute(delete(InboxNote).where(InboxNote.item_id.in_(old)))
        gone = self.session.execute(delete(InboxItem).where(*self._visible(), InboxItem.created_at < before))
        return int(gone.rowcount or 0)  # type: ignore[attr-defined]


def mark_answered(session: Session, reply_post_id: int, at: datetime) -> None:
    """Our reply `reply_post_id` went out at `at`: the item it answers is answered then, unless it was before (the
    first answer is the first response). Called by the publisher, in its transaction."""
    session.execute(update(InboxItem).where(InboxItem.reply_post_id == reply_post_id, InboxItem.answered_at.is_(None))
                    .values(answered_at=at).execution_options(synchronize_session=False))


def retention_days(session: Session) -> list[tuple[int, int]]:
    """(workspace, days its fetched items are kept) of every workspace: the retention job's list."""
    return [(workspace_id, days) for workspace_id, days in session.execute(
        select(Workspace.id, Workspace.inbox_retention_days).order_by(Workspace.id))]


def insert_items(session: Session, rows: list[dict[str, object]]) -> list[InboxItem]:
    """New items (each row names its workspace and channel) in one INSERT ... RETURNING, in the rows' order:
    for a fetched batch the unit of work would cost more than the triage."""
    if not rows:
        return []
    return list(session.scalars(insert(InboxItem).returning(InboxItem, sort_by_parameter_order=True), rows))


def _message_ids(remote_id: str) -> list[str]:
    """Each message's own id in a post's id that lists several ("12,13,14", or "<chat>:12,13" in a group)."""
    chat, colon, ids = remote_id.rpartition(":")
    return [f"{chat}{colon}{found}" for found in ids.split(",")]
