"""X's failures become our typed errors. Answers the spec describes go through Prism's validating proxy; the
answers X really sends but the spec does not describe (problem+json with type about:blank, HTML from a gateway)
and network failures go straight to the fake."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from x_fake import TOKEN, FakeX, Injected
from x_servers import Prism

from cocktailparty.connectors.base import (
    AuthError,
    ChannelConfig,
    ConnectorError,
    Media,
    OutgoingPost,
    RateLimited,
    RejectedError,
    TransientError,
)
from cocktailparty.connectors.x.connector import XConnector, _retry_after

POST = OutgoingPost("k", "Good morning ☀️ صباح الخير")


def test_a_bad_token_is_an_auth_error(prism: Prism, fake: FakeX) -> None:
    revoked = XConnector(ChannelConfig("x", base_url=prism.proxy, token="revoked-token"))
    with pytest.raises(AuthError, match="the token was revoked or expired: reconnect the X channel") as caught:
        revoked.publish(POST)
    assert not caught.value.retryable


def test_no_token_is_an_auth_error_without_a_request(fake: FakeX) -> None:
    with pytest.raises(AuthError, match="no access token"):
        XConnector(ChannelConfig("x", base_url=fake.base_url)).verify()
    assert fake.requests == []


def test_429_with_the_reset_header_is_rate_limited_until_the_reset(x: XConnector, fake: FakeX) -> None:
    reset = int(time.time()) + 120
    fake.inject(Injected(429, {"code": 88, "message": "Rate limit exceeded"},
                         headers={"x-rate-limit-limit": "100", "x-rate-limit-remaining": "0",
                                  "x-rate-limit-reset": str(reset)}))
    with pytest.raises(RateLimited, match="Rate limit exceeded") as caught:
        x.publish(POST)
    assert caught.value.retryable
    assert caught.value.retry_after == pytest.approx(120, abs=3)
    assert fake.posts == {}


def test_429_with_retry_after_is_rate_limited_for_that_long(x: XConnector, fake: FakeX) -> None:
    fake.inject(Injected(429, {"code": 88, "message": "Rate limit exceeded"}, headers={"Retry-After": "30"}))
    with pytest.raises(RateLimited) as caught:
        x.verify()
    assert caught.value.retry_after == 30


def test_a_used_up_daily_post_cap_waits_for_its_own_reset(x: XConnector, fake: FakeX) -> None:
    # POST /2/tweets also has a 24-hour cap per user; when that is what ran out, the 15-minute reset is too soon.
    now = int(time.time())
    fake.inject(Injected(429, {"code": 88, "message": "Too Many Requests"}, headers={
        "x-rate-limit-remaining": "99", "x-rate-limit-reset": str(now + 600),
        "x-user-limit-24hour-remaining": "0", "x-user-limit-24hour-reset": str(now + 7200),
    }))
    with pytest.raises(RateLimited) as caught:
        x.publish(POST)
    assert caught.value.retry_after == pytest.approx(7200, abs=3)


def test_retry_after_as_a_date() -> None:
    headers = {"retry-after": "Wed, 21 Oct 2099 07:28:00 GMT"}
    expected = datetime(2099, 10, 21, 7, 28, tzinfo=UTC).timestamp() - time.time()
    assert _retry_after(httpx.Headers(headers)) == pytest.approx(expected, abs=3)
    assert _retry_after(httpx.Headers({})) is None
    assert _retry_after(httpx.Headers({"retry-after": "soon"})) is None


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_server_error_is_transient(x: XConnector, fake: FakeX, status: int) -> None:
    fake.inject(Injected(status, {"code": 131, "message": "Internal error"}))
    with pytest.raises(TransientError, match=rf"X had a problem \(HTTP {status}: Internal error\)") as caught:
        x.publish(POST)
    assert caught.value.retryable and not isinstance(caught.value, RateLimited)


def test_duplicate_content_is_rejected_not_an_auth_problem(x: XConnector, fake: FakeX) -> None:
    x.publish(POST)
    with pytest.raises(RejectedError, match="duplicate content") as caught:
        x.publish(POST)
    assert not caught.value.retryable
    assert len(fake.posts) == 1


def test_a_bad_request_is_rejected(x: XConnector, fake: FakeX) -> None:
    with pytest.raises(RejectedError, match=r"HTTP 400\): You attempted to reply to a Tweet that is deleted"):
        x.publish(OutgoingPost("k", "Thanks!", reply_to="1234567890"))


def test_a_403_about_the_app_or_account_is_an_auth_error(x: XConnector, fake: FakeX) -> None:
    fake.inject(Injected(403, {"code": 453, "message": "You currently have access to a subset of X API v2 endpoints"}))
    with pytest.raises(AuthError, match="reconnect the X channel"):
        x.publish(POST)


@pytest.mark.parametrize(
    ("answer", "error", "words"),
    [
        (Injected(401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"},
                  content_type="application/problem+json"), AuthError, "revoked or expired"),
        (Injected(403, {"detail": "You are not allowed to create a Tweet with duplicate content.",
                        "type": "about:blank", "title": "Forbidden", "status": 403},
                  content_type="application/problem+json"), RejectedError, "duplicate content"),
        (Injected(403, {"title": "Client Forbidden", "type": "https://api.twitter.com/2/problems/client-forbidden",
                        "detail": "This request must be made using an approved developer account that is enrolled "
                                  "in the requested endpoint.", "reason": "client-not-enrolled"},
                  content_type="application/problem+json"), AuthError, "approved developer account"),
        (Injected(429, {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank",
                        "status": 429}, headers={"x-rate-limit-reset": str(int(time.time()) + 60)},
                  content_type="application/problem+json"), RateLimited, "Too Many Requests"),
        (Injected(401, {"errors": [{"message": "Could not authenticate you", "code": 32}]}), AuthError, "authenticate"),
        # An answer that is not X's JSON is not repeated back: the status says enough.
        (Injected(503, b"<html><body>Over capacity</body></html>", content_type="text/html"), TransientError,
         r"HTTP 503: Service Unavailable\)"),
        (Injected(200, b"<html>a captive portal</html>", content_type="text/html"), TransientError, "not a JSON"),
        (Injected(200, {"errors": [{"detail": "Could not find user."}]}), RejectedError, "Could not find user"),
        (Injected(200, {"data": {"name": "no id"}}), TransientError, "without the account"),
    ],
)
def test_answers_x_really_sends(fake: FakeX, answer: Injected, error: type[ConnectorError], words: str) -> None:
    fake.inject(answer)
    with pytest.raises(error, match=words):
        XConnector(ChannelConfig("x", base_url=fake.base_url, token=TOKEN)).verify()


def test_a_timeout_is_transient(fake: FakeX) -> None:
    fake.inject(Injected(status=0, delay=1.0))  # answers, but too late
    impatient = XConnector(ChannelConfig("x", base_url=fake.base_url, token=TOKEN), timeout=0.2)
    with pytest.raises(TransientError, match="did not answer in time"):
        impatient.publish(POST)


def test_an_unreachable_server_is_transient() -> None:
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(TransientError, match=r"could not reach the server at 127\.0\.0\.1") as caught:
        XConnector(ChannelConfig("x", base_url=f"http://127.0.0.1:{port}", token=TOKEN)).publish(POST)
    assert "refused" not in str(caught.value).lower() and "errno" not in str(caught.value).lower()


def test_failed_media_processing_and_deletion(fake: FakeX, tmp_path: Path) -> None:
    direct = XConnector(ChannelConfig("x", base_url=fake.base_url, token=TOKEN))
    photo = tmp_path / "cup.png"
    photo.write_bytes(b"\x89PNG")
    fake.inject(Injected(200, {"data": {"id": "77", "processing_info": {"state": "failed"}}}))
    with pytest.raises(RejectedError, match=r"could not process cup\.png"):
        direct.publish(OutgoingPost("k", "photo", media=(Media(photo, "image/png"),)))
    fake.inject(Injected(200, {"data": {"deleted": False}}))
    with pytest.raises(TransientError, match="did not delete post 123"):
        direct.delete("123")
    with pytest.raises(RejectedError, match="not the id of a post"):
        direct.delete("../users/me")
