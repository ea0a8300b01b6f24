"""Planner speed: a year of calendar for 100 channels (3-5 slots a week, a few hundred library items
each, shared items, days to avoid, posts already scheduled). Prints the planning time (best and median of
several runs), the time of the full rule check, and how the calendar came out.

    python bench/planner_speed.py --channels 100 --repeat 5
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock

from cocktailparty.mix import get_preset
from cocktailparty.plan import (
    AvoidDay,
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
from cocktailparty.taxonomy import PROMOTIONAL

ZONES = ["Europe/London", "America/New_York", "Asia/Riyadh", "Asia/Dubai", "Africa/Cairo", "Europe/Berlin",
         "Australia/Sydney", "America/Los_Angeles", "Asia/Kolkata", "Asia/Tokyo"]
PRESETS = ["80/20", "80/20", "80/20", "4-1-1", "thirds", "5-3-2"]
CATEGORIES = [PROMOTIONAL] * 3 + ["curated", "news", "contest", "question", "educational", "culture", "celebration"]
FIRST, LAST = date(2025, 1, 1), date(2025, 12, 31)


def evergreen(rng: random.Random, item_id: str, channel: str | None) -> Evergreen:
    return Evergreen(
        item_id, rng.choice(CATEGORIES), min_gap_days=rng.randint(14, 90),
        max_uses=rng.choice([None, None, 2, 4, 8]),
        expires=rng.choice([None, None, FIRST + timedelta(days=rng.randint(30, 360))]),
        last_used=rng.choice([None, FIRST - timedelta(days=rng.randint(1, 60))]),
        channel=channel,
    )


def build_request(channels: int, items: int, seed: int = 2025) -> PlanRequest:
    rng = random.Random(seed)
    chans, drafts, evergreens, avoid, scheduled = [], [], [], [], []
    for c in range(channels):
        cid = f"ch{c:03}"
        weekdays = rng.sample(range(7), rng.randint(3, 5))
        slots = tuple(WeeklySlot(d, clock(rng.randint(7, 21), rng.choice([0, 30]))) for d in weekdays)
        preset = get_preset(rng.choice(PRESETS))
        chans.append(Channel(cid, rng.choice(ZONES), slots, preset))
        drafts += [Draft(f"{cid}-d{i}", rng.choice(CATEGORIES), cid) for i in range(items * 2 // 5)]
        evergreens += [evergreen(rng, f"{cid}-e{i}", cid) for i in range(items * 3 // 5)]
        avoid += [AvoidDay(FIRST + timedelta(days=rng.randint(0, 364)), cid) for _ in range(3)]
        for n in range(5):  # a launch and a few value posts already booked in the first two months
            at = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 60 * 24 * 60))
            category = PROMOTIONAL if n == 0 and preset.cap else rng.choice(CATEGORIES[3:])
            scheduled.append(ScheduledPost(cid, at, category, f"{cid}-s{n}"))
    drafts += [Draft(f"any-d{i}", rng.choice(CATEGORIES)) for i in range(100)]
    evergreens += [evergreen(rng, f"any-e{i}", None) for i in range(100)]
    avoid += [AvoidDay(FIRST + timedelta(days=rng.randint(0, 364)), reason="holiday") for _ in range(12)]
    library = Library(tuple(drafts), tuple(evergreens))
    return PlanRequest(tuple(chans), Period(FIRST, LAST), library, tuple(avoid), tuple(scheduled))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("--items", type=int, default=300, help="library items per channel")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    request = build_request(args.channels, args.items)
    timings = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        calendar = plan_calendar(request)
        timings.append(time.perf_counter() - start)
    start = time.perf_counter()
    problems = check_calendar(request, calendar)
    checked = time.perf_counter() - start

    entries = calendar.entries
    promotional = sum(e.is_promotional for e in entries)
    empty = sum(e.is_empty for e in entries)
    items = len(request.library.drafts) + len(request.library.evergreen)
    print(f"planner: {args.channels} channels, {FIRST} to {LAST}, {len(entries)} slots, {items} library items")
    print(f"  plan_calendar  best {min(timings):.3f} s  median {statistics.median(timings):.3f} s"
          f"  ({args.repeat} runs, {len(entries) / min(timings):,.0f} slots/s)")
    print(f"  check_calendar {checked:.3f} s, {len(problems)} problems"
          f" ({sum(p.preexisting for p in problems)} caused by posts already scheduled)")
    print(f"  promotional {promotional / len(entries):.1%}, from the library {1 - empty / len(entries):.1%},"
          f" empty slots to write {empty / len(entries):.1%}")


if __name__ == "__main__":
    main()
