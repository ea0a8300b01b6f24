"""The content-calendar planner, pure: channels, slots and a library in, a calendar that keeps the mix out."""

from cocktailparty.plan.calendar import Calendar, CalendarEntry, ChannelReport, Problem
from cocktailparty.plan.check import check_calendar
from cocktailparty.plan.inputs import (
    PLANNED_VALUE_CATEGORIES,
    AvoidDay,
    Channel,
    Draft,
    Evergreen,
    Library,
    Period,
    PlanRequest,
    ScheduledPost,
    WeeklySlot,
)
from cocktailparty.plan.planner import VARIETY_GAP, plan_calendar

__all__ = [
    "PLANNED_VALUE_CATEGORIES",
    "VARIETY_GAP",
    "AvoidDay",
    "Calendar",
    "CalendarEntry",
    "Channel",
    "ChannelReport",
    "Draft",
    "Evergreen",
    "Library",
    "Period",
    "PlanRequest",
    "Problem",
    "ScheduledPost",
    "WeeklySlot",
    "check_calendar",
    "plan_calendar",
]
