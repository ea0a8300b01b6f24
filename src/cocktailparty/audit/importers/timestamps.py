"""Turning the many ways archives write a moment into timezone-aware UTC datetimes.

Every parser raises ValueError with a short reason; importers add the file, line and field.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from cocktailparty.errors import InvalidValue

_MONTHS = {
    name: f"{number:02d}"
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1
    )
}
# Above this a "unix time" can only be milliseconds: in seconds it would be past the year 5000.
_LARGEST_UNIX_SECONDS = 100_000_000_000


def from_unix(value: float) -> datetime:
    """A unix time in seconds (or milliseconds, told apart by size) as UTC."""
    seconds = value / 1000 if abs(value) >= _LARGEST_UNIX_SECONDS else value
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError) as exc:
        raise InvalidValue("date.unix_out_of_range", "unix time %(value)s is out of range", value=repr(value)) from exc


def parse_twitter_time(text: str) -> datetime:
    """Parse X's `Wed Oct 10 20:19:24 +0000 2018`.

    Rearranged into ISO 8601 for the C parser: `strptime` would cost seconds per million tweets.
    """
    try:
        _weekday, month, day, clock, offset, year = text.split(" ")
        moment = datetime.fromisoformat(f"{year}-{_MONTHS[month]}-{day}T{clock}{offset}")
    except (ValueError, KeyError) as exc:
        raise InvalidValue("date.not_twitter_time", "not a date like 'Wed Oct 10 20:19:24 +0000 2018': %(text)s",
                           text=repr(text)) from exc
    return moment if offset == "+0000" else moment.astimezone(UTC)


def parse_iso(text: str) -> datetime:
    """ISO 8601 (with `Z`, an offset, or none, which we read as UTC) as UTC."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidValue("date.not_iso", "not an ISO 8601 date: %(text)s", text=repr(text)) from exc
    return as_utc(moment)


def as_utc(moment: datetime) -> datetime:
    """Naive datetimes are taken to be UTC, which is what exports write when they omit a zone."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


_SLASH_DATE = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$"
)
_UNIX_NUMBER = re.compile(r"^-?\d{9,14}(\.\d+)?$")
_WORDY_FORMATS = (
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y %H:%M",
    "%d %b %Y %H:%M",
    "%B %d, %Y %H:%M",
    "%b %d, %Y %H:%M",
)


class FlexibleDateParser:
    """Reads the dates people put in spreadsheets: ISO, unix time, d/m/y or m/d/y, RFC 2822.

    Whether 03/04/2024 is the 3rd of April or the 4th of March is decided once per file: by the
    first date that can only be read one way, or day-first (as in most of the world, the Arab
    world included) when the first such date is ambiguous. A later date that contradicts the
    chosen order is an error rather than a silent mis-reading.
    """

    def __init__(self) -> None:
        self._day_first: bool | None = None
        self._decided_by = ""

    def parse(self, text: str, where: str = "") -> datetime:
        value = text.strip()
        if not value:
            raise InvalidValue("date.empty", "the date is empty")
        if _UNIX_NUMBER.match(value):
            return from_unix(float(value))
        slash = _SLASH_DATE.match(value)
        if slash:
            return self._parse_slash_date(slash, value, where)
        for parse in (parse_iso, parse_twitter_time, _parse_rfc2822, _parse_wordy):
            try:
                return parse(value)
            except ValueError:
                continue
        raise InvalidValue("date.unrecognised", "unrecognised date %(value)s; write dates as YYYY-MM-DD HH:MM",
                           value=repr(value))

    def _parse_slash_date(self, match: re.Match[str], value: str, where: str) -> datetime:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        day_first = self._day_order(first, second, value, where)
        day, month = (first, second) if day_first else (second, first)
        hour, minute, second_ = int(match[4] or 0), int(match[5] or 0), int(match[6] or 0)
        if match[7]:
            hour = hour % 12 + (12 if match[7].lower() == "pm" else 0)
        try:
            return datetime(year, month, day, hour, minute, second_, tzinfo=UTC)
        except ValueError as exc:
            raise InvalidValue("date.impossible", "not a real date: %(value)s", value=repr(value)) from exc

    def _day_order(self, first: int, second: int, value: str, where: str) -> bool:
        only_day_first = first > 12 >= second
        only_month_first = second > 12 >= first
        if self._day_first is None:
            self._day_first = not only_month_first
            self._decided_by = f"'{value}'{' (' + where + ')' if where else ''}"
        elif (only_day_first and not self._day_first) or (only_month_first and self._day_first):
            chosen = "day/month" if self._day_first else "month/day"
            raise InvalidValue("date.order_contradicted",
                               "%(value)s contradicts the %(order)s order read from %(decided_by)s; write dates as "
                               "YYYY-MM-DD", value=repr(value), order=chosen, decided_by=self._decided_by)
        return self._day_first


def _parse_rfc2822(text: str) -> datetime:
    try:
        return as_utc(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError) as exc:
        raise ValueError(text) from exc


def _parse_wordy(text: str) -> datetime:
    for layout in _WORDY_FORMATS:
        try:
            return datetime.strptime(text, layout).replace(tzinfo=UTC)
        except ValueError:
            continue
    raise ValueError(text)
