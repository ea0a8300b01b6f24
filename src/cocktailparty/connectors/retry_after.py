"""Retry-After, read one way for every connector (RFC 9110 section 10.2.3): a number of seconds, or an
HTTP-date. A date is measured against the server's own Date header when it sent one, so a server whose
clock differs from ours still gets the wait it asked for; without Date, against our clock."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def retry_after(headers: Mapping[str, str], now: datetime | None = None) -> float | None:
    """Seconds to wait, from the Retry-After of `headers` (a case-insensitive mapping, as httpx's and requests'
    are), or None when it is absent or unreadable."""
    value = (_get(headers, "Retry-After") or "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    when = http_date(value)
    if when is None:
        return None
    reference = http_date(_get(headers, "Date") or "") or now or datetime.now(UTC)
    return max((when - reference).total_seconds(), 0.0)


def http_date(value: str) -> datetime | None:
    """An HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime forms), aware and in UTC."""
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _get(headers: Mapping[str, str], name: str) -> str | None:
    found = headers.get(name)
    if found is None:  # a plain dict: look without regard to case
        found = next((value for key, value in headers.items() if key.lower() == name.lower()), None)
    return found
