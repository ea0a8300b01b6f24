"""The content-calendar planner: fills every slot of every channel with a library item or a category to
write, keeping the preset's cap in every rolling window, promotions spread out, value categories varied.

Pure: plain data in, plain data out, the same output for the same input. Each channel's posts, its slots
and the posts already scheduled, form one timeline in time order; every slot is decided once, in time
order across all channels (so items any channel may take go to the earliest slot). Deciding in order is
what makes the cap safe: a promotion is placed only when every window holding the slot still has room,
counting the promotions placed before it and the scheduled ones after it, and later slots of the window
stay value posts unless they pass the same test.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import UTC, date, datetime
from fractions import Fraction

from cocktailparty.plan.calendar import Calendar, CalendarEntry, ChannelReport, Source
from cocktailparty.plan.inputs import PLANNED_VALUE_CATEGORIES, Channel, PlanRequest
from cocktailparty.plan.library import Choice, ContentPool
from cocktailparty.plan.slots import slot_times
from cocktailparty.plan.windows import allowed_promotions, day_windows, post_windows
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL

# The same value category never comes back within this many posts of itself.
VARIETY_GAP = 2


def plan_calendar(request: PlanRequest) -> Calendar:
    """Plan every slot of every channel in the request's period."""
    pool = ContentPool(request.library)
    channels = [_ChannelPlan(channel, request) for channel in request.channels]
    # One pass in time order over all channels; the channel's place in the request breaks ties.
    steps = heapq.merge(*(plan.steps(index) for index, plan in enumerate(channels)))
    for _, index, position in steps:
        channels[index].decide(position, pool)
    order = {channel.id: index for index, channel in enumerate(request.channels)}
    entries = sorted((e for plan in channels for e in plan.entries()), key=lambda e: (e.at_utc, order[e.channel]))
    return Calendar(tuple(entries), {plan.channel.id: plan.report(request) for plan in channels})


class _ChannelPlan:
    """One channel's timeline and the state of its planning."""

    def __init__(self, channel: Channel, request: PlanRequest) -> None:
        self.channel = channel
        zone = channel.zone
        self.avoid = request.avoid_dates(channel.id)
        slots = {local.astimezone(UTC): local for local in slot_times(channel, request.period)}
        scheduled = sorted(request.scheduled_on(channel.id), key=lambda p: p.at)
        # Instants are compared in UTC: Python never finds a local time in the autumn overlap equal to a
        # time in another zone, even at the same instant.
        taken = {p.at.astimezone(UTC) for p in scheduled}
        rows: list[tuple[datetime, datetime, str | None, str | None, Source]] = [
            (p.at.astimezone(UTC), p.at.astimezone(zone), p.category, p.id, "scheduled") for p in scheduled
        ]
        rows += [(at, local, None, None, "empty") for at, local in slots.items() if at not in taken]
        rows.sort(key=lambda r: r[0])  # stable: scheduled posts keep their order
        self.at_utc = [r[0] for r in rows]
        self.times = [at.timestamp() for at in self.at_utc]
        self.local = [r[1] for r in rows]
        self.category: list[str | None] = [r[2] for r in rows]  # None until the slot is decided
        self.item: list[str | None] = [r[3] for r in rows]
        self.source: list[Source] = [r[4] for r in rows]
        self.planned = [r[4] != "scheduled" for r in rows]
        free_slots = set(slots)
        self.on_slot = [_claim(free_slots, at) for at in self.at_utc]  # a slot holds one post, the first at its time
        self._build_windows()
        # Promotions are spaced by an exact credit, in units of 1/(2 * denominator): every post earns the
        # target share, a promotion spends one, and the first comes due half a spacing in, not on day one.
        share = Fraction(channel.target_share).limit_denominator(1000)
        self.earn, self.one = 2 * share.numerator, 2 * share.denominator
        self.credit = share.denominator
        self.least_recent = list(PLANNED_VALUE_CATEGORIES)  # least recently posted first

    def _build_windows(self) -> None:
        """Every cap window holding a slot to plan, sorted by first post, with its limit and the promotions
        already scheduled in it."""
        preset, n = self.channel.preset, len(self.times)
        planned_before, promotions_before = [0], [0]
        for planned, category in zip(self.planned, self.category, strict=True):
            planned_before.append(planned_before[-1] + planned)
            promotions_before.append(promotions_before[-1] + (category == PROMOTIONAL))
        windows = sorted({
            (first, last)
            for first, last in post_windows(n, preset.window_posts) + day_windows(self.times, preset.window_days)
            if planned_before[last + 1] > planned_before[first]
        })
        self.firsts = [first for first, _ in windows]
        self.lasts = [last for _, last in windows]
        self.longest = max((last - first + 1 for first, last in windows), default=0)
        self.limits = [allowed_promotions(preset, last - first + 1) for first, last in windows]
        self.counts = [promotions_before[last + 1] - promotions_before[first] for first, last in windows]

    def _windows_holding(self, s: int) -> list[int]:
        # A window holding s starts at most `longest - 1` posts before it.
        start, stop = bisect_left(self.firsts, s - self.longest + 1), bisect_right(self.firsts, s)
        return [w for w in range(start, stop) if self.lasts[w] >= s]

    def steps(self, index: int) -> Iterator[tuple[float, int, int]]:
        return ((t, index, position) for position, t in enumerate(self.times))

    def decide(self, s: int, pool: ContentPool) -> None:
        """Account for a scheduled post, or fill slot `s` (all earlier posts are decided)."""
        self.credit = min(self.credit + self.earn, self.one)  # a long wait never builds a burst
        if not self.planned[s]:
            category = self.category[s]
            assert category is not None
            self.credit -= self.one if category == PROMOTIONAL else 0
            self._posted(category)
            return
        day = self.local[s].date()
        if self.credit >= self.one and self._promotion_fits(s, day):
            self.credit -= self.one
            for w in self._windows_holding(s):
                self.counts[w] += 1
            category, choice = PROMOTIONAL, pool.take(self.channel.id, PROMOTIONAL, day)
        else:
            category, choice = self._value(s, day, pool)
        self.category[s] = category
        self._posted(category)
        if choice:
            self.source[s], self.item[s] = choice

    def _posted(self, category: str) -> None:
        if category in self.least_recent:
            self.least_recent.remove(category)
            self.least_recent.append(category)

    def _promotion_fits(self, s: int, day: date) -> bool:
        if day in self.avoid:
            return False
        if (s > 0 and self.category[s - 1] == PROMOTIONAL) or (
            s + 1 < len(self.category) and self.category[s + 1] == PROMOTIONAL  # a scheduled one
        ):
            return False
        return all(self.counts[w] < self.limits[w] for w in self._windows_holding(s))

    def _value(self, s: int, day: date, pool: ContentPool) -> tuple[str, Choice | None]:
        """The least recently used value category not seen within VARIETY_GAP posts, preferring one the
        library has content for; with none, the least recently used becomes an empty slot to write."""
        near = set(self.category[max(0, s - VARIETY_GAP) : s + VARIETY_GAP + 1])
        # Seven categories, at most 2 * VARIETY_GAP of them near: there is always a candidate.
        candidates = [c for c in self.least_recent if c not in near]
        for category in candidates:
            choice = pool.take(self.channel.id, category, day)
            if choice:
                return category, choice
        return candidates[0], None

    def entries(self) -> Iterator[CalendarEntry]:
        for s, at in enumerate(self.at_utc):
            category = self.category[s]
            if self.on_slot[s] and category is not None:
                yield CalendarEntry(self.channel.id, at, self.local[s], category, self.source[s], self.item[s])

    def report(self, request: PlanRequest) -> ChannelReport:
        period = request.period
        inside = [s for s, local in enumerate(self.local) if period.first_day <= local.date() <= period.last_day]
        by_category = dict.fromkeys(CATEGORIES, 0)
        empty_by_category = dict.fromkeys(CATEGORIES, 0)
        for s in inside:
            category = self.category[s]
            assert category is not None
            by_category[category] += 1
            empty_by_category[category] += self.source[s] == "empty"
        sources = [self.source[s] for s in inside]
        return ChannelReport(
            channel=self.channel.id,
            preset=self.channel.preset.name,
            cap=self.channel.preset.cap,
            target_share=self.channel.target_share,
            slots=sum(self.on_slot[s] for s in inside),
            posts=len(inside),
            promotional=by_category[PROMOTIONAL],
            promotional_target=round(self.channel.target_share * len(inside)),
            by_category=by_category,
            from_drafts=sources.count("draft"),
            from_evergreen=sources.count("evergreen"),
            empty=sources.count("empty"),
            empty_by_category={c: n for c, n in empty_by_category.items() if n},
            scheduled=sources.count("scheduled"),
        )


def _claim(free: set[datetime], instant: datetime) -> bool:
    if instant in free:
        free.discard(instant)
        return True
    return False
