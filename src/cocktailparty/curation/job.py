"""The periodic refresh of feeds and follows: every source not fetched for REFRESH_EVERY is read (the network
called with no transaction open), then what came in is saved workspace by workspace. Running it twice in a row
reads nothing the second time: a source fetched is not due again until REFRESH_EVERY has passed, and an item
already kept is never kept twice."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cocktailparty.curation import repository, service
from cocktailparty.db import session_scope
from cocktailparty.models import Workspace

log = logging.getLogger(__name__)
REFRESH_EVERY = timedelta(hours=1)
MAX_PER_RUN = 2000  # sources read by one run; the rest are the oldest-fetched of the next


@dataclass
class Refreshed:
    sources: int = 0
    new_items: int = 0
    failed: int = 0


def refresh_due_feeds(now: datetime | None = None, every: timedelta = REFRESH_EVERY) -> Refreshed:
    """Fetch every feed and follow of every workspace that is due, and keep their fresh items."""
    now = now or datetime.now(UTC)
    with session_scope() as session:
        due = repository.due_feeds(session, now - every)[:MAX_PER_RUN]
        session.expunge_all()  # read only for their addresses and validators, outside any transaction
    if not due:
        return Refreshed()
    results = dict(zip((feed.id for feed in due), service.fetch_sources(due), strict=True))
    done = Refreshed(sources=len(due))
    for workspace_id in dict.fromkeys(feed.workspace_id for feed in due):
        with session_scope(write=True) as session:
            workspace = session.get(Workspace, workspace_id)
            if workspace is None:
                continue
            # Saved onto the rows as they are now (a feed removed meanwhile is skipped).
            feeds = repository.feeds_by_id(session, workspace_id, [f.id for f in due if f.workspace_id == workspace_id])
            for outcome in service.keep_results(session, workspace, feeds, [results[feed.id] for feed in feeds]):
                done.new_items += outcome.new_items
                if outcome.error is not None:
                    done.failed += 1
                    log.info("refreshing %s failed: %s", outcome.url, outcome.error)
    return done
