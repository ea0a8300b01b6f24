"""One Retry-After reader for every connector: seconds, or an HTTP-date measured on the server's own clock."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from cocktailparty.connectors.retry_after import retry_after

OUR_CLOCK = datetime(2026, 12, 7, 12, 0, 0, tzinfo=UTC)


def test_seconds() -> None:
    assert retry_after({"Retry-After": "120"}, OUR_CLOCK) == 120.0
    assert retry_after(httpx.Headers({"retry-after": " 7 "})) == 7.0


def test_an_http_date_is_measured_from_the_servers_date_not_our_clock() -> None:
    # The server's clock is 10 minutes behind ours: it still means "in 30 seconds".
    headers = {"Retry-After": "Mon, 07 Dec 2026 11:50:30 GMT", "Date": "Mon, 07 Dec 2026 11:50:00 GMT"}
    assert retry_after(headers, OUR_CLOCK) == 30.0


def test_an_http_date_without_the_servers_date_uses_ours() -> None:
    assert retry_after({"retry-after": "Mon, 07 Dec 2026 12:01:00 GMT"}, OUR_CLOCK) == 60.0
    assert retry_after({"Retry-After": "Sunday, 06-Dec-26 12:00:00 GMT"}, OUR_CLOCK) == 0.0  # RFC 850, gone by


def test_nonsense_and_absent() -> None:
    assert retry_after({}, OUR_CLOCK) is None
    assert retry_after({"Retry-After": "soon"}, OUR_CLOCK) is None
    assert retry_after({"Retry-After": "-5"}, OUR_CLOCK) is None
