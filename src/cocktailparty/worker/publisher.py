"""The publish job: one post, at least once inside, exactly once as the audience sees it.

1. In its own transaction the job counts the attempt and logs it, before any network call.
2. From the second attempt on, it first asks the network whether the post already went out (a
   crash after the network accepted it but before step 3 was recorded): if so, it records that.
3. Otherwise it publishes, and records the network's id.
A rate limit or a transient error sends the post back to `scheduled` with a later attempt time
(exponential backoff with jitter, never sooner than Retry-After); an expired token or a refusal by
the network ends it `failed` with the network's reason; so does running out of attempts.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from sqlalchemy.orm import Session

from cocktailparty.channels.service import connector_of
from cocktailparty.connectors.base import (
    AuthError,
    Connector,
    ConnectorError,
    Media,
    OutgoingPost,
    Published,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.networks import name_of
from cocktailparty.errors import CocktailError, Message, message, plural
from cocktailparty.inbox import repository as inbox_repository
from cocktailparty.media.storage import store_for
from cocktailparty.models import Channel, MediaFile, Post, PostState, PublishAttempt
from cocktailparty.models.base import note_error
from cocktailparty.polls.job import CLOSE_TIMER
from cocktailparty.posts import polls
from cocktailparty.worker import repository as worker_repository

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
BASE_DELAY = 2.0  # seconds before the first retry; doubles each time
MAX_DELAY = 3600.0


@dataclass(frozen=True)
class Outcome:
    post_id: int
    result: str  # published, found, retry, failed, skipped
    detail: str = ""


def backoff(attempt: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after `attempt` failures: exponential with full jitter, capped."""
    ceiling = min(MAX_DELAY, BASE_DELAY * 2 ** (attempt - 1))
    return (rng or random).uniform(ceiling / 2, ceiling)


def key_of(post: Post) -> str:
    return f"cocktailparty-post-{post.id}"


def outgoing(post: Post, media: tuple[Media, ...] = ()) -> OutgoingPost:
    """The post as connectors take it: its library files (`media`, with their alt text) or, for a post imported
    with file paths, those."""
    media = media or tuple(Media(Path(path), _mime(path)) for path in post.media)
    text = f"{post.text}\n{post.link}" if post.link and post.link not in post.text else post.text
    return OutgoingPost(key=key_of(post), text=text, media=media, poll=polls.poll_of(post),
                        reply_to=post.reply_to_remote_id)


def _mime(path: str) -> str:
    suffix = Path(path).suffix.lower()
    return {".png": "image/png", ".gif": "image/gif", ".webp": "image/webp"}.get(suffix, "image/jpeg")


def begin_attempt(session: Session, post_id: int) -> tuple[Post, Channel, PublishAttempt] | None:
    """Step 1, committed by the caller before the network is called."""
    post = session.get(Post, post_id, with_for_update=session.get_bind().dialect.name == "postgresql")
    if post is None or post.state != PostState.PUBLISHING:
        return None  # cancelled, or already published by an earlier run of this job
    post.attempts += 1
    attempt = PublishAttempt(post_id=post.id, number=post.attempts)
    session.add(attempt)
    session.flush()
    channel = session.get(Channel, post.channel_id)
    assert channel is not None
    return post, channel, attempt


@lru_cache(maxsize=256)
def _connector(
    channel_id: int, secret: str | None, base_url: str | None, network: str, handle: str | None
) -> Connector:
    """One connector per channel and credentials, reused across posts: its HTTP connections stay open.
    A changed token or server is a new cache key, so a reconnected channel gets a fresh connector."""
    channel = Channel(id=channel_id, secret=secret, base_url=base_url, network=network, handle=handle)
    return connector_of(channel)


def _local_media(stack: ExitStack, network: str, files: Sequence[tuple[MediaFile, str]]) -> tuple[Media, ...]:
    """The post's library files as local paths (an S3 file is brought down for as long as `stack` lasts), named
    as uploaded so a refusal names the file; one gone from the store fails the post, naming it."""
    store = store_for()
    found = []
    for media, alt_text in files:
        try:
            path = stack.enter_context(store.local(media.key))
        except Exception as exc:  # the store is out of reach (S3 down): try again later
            raise TransientError(network, "media.store_unreachable",
                                 "%(file)s: the file could not be read from the media store", file=media.name) from exc
        if not path.is_file():
            raise RejectedError(network, "media.file_gone", "%(file)s: the file is no longer in the media store",
                                file=media.name)
        found.append(Media(path, media.mime_type, alt_text))
    return tuple(found)


def call_network(post: Post, channel: Channel, files: Sequence[tuple[MediaFile, str]] = ()
                 ) -> tuple[str, Published | None, Exception | None]:
    """Steps 2 and 3, outside any transaction: ("found" | "published", result) or ("error", exception).
    `files` are the post's library files with their alt text, read with the attempt (step 1)."""
    with ExitStack() as stack:
        return _call_network(post, channel, stack, files)


def _call_network(post: Post, channel: Channel, stack: ExitStack, files: Sequence[tuple[MediaFile, str]]
                  ) -> tuple[str, Published | None, Exception | None]:
    try:
        connector = _connector(channel.id, channel.secret, channel.base_url, channel.network, channel.handle)
        post_out = outgoing(post, _local_media(stack, channel.network, files))
        if post.attempts > 1:
            since = (post.due_at or datetime.now(UTC)) - timedelta(hours=1)
            found = connector.find_published(post_out, since)
            if found:
                return "found", found, None
        return "published", connector.publish(post_out), None
    except (ConnectorError, CocktailError) as exc:
        return "error", None, exc
    except Exception as exc:  # an unexpected failure is retried, and logged with its traceback
        log.exception("publishing post %s failed unexpectedly", post.id)
        return "error", None, TransientError(channel.network, "worker.unexpected", "unexpected error: %(exc)s",
                                             exc=repr(exc))


def finish_attempt(session: Session, post_id: int, attempt_id: int, kind: str, published: Published | None,
                   error: Exception | None, now: datetime) -> Outcome:
    """Record what the network said, in the caller's transaction."""
    post = session.get(Post, post_id)
    attempt = session.get(PublishAttempt, attempt_id)
    assert post is not None and attempt is not None
    attempt.finished_at = now
    post.claimed_at = None
    if published is not None:
        post.state = PostState.PUBLISHED
        post.remote_id, post.remote_url = published.remote_id, published.url
        post.published_at = published.published_at
        post.poll_ends_at = polls.ends_at(post, published.published_at)
        if post.poll_ends_at is not None:  # the polls job runs when it closes, not up to a minute later
            worker_repository.bring_forward(session, CLOSE_TIMER, post.poll_ends_at)
        if post.reply_to_remote_id is not None:  # an answer from the inbox: its item's first response
            inbox_repository.mark_answered(session, post.id, published.published_at)
        note_error(post, None)
        attempt.outcome = kind
        return Outcome(post.id, kind)
    words = _words_of(error)
    note_error(post, words)
    attempt.error = str(error)
    retryable = isinstance(error, ConnectorError) and error.retryable
    if retryable and post.attempts < MAX_ATTEMPTS:
        delay = backoff(post.attempts)
        if isinstance(error, RateLimited) and error.retry_after is not None:
            delay = max(delay, error.retry_after)
            attempt.retry_after = error.retry_after
        post.state = PostState.SCHEDULED
        post.next_attempt_at = now + timedelta(seconds=delay)
        attempt.outcome = "retry"
        return Outcome(post.id, "retry", attempt.error)
    if isinstance(error, AuthError):
        words = message("%(error)s (reconnect the channel, then reschedule the post)", error=words)
    elif retryable:
        words = plural("gave up after %(num)s attempt: %(error)s", "gave up after %(num)s attempts: %(error)s",
                       post.attempts, error=words)
    post.state = PostState.FAILED
    note_error(post, words)
    attempt.outcome = "failed"
    return Outcome(post.id, "failed", str(words))


def _words_of(error: Exception | None) -> Message:
    """What went wrong, as a message each reader sees in their language (the network's own words a parameter)."""
    if isinstance(error, ConnectorError):
        return message("%(network)s: %(error)s", network=name_of(error.network), error=error.detail)
    if isinstance(error, CocktailError):
        return error.detail
    return message("unexpected error: %(exc)s", exc=repr(error))
