"""Errors from the Mastodon server become our typed errors: bad or revoked tokens, 429 with its wait,
5xx, timeouts, refused connections, validation failures. The server answers for real where it can;
mastodon-mock's fault injection supplies the answers a healthy server would not give on demand."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests
from mastodon_mock_server import Account, Faults, MockServer

from cocktailparty.connectors.base import (
    AnswerNotUnderstood,
    AuthError,
    ChannelConfig,
    ConnectorError,
    Media,
    OutgoingPost,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.mastodon.connector import MastodonConnector
from cocktailparty.connectors.mastodon.errors import retry_after_seconds

STATUSES = "/api/v1/statuses"
VERIFY = "/api/v1/accounts/verify_credentials"


def a_post(text: str = "Good morning from the team") -> OutgoingPost:
    return OutgoingPost(key=str(uuid.uuid4()), text=f"{text} {uuid.uuid4().hex[:6]}")


def test_an_unknown_token_is_an_auth_error(channel_config: Callable[..., ChannelConfig]) -> None:
    connector = MastodonConnector(channel_config("not-a-real-token"))

    with pytest.raises(AuthError, match=r"revoked or expired.*reconnect the channel") as raised:
        connector.verify()
    with pytest.raises(AuthError):
        connector.publish(a_post())
    assert not raised.value.retryable


def test_a_revoked_token_is_an_auth_error(
    channel_config: Callable[..., ChannelConfig],
    new_account: Callable[[str], Account],
    app_credentials: tuple[str, str],
    mastodon_server: MockServer,
) -> None:
    carol = new_account("carol")
    connector = MastodonConnector(channel_config(carol.token))
    assert connector.verify().startswith("@carol@")

    # What happens when the user removes the app from their account (RFC 7009 revocation).
    client_id, client_secret = app_credentials
    requests.post(
        f"{mastodon_server.base_url}/oauth/revoke",
        data={"client_id": client_id, "client_secret": client_secret, "token": carol.token},
        timeout=5,
    ).raise_for_status()

    with pytest.raises(AuthError, match="reconnect the channel"):
        connector.publish(a_post())


def test_a_forbidden_answer_is_an_auth_error(connector: MastodonConnector, faults: Faults) -> None:
    faults.add("POST", STATUSES, status=403, body={"error": "This action is outside the authorized scopes"})

    with pytest.raises(AuthError, match="outside the authorized scopes"):
        connector.publish(a_post())


def test_429_with_retry_after_is_rate_limited_for_that_long(connector: MastodonConnector, faults: Faults) -> None:
    faults.add("POST", STATUSES, status=429, headers={"Retry-After": "17"}, body={"error": "Too many requests"})

    with pytest.raises(RateLimited) as raised:
        connector.publish(a_post())

    assert raised.value.retry_after == 17
    assert raised.value.retryable


def test_429_with_mastodons_reset_header_is_rate_limited_until_the_reset(
    connector: MastodonConnector, faults: Faults
) -> None:
    # What Mastodon itself sends: no Retry-After, the reset time as ISO 8601.
    reset = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
    faults.add("GET", VERIFY, status=429, headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset})

    with pytest.raises(RateLimited) as raised:
        connector.verify()

    assert raised.value.retry_after is not None
    assert 290 <= raised.value.retry_after <= 302  # measured from the Date header, whole seconds


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_transient(connector: MastodonConnector, faults: Faults, status: int) -> None:
    faults.add("POST", STATUSES, status=status)

    with pytest.raises(TransientError) as raised:
        connector.publish(a_post())

    assert not isinstance(raised.value, RateLimited)
    assert raised.value.retryable


def test_a_garbled_answer_is_transient_and_not_repeated(connector: MastodonConnector, faults: Faults) -> None:
    faults.add("GET", VERIFY, effect="malformed", status=200)

    with pytest.raises(AnswerNotUnderstood, match="answered in a form we do not understand") as raised:
        connector.verify()

    assert raised.value.retryable
    assert "not json" not in str(raised.value)


def test_json_of_an_unexpected_shape_is_a_typed_error(connector: MastodonConnector, faults: Faults) -> None:
    # A 200 whose JSON is not an account: Mastodon.py's attribute access fails (an AttributeError, once a 500).
    faults.add("GET", VERIFY, status=200, body={"unexpected": ["shape"]})

    with pytest.raises(AnswerNotUnderstood, match="answered in a form we do not understand"):
        connector.verify()


def test_a_timeout_is_transient(channel_config: Callable[..., ChannelConfig], alice: Account, faults: Faults) -> None:
    faults.add("GET", VERIFY, effect="timeout", status=200)
    connector = MastodonConnector(channel_config(alice.token), request_timeout=0.5)

    with pytest.raises(TransientError, match="could not reach"):
        connector.verify()


def test_a_refused_connection_is_transient(alice: Account, mastodon_server: MockServer) -> None:
    nothing_listens = ChannelConfig(network="mastodon", base_url="http://127.0.0.1:9", token=alice.token)

    with pytest.raises(TransientError, match="could not reach"):
        MastodonConnector(nothing_listens, request_timeout=2.0).verify()


def test_a_validation_failure_is_rejected(connector: MastodonConnector) -> None:
    # The server's own 422: a status needs text, media or a poll.
    with pytest.raises(RejectedError, match=r"422.*blank") as raised:
        connector.publish(OutgoingPost(key=str(uuid.uuid4()), text=""))
    assert not raised.value.retryable


def test_a_missing_media_file_is_rejected(connector: MastodonConnector, tmp_path: Path) -> None:
    post = OutgoingPost(key=str(uuid.uuid4()), text="hello", media=(Media(tmp_path / "gone.png", "image/png"),))

    with pytest.raises(RejectedError, match=r"gone\.png"):
        connector.publish(post)


def test_no_library_exception_escapes(connector: MastodonConnector, faults: Faults) -> None:
    faults.add("GET", VERIFY, status=418, body={"error": "I'm a teapot"})

    with pytest.raises(ConnectorError) as raised:
        connector.verify()

    assert type(raised.value).__module__ == "cocktailparty.connectors.base"
    assert isinstance(raised.value, RejectedError)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "120"}, 120.0),
        ({"Retry-After": "Thu, 26 Nov 2026 12:01:00 GMT"}, 60.0),
        ({"X-RateLimit-Reset": "2026-11-26T12:05:00.000000Z"}, 300.0),
        ({"X-RateLimit-Reset": str(int(datetime(2026, 11, 26, 12, 0, 30, tzinfo=UTC).timestamp()))}, 30.0),
        ({"X-RateLimit-Reset": "2026-11-26T11:59:00Z"}, 0.0),  # already past: try now
        ({"X-RateLimit-Reset": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    now = datetime(2026, 11, 26, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(headers, now) == expected


def test_retry_after_is_measured_from_the_servers_clock() -> None:
    headers = {"Date": "Thu, 26 Nov 2026 12:00:00 GMT", "X-RateLimit-Reset": "2026-11-26T12:00:45Z"}
    assert retry_after_seconds(headers) == 45.0
