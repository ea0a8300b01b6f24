"""Slots on the channel's own wall clock, across daylight-saving changes (London, New York) and without them
(Riyadh)."""

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from plan_factories import channel, keeps_the_rules, request

from cocktailparty.errors import InputError
from cocktailparty.plan import Period, ScheduledPost, WeeklySlot, plan_calendar
from cocktailparty.plan.slots import local_time, slot_times

LONDON, NEW_YORK, RIYADH = ZoneInfo("Europe/London"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Riyadh")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def test_london_keeps_nine_local_on_both_sides_of_each_change() -> None:
    slots = slot_times(channel(slots=["Mon 09:00"]), Period(date(2025, 3, 24), date(2025, 10, 27)))
    assert all(s.time() == time(9, 0) for s in slots)
    assert slots[0].astimezone(UTC) == utc(2025, 3, 24, 9)  # GMT
    assert slots[1].astimezone(UTC) == utc(2025, 3, 31, 8)  # BST from 30 March
    assert slots[-2].astimezone(UTC) == utc(2025, 10, 20, 8)
    assert slots[-1].astimezone(UTC) == utc(2025, 10, 27, 9)  # GMT again from 26 October


def test_london_spring_gap_moves_forward_and_autumn_overlap_takes_the_first() -> None:
    gap = local_time(date(2025, 3, 30), time(1, 30), LONDON)
    assert (gap.hour, gap.minute, gap.tzname()) == (2, 30, "BST")
    assert gap.astimezone(UTC) == utc(2025, 3, 30, 1, 30)
    overlap = local_time(date(2025, 10, 26), time(1, 30), LONDON)
    assert (overlap.hour, overlap.minute, overlap.tzname()) == (1, 30, "BST")  # the first 01:30
    assert overlap.astimezone(UTC) == utc(2025, 10, 26, 0, 30)


def test_new_york_across_both_changes() -> None:
    ny = channel(zone="America/New_York", slots=["Sun 02:30", "Sun 01:30", "Tue 09:00"])
    slots = slot_times(ny, Period(date(2025, 3, 9), date(2025, 11, 4)))
    by_day = {(s.date(), s.tzname()): s for s in slots}
    spring = by_day[(date(2025, 3, 9), "EDT")]  # 02:30 does not exist that night
    assert spring.time() == time(3, 30) and spring.astimezone(UTC) == utc(2025, 3, 9, 7, 30)
    assert by_day[(date(2025, 3, 9), "EST")].astimezone(UTC) == utc(2025, 3, 9, 6, 30)  # 01:30 still EST
    autumn = [s for s in slots if s.date() == date(2025, 11, 2)]
    assert [s.astimezone(UTC) for s in autumn] == [utc(2025, 11, 2, 5, 30), utc(2025, 11, 2, 7, 30)]
    tuesdays = [s for s in slots if s.weekday() == 1]
    assert all(s.time() == time(9, 0) for s in tuesdays)
    assert tuesdays[0].astimezone(UTC).hour == 13 and tuesdays[-1].astimezone(UTC).hour == 14


def test_riyadh_has_no_change_all_year() -> None:
    slots = slot_times(channel(zone="Asia/Riyadh", slots=["Mon 09:00"]), Period(date(2025, 1, 1), date(2025, 12, 31)))
    assert len(slots) == 52
    assert {s.astimezone(UTC).time() for s in slots} == {time(6, 0)}
    assert {s.utcoffset() for s in slots} == {slots[0].utcoffset()}


@pytest.mark.parametrize("zone", ["Europe/London", "America/New_York", "Asia/Riyadh"])
def test_a_planned_year_keeps_local_times_and_the_rules(zone: str) -> None:
    plan = request(channel(zone=zone), first=date(2025, 1, 1), last=date(2025, 12, 31))
    calendar = plan_calendar(plan)
    assert len(calendar.entries) == 3 * 52 + 1  # 2025 starts on a Wednesday, so 53 Wednesdays
    for entry in calendar.entries:
        assert entry.at_local == entry.at_utc.astimezone(ZoneInfo(zone))
        assert entry.at_local.strftime("%a %H:%M") in {"Mon 09:00", "Wed 18:30", "Fri 12:00"}
    assert keeps_the_rules(plan, calendar)


def test_the_period_includes_both_ends_and_duplicate_slots_are_one() -> None:
    twice = channel(slots=["Mon 09:00", "mon 09:00"])
    assert len(slot_times(twice, Period(date(2025, 1, 6), date(2025, 1, 13)))) == 2
    # In the spring gap 01:30 moves onto 02:30: one instant, one slot.
    gap_day = channel(slots=["Sun 01:30", "Sun 02:30"])
    assert len(slot_times(gap_day, Period(date(2025, 3, 30), date(2025, 3, 30)))) == 1


def test_weekly_slots_parse_and_refuse_nonsense() -> None:
    assert WeeklySlot.parse("wed 18:30") == WeeklySlot(2, time(18, 30))
    assert str(WeeklySlot(0, time(9))) == "Mon 09:00"
    for bad in ["Someday 09:00", "Mon", "Mon 25:00"]:
        with pytest.raises(InputError, match="weekday and a time"):
            WeeklySlot.parse(bad)
    with pytest.raises(InputError, match="weekday must be"):
        WeeklySlot(7, time(9))
    with pytest.raises(InputError, match="unknown time zone 'Europe/Lundon'"):
        channel(zone="Europe/Lundon")


def test_a_post_scheduled_at_an_ambiguous_slot_takes_it() -> None:
    # 01:30 on 26 October 2025 happens twice in London; the slot is the first, 00:30 UTC.
    scheduled = ScheduledPost("acme", utc(2025, 10, 26, 0, 30), "news", "booked")
    plan = request(channel(slots=["Sun 01:30"]), first=date(2025, 10, 20), last=date(2025, 11, 2),
                   scheduled=[scheduled])
    calendar = plan_calendar(plan)
    assert [(e.source, e.item_id) for e in calendar.entries] == [("scheduled", "booked"), ("empty", None)]
    assert keeps_the_rules(plan, calendar)
