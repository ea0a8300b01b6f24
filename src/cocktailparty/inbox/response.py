"""Response times (pure): how long the first answer took, per channel and per teammate, and the share answered
within the workspace's target. Time is counted in the workspace's business hours, read in each channel's own time
zone (a comment at Thursday 23:00 answered Sunday 09:30 in a Sunday to Thursday 09:00-17:00 week waited 30
minutes); without business hours, the clock runs round the clock. An item still open past the target counts against
the share: it is late already."""

from __future__ import annotations

import statistics
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

TARGET = timedelta(hours=1)  # a workspace's target until it sets its own
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # datetime.weekday()'s order
MAX_SPAN_DAYS = 400  # an answer later than this is counted up to it (the reports read 30 to 366 days)


@dataclass(frozen=True)
class BusinessHours:
    """The days of the week a team answers (Mon=0 ... Sun=6) and its opening hours, the same each open day, as
    wall-clock times in the channel's zone. `closes` None is midnight at the end of the day (open until 24:00)."""

    days: frozenset[int]
    opens: time
    closes: time | None

    def __str__(self) -> str:
        closes = "24:00" if self.closes is None else f"{self.closes:%H:%M}"
        return f"{','.join(WEEKDAYS[day] for day in sorted(self.days))} {self.opens:%H:%M}-{closes}"

    def open_on(self, day: date, zone: ZoneInfo) -> tuple[datetime, datetime] | None:
        """That day's opening as UTC instants (None on a closed day). A wall-clock time that a DST change skips or
        repeats is read as zoneinfo reads it (fold=0: the first of a repeated hour, the hour after a skipped
        one's start). In UTC because Python compares and subtracts two datetimes of one zone on their wall clocks,
        which is wrong by an hour across a DST change."""
        if day.weekday() not in self.days:
            return None
        start = datetime.combine(day, self.opens, zone)
        end = datetime.combine(day + timedelta(days=1), time(0), zone) if self.closes is None else datetime.combine(
            day, self.closes, zone)
        return start.astimezone(UTC), end.astimezone(UTC)

    def elapsed(self, start: datetime, end: datetime, zone: str) -> timedelta:
        """Business time between two aware instants: the overlap of [start, end] with each open day's hours."""
        if end <= start:
            return timedelta(0)
        end = min(end, start + timedelta(days=MAX_SPAN_DAYS))
        return timedelta(seconds=_calendar(self, zone).between(start, end))


class _Calendar:
    """One set of business hours in one zone, day by day: each day's opening and the business seconds before it
    from the first day asked for, so an item's wait is two look-ups however long it waited (a page of response
    times reads thousands). Grown as instants outside it are asked for; a new table replaces the old whole, so
    a reader in another thread never sees half of one."""

    def __init__(self, hours: BusinessHours, zone: ZoneInfo) -> None:
        self.hours, self.zone = hours, zone
        self.table: tuple[date, list[tuple[datetime, datetime] | None], list[float]] | None = None
        self.lock = threading.Lock()

    def between(self, start: datetime, end: datetime) -> float:
        """Business seconds from `start` to `end`, both read on one table (a table grown meanwhile starts its
        count on another day)."""
        first, last = start.astimezone(self.zone).date(), end.astimezone(self.zone).date()
        table = self._covering(first, last)
        return self._before(table, end, last) - self._before(table, start, first)

    @staticmethod
    def _before(table: tuple[date, list[tuple[datetime, datetime] | None], list[float]], moment: datetime,
                day: date) -> float:
        """Business seconds from the table's first day to `moment` (on local `day`)."""
        first, opening, prefix = table
        index = (day - first).days
        seconds = prefix[index]
        hours = opening[index]
        if hours is not None:
            seconds += (min(max(moment, hours[0]), hours[1]) - hours[0]).total_seconds()
        return seconds

    def _covering(self, low: date, high: date) -> tuple[date, list[tuple[datetime, datetime] | None], list[float]]:
        table = self.table
        if table is not None and table[0] <= low and high < table[0] + timedelta(days=len(table[1])):
            return table
        with self.lock:
            table = self.table
            first = low if table is None else min(low, table[0])
            last = high if table is None else max(high, table[0] + timedelta(days=len(table[1]) - 1))
            # A few weeks either side: the next items of a page fall inside.
            first, last = first - timedelta(days=7), last + timedelta(days=35)
            opening = [self.hours.open_on(first + timedelta(days=n), self.zone) for n in range((last - first).days + 1)]
            prefix, total = [], 0.0
            for hours in opening:
                prefix.append(total)
                if hours is not None:
                    total += (hours[1] - hours[0]).total_seconds()
            self.table = (first, opening, prefix)
            return self.table


_CALENDARS: dict[tuple[BusinessHours, str], _Calendar] = {}


def _calendar(hours: BusinessHours, zone: str) -> _Calendar:
    found = _CALENDARS.get((hours, zone))
    if found is None:
        if len(_CALENDARS) > 1000:  # a workspace's hours changed many times in one process: start again
            _CALENDARS.clear()
        found = _CALENDARS.setdefault((hours, zone), _Calendar(hours, _zone(zone)))
    return found


@dataclass(frozen=True)
class Policy:
    """A workspace's response target and business hours (None: round the clock)."""

    target: timedelta = TARGET
    hours: BusinessHours | None = None

    def waited(self, start: datetime, end: datetime, zone: str) -> timedelta:
        if self.hours is None:
            return max(end - start, timedelta(0))
        return self.hours.elapsed(start, end, zone)

    def clock(self, zone: str) -> Callable[[datetime, datetime], float]:
        """Seconds waited from one instant to another in `zone`, for many items: the calendar found once."""
        if self.hours is None:
            return lambda start, end: max((end - start).total_seconds(), 0.0)
        calendar, span = _calendar(self.hours, zone), timedelta(days=MAX_SPAN_DAYS)

        def waited(start: datetime, end: datetime) -> float:
            return calendar.between(start, min(end, start + span)) if end > start else 0.0

        return waited

    def late(self, asked_at: datetime, now: datetime, zone: str) -> bool:
        return self.waited(asked_at, now, zone) > self.target


ROUND_THE_CLOCK = Policy()


@dataclass(frozen=True)
class Asked:
    channel_id: int
    assignee_id: int | None
    asked_at: datetime
    answered_at: datetime | None  # when our first reply went out
    zone: str = "UTC"  # the channel's time zone, where business hours are read


@dataclass(frozen=True)
class ResponseTimes:
    items: int
    answered: int
    median_seconds: float | None  # of business time, when the workspace has business hours
    within_target: float | None  # share of the items due an answer by now that got one within the target
    late: int  # still unanswered past the target


@dataclass(frozen=True)
class _Measured:
    row: Asked
    wait: float | None  # seconds to our first answer (business time under business hours)
    late: bool  # unanswered, and past the target by now


def _measured(asked: Iterable[Asked], now: datetime, policy: Policy) -> list[_Measured]:
    """Each item's wait, counted once (a report groups the same items three ways). Under business hours each
    channel zone's calendar is looked up once, not per item."""
    clocks: dict[str, Callable[[datetime, datetime], float]] = {}
    target = policy.target.total_seconds()
    found = []
    for row in asked:
        clock = clocks.get(row.zone)
        if clock is None:
            clock = clocks[row.zone] = policy.clock(row.zone)
        if row.answered_at is not None:
            found.append(_Measured(row, clock(row.asked_at, row.answered_at), False))
        else:
            found.append(_Measured(row, None, clock(row.asked_at, now) > target))
    return found


def _summary(measured: list[_Measured], policy: Policy) -> ResponseTimes:
    waits = [item.wait for item in measured if item.wait is not None]
    late = sum(1 for item in measured if item.late)
    due = len(waits) + late  # an open item not yet past the target is not counted either way
    within = sum(1 for wait in waits if wait <= policy.target.total_seconds())
    return ResponseTimes(
        items=len(measured), answered=len(waits), median_seconds=statistics.median(waits) if waits else None,
        within_target=within / due if due else None, late=late,
    )


def report(asked: Iterable[Asked], now: datetime, policy: Policy = ROUND_THE_CLOCK) -> tuple[
        ResponseTimes, dict[int, ResponseTimes], dict[int | None, ResponseTimes]]:
    """Overall, per channel and per teammate (the assignee), each item measured once."""
    measured = _measured(asked, now, policy)
    channels: dict[int, list[_Measured]] = {}
    teammates: dict[int | None, list[_Measured]] = {}
    for item in measured:
        channels.setdefault(item.row.channel_id, []).append(item)
        teammates.setdefault(item.row.assignee_id, []).append(item)
    return (_summary(measured, policy), {key: _summary(items, policy) for key, items in channels.items()},
            {key: _summary(items, policy) for key, items in teammates.items()})


def summarise(asked: Iterable[Asked], now: datetime, policy: Policy = ROUND_THE_CLOCK) -> ResponseTimes:
    return _summary(_measured(asked, now, policy), policy)


def by_channel(asked: Iterable[Asked], now: datetime, policy: Policy = ROUND_THE_CLOCK) -> dict[int, ResponseTimes]:
    return report(asked, now, policy)[1]


def by_teammate(asked: Iterable[Asked], now: datetime,
                policy: Policy = ROUND_THE_CLOCK) -> dict[int | None, ResponseTimes]:
    return report(asked, now, policy)[2]


def policy_of(target_minutes: int | None, hours: Mapping[str, object] | None) -> Policy:
    """The policy kept on a workspace: its target in minutes and its business hours as stored
    ({"days": ["Sun", ...], "opens": "09:00", "closes": "17:00"}; None round the clock). Stored values were checked
    by inbox.service.set_response_policy; a value that no longer reads falls back to round the clock."""
    target = timedelta(minutes=target_minutes) if target_minutes else TARGET
    if not hours:
        return Policy(target)
    try:
        days = frozenset(WEEKDAYS.index(str(day)) for day in hours["days"])  # type: ignore[attr-defined]
        opens = time.fromisoformat(str(hours["opens"]))
        closes = None if hours["closes"] == "24:00" else time.fromisoformat(str(hours["closes"]))
    except (KeyError, TypeError, ValueError):
        return Policy(target)
    return Policy(target, BusinessHours(days, opens, closes))


_ZONES: dict[str, ZoneInfo] = {}


def _zone(name: str) -> ZoneInfo:
    found = _ZONES.get(name)
    if found is None:
        try:
            found = ZoneInfo(name)
        except (KeyError, ValueError):  # a channel's zone is checked when set; an unreadable one counts as UTC
            found = ZoneInfo("UTC")
        _ZONES[name] = found
    return found
