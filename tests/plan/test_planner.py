"""The planner's rules on hand-made inputs: empty slots, spread and variety, avoid days, evergreen and draft
rules, posts already scheduled, the report, determinism, and clear errors for bad input."""

import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from plan_factories import channel, keeps_the_rules, request

from cocktailparty.errors import InputError
from cocktailparty.plan import (
    PLANNED_VALUE_CATEGORIES,
    VARIETY_GAP,
    AvoidDay,
    Draft,
    Evergreen,
    Library,
    Period,
    PlanRequest,
    ScheduledPost,
    check_calendar,
    plan_calendar,
)
from cocktailparty.taxonomy import PROMOTIONAL

YEAR = {"first": date(2025, 1, 1), "last": date(2025, 12, 31)}


def test_with_an_empty_library_every_slot_is_empty_and_says_what_to_write() -> None:
    plan = request(channel(slots=["Mon 09:00", "Tue 09:00", "Thu 09:00", "Sat 10:00"]), **YEAR)
    calendar = plan_calendar(plan)
    assert calendar.entries and calendar.empty_slots() == list(calendar.entries)
    assert all(e.item_id is None and e.category in (PROMOTIONAL, *PLANNED_VALUE_CATEGORIES) for e in calendar.entries)
    counts = Counter(e.category for e in calendar.entries if not e.is_promotional)
    assert set(counts) == set(PLANNED_VALUE_CATEGORIES)  # every value category gets its turn...
    assert max(counts.values()) - min(counts.values()) <= 2  # ...about equally (round robin)
    assert keeps_the_rules(plan, calendar)


def test_value_categories_never_come_back_within_the_variety_gap() -> None:
    # A library that only has educational content must not turn the channel into an educational feed.
    drafts = [Draft(f"tip{i}", "educational") for i in range(200)]
    calendar = plan_calendar(request(channel(), drafts=drafts, **YEAR))
    categories = [e.category for e in calendar.entries]
    for i, category in enumerate(categories):
        if category != PROMOTIONAL:
            assert category not in categories[i + 1 : i + 1 + VARIETY_GAP]
    share = categories.count("educational") / len(categories)
    assert 0.25 < share <= 1 / (VARIETY_GAP + 1) + 0.01  # the library is used as often as variety allows


def test_promotions_are_spread_over_the_year_not_bunched_at_the_start() -> None:
    drafts = [Draft(f"offer{i}", PROMOTIONAL) for i in range(100)]
    plan = request(channel(slots=["Mon 09:00", "Tue 09:00", "Wed 09:00", "Thu 09:00", "Fri 09:00"]), drafts=drafts,
                   **YEAR)
    calendar = plan_calendar(plan)
    positions = [i for i, e in enumerate(calendar.entries) if e.is_promotional]
    per_quarter = Counter((calendar.entries[i].at_local.month - 1) // 3 for i in positions)
    assert max(per_quarter.values()) - min(per_quarter.values()) <= 2
    gaps = [b - a for a, b in zip(positions, positions[1:], strict=False)]
    assert positions[0] > 0 and max(gaps) <= 8 and min(gaps) >= 2  # about every fifth post
    assert 0.15 <= len(positions) / len(calendar.entries) <= 0.2


@pytest.mark.parametrize(("preset", "cap", "share", "most"), [
    ("5-3-2", None, None, 0.0), ("thirds", None, None, 1 / 3), ("custom", 0.5, None, 0.5), ("80/20", None, 0.1, 0.1),
])
def test_the_share_follows_the_preset_or_the_channels_target(
    preset: str, cap: float | None, share: float | None, most: float
) -> None:
    overrides = {k: v for k, v in {"cap": cap, "promotional_share": share}.items() if v is not None}
    plan = request(channel(preset=preset, **overrides), **YEAR)
    calendar = plan_calendar(plan)
    report = calendar.reports["acme"]
    assert report.promotional_share <= report.cap  # the cap is a rule...
    assert most * 0.7 * report.posts <= report.promotional <= most * report.posts + 1  # ...the share a target
    assert keeps_the_rules(plan, calendar)


def test_no_promotion_on_days_to_avoid_in_the_channels_own_date() -> None:
    # Riyadh 01:00 on a Friday is Thursday 22:00 UTC: the Friday is what counts.
    riyadh = channel("riyadh", zone="Asia/Riyadh", slots=["Fri 01:00", "Sat 12:00", "Tue 12:00"])
    london = channel("london", slots=["Fri 09:00", "Sat 12:00", "Tue 12:00"])
    fridays = [date(2025, 1, 3) + timedelta(weeks=w) for w in range(52)]
    avoid = [AvoidDay(d, "riyadh", "Friday prayers") for d in fridays] + [AvoidDay(date(2025, 6, 7), None, "Eid")]
    plan = request(riyadh, london, avoid=avoid, **YEAR)
    calendar = plan_calendar(plan)
    promos = [e for e in calendar.entries if e.is_promotional]
    assert not any(e.channel == "riyadh" and e.at_local.weekday() == 4 for e in promos)
    assert any(e.channel == "london" and e.at_local.weekday() == 4 for e in promos)  # only Riyadh avoids Fridays
    assert not any(e.at_local.date() == date(2025, 6, 7) for e in promos)
    assert keeps_the_rules(plan, calendar)


def test_evergreen_rests_between_uses_from_its_last_use() -> None:
    item = Evergreen("faq", "educational", min_gap_days=21, last_used=date(2024, 12, 25))
    calendar = plan_calendar(request(channel(), evergreen=[item], **YEAR))
    days = [e.at_local.date() for e in calendar.entries if e.item_id == "faq"]
    assert days[0] >= date(2025, 1, 15)
    assert all((b - a).days >= 21 for a, b in zip(days, days[1:], strict=False))
    assert len(days) >= 12  # and it does come back


def test_evergreen_max_uses_count_earlier_uses_and_expiry_stops_it() -> None:
    items = [
        Evergreen("thrice", "curated", min_gap_days=1, max_uses=5, uses=2),
        Evergreen("spring", "culture", min_gap_days=1, expires=date(2025, 2, 1)),
    ]
    plan = request(channel(), evergreen=items, **YEAR)
    calendar = plan_calendar(plan)
    used = Counter(e.item_id for e in calendar.entries if e.source == "evergreen")
    assert used["thrice"] == 3
    assert used["spring"] >= 1
    assert all(e.at_local.date() < date(2025, 2, 1) for e in calendar.entries if e.item_id == "spring")
    assert keeps_the_rules(plan, calendar)


def test_evergreen_rotates_least_recently_used_first() -> None:
    rested = {"e2": date(2024, 12, 3), "e0": date(2024, 12, 1), "e1": date(2024, 12, 2)}
    items = [Evergreen(item_id, "question", min_gap_days=0, last_used=day) for item_id, day in rested.items()]
    calendar = plan_calendar(request(channel(), evergreen=items, **YEAR))
    used = [e.item_id for e in calendar.entries if e.source == "evergreen"]
    assert used[:6] == ["e0", "e1", "e2", "e0", "e1", "e2"]


def test_drafts_once_each_own_channel_first_and_shared_ones_to_the_earliest_slot() -> None:
    early = channel("early", slots=["Mon 08:00"])
    late = channel("late", zone="America/New_York", slots=["Mon 08:00"])  # five hours later in UTC
    drafts = [Draft("shared", "news"), Draft("mine", "news", "late"), Draft("d2", "news"), Draft("d3", "news")]
    plan = request(early, late, drafts=drafts, first=date(2025, 1, 6), last=date(2025, 3, 31))
    calendar = plan_calendar(plan)
    used = [e.item_id for e in calendar.entries if e.source == "draft"]
    assert sorted(used) == ["d2", "d3", "mine", "shared"]  # each once
    placed = {e.item_id: e.channel for e in calendar.entries if e.source == "draft"}
    assert placed["shared"] == "early" and placed["mine"] == "late"
    first_late = next(e for e in calendar.entries if e.channel == "late" and e.category == "news")
    assert first_late.item_id == "mine"  # the channel's own draft before the shared ones
    assert keeps_the_rules(plan, calendar)


def test_drafts_go_before_evergreen_and_in_library_order() -> None:
    plan = request(channel(), drafts=[Draft("a", "news"), Draft("b", "news")],
                   evergreen=[Evergreen("old", "news", min_gap_days=0)])
    news = [e.item_id for e in plan_calendar(plan).entries if e.category == "news"]
    assert news[:3] == ["a", "b", "old"]


def test_posts_already_scheduled_take_their_slot_count_in_windows_and_keep_promotions_apart() -> None:
    monday = datetime(2025, 1, 6, 9, tzinfo=UTC)
    scheduled = [
        ScheduledPost("acme", monday, PROMOTIONAL, "launch"),  # on the Monday 09:00 slot
        ScheduledPost("acme", monday + timedelta(days=9, hours=3), PROMOTIONAL, "webinar"),  # Wed 15 Jan, off-slot
    ]
    drafts = [Draft(f"offer{i}", PROMOTIONAL) for i in range(20)]
    plan = request(channel(), drafts=drafts, scheduled=scheduled)
    calendar = plan_calendar(plan)
    taken = next(e for e in calendar.entries if e.at_utc == monday)
    assert (taken.source, taken.item_id, taken.category) == ("scheduled", "launch", PROMOTIONAL)
    assert len(calendar.entries) == len({e.at_utc for e in calendar.entries})
    report = calendar.reports["acme"]
    assert report.scheduled == 2 and report.posts == report.slots + 1  # the off-slot post counts in the mix
    # The two scheduled promotions fill the first window of ten posts: nothing promotional is planned in it.
    timeline = sorted([*calendar.entries], key=lambda e: e.at_utc)
    first_ten = [e for e in timeline if e.at_utc < datetime(2025, 1, 27, tzinfo=UTC)]
    assert [e.item_id for e in first_ten if e.is_promotional] == ["launch"]
    assert keeps_the_rules(plan, calendar)


def test_a_window_already_over_the_cap_is_reported_and_gets_no_more_promotion() -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    scheduled = [ScheduledPost("acme", start + timedelta(days=d, hours=20), PROMOTIONAL) for d in (0, 2, 4)]
    plan = request(channel(), scheduled=scheduled)
    calendar = plan_calendar(plan)
    problems = check_calendar(plan, calendar)
    assert problems and all(p.preexisting for p in problems)
    assert {p.rule for p in problems} >= {"cap-posts"}
    assert not any(e.is_promotional for e in calendar.entries if e.at_utc < start + timedelta(days=14))


def test_the_report_adds_up() -> None:
    drafts = [Draft(f"d{i}", c) for i, c in enumerate(["news", "curated", PROMOTIONAL] * 5)]
    plan = request(channel(), drafts=drafts, evergreen=[Evergreen("e", "question", min_gap_days=7)], **YEAR)
    calendar = plan_calendar(plan)
    report = calendar.reports["acme"]
    assert report.slots == report.posts == len(calendar.entries) == sum(report.by_category.values())
    assert report.from_drafts == 15 and report.from_evergreen > 0
    assert report.from_drafts + report.from_evergreen + report.empty == report.slots
    assert report.empty == sum(report.empty_by_category.values()) == len(calendar.empty_slots())
    assert report.promotional == report.by_category[PROMOTIONAL] <= report.promotional_target
    assert (report.preset, report.cap, report.target_share) == ("80/20", 0.2, 0.2)


def test_the_same_input_gives_the_same_calendar() -> None:
    def build() -> PlanRequest:
        kinds = [("news", None), (PROMOTIONAL, "b"), ("curated", "a")] * 9
        drafts = [Draft(f"d{i}", category, scope) for i, (category, scope) in enumerate(kinds)]
        evergreen = [Evergreen(f"e{i}", c, min_gap_days=10) for i, c in enumerate(["question", PROMOTIONAL, "culture"])]
        return request(channel("a"), channel("b", zone="Asia/Riyadh"), drafts=drafts, evergreen=evergreen, **YEAR)

    assert plan_calendar(build()) == plan_calendar(build())


SCRIPT = """
import hashlib
from datetime import date
from plan_factories import channel, request
from cocktailparty.plan import Draft, Evergreen, plan_calendar
categories = ["news", "promotional", "curated", "question", "culture"]
drafts = [Draft(f"d{i}", categories[i % 5], [None, "a", "b"][i % 3]) for i in range(60)]
evergreen = [Evergreen(f"e{i}", categories[i % 5], min_gap_days=i % 20) for i in range(30)]
plan = request(channel("a"), channel("b", zone="Asia/Riyadh"), drafts=drafts, evergreen=evergreen,
               first=date(2025, 1, 1), last=date(2025, 6, 30))
print(hashlib.sha256(repr(plan_calendar(plan)).encode()).hexdigest())
"""


def test_the_plan_does_not_depend_on_the_process() -> None:
    # Sets of strings iterate in another order in every process: nothing in the plan may follow them.
    here = Path(__file__).parent
    digests = {
        subprocess.run([sys.executable, "-c", SCRIPT], cwd=here, env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1 and len(digests.pop().strip()) == 64


@pytest.mark.parametrize(("build", "message"), [
    (lambda: Draft("r", "reply"), "replies answer someone"),
    (lambda: Draft("x", "advert"), "unknown category 'advert'"),
    (lambda: Evergreen("e", "news", max_uses=0), "max_uses must be at least 1"),
    (lambda: Evergreen("e", "news", min_gap_days=-1), "cannot be negative"),
    (lambda: Library((Draft("same", "news"),), (Evergreen("same", "news"),)), "'same' is used twice"),
    (lambda: Period(date(2025, 2, 1), date(2025, 1, 1)), "before first day"),
    (lambda: ScheduledPost("acme", datetime(2025, 1, 1, 9), "news"), "needs a time zone"),
    (lambda: request(channel("a"), channel("a")), "channel ids appear twice: a"),
    (lambda: channel(promotional_share=0.3), "between 0 and the cap"),
])
def test_bad_input_is_refused_with_a_clear_message(build: object, message: str) -> None:
    with pytest.raises(InputError, match=message):
        build()  # type: ignore[operator]
