"""Response times: the median of first answers, the share within the target, and late items."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cocktailparty.inbox.response import Asked, by_channel, by_teammate, summarise

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def asked(minutes_ago: int, answered_after: int | None, channel: int = 1, who: int | None = None) -> Asked:
    at = NOW - timedelta(minutes=minutes_ago)
    return Asked(channel, who, at, at + timedelta(minutes=answered_after) if answered_after is not None else None)


def test_median_share_within_target_and_late() -> None:
    rows = [asked(300, 10), asked(300, 30), asked(300, 120), asked(200, None), asked(20, None)]
    found = summarise(rows, NOW)
    assert (found.items, found.answered, found.median_seconds, found.late) == (5, 3, 30 * 60, 1)
    # Two answered within the hour, of the four due by now (the one asked 20 minutes ago is not due yet).
    assert found.within_target == 0.5


def test_nothing_to_answer_has_no_share() -> None:
    assert summarise([], NOW).within_target is None
    assert summarise([asked(5, None)], NOW).within_target is None


def test_per_channel_and_per_teammate() -> None:
    rows = [asked(300, 10, channel=1, who=7), asked(300, 90, channel=2, who=7), asked(300, 5, channel=2, who=None)]
    assert {key: value.within_target for key, value in by_channel(rows, NOW).items()} == {1: 1.0, 2: 0.5}
    assert {key: value.answered for key, value in by_teammate(rows, NOW).items()} == {7: 2, None: 1}
