"""Turns the atproto client's exceptions into CocktailParty's connector errors at the connector's edge."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import httpx
from atproto_client.exceptions import (
    InvokeTimeoutError,
    LoginRequiredError,
    ModelError,
    RateLimitExceededError,
    RequestErrorBase,
)
from atproto_client.models.common import XrpcError
from atproto_core.exceptions import AtProtocolError

from cocktailparty.connectors.base import (
    AnswerNotUnderstood,
    AuthError,
    ConnectorError,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.errors import Message, message

NETWORK = "bluesky"
RECONNECT = message("reconnect the channel with its handle and a new app password")
# The PDS answers some session problems with 400 rather than 401; these codes all mean "log in again".
_SESSION_ERRORS = frozenset(
    {"ExpiredToken", "InvalidToken", "AuthenticationRequired", "AuthMissing", "AuthFactorTokenRequired",
     "AccountTakedown", "AccountDeactivated"}
)


def xrpc_error(error: RequestErrorBase) -> tuple[str, str]:
    """The XRPC error code and message of a failed call ("" when the answer carried none)."""
    content = error.response.content if error.response is not None else None
    if isinstance(content, XrpcError):
        return content.error, content.message or ""
    return "", ""


def _retry_after(error: RateLimitExceededError) -> float | None:
    # Retry-After when sent; otherwise the PDS's own RateLimit-Reset (a Unix time) tells when the window reopens.
    retry_after: float | None = error.retry_after
    reset_at: datetime | None = error.reset_at
    if retry_after is None and reset_at is not None:
        retry_after = max((reset_at - datetime.now(UTC)).total_seconds(), 0.0)
    return retry_after


def translate(error: AtProtocolError | httpx.HTTPError, action: Message) -> ConnectorError:
    """Our error for a library exception raised while doing `action` (e.g. "publishing")."""
    if isinstance(error, LoginRequiredError):
        return AuthError(NETWORK, "connector.no_session", "%(action)s needs a session: %(fix)s", action=action,
                         fix=RECONNECT)
    # No OS error or library text in these messages: they would tell whoever set the address how its ports behave.
    if isinstance(error, InvokeTimeoutError) and not isinstance(error.__cause__, httpx.ConnectTimeout):
        return TransientError(NETWORK, "connector.timed_out",
                              "%(action)s timed out: the server%(at)s did not answer in time", action=action,
                              at=_at(error))
    if isinstance(error, RequestErrorBase):
        if error.response is None:  # the request never got an answer
            return TransientError(NETWORK, "connector.unreachable",
                                  "%(action)s failed: could not reach the server%(at)s", action=action, at=_at(error))
        status = error.response.status_code
        code, message = xrpc_error(error)
        said = f"HTTP {status} {code}: {message}".rstrip(": ")
        if isinstance(error, RateLimitExceededError) or status == 429:
            retry_after = _retry_after(error) if isinstance(error, RateLimitExceededError) else None
            return RateLimited(NETWORK, "connector.rate_limited", "%(action)s was rate limited (%(said)s)",
                               retry_after=retry_after, action=action, said=said)
        if status in (401, 403) or code in _SESSION_ERRORS:
            return AuthError(NETWORK, "connector.token_revoked",
                             "%(action)s was refused: the app password was wrong or revoked, or the session expired; "
                             "%(fix)s (%(said)s)", action=action, fix=RECONNECT, said=said)
        if status >= 500 or status in (408, 409):
            return TransientError(NETWORK, "connector.network_failed",
                                  "%(action)s failed on the server; try again later (%(said)s)", action=action,
                                  said=said)
        return RejectedError(NETWORK, "connector.refused", "%(action)s was refused (%(said)s)", action=action,
                             said=said)
    if isinstance(error, ModelError):  # its text quotes the answer: not repeated back
        return AnswerNotUnderstood(NETWORK, "connector.answer_not_understood",
                                   "%(action)s failed: the network answered in a form we do not understand",
                                   action=action)
    # httpx failures the client passes through unwrapped (a broken connection mid-answer) and the rest
    return TransientError(NETWORK, "connector.unreachable",
                          "%(action)s failed: could not reach the server%(at)s", action=action, at=_at(error))


def _at(error: BaseException) -> Message | str:
    """" at <host>" for the request behind `error` (atproto wraps httpx's exceptions, which know their request)."""
    current: BaseException | None = error
    while current is not None:
        if isinstance(current, httpx.RequestError):
            try:
                return message(" at %(host)s", host=current.request.url.host)
            except RuntimeError:  # raised without a request
                break
        current = current.__cause__ or current.__context__
    return ""


@contextmanager
def translated(action: Message) -> Iterator[None]:
    """Run a block of atproto calls; any library exception leaves as one of ours."""
    try:
        yield
    except (AtProtocolError, httpx.HTTPError) as error:
        raise translate(error, action) from error
