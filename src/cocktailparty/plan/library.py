"""The content library while a plan is made: drafts not yet placed and the rotation of evergreen items.

Drafts go first (they were written to be used) and in library order; evergreen items rotate least
recently used first. A channel's own items go before the ones any channel may take, which stay free for
the channels that have nothing of their own.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

from cocktailparty.plan.inputs import Draft, Evergreen, Library

Scope = str | None  # a channel id, or None for items any channel may take


@dataclass(slots=True, eq=False)
class EvergreenUse:
    """An evergreen item and its uses so far, counting the plan being made."""

    item: Evergreen
    uses: int
    last_day: date | None

    def usable_on(self, day: date) -> bool:
        item = self.item
        if item.expires is not None and day >= item.expires:
            return False
        # abs(): channels in zones a day apart can place uses slightly out of local-date order.
        return self.last_day is None or abs((day - self.last_day).days) >= item.min_gap_days

    def wakes(self) -> date | None:
        """The first day after its rest, or None when the item will not be usable again."""
        if self.last_day is None:
            return None  # never used, so only its expiry can stop it
        wake = self.last_day + timedelta(days=self.item.min_gap_days)
        return wake if self.item.expires is None or wake < self.item.expires else None

    @property
    def used_up(self) -> bool:
        return self.item.max_uses is not None and self.uses >= self.item.max_uses


@dataclass(slots=True)
class _Shelf:
    """The drafts, in library order, and the evergreen items, least recently used first, of one scope and
    category."""

    drafts: deque[Draft] = field(default_factory=deque)
    evergreen: deque[EvergreenUse] = field(default_factory=deque)
    # After a search found no evergreen item on `idle_from`, none is usable before `idle_until` either
    # until one is used: a shelf whose items are all resting is not searched again slot after slot.
    idle_from: date = date.max
    idle_until: date = date.min

    def find_evergreen(self, day: date) -> EvergreenUse | None:
        if self.idle_from <= day < self.idle_until:
            return None
        for entry in self.evergreen:
            if entry.usable_on(day):
                return entry
        wakes = [wake for e in self.evergreen if (wake := e.wakes()) is not None]
        self.idle_from, self.idle_until = day, min(wakes, default=date.max)
        return None

    def use(self, entry: EvergreenUse, day: date) -> None:
        self.evergreen.remove(entry)
        entry.uses += 1
        entry.last_day = day
        if not entry.used_up:
            self.evergreen.append(entry)
        self.idle_from, self.idle_until = date.max, date.min


Choice = tuple[Literal["draft", "evergreen"], str]  # where the item comes from, and its id


class ContentPool:
    """Finds and takes library items for a channel, a category and a local day."""

    def __init__(self, library: Library) -> None:
        self._shelves: dict[tuple[Scope, str], _Shelf] = {}
        for draft in library.drafts:
            self._shelf(draft.channel, draft.category).drafts.append(draft)
        uses = [EvergreenUse(item, item.uses, item.last_used) for item in library.evergreen]
        # Never used first, then the longest rested; library order breaks ties.
        uses.sort(key=lambda e: e.last_day or date.min)
        for entry in uses:
            if not entry.used_up:
                self._shelf(entry.item.channel, entry.item.category).evergreen.append(entry)

    def _shelf(self, scope: Scope, category: str) -> _Shelf:
        return self._shelves.setdefault((scope, category), _Shelf())

    def take(self, channel: str, category: str, day: date) -> Choice | None:
        """Take the best item of `category` for a slot on `day`, or None when there is nothing usable."""
        own, shared = self._shelves.get((channel, category)), self._shelves.get((None, category))
        shelves = [shelf for shelf in (own, shared) if shelf]
        for shelf in shelves:
            if shelf.drafts:
                return "draft", shelf.drafts.popleft().id
        for shelf in shelves:
            entry = shelf.find_evergreen(day)
            if entry:
                shelf.use(entry, day)
                return "evergreen", entry.item.id
        return None
