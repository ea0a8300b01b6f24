"""Dates as archives write them, read as UTC."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cocktailparty.audit.importers.timestamps import (
    FlexibleDateParser,
    from_unix,
    parse_iso,
    parse_twitter_time,
)


def test_twitter_time_with_and_without_offset() -> None:
    assert parse_twitter_time("Wed Oct 10 20:19:24 +0000 2018") == datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC)
    assert parse_twitter_time("Wed Oct 10 20:19:24 -0130 2018") == datetime(2018, 10, 10, 21, 49, 24, tzinfo=UTC)
    with pytest.raises(ValueError, match="not a date like"):
        parse_twitter_time("Wed Foo 10 20:19:24 +0000 2018")


def test_iso_naive_is_utc_and_offsets_convert() -> None:
    assert parse_iso("2024-03-05 09:15:42") == datetime(2024, 3, 5, 9, 15, 42, tzinfo=UTC)
    assert parse_iso("2024-03-05T12:00:00+03:00") == datetime(2024, 3, 5, 9, 0, tzinfo=UTC)
    assert parse_iso("2024-03-05T09:00:00Z").tzinfo is UTC


def test_unix_seconds_and_milliseconds() -> None:
    assert from_unix(1710061200) == from_unix(1710061200000) == datetime(2024, 3, 10, 9, 0, tzinfo=UTC)
    with pytest.raises(ValueError, match="out of range"):
        from_unix(1e30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-15", datetime(2024, 3, 15, tzinfo=UTC)),
        ("15/03/2024 10:30", datetime(2024, 3, 15, 10, 30, tzinfo=UTC)),
        ("15.03.2024", datetime(2024, 3, 15, tzinfo=UTC)),
        ("3/15/2024 4:05 PM", datetime(2024, 3, 15, 16, 5, tzinfo=UTC)),
        ("1710500000", datetime(2024, 3, 15, 10, 53, 20, tzinfo=UTC)),
        ("Fri, 15 Mar 2024 10:30:00 +0000", datetime(2024, 3, 15, 10, 30, tzinfo=UTC)),
        ("15 March 2024", datetime(2024, 3, 15, tzinfo=UTC)),
        ("Mar 15, 2024", datetime(2024, 3, 15, tzinfo=UTC)),
    ],
)
def test_flexible_parser_reads_common_spreadsheet_dates(text: str, expected: datetime) -> None:
    assert FlexibleDateParser().parse(text) == expected


def test_ambiguous_dates_default_to_day_first() -> None:
    assert FlexibleDateParser().parse("03/04/2024") == datetime(2024, 4, 3, tzinfo=UTC)


def test_impossible_and_empty_dates() -> None:
    with pytest.raises(ValueError, match="not a real date"):
        FlexibleDateParser().parse("31/02/2024")
    with pytest.raises(ValueError, match="empty"):
        FlexibleDateParser().parse("  ")
