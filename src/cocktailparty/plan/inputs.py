"""What the planner is asked: channels and their weekly slots, the period, the content library, the days
to avoid promotion on and the posts already scheduled. Frozen dataclasses that refuse bad values early.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from cocktailparty.errors import InputError, Message, message
from cocktailparty.mix.presets import PRESETS, MixPreset
from cocktailparty.taxonomy import VALUE_CATEGORIES, check_category

# A reply answers somebody's comment: it is written in the inbox when the comment arrives, never planned.
PLANNED_VALUE_CATEGORIES: tuple[str, ...] = tuple(c for c in VALUE_CATEGORIES if c != "reply")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _category(category: str, where: Message) -> str:
    try:
        check_category(category)
    except ValueError as exc:
        raise InputError("plan.invalid", "%(where)s: %(exc)s", where=where, exc=exc) from None
    if category == "reply":
        raise InputError("plan.reply_planned",
                         "%(where)s: replies answer someone in the inbox and are not planned ahead", where=where)
    return category


@dataclass(frozen=True, slots=True)
class WeeklySlot:
    """A posting time every week: weekday (0 = Monday) and the local wall-clock time."""

    weekday: int
    at: time

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise InputError("plan.bad_weekday",
                             "weekly slot: weekday must be 0 (Monday) to 6 (Sunday), got %(weekday)s",
                             weekday=self.weekday)
        if self.at.tzinfo is not None:
            raise InputError("plan.slot_with_zone",
                             "weekly slot: give the local time without a time zone; the channel has one")

    @classmethod
    def parse(cls, text: str) -> WeeklySlot:
        """'Mon 09:00' or 'wed 18:30'."""
        try:
            day, clock = text.split()
            return cls(WEEKDAYS.index(day.title()[:3]), time.fromisoformat(clock))
        except ValueError:
            raise InputError("plan.bad_slot",
                             "weekly slot %(text)s: expected a weekday and a time, e.g. 'Mon 09:00'",
                             text=repr(text)) from None

    def __str__(self) -> str:
        return f"{WEEKDAYS[self.weekday]} {self.at:%H:%M}"


@dataclass(frozen=True, slots=True)
class Channel:
    """One account on one network, planned in its own time zone under its own mix preset."""

    id: str
    timezone: str  # IANA name, e.g. "Europe/London"
    slots: tuple[WeeklySlot, ...]
    preset: MixPreset = PRESETS["80/20"]
    # The share of promotional posts to aim at; None aims at the preset's cap.
    promotional_share: float | None = None
    # Days whose slots move to the evening (Ramadan, after iftar, when the workspace asks): the day's slots keep
    # their spacing and the first one falls at `evening_at`. Computed by occasions/, which knows the Hijri calendar.
    evening_days: frozenset[date] = frozenset()
    evening_at: time | None = None

    def __post_init__(self) -> None:
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InputError("plan.unknown_time_zone", "channel %(id)s: unknown time zone %(timezone)s",
                             id=repr(self.id), timezone=repr(self.timezone)) from None
        share = self.promotional_share
        if share is not None and not 0.0 <= share <= self.preset.cap:
            raise InputError("plan.bad_share",
                             "channel %(id)s: promotional_share %(share)s must be between 0 and the cap %(cap)s",
                             id=repr(self.id), share=share, cap=round(self.preset.cap, 3))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)  # zoneinfo caches zones, so this is cheap

    @property
    def target_share(self) -> float:
        return self.preset.cap if self.promotional_share is None else self.promotional_share


@dataclass(frozen=True, slots=True)
class Period:
    """The local days planned, both ends included."""

    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise InputError("plan.bad_period", "period: last day %(last_day)s is before first day %(first_day)s",
                             last_day=self.last_day, first_day=self.first_day)


@dataclass(frozen=True, slots=True)
class Draft:
    """A post written once and published once, on one channel or (channel None) on any."""

    id: str
    category: str
    channel: str | None = None

    def __post_init__(self) -> None:
        _category(self.category, message("draft %(id)s", id=repr(self.id)))


@dataclass(frozen=True, slots=True)
class Evergreen:
    """A post that may be published again and again, with a rest between uses.

    Uses count across every channel that may take it (channel None means any), because the same post
    seen twice in a week is a repeat however it reached the audience.
    """

    id: str
    category: str
    min_gap_days: int = 30  # local days between two uses
    max_uses: int | None = None  # in all, counting `uses`; None: no limit
    expires: date | None = None  # the first local day it may no longer be posted
    last_used: date | None = None
    uses: int = 0  # uses before this plan
    channel: str | None = None

    def __post_init__(self) -> None:
        where = message("evergreen item %(id)s", id=repr(self.id))
        _category(self.category, where)
        if self.min_gap_days < 0 or self.uses < 0:
            raise InputError("plan.negative_gap", "%(where)s: min_gap_days and uses cannot be negative", where=where)
        if self.max_uses is not None and self.max_uses < 1:
            raise InputError("plan.uses_below_one", "%(where)s: max_uses must be at least 1 (or None for no limit)",
                             where=where)


@dataclass(frozen=True, slots=True)
class Library:
    """The content the planner may place; the order of each list is the order of preference."""

    drafts: tuple[Draft, ...] = ()
    evergreen: tuple[Evergreen, ...] = ()

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for item_id in [d.id for d in self.drafts] + [e.id for e in self.evergreen]:
            if item_id in seen:
                raise InputError("plan.duplicate_item", "library: item id %(item_id)s is used twice",
                                 item_id=repr(item_id))
            seen.add(item_id)


@dataclass(frozen=True, slots=True)
class AvoidDay:
    """A local day without promotion (a day of mourning, a religious holiday), for one channel or all."""

    day: date
    channel: str | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class ScheduledPost:
    """A post already on the schedule: the plan counts it in every window and leaves it where it is."""

    channel: str
    at: datetime  # aware
    category: str
    id: str | None = None

    def __post_init__(self) -> None:
        where = message("scheduled post %(id)s on %(channel)s at %(at)s", id=self.id or "", channel=repr(self.channel),
                        at=self.at)
        if self.at.tzinfo is None or self.at.utcoffset() is None:
            raise InputError("plan.no_time_zone", "%(where)s: the time needs a time zone", where=where)
        try:
            check_category(self.category)  # a scheduled reply is fine: it still counts on the give side
        except ValueError as exc:
            raise InputError("plan.invalid", "%(where)s: %(exc)s", where=where, exc=exc) from None


@dataclass(frozen=True, slots=True)
class PlanRequest:
    """Everything one planning run needs."""

    channels: tuple[Channel, ...]
    period: Period
    library: Library = Library()
    avoid_days: tuple[AvoidDay, ...] = ()
    scheduled: tuple[ScheduledPost, ...] = ()

    def __post_init__(self) -> None:
        ids = [channel.id for channel in self.channels]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise InputError("plan.duplicate_channels", "plan: channel ids appear twice: %(join)s",
                             join=", ".join(duplicates))

    def avoid_dates(self, channel: str) -> frozenset[date]:
        return frozenset(a.day for a in self.avoid_days if a.channel in (None, channel))

    def scheduled_on(self, channel: str) -> list[ScheduledPost]:
        return [post for post in self.scheduled if post.channel == channel]
