"""Response times counted in business hours, in each channel's own time zone: weekends of the Gulf (Friday and
Saturday) and of Europe, the days a DST change makes 23 or 25 hours long, hours that hold the skipped or repeated
hour, and the same instant open in one zone and closed in another."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from cocktailparty.inbox.response import (
    Asked,
    BusinessHours,
    Policy,
    by_channel,
    by_teammate,
    policy_of,
    summarise,
)

SUN_TO_THU = frozenset({6, 0, 1, 2, 3})
MON_TO_FRI = frozenset({0, 1, 2, 3, 4})
EVERY_DAY = frozenset(range(7))
GULF_WEEK = BusinessHours(SUN_TO_THU, time(9), time(17))
EUROPE_WEEK = BusinessHours(MON_TO_FRI, time(9), time(17))


def local(zone: str, *fields: int) -> datetime:
    return datetime(*fields, tzinfo=ZoneInfo(zone)).astimezone(UTC)  # type: ignore[misc]


def minutes(found: timedelta) -> float:
    return found.total_seconds() / 60


def test_a_question_on_thursday_night_answered_sunday_morning_waited_half_an_hour() -> None:
    # 2026-12-10 is a Thursday; the Friday and Saturday in between are the weekend in Riyadh.
    asked, answered = local("Asia/Riyadh", 2026, 12, 10, 23, 0), local("Asia/Riyadh", 2026, 12, 13, 9, 30)
    assert minutes(GULF_WEEK.elapsed(asked, answered, "Asia/Riyadh")) == 30
    # Round the clock, the same wait is 58 and a half hours.
    assert minutes(Policy().waited(asked, answered, "Asia/Riyadh")) == 58 * 60 + 30


def test_a_friday_and_saturday_weekend_in_dubai() -> None:
    asked, answered = local("Asia/Dubai", 2026, 12, 10, 16, 30), local("Asia/Dubai", 2026, 12, 13, 9, 15)
    assert minutes(GULF_WEEK.elapsed(asked, answered, "Asia/Dubai")) == 45
    # A European week would count Friday whole (8 hours) and Sunday not at all.
    assert minutes(EUROPE_WEEK.elapsed(asked, answered, "Asia/Dubai")) == 30 + 8 * 60


def test_the_same_instant_is_open_in_riyadh_and_closed_in_london() -> None:
    asked, answered = datetime(2026, 12, 7, 6, 0, tzinfo=UTC), datetime(2026, 12, 7, 7, 0, tzinfo=UTC)  # a Monday
    assert minutes(EUROPE_WEEK.elapsed(asked, answered, "Asia/Riyadh")) == 60  # 09:00-10:00 there
    assert minutes(EUROPE_WEEK.elapsed(asked, answered, "Europe/London")) == 0  # 06:00-07:00 there


def test_london_spring_forward_day_has_23_hours_and_autumn_day_25() -> None:
    all_day = BusinessHours(EVERY_DAY, time(0), None)  # open until 24:00
    # Clocks went forward at 01:00 on Sunday 2026-03-29: from Saturday noon to Monday noon is 47 real hours.
    start, end = local("Europe/London", 2026, 3, 28, 12, 0), local("Europe/London", 2026, 3, 30, 12, 0)
    assert all_day.elapsed(start, end, "Europe/London") == timedelta(hours=47) == end - start
    # And back at 02:00 on Sunday 2026-10-25: 49 real hours over the same two days.
    start, end = local("Europe/London", 2026, 10, 24, 12, 0), local("Europe/London", 2026, 10, 26, 12, 0)
    assert all_day.elapsed(start, end, "Europe/London") == timedelta(hours=49) == end - start


def test_opening_hours_that_hold_the_skipped_or_repeated_hour() -> None:
    night = BusinessHours(EVERY_DAY, time(0), time(3))
    spring = (datetime(2026, 3, 28, 12, 0, tzinfo=UTC), datetime(2026, 3, 29, 12, 0, tzinfo=UTC))
    assert night.elapsed(*spring, "Europe/London") == timedelta(hours=2)  # 00:00 GMT to 03:00 BST
    autumn = (datetime(2026, 10, 24, 12, 0, tzinfo=UTC), datetime(2026, 10, 25, 12, 0, tzinfo=UTC))
    assert night.elapsed(*autumn, "Europe/London") == timedelta(hours=4)  # 00:00 BST to 03:00 GMT
    # New York's spring change skips 02:00-03:00 on 2026-03-08.
    new_york = (local("America/New_York", 2026, 3, 7, 12, 0), local("America/New_York", 2026, 3, 8, 12, 0))
    assert BusinessHours(EVERY_DAY, time(1), time(4)).elapsed(*new_york, "America/New_York") == timedelta(hours=2)


def test_a_working_week_across_the_change_counts_wall_clock_hours() -> None:
    # Friday 16:00 GMT to Monday 10:00 BST: an hour on Friday and an hour on Monday.
    asked, answered = local("Europe/London", 2026, 3, 27, 16, 0), local("Europe/London", 2026, 3, 30, 10, 0)
    assert EUROPE_WEEK.elapsed(asked, answered, "Europe/London") == timedelta(hours=2)


def test_edges_of_the_day_and_of_the_span() -> None:
    start = local("Asia/Riyadh", 2026, 12, 7, 8, 0)
    assert GULF_WEEK.elapsed(start, start, "Asia/Riyadh") == timedelta(0)
    assert GULF_WEEK.elapsed(start + timedelta(hours=2), start, "Asia/Riyadh") == timedelta(0)  # backwards
    assert GULF_WEEK.elapsed(start, start + timedelta(hours=1), "Asia/Riyadh") == timedelta(0)  # before opening
    assert GULF_WEEK.elapsed(start, start + timedelta(hours=12), "Asia/Riyadh") == timedelta(hours=8)
    late_night = BusinessHours(EVERY_DAY, time(18), None)
    assert late_night.elapsed(local("UTC", 2026, 12, 7, 17), local("UTC", 2026, 12, 8, 1), "UTC") == timedelta(
        hours=6)
    # An unknown zone (never stored: zones are checked when set) reads as UTC rather than failing a page.
    assert EUROPE_WEEK.elapsed(local("UTC", 2026, 12, 7, 8), local("UTC", 2026, 12, 7, 10), "Not/AZone") == (
        timedelta(hours=1))


def test_a_wait_of_weeks_is_counted_day_by_day() -> None:
    asked = local("Asia/Riyadh", 2026, 11, 1, 9, 0)  # a Sunday
    assert GULF_WEEK.elapsed(asked, asked + timedelta(weeks=4), "Asia/Riyadh") == timedelta(hours=4 * 5 * 8)


def test_late_and_the_share_within_target_count_business_time() -> None:
    policy = Policy(timedelta(hours=1), GULF_WEEK)
    asked = local("Asia/Riyadh", 2026, 12, 10, 23, 0)
    open_question = Asked(1, None, asked, None, "Asia/Riyadh")
    assert not policy.late(asked, local("Asia/Riyadh", 2026, 12, 13, 9, 45), "Asia/Riyadh")
    assert policy.late(asked, local("Asia/Riyadh", 2026, 12, 13, 10, 30), "Asia/Riyadh")
    answered = Asked(1, 7, asked, local("Asia/Riyadh", 2026, 12, 13, 9, 30), "Asia/Riyadh")
    now = local("Asia/Riyadh", 2026, 12, 13, 9, 45)
    found = summarise([open_question, answered], now, policy)
    assert (found.items, found.answered, found.median_seconds, found.within_target, found.late) == (
        2, 1, 30 * 60, 1.0, 0)
    # Monday 13:30 to 15:30 UTC: half an hour before closing in Riyadh (16:30-17:00), two hours in London.
    start, end = datetime(2026, 12, 7, 13, 30, tzinfo=UTC), datetime(2026, 12, 7, 15, 30, tzinfo=UTC)
    riyadh, london = Asked(2, 8, start, end, "Asia/Riyadh"), Asked(3, 8, start, end, "Europe/London")
    channels = by_channel([answered, riyadh, london], now, policy)
    assert {key: found.within_target for key, found in channels.items()} == {1: 1.0, 2: 1.0, 3: 0.0}
    assert channels[3].median_seconds == 2 * 3600 and channels[2].median_seconds == 30 * 60
    assert by_teammate([answered, riyadh, london], now, policy)[8].within_target == 0.5
    # Round the clock, all three answered late.
    assert summarise([answered, riyadh, london], now, Policy(timedelta(hours=1))).within_target == 0.0


@pytest.mark.parametrize(("stored", "expected"), [
    (None, None),
    ({"days": ["Sun", "Mon", "Tue", "Wed", "Thu"], "opens": "09:00", "closes": "17:00"}, GULF_WEEK),
    ({"days": ["Mon"], "opens": "18:00", "closes": "24:00"}, BusinessHours(frozenset({0}), time(18), None)),
    ({"days": ["Someday"], "opens": "09:00", "closes": "17:00"}, None),  # unreadable: round the clock
])
def test_the_stored_policy_reads_back(stored: dict[str, object] | None, expected: BusinessHours | None) -> None:
    policy = policy_of(90, stored)
    assert policy.target == timedelta(minutes=90) and policy.hours == expected
    if expected is not None:
        assert str(expected).split()[0] == ",".join(sorted(stored["days"], key=[  # type: ignore[index, arg-type]
            "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index))


def _day_by_day(hours: BusinessHours, start: datetime, end: datetime, zone: str) -> timedelta:
    """The plain definition: each local day's opening intersected with [start, end]."""
    tz, total = ZoneInfo(zone), timedelta(0)
    day = start.astimezone(tz).date()
    while day <= end.astimezone(tz).date():
        opened = hours.open_on(day, tz)
        if opened is not None:
            low, high = max(opened[0], start), min(opened[1], end)
            total += max(high - low, timedelta(0))
        day += timedelta(days=1)
    return total


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York", "Asia/Riyadh", "Australia/Lord_Howe"])
def test_the_look_up_table_agrees_with_the_day_by_day_definition(zone: str) -> None:
    rng = random.Random(zone)
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for _ in range(300):
        opens = time(rng.randrange(0, 23), rng.choice((0, 15, 30)))
        closes = None if rng.random() < 0.2 else time(rng.randrange(opens.hour + 1, 24), rng.choice((0, 30)))
        hours = BusinessHours(frozenset(rng.sample(range(7), rng.randint(1, 7))), opens, closes)
        start = base + timedelta(minutes=rng.randrange(0, 365 * 24 * 60))
        end = start + timedelta(minutes=rng.randrange(0, 40 * 24 * 60))
        assert hours.elapsed(start, end, zone) == _day_by_day(hours, start, end, zone), (hours, start, end)
