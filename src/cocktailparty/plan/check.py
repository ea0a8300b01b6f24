"""Checks a calendar against every rule of the planner, from the calendar and the request alone.

It shares no state with the planner, so the tests use it as the proof that a plan keeps the rules, and it
can judge a calendar a person edited by hand. Breaches that posts already scheduled caused on their own
are reported too, marked `preexisting`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import NamedTuple

from cocktailparty.plan.calendar import Calendar, CalendarEntry, Problem, Rule
from cocktailparty.plan.inputs import Channel, Draft, Evergreen, PlanRequest
from cocktailparty.plan.planner import VARIETY_GAP
from cocktailparty.plan.slots import slot_times
from cocktailparty.plan.windows import allowed_promotions, day_windows, post_windows
from cocktailparty.taxonomy import PROMOTIONAL


@dataclass(frozen=True, slots=True)
class _Post:
    at: datetime  # UTC
    local: datetime
    category: str
    planned: bool


def check_calendar(request: PlanRequest, calendar: Calendar) -> list[Problem]:
    """Every rule the calendar breaks; an empty list when it keeps them all."""
    by_channel: dict[str, list[CalendarEntry]] = {channel.id: [] for channel in request.channels}
    problems: list[Problem] = []
    for entry in calendar.entries:
        if entry.channel in by_channel:
            by_channel[entry.channel].append(entry)
        else:
            problems.append(Problem(entry.channel, "slots", entry.at_utc, "an entry for a channel not in the plan"))
    for channel in request.channels:
        entries = by_channel[channel.id]
        problems += _check_slots(channel, request, entries)
        timeline = _timeline(channel, request, entries)
        problems += _check_cap(channel, timeline)
        problems += _check_sequence(channel, timeline, request.avoid_dates(channel.id))
    problems += _check_items(request, calendar.entries)
    return problems


def _timeline(channel: Channel, request: PlanRequest, entries: list[CalendarEntry]) -> list[_Post]:
    zone = channel.zone
    posts = [_Post(e.at_utc, e.at_local, e.category, True) for e in entries if e.source != "scheduled"]
    posts += [
        _Post(p.at.astimezone(UTC), p.at.astimezone(zone), p.category, False) for p in request.scheduled_on(channel.id)
    ]
    return sorted(posts, key=lambda p: p.at)


def _check_slots(channel: Channel, request: PlanRequest, entries: list[CalendarEntry]) -> list[Problem]:
    """One entry per slot, at the slot's UTC and local times, and no entry off the slots."""
    expected = {local.astimezone(UTC): local for local in slot_times(channel, request.period)}
    scheduled = {p.at.astimezone(UTC) for p in request.scheduled_on(channel.id)}
    seen = Counter(entry.at_utc for entry in entries)
    problems = [
        Problem(channel.id, "slots", at, f"the slot at {local:%Y-%m-%d %H:%M %Z} has no entry")
        for at, local in expected.items()
        if at not in seen
    ]
    for entry in entries:
        local = expected.get(entry.at_utc)
        if entry.at_utc.tzinfo is not UTC:
            # Python never finds a time in the autumn overlap equal to one in another zone: UTC only.
            problems.append(_problem(channel, "slots", entry.at_utc, "at_utc is not in UTC"))
        elif local is None:
            problems.append(_problem(channel, "slots", entry.at_utc, "an entry where the channel has no slot"))
        elif seen[entry.at_utc] > 1:
            problems.append(_problem(channel, "slots", entry.at_utc, "two entries for one slot"))
        elif _wall_clock(entry.at_local) != _wall_clock(local):
            problems.append(_problem(channel, "slots", entry.at_utc, f"local time {entry.at_local}, expected {local}"))
        if (entry.source == "scheduled") != (entry.at_utc in scheduled):
            problems.append(_problem(
                channel, "slots", entry.at_utc,
                "marked scheduled, but nothing was" if entry.source == "scheduled" else "planned over a scheduled post",
            ))
    return problems


def _wall_clock(at: datetime) -> tuple[datetime, object, object]:
    # Aware datetimes compare as instants; a local time must also be in the channel's zone and offset.
    return at.replace(tzinfo=None), getattr(at.tzinfo, "key", at.tzinfo), at.utcoffset()


def _check_cap(channel: Channel, posts: list[_Post]) -> list[Problem]:
    """The preset's cap in every rolling window, by posts and by days."""
    preset = channel.preset
    promotions, scheduled_promotions = [0], [0]
    for post in posts:
        promotions.append(promotions[-1] + (post.category == PROMOTIONAL))
        scheduled_promotions.append(scheduled_promotions[-1] + (post.category == PROMOTIONAL and not post.planned))
    times = [post.at.timestamp() for post in posts]
    kinds: list[tuple[Rule, list[tuple[int, int]]]] = [
        ("cap-posts", post_windows(len(posts), preset.window_posts)),
        ("cap-days", day_windows(times, preset.window_days)),
    ]
    problems = []
    for rule, windows in kinds:
        breaches = []
        for first, last in windows:
            allowed = allowed_promotions(preset, last - first + 1)
            promotional = promotions[last + 1] - promotions[first]
            if promotional > allowed:
                preexisting = scheduled_promotions[last + 1] - scheduled_promotions[first] > allowed
                breaches.append(_Breach(first, last, promotional, allowed, preexisting))
        problems += [_over_the_cap(channel, rule, posts, stretch) for stretch in _stretches(breaches)]
    return problems


class _Breach(NamedTuple):
    """A window over the cap."""

    first: int
    last: int
    promotional: int
    allowed: int
    preexisting: bool


def _stretches(breaches: list[_Breach]) -> Iterator[list[_Breach]]:
    """Overlapping breaches (sorted by first post) grouped: one stretch of the timeline, one problem."""
    stretch: list[_Breach] = []
    reach = -1
    for breach in breaches:
        if stretch and breach.first > reach:
            yield stretch
            stretch = []
        stretch.append(breach)
        reach = max(reach, breach.last)
    if stretch:
        yield stretch


def _over_the_cap(channel: Channel, rule: Rule, posts: list[_Post], stretch: list[_Breach]) -> Problem:
    worst = max(stretch, key=lambda b: b.promotional / (b.last - b.first + 1))
    start, end = posts[stretch[0].first], posts[max(b.last for b in stretch)]
    return Problem(
        channel.id, rule, start.at,
        f"over the {channel.preset.name} cap from {start.local:%Y-%m-%d %H:%M} to {end.local:%Y-%m-%d %H:%M}: "
        f"at worst {worst.promotional} promotional of {worst.last - worst.first + 1} posts from "
        f"{posts[worst.first].local:%Y-%m-%d %H:%M}, where {worst.allowed} are allowed",
        preexisting=all(b.preexisting for b in stretch),
    )


def _check_sequence(channel: Channel, posts: list[_Post], avoid: frozenset[date]) -> list[Problem]:
    """No promotion on a day to avoid, none next to another, no value category back within VARIETY_GAP posts."""
    problems = [
        _problem(channel, "avoid-day", post.at, f"promotion on {post.local:%Y-%m-%d}, a day to avoid")
        for post in posts
        if post.planned and post.category == PROMOTIONAL and post.local.date() in avoid
    ]
    for post, following in zip(posts, posts[1:], strict=False):
        if post.category == following.category == PROMOTIONAL:
            problems.append(_problem(
                channel, "adjacent-promotions", post.at, "two promotional posts in a row",
                preexisting=not (post.planned or following.planned),
            ))
    for i, post in enumerate(posts):
        for later in posts[i + 1 : i + 1 + VARIETY_GAP]:
            if post.category == later.category != PROMOTIONAL and (post.planned or later.planned):
                problems.append(_problem(
                    channel, "variety", later.at, f"{post.category} again within {VARIETY_GAP} posts"
                ))
    return problems


def _check_items(request: PlanRequest, entries: Iterable[CalendarEntry]) -> list[Problem]:
    """Library items exist, match the slot's category and channel; drafts once; evergreen rules kept."""
    drafts: dict[str, Draft] = {d.id: d for d in request.library.drafts}
    evergreen: dict[str, Evergreen] = {e.id: e for e in request.library.evergreen}
    order = {channel.id: index for index, channel in enumerate(request.channels)}
    used: Counter[str] = Counter()
    last_day: dict[str, date | None] = {item.id: item.last_used for item in evergreen.values()}
    problems = []
    for entry in sorted(entries, key=lambda e: (e.at_utc, order.get(e.channel, -1))):
        def fail(rule: Rule, message: str, entry: CalendarEntry = entry) -> None:
            problems.append(Problem(entry.channel, rule, entry.at_utc, f"{entry.item_id!r}: {message}"))

        if entry.source == "empty" and entry.item_id is not None:
            fail("slots", "an empty slot names an item")
        if entry.source not in ("draft", "evergreen") or entry.item_id is None:
            continue
        rule: Rule = "draft" if entry.source == "draft" else "evergreen"
        item = (drafts if rule == "draft" else evergreen).get(entry.item_id)
        if item is None:
            fail(rule, f"no such {rule} in the library")
            continue
        if item.category != entry.category:
            fail(rule, f"a {item.category} item in a {entry.category} slot")
        if item.channel not in (None, entry.channel):
            fail(rule, f"an item for channel {item.channel!r}")
        used[item.id] += 1
        if isinstance(item, Draft):
            if used[item.id] > 1:
                fail(rule, "a draft used more than once")
            continue
        day, previous = entry.at_local.date(), last_day[item.id]
        if item.expires is not None and day >= item.expires:
            fail(rule, f"expired on {item.expires}")
        # abs(), as the planner: channels in zones a day apart can use an item out of local-date order.
        if previous is not None and abs((day - previous).days) < item.min_gap_days:
            fail(rule, f"used {abs((day - previous).days)} days after its last use; it rests {item.min_gap_days}")
        last_day[item.id] = day
        if item.max_uses is not None and item.uses + used[item.id] > item.max_uses:
            fail(rule, f"used more than {item.max_uses} times")
    return problems


def _problem(channel: Channel, rule: Rule, at: datetime, message: str, preexisting: bool = False) -> Problem:
    return Problem(channel.id, rule, at, message, preexisting)
