"""A connector double for the publisher's own logic (retries, exactly-once, errors). The network
connectors themselves are tested against real local servers under tests/connectors/."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cocktailparty.connectors.base import ChannelConfig, Comment, Limits, OutgoingPost, Published
from cocktailparty.connectors.registry import register_connector


@dataclass
class FakeServer:
    posts: dict[str, OutgoingPost] = field(default_factory=dict)  # remote id -> post
    # Called before each publish; may raise to simulate the network's answers.
    before_publish: Callable[[OutgoingPost], None] | None = None
    # Called after the post is stored; may raise to simulate a timeout after the network accepted.
    after_publish: Callable[[OutgoingPost], None] | None = None
    verified_tokens: set[str] = field(default_factory=lambda: {"good-token"})
    # Called while the network is asked whether a token works (a slow network, or a look at the caller).
    on_verify: Callable[[], None] | None = None
    # What people said to the account (the inbox reads them), and an error its reading raises.
    comments: list[Comment] = field(default_factory=list)
    fetch_error: Exception | None = None
    # Called while the comments are read (a look at the caller while the network answers).
    on_fetch: Callable[[], None] | None = None

    def texts(self) -> list[str]:
        return [post.text for post in self.posts.values()]


SERVER = FakeServer()


class FakeConnector:
    network = "testnet"
    limits = Limits(max_chars=100, count_chars=len)

    def __init__(self, config: ChannelConfig) -> None:
        self.config = config

    def verify(self) -> str:
        from cocktailparty.connectors.base import AuthError

        if SERVER.on_verify:
            SERVER.on_verify()
        if self.config.token not in SERVER.verified_tokens:
            raise AuthError(self.network, "connector.token_revoked",
                            "the token was revoked or expired: reconnect the channel")
        return "@brand"

    def publish(self, post: OutgoingPost) -> Published:
        if SERVER.before_publish:
            SERVER.before_publish(post)
        remote_id = str(len(SERVER.posts) + 1)
        SERVER.posts[remote_id] = post
        if SERVER.after_publish:
            SERVER.after_publish(post)
        return Published(remote_id, f"https://testnet.example/{remote_id}", datetime.now(UTC))

    def find_published(self, post: OutgoingPost, since: datetime) -> Published | None:
        for remote_id, stored in SERVER.posts.items():
            if stored.key == post.key:
                return Published(remote_id, None, datetime.now(UTC))
        return None

    def delete(self, remote_id: str) -> None:
        SERVER.posts.pop(remote_id, None)

    def fetch_comments(self, since: datetime | None = None) -> list[Comment]:
        if SERVER.on_fetch:
            SERVER.on_fetch()
        if SERVER.fetch_error:
            raise SERVER.fetch_error
        return [comment for comment in SERVER.comments if since is None or comment.created_at > since]


register_connector("testnet", FakeConnector)
