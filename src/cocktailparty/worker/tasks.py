"""The Huey tasks. Jobs carry post ids, never objects: the database is the source of truth."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from huey import Huey

from cocktailparty.config import Settings, get_settings
from cocktailparty.db import session_scope
from cocktailparty.worker.dispatcher import claim_due
from cocktailparty.worker.publisher import Outcome, begin_attempt, call_network, finish_attempt
from cocktailparty.worker.queue import make_huey


def publish_post(post_id: int) -> Outcome:
    with session_scope() as session:
        begun = begin_attempt(session, post_id)
        if begun is None:
            return Outcome(post_id, "skipped")
        post, channel, attempt = begun
        session.expunge_all()
    kind, published, error = call_network(post, channel)
    with session_scope() as session:
        return finish_attempt(session, post_id, attempt.id, kind, published, error, datetime.now(UTC))


@lru_cache(maxsize=4)
def _queue(data_dir: str, redis_url: str | None) -> tuple[Huey, Callable[..., Any]]:
    from cocktailparty.audit.tasks import audit_task

    huey = make_huey(get_settings())
    audit_task(huey)  # the worker's consumer runs the audits of the web app's uploads too
    return huey, huey.task(retries=0, name="publish_post")(publish_post)


def queue(settings: Settings | None = None) -> tuple[Huey, Callable[..., Any]]:
    """The queue of these settings and its publish task."""
    settings = settings or get_settings()
    return _queue(str(settings.data_dir), settings.redis_url)


def dispatch_due(lease: timedelta) -> list[int]:
    """Claim every due post and enqueue its publish job (after the claim is committed)."""
    with session_scope() as session:
        ids = claim_due(session, datetime.now(UTC), lease)
    _, publish = queue()
    for post_id in ids:
        publish(post_id)
    return ids
