"""The Huey tasks: every job the worker runs is registered here (publishing a post, auditing an upload),
and the doors enqueue through here. Jobs carry ids, never objects: the database is the source of truth."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cocktailparty.audit.job import audit_run, fail_run
from cocktailparty.config import Settings, get_settings
from cocktailparty.db import session_scope
from cocktailparty.errors import message
from cocktailparty.inbox.job import fetch_channel
from cocktailparty.media.repository import files_of_post
from cocktailparty.worker.dispatcher import claim_due
from cocktailparty.worker.publisher import Outcome, begin_attempt, call_network, finish_attempt
from cocktailparty.worker.queue import make_huey

if TYPE_CHECKING:
    from huey import Huey  # imported with the queue (worker/queue.py)

log = logging.getLogger(__name__)


def fetch_inbox(channel_id: int) -> None:
    """Read what people said to one channel since the last fetch (the inbox's job)."""

    fetch_channel(channel_id)


def publish_post(post_id: int) -> Outcome:
    with session_scope(write=True) as session:
        begun = begin_attempt(session, post_id)
        if begun is None:
            return Outcome(post_id, "skipped")
        post, channel, attempt = begun
        files = files_of_post(session, post.id)
        session.expunge_all()
    kind, published, error = call_network(post, channel, files)
    with session_scope(write=True) as session:
        return finish_attempt(session, post_id, attempt.id, kind, published, error, datetime.now(UTC))


@lru_cache(maxsize=4)
def _queue(data_dir: str, redis_url: str | None) -> tuple[Huey, Callable[..., Any], Callable[..., Any]]:
    huey = make_huey(get_settings())
    publish = huey.task(retries=0, name="publish_post")(publish_post)
    audit = huey.task(retries=0, name="audit_run")(audit_run)  # the audits of the web app's uploads
    _inbox_task[huey] = huey.task(retries=0, name="fetch_inbox")(fetch_inbox)
    return huey, publish, audit


_inbox_task: dict[Huey, Callable[..., Any]] = {}


def enqueue_inbox_fetch(channel_ids: list[int]) -> None:
    """Queue a fetch of each channel's inbox (the worker runs them; a channel in backoff skips itself)."""
    settings = get_settings()
    huey, _, _ = _queue(str(settings.data_dir), settings.redis_url)
    for channel_id in channel_ids:
        _inbox_task[huey](channel_id)


def queue(settings: Settings | None = None) -> tuple[Huey, Callable[..., Any]]:
    """The queue of these settings and its publish task."""
    settings = settings or get_settings()
    huey, publish, _ = _queue(str(settings.data_dir), settings.redis_url)
    return huey, publish


def enqueue_audit(run_id: int) -> None:
    """Queue an audit run's job (after its row is committed). When the queue is unreachable the run fails
    with the reason rather than wait for ever."""
    settings = get_settings()
    try:
        _, _, audit = _queue(str(settings.data_dir), settings.redis_url)
        audit(run_id)
    except Exception as exc:
        log.exception("queueing audit run %s failed", run_id)
        fail_run(run_id, message("the task queue is unavailable (%(kind)s): upload the archive again later",
                                 kind=exc.__class__.__name__))


def dispatch_due(lease: timedelta) -> list[int]:
    """Claim every due post and enqueue its publish job (after the claim is committed)."""
    with session_scope(write=True) as session:
        ids = claim_due(session, datetime.now(UTC), lease)
    _, publish = queue()
    for post_id in ids:
        publish(post_id)
    return ids
