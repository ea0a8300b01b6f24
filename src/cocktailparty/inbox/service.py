"""The inbox's one write path: record what a fetch read (triaged, duplicates dropped, the cursor moved in the
same transaction), assign, note, mark done, and reply through the publisher. Pages, API, command line and
the worker all call these; none commits (the request or the job owns the transaction)."""

from __future__ import annotations

import random
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session

from cocktailparty.channels import repository as channels_repository
from cocktailparty.channels.service import connector_of
from cocktailparty.classify import Classifier
from cocktailparty.classify.features import tokens
from cocktailparty.classify.normalise import normalise
from cocktailparty.classify.signals import find_in_words
from cocktailparty.connectors.base import ACTION_WORDS, AuthError, Comment, ConnectorError, RateLimited
from cocktailparty.connectors.networks import comment_actions, name_of
from cocktailparty.db import release_connection, wrote_in_transaction
from cocktailparty.errors import CocktailError, InputError, NotFound, message, plural
from cocktailparty.inbox import response
from cocktailparty.inbox.repository import MESSAGE, WorkspaceInbox, insert_items, retention_days
from cocktailparty.inbox.triage import LABELS, triage_many
from cocktailparty.members import repository as members_repository
from cocktailparty.models import (
    Channel,
    InboxCursor,
    InboxItem,
    InboxNote,
    InboxState,
    Post,
    Role,
    SavedReply,
    User,
    Workspace,
)
from cocktailparty.models.base import note_error
from cocktailparty.names import clean_name
from cocktailparty.posts.service import schedule
from cocktailparty.taxonomy import PROMOTIONAL
from cocktailparty.workspaces import repository as workspaces_repository

MENTIONS = "mentions"  # the one stream per channel for now: mentions, replies and direct messages
MAX_TEXT = 200_000  # characters kept of one comment (100 KB of text and more is kept whole)
MAX_NOTE = 10_000
WATCH_DAYS = 14  # replies are read under our posts of the last two weeks
BASE_DELAY, MAX_DELAY = 30.0, 3600.0  # seconds between failed fetches: doubles each time
STATES = tuple(state.value for state in InboxState)
RETENTION_DEFAULT, RETENTION_MIN, RETENTION_MAX = 365, 7, 3650  # days fetched items are kept
# NUL cannot be stored in PostgreSQL text; other control characters are kept and neutralised where shown.
_NUL = re.compile("\x00")


@dataclass
class FetchPlan:
    """What a fetch needs, read before the network is called (no transaction is held meanwhile)."""

    channel_id: int
    workspace_id: int
    cursor: str | None
    watch: list[str]
    due: bool  # False while a failure's backoff (or Retry-After) runs


@dataclass
class FetchResult:
    channel: str
    network: str
    new: list[InboxItem] = field(default_factory=list)
    error: str | None = None
    skipped: bool = False


def plan_fetch(session: Session, channel: Channel, now: datetime) -> FetchPlan:
    inbox = WorkspaceInbox(session, channel.workspace_id, messages=True)
    cursor = inbox.cursor(channel.id, MENTIONS)
    due = cursor is None or cursor.next_attempt_at is None or cursor.next_attempt_at <= now
    return FetchPlan(channel.id, channel.workspace_id, cursor.position if cursor else None,
                     inbox.watched_posts(channel.id, now - timedelta(days=WATCH_DAYS)), due)


def _cursor_row(session: Session, channel: Channel) -> InboxCursor:
    cursor = WorkspaceInbox(session, channel.workspace_id, messages=True).cursor(channel.id, MENTIONS)
    if cursor is None:
        cursor = InboxCursor(channel_id=channel.id, kind=MENTIONS, failures=0)
        session.add(cursor)
    return cursor


def record(session: Session, channel: Channel, comments: list[Comment], position: str | None,
           now: datetime) -> list[InboxItem]:
    """Save what a fetch read and move the cursor, in the caller's transaction: both or neither, so a
    failure before the commit reads the same things again (and the duplicates are dropped)."""
    inbox = WorkspaceInbox(session, channel.workspace_id, messages=True)  # every kind: duplicates are dropped
    known = inbox.known_remote_ids(channel.id, [comment.remote_id for comment in comments])
    threads = inbox.threads(channel.id, [c.in_reply_to for c in comments if c.in_reply_to])
    handle = (channel.handle or "").lstrip("@").split("@")[0].lower()
    fresh: list[Comment] = []
    for comment in comments:
        if comment.remote_id in known or (handle and comment.author.lower().split("@")[0] == handle
                                          and comment.kind == "comment"):
            continue  # seen before, or our own answer in the thread
        known.add(comment.remote_id)
        fresh.append(comment)
    texts = [_NUL.sub("", comment.text)[:MAX_TEXT] for comment in fresh]
    rows = []
    for comment, text, found in zip(fresh, texts, triage_many(texts), strict=True):
        # A reply to a reply belongs to the thread of what it answers (read in this same fetch, or before).
        post_id = threads.get(comment.in_reply_to) if comment.in_reply_to else None
        threads[comment.remote_id] = post_id
        rows.append({
            "workspace_id": channel.workspace_id, "channel_id": channel.id, "network": channel.network,
            "remote_id": comment.remote_id[:255], "kind": comment.kind, "author": _NUL.sub("", comment.author)[:255],
            "text": text, "language": found.language, "label": found.label, "state": InboxState.OPEN.value,
            "in_reply_to": comment.in_reply_to, "post_id": post_id,
            "url": comment.url[:2000] if comment.url else None, "created_at": comment.created_at, "fetched_at": now,
            "updated_at": now,
        })
    # One INSERT ... RETURNING for the batch: the unit of work would cost more than the triage.
    new = insert_items(session, rows)
    cursor = _cursor_row(session, channel)
    if position is not None:
        cursor.position = position
    cursor.last_fetched_at = now
    note_error(cursor, None)
    cursor.error_kind = None
    cursor.failures = 0
    cursor.next_attempt_at = None
    session.flush()
    return new


def record_failure(session: Session, channel: Channel, error: Exception, now: datetime) -> str:
    """Keep the cursor where it was, say why on the channel, and wait before the next try (Retry-After
    when the network said, else exponential backoff with jitter)."""
    cursor = _cursor_row(session, channel)
    cursor.failures = (cursor.failures or 0) + 1
    delay = random.uniform(0.5, 1.0) * min(MAX_DELAY, BASE_DELAY * 2 ** (cursor.failures - 1))
    if isinstance(error, RateLimited):
        kind = "rate_limited"
        if error.retry_after is not None:
            delay = max(delay, error.retry_after)
    elif isinstance(error, AuthError):
        kind = "auth"
        delay = MAX_DELAY  # nothing changes until someone reconnects the channel
    elif isinstance(error, ConnectorError) and not error.retryable:
        kind = "refused"
    else:
        kind = "transient"
    words = error.detail if isinstance(error, ConnectorError) else message("unexpected error: %(exc)s", exc=repr(error))
    note_error(cursor, words)
    cursor.error_kind = kind
    cursor.next_attempt_at = now + timedelta(seconds=delay)
    session.flush()
    return str(words)


# --- who sees what ---

def sees_messages(role: Role) -> bool:
    """Direct messages are private to the people who answer them: owners and editors see them; a viewer sees
    the public comments and mentions only (not listed, not counted, not reachable by id)."""
    return role.rank >= Role.EDITOR.rank


def inbox_for(session: Session, workspace: Workspace, role: Role) -> WorkspaceInbox:
    """The workspace's inbox as a member with `role` may see it: every door reads the inbox through this."""
    return WorkspaceInbox(session, workspace.id, messages=sees_messages(role))


# --- the team's work on an item ---

def get_or_raise(session: Session, workspace: Workspace, item_id: int, role: Role) -> InboxItem:
    """The item, when it is in this workspace and the reader's role may see it (else not found, as for an item
    of another workspace: a viewer learns nothing of a direct message's existence)."""
    item = inbox_for(session, workspace, role).get(item_id)
    if item is None:
        raise NotFound("inbox.unknown_item", "no such item in this inbox: %(id)s", id=str(item_id))
    return item


def set_state(session: Session, item: InboxItem, state: str) -> InboxItem:
    if state not in STATES:
        raise InputError("inbox.unknown_state", "unknown state %(state)s; expected one of: %(states)s",
                         state=repr(state), states=list(STATES))
    item.state = state
    session.flush()
    return item


def mark_done(session: Session, item: InboxItem) -> InboxItem:
    return set_state(session, item, InboxState.DONE)


def assign(session: Session, workspace: Workspace, item: InboxItem, user_id: int | None) -> InboxItem:
    if user_id is not None and members_repository.membership(session, user_id, workspace.id) is None:
        raise InputError("inbox.not_a_member", "only a member of this workspace can be assigned")
    item.assignee_id = user_id
    session.flush()
    return item


def add_note(session: Session, item: InboxItem, author: User | None, text: str) -> InboxNote:
    text = _NUL.sub("", text).strip()
    if not text:
        raise InputError("inbox.empty_note", "the note is empty")
    if len(text) > MAX_NOTE:
        raise InputError("inbox.note_too_long", "a note may have at most %(max)s characters", max=MAX_NOTE)
    note = InboxNote(item_id=item.id, author_id=author.id if author else None, text=text)
    session.add(note)
    session.flush()
    return note


MESSENGER_WINDOW = timedelta(hours=24)


def reply_window(item: InboxItem, now: datetime) -> InputError | None:
    """Why a reply to this item cannot go out, said before it is written: Messenger lets a Page answer a person
    only within 24 hours of their message (Meta's standard messaging window; the tags that stretch it are not
    sent by our connector). None when a reply can go out."""
    if item.network == "facebook" and item.kind == MESSAGE and now - item.created_at > MESSENGER_WINDOW:
        hours = int((now - item.created_at).total_seconds() // 3600)
        return InputError("inbox.messenger_window", plural(
            "Messenger lets a Page answer within 24 hours of the person's message; this one is %(num)s hour old, so "
            "Facebook would refuse the reply. Answer on a comment, or wait for them to write again.",
            "Messenger lets a Page answer within 24 hours of the person's message; this one is %(num)s hours old, "
            "so Facebook would refuse the reply. Answer on a comment, or wait for them to write again.", hours))
    return None


def reply(session: Session, workspace: Workspace, item: InboxItem, text: str, classifier: Classifier,
          now: datetime | None = None) -> Post:
    """Answer `item`: a post of category `reply` (promotional when it pushes an offer, by the mix's fifth edge
    rule, read from the classifier's selling signals: a reply that only states a price still answers),
    scheduled now on the item's channel and threaded under it by the publisher. The item waits for the other
    side."""
    now = now or datetime.now(UTC)
    closed = reply_window(item, now)
    if closed is not None:
        raise closed
    text = _NUL.sub("", text).strip()
    if not text:
        raise InputError("inbox.empty_reply", "the reply is empty")
    channel = session.get(Channel, item.channel_id)
    if channel is None or channel.workspace_id != workspace.id:
        raise NotFound("inbox.unknown_item", "no such item in this inbox: %(id)s", id=str(item.id))
    if item.network == "mastodon":
        # Mastodon notifies only the accounts a status mentions: the answer names whom it answers.
        mention = f"@{item.author}"
        if mention.lower() not in text.lower():
            text = f"{mention} {text}"
    category = PROMOTIONAL if pushes_offer(text) else "reply"
    post = schedule(session, workspace, channel, text, now, classifier, category=category, now=now,
                    category_by_rule=True)
    post.reply_to_remote_id = item.remote_id
    item.reply_post_id = post.id
    item.state = InboxState.WAITING
    session.flush()
    return post


def pushes_offer(text: str) -> bool:
    """The mix's fifth edge rule: a reply that pushes an offer or a code counts as promotion."""
    words = tokens(normalise(text))
    return find_in_words(words, [0] * len(words), 1).of(0).pushes_offer


# --- like, hide, delete on the network ---

ACTIONS = ("like", "hide", "unhide", "delete_comment")


class ActionFailed(CocktailError):
    """The network did not do what the inbox asked (a like, a hide, a delete): nothing was recorded."""

    status_code = 502


def actions_for(item: InboxItem) -> tuple[str, ...]:
    """What the team may do to this item on its network now: what the network allows (connectors/networks.py),
    on comments and mentions (not direct messages), not on one already deleted, not liking twice."""
    allowed = comment_actions(item.network)
    if item.kind == MESSAGE or item.deleted_at is not None or not allowed:
        return ()
    found = []
    if "like" in allowed and item.liked_at is None:
        found.append("like")
    if "hide" in allowed:
        found.append("unhide" if item.hidden_at is not None else "hide")
    if "delete_comment" in allowed:
        found.append("delete_comment")
    return tuple(found)


def act(session: Session, workspace: Workspace, item: InboxItem, action: str,
        now: datetime | None = None) -> InboxItem:
    """Like, hide, show again or delete the item on its network, then record it on the item (a deleted one is
    done). Asking again for what is already so (a second like) changes nothing and calls nobody. The network
    is called with no transaction held (release_connection): a slow network never holds the database."""
    if action not in ACTIONS:
        raise InputError("inbox.unknown_action", "unknown action %(action)s; expected one of: %(actions)s",
                         action=repr(action), actions=list(ACTIONS))
    if (action == "like" and item.liked_at) or (action == "hide" and item.hidden_at) or (
            action == "unhide" and item.hidden_at is None and "hide" in actions_for(item)):
        return item
    if action not in actions_for(item):
        words = ACTION_WORDS.get("hide" if action == "unhide" else action, message(action))
        if item.kind == MESSAGE:
            raise InputError("inbox.action_on_message", "a direct message cannot be liked, hidden or deleted "
                             "from the inbox")
        if item.deleted_at is not None:
            raise InputError("inbox.action_on_deleted", "this comment was deleted")
        raise InputError("inbox.action_not_allowed", "%(network)s does not let an account %(action)s a comment "
                         "from its API", network=name_of(item.network), action=words)
    channel = session.get(Channel, item.channel_id)
    if channel is None or channel.workspace_id != workspace.id:
        raise NotFound("inbox.unknown_item", "no such item in this inbox: %(id)s", id=str(item.id))
    connector, remote_id, network = connector_of(channel), item.remote_id, item.network
    release_connection(session)
    try:
        if action == "like":
            connector.like(remote_id)
        elif action in ("hide", "unhide"):
            connector.hide(remote_id, action == "hide")
        else:
            connector.delete_comment(remote_id)
    except ConnectorError as error:
        if isinstance(error, AuthError):
            raise ActionFailed("inbox.action_auth", "%(network)s: %(error)s (reconnect the channel)",
                               network=name_of(network), error=error.detail) from error
        raise ActionFailed("inbox.action_failed", "%(network)s: %(error)s", network=name_of(network),
                           error=error.detail) from error
    now = now or datetime.now(UTC)
    if action == "like":
        item.liked_at = now
    elif action == "hide":
        item.hidden_at = now
    elif action == "unhide":
        item.hidden_at = None
    else:
        item.deleted_at = now
        item.state = InboxState.DONE
    session.flush()
    return item


# --- response times ---

TARGET_MIN, TARGET_MAX = 5, 7 * 24 * 60  # minutes: a response target between five minutes and a week
NEEDS_ANSWER = ("question", "complaint", "lead")


def response_policy(workspace: Workspace) -> response.Policy:
    """The workspace's response target and business hours, as the response times count them."""
    return response.policy_of(workspace.response_target_minutes, workspace.business_hours)


def set_response_policy(workspace: Workspace, target_minutes: int, days: Sequence[str] | None = None,
                        opens: str = "09:00", closes: str = "17:00") -> response.Policy:
    """The one check of a workspace's response target (minutes) and business hours: the days of the week its team
    answers (None: round the clock, every day) and the hours it is open those days (HH:MM, closing at 24:00 at the
    latest), read in each channel's own time zone. Pages, API and command line all set it here."""
    if not TARGET_MIN <= target_minutes <= TARGET_MAX:
        raise InputError("inbox.bad_target", "the response target is between %(min)s and %(max)s minutes, not "
                         "%(minutes)s", min=TARGET_MIN, max=TARGET_MAX, minutes=target_minutes)
    hours: dict[str, object] | None = None
    if days is not None:
        chosen: set[int] = set()
        for day in days:
            name = day.strip().title()[:3]
            if name not in response.WEEKDAYS:
                raise InputError("inbox.bad_weekday", "unknown day %(day)s; expected one of: %(days)s",
                                 day=repr(day), days=list(response.WEEKDAYS))
            chosen.add(response.WEEKDAYS.index(name))
        if not chosen:
            raise InputError("inbox.no_business_days", "choose at least one business day, or answer round the clock")
        opening, closing = _clock(opens), _clock(closes, end_of_day=True)
        if closing <= opening:
            raise InputError("inbox.hours_backwards", "business hours close after they open, not %(opens)s-%(closes)s",
                             opens=opens.strip(), closes=closes.strip())
        hours = {"days": [response.WEEKDAYS[day] for day in sorted(chosen)], "opens": f"{opening // 60:02d}:"
                 f"{opening % 60:02d}", "closes": f"{closing // 60:02d}:{closing % 60:02d}"}
    workspace.response_target_minutes = target_minutes
    workspace.business_hours = hours
    return response_policy(workspace)


def hours_as_set(hours: response.BusinessHours) -> tuple[list[str], str, str]:
    """Business hours as set_response_policy takes them (days, opens, closes)."""
    days, _, span = str(hours).partition(" ")
    opens, _, closes = span.partition("-")
    return days.split(","), opens, closes


_CLOCK = re.compile(r"([01]?\d|2[0-4]):([0-5]\d)")


def _clock(text: str, *, end_of_day: bool = False) -> int:
    """Minutes since midnight of an HH:MM time (24:00 only as a closing time)."""
    found = _CLOCK.fullmatch(text.strip())
    minutes = int(found.group(1)) * 60 + int(found.group(2)) if found else -1
    if not 0 <= minutes <= (24 * 60 if end_of_day else 24 * 60 - 1):
        raise InputError("inbox.bad_hour", "%(value)s is not a time of day such as 09:00", value=repr(text))
    return minutes


def response_times(session: Session, workspace: Workspace, role: Role, now: datetime, days: int = 30) -> tuple[
        response.ResponseTimes, dict[int, response.ResponseTimes], dict[int | None, response.ResponseTimes]]:
    """The workspace's first-response times over the last `days` days, over the items `role` may see, counted in
    its business hours in each channel's zone: overall, per channel, per teammate."""
    policy = response_policy(workspace)
    rows = [response.Asked(channel, assignee, asked, answered, zone) for channel, assignee, asked, answered, zone
            in inbox_for(session, workspace, role).asked_since(now - timedelta(days=days), NEEDS_ANSWER)]
    return response.report(rows, now, policy)


# The inbox page's header (the open items' count, the last days' response times), kept per app process under the
# workspace's inbox stamp, which the database raises on every write to its inbox items (migration 0018): 100,000
# items cost two scans of about 10 ms each on PostgreSQL, and the times are measured item by item in business time
# (30 ms with 6,000 items in the window). The stamp is read before the figure is measured, so a figure is never kept
# under a newer stamp than its data; a transaction that wrote neither reads nor keeps one (db.wrote_in_transaction).
# The times are measured again at each new minute too (time alone moves the items still waiting), and when the
# policy changes.
_kept: dict[tuple[object, ...], tuple[tuple[object, ...], object]] = {}
_kept_lock = threading.Lock()
_KEPT_KEYS = 1_000
_T = TypeVar("_T")


def _kept_or_measured(session: Session, key: tuple[object, ...], state: tuple[object, ...], stamp: int | None,
                      measure: Callable[[], _T]) -> _T:
    """The figure kept under `key` when it was measured in `state` at `stamp`, else `measure()` (kept)."""
    if stamp is None or wrote_in_transaction(session):
        return measure()
    state = (stamp, *state)
    with _kept_lock:
        kept = _kept.get(key)
    if kept is not None and kept[0] == state:
        return kept[1]  # type: ignore[return-value]
    found = measure()
    with _kept_lock:
        if len(_kept) >= _KEPT_KEYS:
            _kept.clear()
        _kept[key] = (state, found)
    return found


def open_count(session: Session, workspace: Workspace, role: Role, stamp: int | None = None) -> int:
    """How many of the items `role` may see are open (the page's header); `stamp`, the workspace's inbox stamp when
    the caller has read it."""
    inbox = inbox_for(session, workspace, role)
    if stamp is None:
        stamp = workspaces_repository.inbox_stamp(session, workspace.id)
    return _kept_or_measured(session, ("open", workspace.id, inbox.messages), (), stamp, inbox.count_open)


def recent_response_times(session: Session, workspace: Workspace, role: Role, now: datetime,
                          days: int, stamp: int | None = None) -> response.ResponseTimes:
    """`response_times`' overall figure for the last `days` days, as of this minute; `stamp` as in `open_count`."""
    minute = now.replace(second=0, microsecond=0)
    if stamp is None:
        stamp = workspaces_repository.inbox_stamp(session, workspace.id)
    key = ("times", workspace.id, inbox_for(session, workspace, role).messages, days)
    state = (minute, workspace.response_target_minutes, repr(workspace.business_hours))
    return _kept_or_measured(session, key, state, stamp,
                             lambda: response_times(session, workspace, role, minute, days)[0])


def is_late(item: InboxItem, now: datetime, policy: response.Policy = response.ROUND_THE_CLOCK,
            zone: str = "UTC") -> bool:
    """An item that needs an answer, still without one past the target (in business time, in its channel's zone)."""
    return (item.state == InboxState.OPEN and item.label in NEEDS_ANSWER
            and policy.late(item.created_at, now, zone))


def late_among(session: Session, workspace: Workspace, items: Sequence[InboxItem], now: datetime,
               channels: Sequence[Channel] | None = None) -> set[int]:
    """The ids of those items that are late, each read in its channel's zone (a page, a list); `channels`, the
    workspace's, when the caller has read them already."""
    policy = response_policy(workspace)
    if channels is None:
        channels = channels_repository.channels_of(session, workspace.id)
    zones = {channel.id: channel.timezone for channel in channels}
    return {item.id for item in items if is_late(item, now, policy, zones.get(item.channel_id) or "UTC")}


# --- saved replies ---

_PLACEHOLDER = re.compile(r"\{(name|order)\}")


def add_saved_reply(session: Session, workspace: Workspace, name: str, language: str, text: str) -> SavedReply:
    # The name is a name (no controls, no direction overrides); the text loses only what no database stores (NUL).
    name, text = clean_name(name, message("the saved reply a name"), required=False), text.replace("\x00", "").strip()
    if not name or not text:
        raise InputError("inbox.saved_reply_incomplete", "a saved reply needs a name and a text")
    if language not in ("ar", "en"):
        raise InputError("inbox.saved_reply_language", "the language of a saved reply is ar or en")
    saved = SavedReply(workspace_id=workspace.id, name=name[:120], language=language, text=text[:MAX_NOTE])
    session.add(saved)
    session.flush()
    return saved


def fill(saved: SavedReply, item: InboxItem, order: str = "") -> str:
    """The saved reply for this item: {name} is the author, {order} what the user gives (left as written
    when not given)."""
    values = {"name": item.author.split("@")[0], "order": order}
    return _PLACEHOLDER.sub(lambda found: values[found.group(1)] or found.group(0), saved.text)


def saved_replies_for(session: Session, workspace: Workspace, item: InboxItem) -> list[SavedReply]:
    """The saved replies in the item's language first."""
    return order_saved(WorkspaceInbox(session, workspace.id, messages=False).saved_replies(), item)


def order_saved(saved: list[SavedReply], item: InboxItem) -> list[SavedReply]:
    """`saved` with those in the item's language first (a page reads the saved replies once for all its items)."""
    return sorted(saved, key=lambda reply: reply.language != item.language)


# --- retention ---

def set_retention(workspace: Workspace, days: int) -> int:
    """How many days the workspace keeps fetched items (at least a week, at most ten years)."""
    if not RETENTION_MIN <= days <= RETENTION_MAX:
        raise InputError("inbox.bad_retention", "keep fetched items between %(min)s and %(max)s days, not %(days)s",
                         min=RETENTION_MIN, max=RETENTION_MAX, days=days)
    workspace.inbox_retention_days = days
    return days


def purge_expired(session: Session, now: datetime) -> int:
    """Delete, in every workspace, the fetched items (of every kind, with their notes) older than its retention
    setting; our own posts, replies included, are never touched. How many items went."""
    gone = 0
    for workspace_id, days in retention_days(session):
        kept = max(days or RETENTION_DEFAULT, RETENTION_MIN)
        gone += WorkspaceInbox(session, workspace_id, messages=True).purge_older_than(now - timedelta(days=kept))
    session.flush()
    return gone


def check_label(label: str) -> str:
    if label not in LABELS:
        raise InputError("inbox.unknown_label", "unknown label %(label)s; expected one of: %(labels)s",
                         label=repr(label), labels=list(LABELS))
    return label
