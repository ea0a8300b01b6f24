"""The check finds each broken rule in a calendar spoiled by hand, so the tests that lean on it can fail."""

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from plan_factories import channel, keeps_the_rules, request

from cocktailparty.plan import (
    AvoidDay,
    Calendar,
    CalendarEntry,
    Draft,
    Evergreen,
    PlanRequest,
    ScheduledPost,
    check_calendar,
    plan_calendar,
)
from cocktailparty.taxonomy import PROMOTIONAL

PLAN = request(
    channel(slots=["Mon 09:00", "Tue 09:00", "Wed 18:30", "Fri 12:00"]),
    drafts=[Draft("only-acme", "news", "acme"), Draft("offer", PROMOTIONAL)],
    evergreen=[Evergreen("tip", "educational", min_gap_days=10, max_uses=3, expires=date(2025, 3, 1))],
    avoid=[AvoidDay(date(2025, 2, 14))],
)
CALENDAR = plan_calendar(PLAN)


def spoil(changes: dict[int, dict[str, object]], plan: PlanRequest = PLAN) -> set[str]:
    entries = list(CALENDAR.entries)
    for index, fields in changes.items():
        entries[index] = replace(entries[index], **fields)  # type: ignore[arg-type]
    return {p.rule for p in check_calendar(plan, Calendar(tuple(entries), CALENDAR.reports))}


def index_where(predicate: object, start: int = 0) -> int:
    return next(i for i, e in enumerate(CALENDAR.entries) if i >= start and predicate(e))  # type: ignore[operator]


def value(category: str = "news") -> dict[str, object]:
    return {"category": category, "source": "empty", "item_id": None}


def test_the_untouched_plan_keeps_every_rule() -> None:
    assert keeps_the_rules(PLAN, CALENDAR)
    assert any(e.source == "draft" for e in CALENDAR.entries) and any(e.source == "evergreen" for e in CALENDAR.entries)


def test_too_many_promotions_break_the_cap_by_posts_and_by_days() -> None:
    promo = {"category": PROMOTIONAL, "source": "empty", "item_id": None}
    assert {"cap-posts", "cap-days"} <= spoil({i: promo for i in range(20, 30, 2)})


def test_overlapping_windows_over_the_cap_are_one_problem_naming_the_worst() -> None:
    entries = list(CALENDAR.entries)
    for i in range(20, 26, 2):
        entries[i] = replace(entries[i], category=PROMOTIONAL, source="empty", item_id=None)
    problems = [p for p in check_calendar(PLAN, Calendar(tuple(entries), {})) if p.rule == "cap-posts"]
    assert len(problems) == 1 and not problems[0].preexisting
    assert re.search(r"at worst [34] promotional of 10 posts from .*, where 2 are allowed", problems[0].message)


def test_promotions_side_by_side() -> None:
    first = index_where(lambda e: e.is_promotional, 10)
    assert "adjacent-promotions" in spoil({first + 1: {"category": PROMOTIONAL, "source": "empty", "item_id": None}})


def test_promotion_on_a_day_to_avoid() -> None:
    friday = index_where(lambda e: e.at_local.date() == date(2025, 2, 14))
    rules = spoil({friday: {"category": PROMOTIONAL, "source": "empty", "item_id": None}})
    assert "avoid-day" in rules


def test_the_same_value_category_too_soon() -> None:
    start = index_where(lambda e: not e.is_promotional, 30)
    following = start + 1 if not CALENDAR.entries[start + 1].is_promotional else start + 2
    assert "variety" in spoil({following: value(CALENDAR.entries[start].category)})


def test_drafts_twice_on_the_wrong_channel_or_unknown() -> None:
    used = index_where(lambda e: e.item_id == "only-acme")
    elsewhere = replace(CALENDAR.entries[used], channel="other")
    assert "slots" in spoil({used: {"channel": "other"}})
    assert "draft" in {p.rule for p in check_calendar(PLAN, Calendar((elsewhere,), {})) if p.channel == "other"}
    later = index_where(lambda e: e.category == "news", used + 1)
    assert "draft" in spoil({later: {"source": "draft", "item_id": "only-acme"}})
    assert "draft" in spoil({later: {"source": "draft", "item_id": "ghost"}})
    assert "draft" in spoil({later: {"source": "draft", "item_id": "offer"}})  # a promotional draft in a news slot


def test_evergreen_too_soon_too_often_or_expired() -> None:
    uses = [i for i, e in enumerate(CALENDAR.entries) if e.item_id == "tip"]
    assert len(uses) == 3
    too_soon = index_where(lambda e: e.category == "educational" and e.source == "empty", uses[0] + 1)
    spoiled = {"source": "evergreen", "item_id": "tip"}
    assert "evergreen" in spoil({too_soon: spoiled})
    expired = index_where(lambda e: e.category == "educational" and e.at_local.date() >= date(2025, 3, 1))
    assert "evergreen" in spoil({expired: spoiled})
    fourth = index_where(lambda e: e.category == "educational" and e.at_local.date() > date(2025, 2, 20))
    unlimited = replace(PLAN, library=replace(PLAN.library, evergreen=(Evergreen("tip", "educational", 10, 3),)))
    assert "evergreen" in spoil({fourth: spoiled}, unlimited)


@pytest.mark.parametrize("change", ["drop", "duplicate", "shift", "wrong-local", "not-utc", "over-scheduled"])
def test_every_slot_has_exactly_one_entry_at_its_times(change: str) -> None:
    entries: list[CalendarEntry] = list(CALENDAR.entries)
    if change == "drop":
        entries.pop(5)
    elif change == "duplicate":
        entries.append(entries[5])
    elif change == "shift":
        entries[5] = replace(entries[5], at_utc=entries[5].at_utc + timedelta(minutes=5))
    elif change == "wrong-local":
        entries[5] = replace(entries[5], at_local=entries[5].at_utc)  # the same instant, but not London's clock
    elif change == "not-utc":
        entries[5] = replace(entries[5], at_utc=entries[5].at_local)
    plan = PLAN
    if change == "over-scheduled":  # a post was already booked on the slot the plan filled
        plan = replace(PLAN, scheduled=(ScheduledPost("acme", entries[5].at_utc, "news"),))
    assert "slots" in {p.rule for p in check_calendar(plan, Calendar(tuple(entries), {}))}
