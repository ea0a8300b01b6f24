"""Mastodon.py's exceptions translated into the connector errors, and the wait a 429 asks for."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from mastodon.errors import (
    MastodonAPIError,
    MastodonError,
    MastodonIllegalArgumentError,
    MastodonIOError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonVersionError,
)

from cocktailparty.connectors.base import (
    AnswerNotUnderstood,
    AuthError,
    ConnectorError,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.boundary import refused, unreachable
from cocktailparty.connectors.retry_after import http_date, retry_after
from cocktailparty.errors import message
from cocktailparty.outbound import refusal_in

NETWORK = "mastodon"
RECONNECT = message("reconnect the channel")
# Mastodon answers 422 with this message (not 401) when an app-only token is used where a user is needed.
_NO_USER_MESSAGE = "This method requires an authenticated user"


def translate_error(
    exc: MastodonError, rate_limit_headers: Mapping[str, str] | None = None, host: str | None = None
) -> ConnectorError:
    """Our typed error for one of Mastodon.py's; `rate_limit_headers` are those of the 429 answer, if any, `host`
    the instance's, for messages."""
    if isinstance(exc, MastodonRatelimitError):
        retry_after = retry_after_seconds(rate_limit_headers) if rate_limit_headers else None
        if retry_after is None:
            return RateLimited(NETWORK, "connector.rate_limited", "the server's rate limit was hit")
        return RateLimited(NETWORK, "connector.rate_limited", "the server's rate limit was hit; retry in %(seconds)s s",
                           retry_after=retry_after, seconds=round(retry_after))
    if isinstance(exc, MastodonNetworkError):  # timeouts, refused or dropped connections, and the guard's refusals
        refusal = refusal_in(exc)
        # Mastodon.py's text carries the OS error, which would tell whoever set the address how a port behaves.
        return refused(NETWORK, refusal) if refusal else unreachable(NETWORK, host)
    if isinstance(exc, MastodonIOError | MastodonIllegalArgumentError | MastodonVersionError):
        # Raised before anything is sent: an unreadable media file, a type it cannot tell, an old server.
        return RejectedError(NETWORK, "connector.mastodon_not_sent", "the post could not be sent: %(said)s",
                             said=str(exc))
    if isinstance(exc, MastodonAPIError):
        return _from_http_answer(exc)
    return TransientError(NETWORK, "connector.unexpected", "unexpected error from Mastodon.py: %(exc)s",
                          exc=exc)


def _from_http_answer(exc: MastodonAPIError) -> ConnectorError:
    # Mastodon.py raises ("Mastodon API returned error", status, reason, server message) for HTTP errors.
    args = exc.args
    status = args[1] if len(args) >= 4 and isinstance(args[1], int) else None
    message = str(args[3] or args[2]) if status is not None else str(exc)
    if status is None:  # an answer it could not parse, e.g. a proxy's HTML page: never repeated back
        return AnswerNotUnderstood(NETWORK, "connector.answer_not_understood",
                                   "the network answered in a form we do not understand")
    if status == 401:
        return AuthError(NETWORK, "connector.token_revoked",
                         "the token was revoked or expired (%(message)s): %(fix)s", message=message,
                         fix=RECONNECT)
    if status == 403:
        return AuthError(NETWORK, "connector.permission_missing",
                         "the token lacks a permission or the account is disabled (%(message)s): %(fix)s",
                         message=message, fix=RECONNECT)
    if status == 422 and message == _NO_USER_MESSAGE:
        return AuthError(NETWORK, "connector.not_a_user", "the token belongs to no user account: %(fix)s",
                         fix=RECONNECT)
    if isinstance(exc, MastodonServerError) or status >= 500 or status == 408:
        return TransientError(NETWORK, "connector.network_failed",
                              "the server failed (%(status)s: %(message)s); try again later", status=status,
                              message=message)
    if isinstance(exc, MastodonNotFoundError):
        return RejectedError(NETWORK, "connector.not_found", "not found on the server (%(message)s)",
                             message=message)
    return RejectedError(NETWORK, "connector.refused",
                         "the server refused the request (%(status)s: %(message)s)", status=status, message=message)


def retry_after_seconds(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """Seconds to wait after a 429: Retry-After (seconds or an HTTP date) if given, else Mastodon's own
    X-RateLimit-Reset (an ISO 8601 time, or epoch seconds on some servers). Times are measured from the
    answer's Date header when present, so a skewed local clock does not matter."""
    said = retry_after(headers, now)
    if said is not None:
        return said
    now = now or http_date(headers.get("Date") or "") or datetime.now(UTC)
    reset = (headers.get("X-RateLimit-Reset") or "").strip()
    if reset:
        try:
            reset_at = datetime.fromtimestamp(float(reset), UTC)
        except ValueError:
            try:
                reset_at = datetime.fromisoformat(reset)
            except ValueError:
                return None
        if reset_at.tzinfo is None:
            reset_at = reset_at.replace(tzinfo=UTC)
        return max(0.0, (reset_at - now).total_seconds())
    return None
