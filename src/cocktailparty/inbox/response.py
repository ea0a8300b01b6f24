"""Response times (pure): how long the first answer took, per channel and per teammate, and the share answered
within the target. An item still open past the target counts against the share: it is late already."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

TARGET = timedelta(hours=1)  # the workspace's target until it has its own setting


@dataclass(frozen=True)
class Asked:
    channel_id: int
    assignee_id: int | None
    asked_at: datetime
    answered_at: datetime | None  # when our first reply went out


@dataclass(frozen=True)
class ResponseTimes:
    items: int
    answered: int
    median_seconds: float | None
    within_target: float | None  # share of the items due an answer by now that got one within the target
    late: int  # still unanswered past the target


def summarise(asked: Iterable[Asked], now: datetime, target: timedelta = TARGET) -> ResponseTimes:
    rows = list(asked)
    waits = [(row.answered_at - row.asked_at).total_seconds() for row in rows if row.answered_at is not None]
    late = sum(1 for row in rows if row.answered_at is None and now - row.asked_at > target)
    due = len(waits) + late  # an open item not yet past the target is not counted either way
    within = sum(1 for wait in waits if wait <= target.total_seconds())
    return ResponseTimes(
        items=len(rows), answered=len(waits), median_seconds=statistics.median(waits) if waits else None,
        within_target=within / due if due else None, late=late,
    )


def by_channel(asked: Iterable[Asked], now: datetime, target: timedelta = TARGET) -> dict[int, ResponseTimes]:
    groups: dict[int, list[Asked]] = {}
    for row in asked:
        groups.setdefault(row.channel_id, []).append(row)
    return {key: summarise(rows, now, target) for key, rows in groups.items()}


def by_teammate(asked: Iterable[Asked], now: datetime, target: timedelta = TARGET) -> dict[int | None, ResponseTimes]:
    groups: dict[int | None, list[Asked]] = {}
    for row in asked:
        groups.setdefault(row.assignee_id, []).append(row)
    return {key: summarise(rows, now, target) for key, rows in groups.items()}
