"""Properties over any channels, slots, presets, libraries, days to avoid and scheduled posts Hypothesis can
think of: the cap holds in every rolling window (checked here by brute force, by check_calendar and by the
audit's MixLedger), no two promotions touch, local times are right, and the same input gives the same plan."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cocktailparty.mix import MixLedger, get_preset
from cocktailparty.mix.ledger import MIN_POSTS_PER_DAY_WINDOW
from cocktailparty.mix.presets import MixPreset
from cocktailparty.plan import (
    PLANNED_VALUE_CATEGORIES,
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
    plan_calendar,
)
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL

# Lord Howe moves its clocks by half an hour; Santiago changes at midnight; Kolkata is +05:30 all year.
ZONES = ["Europe/London", "America/New_York", "Asia/Riyadh", "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata"]
PLANNABLE = (PROMOTIONAL, *PLANNED_VALUE_CATEGORIES)
INF = float("inf")

slots = st.lists(
    st.builds(WeeklySlot, st.integers(0, 6), st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))),
    max_size=8,
)
presets = st.builds(
    lambda cap, posts, days: get_preset("custom", cap=cap, window_posts=posts, window_days=days),
    st.sampled_from([0.0, 0.1, 1 / 6, 0.2, 0.25, 1 / 3, 0.5, 1.0]),
    st.integers(1, 12),
    st.integers(1, 45),
)


@st.composite
def plan_requests(draw: st.DrawFn) -> PlanRequest:
    first = draw(st.dates(date(2024, 1, 1), date(2026, 12, 31)))
    period = Period(first, first + timedelta(days=draw(st.integers(0, 100))))
    channels = tuple(
        Channel(f"c{i}", draw(st.sampled_from(ZONES)), tuple(draw(slots)), draw(presets))
        for i in range(draw(st.integers(1, 3)))
    )
    scopes = st.sampled_from([None, *(c.id for c in channels)])
    near = st.dates(first - timedelta(days=60), period.last_day + timedelta(days=30))
    drafts = draw(st.lists(st.tuples(st.sampled_from(PLANNABLE), scopes), max_size=30))
    evergreen = draw(st.lists(st.builds(
        lambda *fields: fields, st.sampled_from(PLANNABLE), st.integers(0, 30), st.none() | st.integers(1, 6),
        st.none() | near, st.none() | near, st.integers(0, 3), scopes,
    ), max_size=15))
    library = Library(
        tuple(Draft(f"d{i}", category, scope) for i, (category, scope) in enumerate(drafts)),
        tuple(Evergreen(f"e{i}", *fields) for i, fields in enumerate(evergreen)),
    )
    avoid = draw(st.lists(st.builds(AvoidDay, near, scopes), max_size=20))
    around = timedelta(days=40)
    moments = st.datetimes(
        datetime.combine(first, time()) - around, datetime.combine(period.last_day, time()) + around,
        timezones=st.sampled_from([UTC, *(ZoneInfo(zone) for zone in ZONES)]),  # gaps and overlaps included
    )
    # Scheduled promotions now and then: most windows are the planner's to keep, the others test `preexisting`.
    category = st.sampled_from([PROMOTIONAL, *CATEGORIES])
    scheduled = draw(st.lists(st.builds(ScheduledPost, st.sampled_from([c.id for c in channels]), moments, category),
                              max_size=15))
    return PlanRequest(channels, period, library, tuple(avoid), tuple(scheduled))


def timeline(plan: PlanRequest, calendar: Calendar, channel: Channel) -> list[tuple[float, bool, bool]]:
    """(time, promotional, planned) for every post of the channel, in time order."""
    posts = [(e.at_utc, e.is_promotional, True) for e in calendar.for_channel(channel.id) if e.source != "scheduled"]
    posts += [(p.at, p.category == PROMOTIONAL, False) for p in plan.scheduled_on(channel.id)]
    return [(at.timestamp(), promo, planned) for at, promo, planned in sorted(posts, key=lambda p: p[0])]


def every_window(times: list[float], preset: MixPreset) -> list[tuple[int, int]]:
    """Every run of window_posts posts, and the posts of every stretch [x, x + window_days) for any real x,
    found from first principles: posts i..j are such a stretch's posts when some x has
    t[i-1] < x <= t[i] and t[j] < x + span <= t[j+1]."""
    n, span = len(times), preset.window_days * 86_400
    size = min(preset.window_posts, n)
    windows = [(i, i + size - 1) for i in range(n - size + 1)] if n else []
    padded = [-INF, *times, INF]
    for i in range(n):
        for j in range(i + MIN_POSTS_PER_DAY_WINDOW - 1, n):
            if times[j] - times[i] >= span:
                break  # no stretch of `span` holds both
            low, high = max(padded[i], padded[j + 1] - span), min(padded[i + 1], padded[j + 2] - span)
            if low < high:
                windows.append((i, j))
    return windows


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_requests())
def test_the_cap_holds_in_every_window_and_promotions_never_touch(plan: PlanRequest) -> None:
    calendar = plan_calendar(plan)
    problems = check_calendar(plan, calendar)
    assert [p for p in problems if not p.preexisting] == []
    for channel in plan.channels:
        posts = timeline(plan, calendar, channel)
        times = [t for t, _, _ in posts]
        for first, last in every_window(times, channel.preset):
            window = posts[first : last + 1]
            promotions = sum(promo for _, promo, _ in window)
            if not channel.preset.allows(promotions, len(window)):
                # Only posts already scheduled may break a window, and the plan adds nothing to it.
                assert not any(promo and planned for _, promo, planned in window)
                scheduled = sum(promo and not planned for _, promo, planned in window)
                assert not channel.preset.allows(scheduled, len(window))
        for (_, a, a_planned), (_, b, b_planned) in zip(posts, posts[1:], strict=False):
            assert not (a and b and (a_planned or b_planned))
        if not any(p.channel == channel.id for p in problems):  # the audit agrees
            ledger = MixLedger([int(t) for t in times], [PROMOTIONAL if promo else "news" for _, promo, _ in posts])
            assert ledger.violations(channel.preset, "posts") == ledger.violations(channel.preset, "days") == []


@settings(max_examples=50, deadline=None)
@given(plan_requests())
def test_local_times_are_the_slots_and_the_plan_is_deterministic(plan: PlanRequest) -> None:
    calendar = plan_calendar(plan)
    assert calendar == plan_calendar(plan)
    for entry in calendar.entries:
        channel = next(c for c in plan.channels if c.id == entry.channel)
        zone = ZoneInfo(channel.timezone)
        assert entry.at_local == entry.at_utc.astimezone(zone) and plan.period.first_day <= entry.at_local.date()
        wanted = [s.at for s in channel.slots if s.weekday == entry.at_local.weekday()]
        naive = [datetime.combine(entry.at_local.date(), at) for at in wanted]
        # Either the wall clock shows a slot's time, or the slot's time fell into a spring gap that day.
        exists = [n.replace(tzinfo=zone).astimezone(UTC).astimezone(zone).replace(tzinfo=None) == n for n in naive]
        assert entry.at_local.time() in wanted or not all(exists)
        assert entry.is_empty == (entry.item_id is None and entry.source == "empty")
