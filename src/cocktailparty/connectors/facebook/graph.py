"""A thin Graph API client over httpx that turns Graph error objects into our typed errors.

Meta's Python SDK (facebook-business) is built for the Marketing API and wraps every answer in its own
objects, so plain httpx is the smaller, clearer choice for the handful of Page calls we make.
"""

from __future__ import annotations

import json
from typing import Any, BinaryIO

import httpx

from cocktailparty.connectors.base import (
    AnswerNotUnderstood,
    AuthError,
    ConnectorError,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.boundary import no_answer_in_time, unreachable
from cocktailparty.connectors.retry_after import retry_after
from cocktailparty.errors import Param
from cocktailparty.outbound import GuardedTransport

NETWORK = "facebook"
GRAPH_VERSION = "v21.0"
DEFAULT_BASE_URL = f"https://graph.facebook.com/{GRAPH_VERSION}"

# Graph error codes, from Meta's "Handling errors" and "Rate limiting" guides.
TOKEN_INVALID = 190  # expired, revoked or malformed token (subcodes 458-467 say which)
SESSION_INVALID = 102
PERMISSION_CODES = {10, 200, 210, 220, 230, 299}  # permission missing or not granted by the Page
RATE_LIMIT_CODES = {4, 17, 32, 613}  # app, user, Page and custom-level throttling
BUSINESS_RATE_LIMIT_CODES = range(80000, 80015)  # business-use-case throttling (80001 = Pages)
TRANSIENT_CODES = {1, 2}  # "unknown error" and "service temporarily unavailable"
DUPLICATE_POST = 506
POLICY_BLOCK = 368
MISSING_OBJECT_SUBCODE = 33  # code 100: the object does not exist or cannot be loaded
OUTSIDE_WINDOW_SUBCODE = 2018278  # code 10 from the Send API: sent outside Messenger's 24-hour window

Params = dict[str, str]


class GraphError(RejectedError):
    """A Graph refusal we could not classify further; keeps the code and subcode for callers that care."""

    def __init__(self, code: str, template: str, /, graph_code: int | None, subcode: int | None,
                 **params: Param) -> None:
        super().__init__(NETWORK, code, template, graph_code=graph_code, subcode=subcode, **params)
        self.graph_code = graph_code
        self.subcode = subcode


class GraphClient:
    """Calls one Graph API version with one access token; every failure leaves as a ConnectorError."""

    def __init__(self, token: str, base_url: str = DEFAULT_BASE_URL, timeout: float = 30.0) -> None:
        # The token goes in a header, not in ?access_token=, so it never lands in logged URLs. Every call goes
        # through the outbound guard, graph.facebook.com as much as an address a user gave.
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"), timeout=timeout, headers={"Authorization": f"Bearer {token}"},
            transport=GuardedTransport(), trust_env=False,
        )

    def close(self) -> None:
        self._http.close()

    def get(self, path: str, params: Params | None = None) -> dict[str, Any]:
        return self._send("GET", path, params=params)

    def post(self, path: str, data: Params, files: dict[str, tuple[str, bytes | BinaryIO, str]] | None = None
             ) -> dict[str, Any]:
        return self._send("POST", path, data=data, files=files)

    def delete(self, path: str) -> dict[str, Any]:
        return self._send("DELETE", path)

    def _send(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            response = self._http.request(method, path, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise unreachable(NETWORK, self._http.base_url.host) from exc
        except httpx.TimeoutException as exc:
            raise no_answer_in_time(NETWORK, self._http.base_url.host) from exc
        except httpx.TransportError as exc:
            raise unreachable(NETWORK, self._http.base_url.host) from exc
        if response.is_success:
            body = _json_or_none(response)
            if not isinstance(body, dict):
                raise AnswerNotUnderstood(NETWORK, "connector.answer_not_understood",
                                          "Facebook answered %(method)s %(path)s with something that is not JSON",
                                          method=method, path=path)
            return body
        raise error_from_response(response)


def error_from_response(response: httpx.Response) -> ConnectorError:
    """Our error for a failed Graph answer: the error object's code decides, the HTTP status is the fallback."""
    body = _json_or_none(response)
    error = body.get("error") if isinstance(body, dict) else None
    error = error if isinstance(error, dict) else {}
    code = _int_or_none(error.get("code"))
    subcode = _int_or_none(error.get("error_subcode"))
    message = str(error.get("message") or f"HTTP {response.status_code}")
    status = response.status_code

    if status == 429 or code in RATE_LIMIT_CODES or (code is not None and code in BUSINESS_RATE_LIMIT_CODES):
        return RateLimited(NETWORK, "connector.rate_limited",
                           "Facebook is throttling this Page or app: %(message)s", retry_after=_retry_after(response),
                           message=message)
    if code in (TOKEN_INVALID, SESSION_INVALID):
        return AuthError(NETWORK, "connector.token_revoked",
                         "the Page token was revoked or expired (%(message)s): reconnect the channel", message=message)
    if code == 10 and subcode == OUTSIDE_WINDOW_SUBCODE:  # not a missing permission: reconnecting changes nothing
        return GraphError("connector.messenger_window", "Messenger's 24-hour window has closed: Facebook refuses a "
                          "Page's answer more than a day after the person's last message", graph_code=code,
                          subcode=subcode)
    if code in PERMISSION_CODES:
        return AuthError(NETWORK, "connector.permission_missing",
                         "the Page token lacks a permission (%(message)s): reconnect the channel and grant "
                         "pages_manage_posts, pages_read_engagement and pages_read_user_content", message=message)
    if code in TRANSIENT_CODES or error.get("is_transient") is True or status >= 500:
        return TransientError(NETWORK, "connector.network_failed",
                              "Facebook had a temporary problem: %(message)s", message=message)
    if status in (401, 403) and code is None:
        return AuthError(NETWORK, "connector.token_refused",
                         "Facebook refused the token (HTTP %(status)s): reconnect the channel", status=status)
    if code == DUPLICATE_POST:
        return GraphError("connector.facebook_duplicate",
                          "Facebook refused the post as a duplicate of one the Page just published",
                          graph_code=code, subcode=subcode)
    if code == POLICY_BLOCK:
        return GraphError("connector.facebook_policy", "Facebook blocked the post under its community standards: "
                          "%(said)s", graph_code=code, subcode=subcode, said=message)
    return GraphError("connector.facebook_refused", "Facebook refused the request: %(said)s (code %(graph_code)s, "
                      "subcode %(subcode)s)", graph_code=code, subcode=subcode, said=message)


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait: Retry-After when sent, else Meta's usage headers (their estimate is in minutes)."""
    said = retry_after(response.headers)
    if said is not None:
        return said
    minutes: list[float] = []
    for name in ("X-Business-Use-Case-Usage", "X-App-Usage"):
        minutes.extend(_regain_access_minutes(response.headers.get(name)))
    return max(minutes) * 60 if minutes else None


def _regain_access_minutes(header: str | None) -> list[float]:
    """estimated_time_to_regain_access values in a usage header: a flat object (X-App-Usage) or
    {business id: [{type, call_count, ..., estimated_time_to_regain_access}]} (X-Business-Use-Case-Usage)."""
    if not header:
        return []
    try:
        usage = json.loads(header)
    except ValueError:
        return []
    if not isinstance(usage, dict):
        return []
    entries: list[Any] = [usage]
    for value in usage.values():
        if isinstance(value, list):
            entries.extend(value)
    found = []
    for entry in entries:
        value = entry.get("estimated_time_to_regain_access") if isinstance(entry, dict) else None
        if isinstance(value, int | float) and value > 0:
            found.append(float(value))
    return found


def _json_or_none(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) else None
