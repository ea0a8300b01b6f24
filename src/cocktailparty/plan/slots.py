"""The posting slots of a channel over a period, computed on the channel's own wall clock.

A 09:00 Europe/London slot stays 09:00 local on both sides of a daylight-saving change, so its UTC time
moves by an hour. A local time that does not exist (the spring gap) moves forward by the gap's length;
one that happens twice (the autumn overlap) takes the first.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from cocktailparty.plan.inputs import Channel, Period


def local_time(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The aware local datetime a wall-clock time on `day` really happens at."""
    # fold=0 reads an ambiguous time as its first occurrence, and a time in the spring gap with the offset
    # from before the change, which lands it the gap's length later; the round trip through UTC then gives
    # the wall-clock time the clock actually shows (01:30 in a one-hour gap becomes 02:30).
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC).astimezone(zone)


def slot_times(channel: Channel, period: Period) -> list[datetime]:
    """Every slot of `channel` in `period`, as aware local datetimes in time order, without duplicates."""
    zone = channel.zone
    by_weekday: list[list[time]] = [sorted({s.at for s in channel.slots if s.weekday == d}) for d in range(7)]
    found: dict[datetime, datetime] = {}
    day = period.first_day
    while day <= period.last_day:
        for at in _evening(by_weekday[day.weekday()], day, channel):
            local = local_time(day, at, zone)
            # Two slots can meet once a gap moves one onto the other; the instant is one slot.
            found.setdefault(local.astimezone(UTC), local)
        day += timedelta(days=1)
    return [found[instant] for instant in sorted(found)]


def _evening(times: list[time], day: date, channel: Channel) -> list[time]:
    """The day's slot times, moved to the evening on the channel's evening days (Ramadan): the first falls at
    `evening_at`, the others keep their spacing (a slot pushed past midnight stays at 23:59)."""
    if not times or channel.evening_at is None or day not in channel.evening_days or times[0] >= channel.evening_at:
        return times
    shift = datetime.combine(day, channel.evening_at) - datetime.combine(day, times[0])
    last = datetime.combine(day, time(23, 59))
    return sorted({min(datetime.combine(day, at) + shift, last).time() for at in times})
