"""The Mastodon connector: publishes, finds, deletes and reads an account's posts through Mastodon.py."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import urlsplit

import grapheme
import requests
from mastodon import Mastodon
from mastodon.errors import MastodonError, MastodonNotFoundError
from mastodon.return_types import MediaAttachment, Status

from cocktailparty.connectors.base import (
    AuthError,
    ChannelConfig,
    Comment,
    Fetched,
    Limits,
    Media,
    OutgoingPost,
    Poll,
    PollResult,
    Published,
    RejectedError,
    TransientError,
    unsupported,
)
from cocktailparty.connectors.boundary import typed_errors
from cocktailparty.connectors.mastodon.errors import NETWORK, RECONNECT, translate_error
from cocktailparty.connectors.mastodon.limits import MASTODON_LIMITS
from cocktailparty.connectors.mastodon.text import match_key, plain_text
from cocktailparty.connectors.registry import register_connector
from cocktailparty.errors import InvalidValue, Message, message
from cocktailparty.outbound.requests_adapter import guarded_session

POLL_OPTION_MAX_CHARS = 50
POLL_MIN_SECONDS = 5 * 60
POLL_MAX_SECONDS = 2_629_746  # one month, as Mastodon counts it

PAGE_SIZE = 40  # the most Mastodon returns in one page
MAX_PAGES = 10  # a look-back bound: 400 statuses or mentions per call
MEDIA_PROCESSING_WAIT = 30.0  # seconds to wait for an upload the server processes in the background


@typed_errors
class MastodonConnector:
    """One Mastodon account (`base_url` is the instance, `token` a user access token).

    Not shared between threads: it remembers the headers of the last 429 answer to read its wait.
    """

    network = NETWORK

    def __init__(self, config: ChannelConfig, *, request_timeout: float = 30.0) -> None:
        if not config.base_url:
            raise AuthError(NETWORK, "connector.no_address", "no instance URL is set: %(fix)s",
                            fix=RECONNECT)
        if not config.token:
            raise AuthError(NETWORK, "connector.no_token", "no access token is set: %(fix)s",
                            fix=RECONNECT)
        self.limits = _limits_for(config)
        self._base_url = config.base_url
        self._account_id: str | None = None
        self._rate_limit_headers: Mapping[str, str] | None = None
        # Every call goes through the outbound guard (the instance is an address a user gave).
        session = guarded_session()
        # Mastodon.py raises a bare "Hit rate limit" on 429; the hook keeps the headers that say how long to wait.
        session.hooks["response"].append(self._remember_rate_limit)
        with self._translated_errors():
            # "throw": never sleep inside a worker; the publisher reschedules with RateLimited.retry_after.
            self._api = Mastodon(
                api_base_url=config.base_url,
                ratelimit_method="throw",
                request_timeout=request_timeout,
                session=session,
                user_agent="CocktailParty",
            )
        # Set after construction: Mastodon.py reads `access_token` as a file path when such a file exists,
        # and a token is user input.
        self._api.access_token = config.token

    def verify(self) -> str:
        with self._translated_errors():
            account = self._api.account_verify_credentials()
        self._account_id = str(account.id)
        if "@" in account.acct:
            return f"@{account.acct}"
        return f"@{account.acct}@{urlsplit(account.url).netloc or urlsplit(self._base_url).netloc}"

    def publish(self, post: OutgoingPost) -> Published:
        problems = self.limits.problems(post) + _poll_problems(post.poll)
        if problems:
            raise RejectedError(NETWORK, "connector.over_limits", "the post cannot go out as it is: %(problems)s",
                                problems=problems)
        with self._translated_errors():
            media_ids = [self._upload(media) for media in post.media]
            poll = None
            if post.poll:
                poll = self._api.make_poll(list(post.poll.options), expires_in=post.poll.duration_minutes * 60)
            # The Idempotency-Key makes a retry after a lost answer return the status already made
            # (Mastodon keeps keys for an hour; find_published covers the time after that).
            status = self._api.status_post(
                post.text,
                in_reply_to_id=post.reply_to,
                media_ids=media_ids or None,
                poll=poll,
                idempotency_key=post.key,
            )
        # A ScheduledStatus comes back only for `scheduled_at`, which is never sent: our scheduler decides when.
        return _published(cast(Status, status))

    def find_published(self, post: OutgoingPost, since: datetime) -> Published | None:
        for status in self._own_statuses(since=_utc(since)):
            if self._is_same_post(status, post):
                return _published(status)
        return None

    def fetch_poll(self, remote_id: str) -> PollResult | None:
        with self._translated_errors():
            poll = self._api.status(remote_id).poll
        if not poll:
            return None
        return PollResult(tuple((option.title, int(option.votes_count or 0)) for option in poll.options),
                          closed=bool(poll.expired), voters=poll.voters_count)

    def delete(self, remote_id: str) -> None:
        with self._translated_errors():
            try:
                self._api.status_delete(remote_id)
            except MastodonNotFoundError:
                return  # already gone: deleting twice is not an error

    def like(self, remote_id: str) -> None:
        """Favourite the status (favouriting one already favourited changes nothing)."""
        with self._translated_errors():
            self._api.status_favourite(remote_id)

    def hide(self, remote_id: str, hidden: bool = True) -> None:
        raise unsupported(self.network, "hide")  # Mastodon has no hiding of another account's reply

    def delete_comment(self, remote_id: str) -> None:
        raise unsupported(self.network, "delete_comment")  # an account deletes only its own statuses

    def fetch_comments(self, since: datetime | None = None) -> list[Comment]:
        """Mentions of the account, replies included (Mastodon notifies a reply through its @mention)."""
        since = _utc(since) if since else None
        comments: list[Comment] = []
        max_id = None
        for _ in range(MAX_PAGES):
            with self._translated_errors():
                page = self._api.notifications(types=["mention"], max_id=max_id, limit=PAGE_SIZE)
            for notification in page:
                # The notification's time is when the mention reached us; a remote status can be older.
                if since and _utc(notification.created_at) < since:
                    return _oldest_first(comments)
                if notification.status is not None:  # None once the status was deleted
                    comments.append(_comment(notification.status))
            if len(page) < PAGE_SIZE:
                break
            max_id = page[-1].id
        return _oldest_first(comments)

    def fetch_inbox(self, cursor: str | None, watch: Sequence[str] = ()) -> Fetched:
        """Mentions and direct messages newer than `cursor` (a notification id; the last page when None),
        and the replies under our statuses `watch` (their context: a reply that does not mention the account
        notifies nobody). Our own statuses are left out; deleted ones are skipped."""
        own = self._own_account_id()
        comments: dict[str, Comment] = {}
        newest = cursor
        max_id = None
        for _ in range(MAX_PAGES):
            with self._translated_errors():
                if cursor is None:
                    page = self._api.notifications(types=["mention"], max_id=max_id, limit=PAGE_SIZE)
                else:  # min_id: the page just after the cursor, so nothing between two fetches is skipped
                    page = self._api.notifications(types=["mention"], min_id=newest, limit=PAGE_SIZE)
            for notification in page:
                if newest is None or _id_after(str(notification.id), newest):
                    newest = str(notification.id)
                status = notification.status
                if status is not None and str(status.account.id) != own:
                    kind = "message" if status.visibility == "direct" else "mention"
                    comments[str(status.id)] = dataclasses.replace(_comment(status), kind=kind)
            if len(page) < PAGE_SIZE:
                break
            if cursor is None:
                max_id = page[-1].id
        for remote_id in watch:
            with self._translated_errors():
                try:
                    context = self._api.status_context(remote_id)
                except MastodonNotFoundError:
                    continue  # our post was deleted: nothing to read under it
            for status in context.descendants:
                if str(status.account.id) != own and str(status.id) not in comments:
                    comments[str(status.id)] = dataclasses.replace(_comment(status), kind="comment")
        return Fetched(_oldest_first(list(comments.values())), newest)

    # --- helpers ---

    def _upload(self, media: Media) -> str:
        attachment: MediaAttachment = self._api.media_post(
            media.path, mime_type=media.mime_type, description=media.alt_text or None
        )
        # Large files are processed in the background (HTTP 202, no url yet); a status takes only finished ones.
        deadline = time.monotonic() + MEDIA_PROCESSING_WAIT
        while not attachment.url:
            if time.monotonic() > deadline:
                raise TransientError(NETWORK, "connector.media_processing",
                                     "%(name)s is still being processed; try again shortly", name=media.path.name)
            time.sleep(1.0)
            attachment = self._api.media(attachment.id)
        return str(attachment.id)

    def _own_statuses(self, since: datetime) -> Iterator[Status]:
        """The account's own statuses (no boosts), newest first, back to `since`."""
        account_id = self._own_account_id()
        max_id = None
        for _ in range(MAX_PAGES):
            with self._translated_errors():
                page = self._api.account_statuses(account_id, exclude_reblogs=True, max_id=max_id, limit=PAGE_SIZE)
            for status in page:
                if _utc(status.created_at) < since:
                    return
                yield status
            if len(page) < PAGE_SIZE:
                return
            max_id = page[-1].id

    def _is_same_post(self, status: Status, post: OutgoingPost) -> bool:
        if _optional_id(status.in_reply_to_id) != post.reply_to or len(status.media_attachments) != len(post.media):
            return False
        options = tuple(option.title for option in status.poll.options) if status.poll else None
        if options != (post.poll.options if post.poll else None):
            return False
        if match_key(plain_text(status.content)) != match_key(post.text):
            return False
        # The HTML loses detail (markup, mention domains); the source is the text as it was sent. Line endings
        # and outer whitespace are ignored: a reader sees the same post, and a missed match would post twice.
        with self._translated_errors():
            source = self._api.status_source(status.id)
        return _same_text(str(source.text), post.text)

    def _own_account_id(self) -> str:
        if self._account_id is None:
            self.verify()
        assert self._account_id is not None
        return self._account_id

    def _remember_rate_limit(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        if response.status_code == 429:
            self._rate_limit_headers = response.headers.copy()

    @contextmanager
    def _translated_errors(self) -> Iterator[None]:
        self._rate_limit_headers = None
        try:
            yield
        except MastodonError as exc:
            raise translate_error(exc, self._rate_limit_headers, host=urlsplit(self._base_url).hostname) from exc


def _limits_for(config: ChannelConfig) -> Limits:
    max_chars = config.extra.get("max_chars")
    if max_chars is None:
        return MASTODON_LIMITS
    if not max_chars.isdigit() or int(max_chars) < 1:
        raise InvalidValue("channel.bad_max_chars",
                           "the channel setting max_chars must be a positive whole number, not %(value)s",
                           value=repr(max_chars))
    return dataclasses.replace(MASTODON_LIMITS, max_chars=int(max_chars))


def _poll_problems(poll: Poll | None) -> list[Message]:
    if poll is None:
        return []
    found = []
    if len(poll.options) < 2:
        found.append(message("a poll needs at least 2 options"))
    for option in poll.options:
        if grapheme.length(option) > POLL_OPTION_MAX_CHARS:
            found.append(message("poll option %(option)s… is longer than %(limit)s characters",
                                 option=repr(option[:20]), limit=POLL_OPTION_MAX_CHARS))
    if not POLL_MIN_SECONDS <= poll.duration_minutes * 60 <= POLL_MAX_SECONDS:
        found.append(message("a poll must run between 5 minutes and one month"))
    return found


def _published(status: Status) -> Published:
    return Published(remote_id=str(status.id), url=status.url or status.uri, published_at=_utc(status.created_at))


def _comment(status: Status) -> Comment:
    return Comment(
        remote_id=str(status.id),
        author=status.account.acct,
        text=plain_text(status.content),
        created_at=_utc(status.created_at),
        in_reply_to=_optional_id(status.in_reply_to_id),
        url=status.url or status.uri,
    )


def _id_after(a: str, b: str) -> bool:
    """Whether Mastodon id `a` is newer than `b` (ids are numbers as strings, of growing length)."""
    return (len(a), a) > (len(b), b)


def _oldest_first(comments: list[Comment]) -> list[Comment]:
    # Ids are numbers as strings: compare by length first so "99" sorts before "100".
    return sorted(comments, key=lambda comment: (comment.created_at, len(comment.remote_id), comment.remote_id))


def _same_text(a: str, b: str) -> bool:
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()


def _optional_id(value: object) -> str | None:
    return None if value is None else str(value)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


register_connector(NETWORK, MastodonConnector)
