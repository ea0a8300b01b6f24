"""Builders for the planner tests: short names for the inputs the tests vary, and the rule check."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from cocktailparty.mix import get_preset
from cocktailparty.plan import (
    AvoidDay,
    Calendar,
    Channel,
    Draft,
    Evergreen,
    Library,
    Period,
    PlanRequest,
    ScheduledPost,
    WeeklySlot,
    check_calendar,
)

WEEKLY = ("Mon 09:00", "Wed 18:30", "Fri 12:00")


def channel(
    id: str = "acme", zone: str = "Europe/London", slots: Iterable[str] = WEEKLY, preset: str = "80/20",
    **overrides: float,
) -> Channel:
    cap, share = overrides.get("cap"), overrides.get("promotional_share")
    return Channel(id, zone, tuple(WeeklySlot.parse(s) for s in slots), get_preset(preset, cap=cap), share)


def request(
    *channels: Channel,
    first: date = date(2025, 1, 1),
    last: date = date(2025, 3, 31),
    drafts: Iterable[Draft] = (),
    evergreen: Iterable[Evergreen] = (),
    avoid: Iterable[AvoidDay] = (),
    scheduled: Iterable[ScheduledPost] = (),
) -> PlanRequest:
    return PlanRequest(
        channels or (channel(),), Period(first, last), Library(tuple(drafts), tuple(evergreen)), tuple(avoid),
        tuple(scheduled),
    )


def keeps_the_rules(plan: PlanRequest, calendar: Calendar) -> bool:
    """True when the check finds nothing the plan caused (breaches by scheduled posts alone aside)."""
    problems = [p for p in check_calendar(plan, calendar) if not p.preexisting]
    assert problems == [], problems[:5]
    return True
