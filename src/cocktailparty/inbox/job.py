"""The fetch job: one channel, read incrementally. The plan is read, the network called with no transaction
open, then what came in and the moved cursor are committed together (or the failure is, with the cursor
where it was)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from cocktailparty.channels import repository as channels_repository
from cocktailparty.channels.service import connector_of
from cocktailparty.connectors.base import Comment, ConnectorError, TransientError
from cocktailparty.db import session_scope
from cocktailparty.inbox import service
from cocktailparty.models import Channel

log = logging.getLogger(__name__)
TIME_OVERLAP = timedelta(minutes=10)


def fetch_channel(channel_id: int, *, now: datetime | None = None) -> service.FetchResult:
    now = now or datetime.now(UTC)
    with session_scope() as session:
        channel = session.get(Channel, channel_id)
        if channel is None:
            return service.FetchResult(channel=str(channel_id), network="", skipped=True)
        result = service.FetchResult(channel=channel.name, network=channel.network)
        if channel.secret is None:
            result.skipped = True
            return result
        plan = service.plan_fetch(session, channel, now)
        session.expunge(channel)
    if not plan.due:
        result.skipped = True
        return result
    comments: list[Comment] = []
    position: str | None = None
    error: Exception | None = None
    try:
        connector = connector_of(channel)
        fetch_inbox = getattr(connector, "fetch_inbox", None)
        if fetch_inbox is not None:
            fetched = fetch_inbox(plan.cursor, plan.watch)
            comments, position = fetched.comments, fetched.cursor
        else:  # a network that filters only by time: the cursor is the newest time read, read again with an
            # overlap (a comment can arrive late, stamped by a slow clock); what was seen is dropped by id.
            since = datetime.fromisoformat(plan.cursor) - TIME_OVERLAP if plan.cursor else None
            comments = connector.fetch_comments(since)
            if comments:
                position = max(comment.created_at for comment in comments).isoformat()
    except ConnectorError as exc:
        error = exc
    except Exception as exc:  # an unexpected failure is logged and retried later; the cursor stays
        log.exception("fetching the inbox of channel %s failed unexpectedly", channel_id)
        error = TransientError(channel.network, "connector.unexpected", "unexpected error: %(kind)s",
                               kind=exc.__class__.__name__)
    with session_scope(write=True) as session:
        fresh = session.get(Channel, channel_id)
        if fresh is None:
            result.skipped = True
            return result
        if error is not None:
            result.error = service.record_failure(session, fresh, error, now)
        else:
            result.new = service.record(session, fresh, comments, position, now)
            session.flush()
            session.expunge_all()
    return result


def fetch_workspace(workspace_id: int, channel_name: str | None = None) -> list[service.FetchResult]:
    """Fetch every channel of a workspace (or the one named) now, one after another."""
    with session_scope() as session:
        channels = channels_repository.channels_of(session, workspace_id)
        ids = [channel.id for channel in channels if channel_name is None or channel.name == channel_name]
    return [fetch_channel(channel_id) for channel_id in ids]


def fetch_all() -> int:
    """The worker's periodic fetch: every connected channel in turn (one in backoff skips itself; one that fails
    unexpectedly is logged and does not stop the others). How many new items came in."""
    new = 0
    for channel_id in channels_to_fetch():
        try:
            new += len(fetch_channel(channel_id).new)
        except Exception:
            log.exception("fetching the inbox of channel %s failed", channel_id)
    return new


def purge_expired(now: datetime | None = None) -> int:
    """The worker's retention job: delete every workspace's fetched items older than its retention setting."""
    with session_scope(write=True) as session:
        return service.purge_expired(session, now or datetime.now(UTC))


def channels_to_fetch() -> list[int]:
    """Every connected channel (the worker fetches each in turn; a channel in backoff skips itself)."""
    with session_scope() as session:
        return channels_repository.connected_channel_ids(session)
