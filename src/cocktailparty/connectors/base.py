"""The one interface every network connector implements, the dataclasses it speaks, and its errors.

Connectors never return raw dicts: they translate each network's API (and its errors) into these
types at the boundary, so the publisher, the inbox and the web app never see a network's quirks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from cocktailparty.errors import Message, Param, message, plural


@dataclass(frozen=True, slots=True)
class Limits:
    """What a network accepts, and how it counts characters."""

    max_chars: int
    count_chars: Callable[[str], int]  # the network's own way of counting (X weights, Bluesky graphemes)
    max_media: int = 4
    max_media_bytes: int = 5 * 2**20
    media_types: tuple[str, ...] = ("image/jpeg", "image/png", "image/gif", "image/webp")
    polls: bool = False
    max_poll_options: int = 4
    # A video goes alone in a post; none where the connector does not publish video.
    video_types: tuple[str, ...] = ()
    max_video_bytes: int = 0

    def is_video(self, media: Media) -> bool:
        return media.mime_type in self.video_types

    def problems(self, post: OutgoingPost) -> list[Message]:
        """Why `post` cannot go out as it is (empty when it can)."""
        found = []
        length = self.count_chars(post.text)
        if length > self.max_chars:
            found.append(message("text is %(length)s characters as this network counts them; the limit is "
                                 "%(limit)s", length=length, limit=self.max_chars))
        if len(post.media) > self.max_media:
            found.append(message("%(count)s media files; the limit is %(limit)s", count=len(post.media),
                                 limit=self.max_media))
        for media in post.media:
            video = self.is_video(media)
            limit = self.max_video_bytes if video else self.max_media_bytes
            if not video and media.mime_type not in self.media_types:
                found.append(message("%(name)s: %(mime_type)s is not accepted", name=media.path.name,
                                     mime_type=media.mime_type))
            elif media.path.exists() and media.path.stat().st_size > limit:
                found.append(message("%(name)s is larger than %(limit)s bytes", name=media.path.name, limit=limit))
            if video and len(post.media) > 1:
                found.append(message("%(name)s: a video goes alone in a post on this network", name=media.path.name))
        if post.poll and not self.polls:
            found.append(message("this network has no polls"))
        elif post.poll and len(post.poll.options) > self.max_poll_options:
            found.append(plural("a poll may have at most %(num)s option", "a poll may have at most %(num)s options",
                                self.max_poll_options))
        return found


@dataclass(frozen=True, slots=True)
class Media:
    path: Path
    mime_type: str
    alt_text: str = ""


@dataclass(frozen=True, slots=True)
class Poll:
    options: tuple[str, ...]
    duration_minutes: int = 24 * 60


@dataclass(frozen=True, slots=True)
class OutgoingPost:
    """A post to publish. `key` is our own post id: connectors use it to find a post they already
    published (after a crash between the network's answer and our commit) instead of posting twice."""

    key: str
    text: str
    media: tuple[Media, ...] = ()
    poll: Poll | None = None
    reply_to: str | None = None  # the network's id of the post or comment answered


@dataclass(frozen=True, slots=True)
class Published:
    remote_id: str
    url: str | None
    published_at: datetime


@dataclass(frozen=True, slots=True)
class PollResult:
    """A poll's votes as the network counts them: each option with its votes, in the order they were posted."""

    options: tuple[tuple[str, int], ...]
    closed: bool  # the network says voting has ended
    voters: int | None = None  # people who voted, where the network says (a multiple-choice poll counts votes)

    @property
    def votes(self) -> int:
        return sum(votes for _, votes in self.options)


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment, reply or mention on the network, for the inbox."""

    remote_id: str
    author: str
    text: str
    created_at: datetime
    in_reply_to: str | None = None
    kind: str = "comment"  # comment (a reply to a post), mention, message (a direct message)
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """What one incremental fetch read, and the position to start from next time (None: keep the old one)."""

    comments: list[Comment]
    cursor: str | None


@dataclass(frozen=True, slots=True)
class ChannelConfig:
    """How to reach one account. Secrets arrive decrypted; connectors never store them elsewhere."""

    network: str
    base_url: str | None = None
    token: str | None = None
    handle: str | None = None
    password: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


class Connector(Protocol):
    network: str
    limits: Limits

    def verify(self) -> str:
        """Check the credentials and return the account's handle. Raises AuthError."""
        ...

    def publish(self, post: OutgoingPost) -> Published:
        ...

    def find_published(self, post: OutgoingPost, since: datetime) -> Published | None:
        """The post if it already went out (recognised by its key or its exact text since `since`)."""
        ...

    def delete(self, remote_id: str) -> None:
        ...

    def fetch_comments(self, since: datetime | None = None) -> list[Comment]:
        """Comments on the account's posts and mentions of it, oldest first."""
        ...

    def fetch_poll(self, remote_id: str) -> PollResult | None:
        """The votes on the poll of our post `remote_id` (None when the post carries no poll). A network that
        closes polls only when asked (Telegram) closes it here: call it once the poll's time is up."""
        ...

    # What the account may do to someone else's comment, where the network allows it (networks.py says where:
    # `Network.comment_actions`); elsewhere these raise `unsupported`. Doing it twice is not an error.

    def like(self, remote_id: str) -> None:
        """Like (favourite) the comment."""
        ...

    def hide(self, remote_id: str, hidden: bool = True) -> None:
        """Hide the comment from everyone but its author and their friends (or show it again)."""
        ...

    def delete_comment(self, remote_id: str) -> None:
        """Delete someone else's comment under the account's post."""
        ...


class NoCommentActions:
    """For a connector whose network (or whose API for this kind of account) cannot act on others' comments."""

    network: str

    def like(self, remote_id: str) -> None:
        raise unsupported(self.network, "like")

    def hide(self, remote_id: str, hidden: bool = True) -> None:
        raise unsupported(self.network, "hide")

    def delete_comment(self, remote_id: str) -> None:
        raise unsupported(self.network, "delete_comment")


def unsupported(network: str, action: str) -> RejectedError:
    return RejectedError(network, "connector.action_unsupported", "this network does not let an account %(action)s "
                         "a comment from its API", action=ACTION_WORDS.get(action, message(action)))


ACTION_WORDS = {"like": message("like"), "hide": message("hide"), "delete_comment": message("delete")}


ConnectorFactory = Callable[[ChannelConfig], Connector]


class ConnectorError(Exception):
    """Base of the errors a connector raises; `retryable` tells the publisher whether to try again. Like a
    CocktailError it carries a stable `code` and a `detail` (an English template and its parameters) that the door
    showing it translates; the network's own words, when kept, are a parameter shown as given."""

    retryable = False

    def __init__(self, network: str, code: str, template: str, /, **params: Param) -> None:
        self.network, self.code, self.detail = network, code, Message(template, params)
        super().__init__(f"{network}: {self.detail}")

    @property
    def message(self) -> str:
        """The English text (logs, the post's last error); doors show `detail` in the reader's language."""
        return str(self.detail)


class TransientError(ConnectorError):
    """A timeout, a connection error or a 5xx: try again later."""

    retryable = True


class RateLimited(TransientError):
    """HTTP 429 or the network's own rate-limit answer; `retry_after` in seconds when the network said."""

    def __init__(self, network: str, code: str, template: str, /, retry_after: float | None = None,
                 **params: Param) -> None:
        super().__init__(network, code, template, **params)
        self.retry_after = retry_after


class AuthError(ConnectorError):
    """The token is invalid, expired or lacks a permission: the user must reconnect the channel."""


class RejectedError(ConnectorError):
    """The network refused the post itself (too long, bad media, duplicate...): retrying will not help."""


class AddressRefused(ConnectorError):
    """The guard on outbound calls refused the channel's server: not on the public internet, a redirect, or an
    address it will not call. Retrying will not help; the channel needs another address."""


class AnswerNotUnderstood(TransientError):
    """The network answered in a shape the connector cannot read (not JSON, or JSON without what was asked for).
    Transient: a retry first looks for the post, so one that went out all the same is not posted twice."""
