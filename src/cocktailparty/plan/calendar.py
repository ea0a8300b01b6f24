"""What the planner returns: a calendar entry for every slot, a report of the mix per channel, and the
problems `check_calendar` finds when a calendar breaks a rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from cocktailparty.taxonomy import PROMOTIONAL

# draft/evergreen: an item from the library; empty: write a post of `category` here;
# scheduled: the slot is taken by a post that was already on the schedule.
Source = Literal["draft", "evergreen", "empty", "scheduled"]
Rule = Literal["slots", "cap-posts", "cap-days", "adjacent-promotions", "avoid-day", "variety", "draft", "evergreen"]


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One slot of one channel and what goes in it."""

    channel: str
    at_utc: datetime
    at_local: datetime  # in the channel's time zone
    category: str
    source: Source
    item_id: str | None = None  # the draft, evergreen item or scheduled post; None for an empty slot

    @property
    def is_empty(self) -> bool:
        return self.source == "empty"

    @property
    def is_promotional(self) -> bool:
        return self.category == PROMOTIONAL


@dataclass(frozen=True, slots=True)
class ChannelReport:
    """How the mix of one channel comes out over the period, posts already scheduled included."""

    channel: str
    preset: str
    cap: float
    target_share: float
    slots: int
    posts: int  # the slots plus posts scheduled off the slots
    promotional: int
    promotional_target: int  # what the target share of `posts` would be, before the rules held some back
    by_category: Mapping[str, int]
    from_drafts: int
    from_evergreen: int
    empty: int
    empty_by_category: Mapping[str, int]
    scheduled: int  # posts already scheduled in the period, on a slot or not

    @property
    def promotional_share(self) -> float:
        return self.promotional / self.posts if self.posts else 0.0


@dataclass(frozen=True, slots=True)
class Calendar:
    """Every slot of every channel over the period, in time order, and a report per channel."""

    entries: tuple[CalendarEntry, ...]
    reports: Mapping[str, ChannelReport]

    def for_channel(self, channel: str) -> list[CalendarEntry]:
        return [entry for entry in self.entries if entry.channel == channel]

    def empty_slots(self) -> list[CalendarEntry]:
        return [entry for entry in self.entries if entry.is_empty]


@dataclass(frozen=True, slots=True)
class Problem:
    """A rule a calendar breaks, where, and whether posts already scheduled broke it before any planning."""

    channel: str
    rule: Rule
    at: datetime  # UTC, the first post concerned
    message: str
    preexisting: bool = False
