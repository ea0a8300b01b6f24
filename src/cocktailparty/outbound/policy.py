"""What the guard allows: which schemes, whether private addresses, and the size and time limits of a call."""

from __future__ import annotations

from dataclasses import dataclass

from cocktailparty.config import get_settings

MB = 2**20


@dataclass(frozen=True, slots=True)
class Policy:
    """Limits for outbound calls. The defaults suit API calls; `allow_private` left as None follows the setting
    COCKTAIL_ALLOW_PRIVATE_ADDRESSES, read at each check, so one policy serves development, tests and production."""

    allow_private: bool | None = None
    # Plain http only where private addresses are allowed (development and tests): on the public internet a
    # token sent over http can be read on the way.
    allow_http: bool | None = None
    # API calls refuse redirects: an API does not move, and a redirect is the classic way round an address check.
    # With True, the client follows them and every hop goes through the same checks.
    follow_redirects: bool = False
    max_answer_bytes: int = 5 * MB
    connect_seconds: float = 10.0
    # The whole call, from sending to the answer's last byte: a server dripping one byte at a time cannot hold a
    # worker longer than this (it stays below the publisher's 120 s claim on a post).
    total_seconds: float = 90.0

    def private_allowed(self) -> bool:
        if self.allow_private is not None:
            return self.allow_private
        return get_settings().allow_private_addresses

    def schemes(self) -> tuple[str, ...]:
        http = self.allow_http if self.allow_http is not None else self.private_allowed()
        return ("https", "http") if http else ("https",)


DEFAULT = Policy()
