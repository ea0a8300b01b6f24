"""The worker's polls job: read the votes of every poll whose time is up. The network is called outside any
transaction; a network that fails is asked again on the next run (a channel whose token expired keeps its
polls waiting until it is reconnected)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from cocktailparty.channels.service import connector_of
from cocktailparty.connectors.base import ConnectorError, PollResult
from cocktailparty.db import session_scope
from cocktailparty.polls import repository, service

log = logging.getLogger(__name__)
CLOSE_TIMER = "polls.collect"  # the periodic job's name (worker/timers.py), brought forward by the publisher


def next_close(after: datetime) -> datetime | None:
    """When the next published poll closes after `after` (the polls job runs then)."""
    with session_scope() as session:
        return repository.next_close_after(session, after)


def collect_ended(now: datetime | None = None) -> dict[str, int]:
    """Read the votes of the polls that have ended; how many were read, had no poll on the network, or failed."""
    now = now or datetime.now(UTC)
    counts = {"read": 0, "failed": 0}
    with session_scope() as session:
        due = repository.ended_unread(session, now)
    for post_id in due:
        with session_scope() as session:
            found = repository.post_with_channel(session, post_id)
            if found is None or found[1].secret is None:
                continue
            post, channel, _ = found
            remote_id = post.remote_id
            if remote_id is None:
                continue
            try:
                connector = connector_of(channel)
            except ConnectorError as error:
                log.warning("poll of post %s: %s", post_id, error.message)
                counts["failed"] += 1
                continue
        try:
            result = connector.fetch_poll(remote_id)
        except ConnectorError as error:
            log.warning("reading the poll of post %s failed: %s", post_id, error.message)
            counts["failed"] += 1
            continue
        with session_scope(write=True) as session:
            found = repository.post_with_channel(session, post_id)
            if found is None or found[0].poll_results is not None:
                continue  # deleted meanwhile, or read by another worker
            post, channel, workspace = found
            service.keep_votes(session, workspace, channel, post, result or PollResult((), closed=True), now)
            counts["read"] += 1
    return counts
