"""The one guard for outbound calls to addresses users give (channels' servers today; feeds, profiles to audit and
webhooks later): https only, every resolved address checked to be on the public internet and the connection made to
that checked address, redirects refused, answers capped in size and calls in time, refusals typed and worded without
the target's own text. COCKTAIL_ALLOW_PRIVATE_ADDRESSES=1 lifts the address check (and allows http) for development
and tests.

Clients get it by their transport: `GuardedTransport` / `AsyncGuardedTransport` for httpx, `guarded_session()` for
requests (from `outbound.requests_adapter`, so that only the process that uses requests, for Mastodon.py, loads it).
Base addresses are checked when they are given, with `check_base_url` (or `normalise_base_url` offline).
"""

from cocktailparty.outbound.addresses import is_public, resolve
from cocktailparty.outbound.errors import (
    AnswerRefused,
    AnswerTooLarge,
    NotPublicAddress,
    OutboundRefused,
    RedirectRefused,
    UnsafeURL,
    refusal_in,
)
from cocktailparty.outbound.httpx_transport import AsyncGuardedTransport, GuardedTransport
from cocktailparty.outbound.policy import DEFAULT, Policy
from cocktailparty.outbound.urls import check_base_url, normalise_base_url

__all__ = [
    "DEFAULT",
    "AnswerRefused",
    "AnswerTooLarge",
    "AsyncGuardedTransport",
    "GuardedTransport",
    "NotPublicAddress",
    "OutboundRefused",
    "Policy",
    "RedirectRefused",
    "UnsafeURL",
    "check_base_url",
    "is_public",
    "normalise_base_url",
    "refusal_in",
    "resolve",
]
