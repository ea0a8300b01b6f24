"""The 80/20 guardrail: may a post of this category go out at this time on this channel?

Pure: it reads the channel's other posts (scheduled and published) and the preset, and answers with
the reason and the fix when the answer is no ("two more value posts before 12 May, or move it after
19 May").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from cocktailparty.errors import Message, message, percent, plural
from cocktailparty.mix.ledger import MixLedger, WindowKind
from cocktailparty.mix.presets import MixPreset
from cocktailparty.taxonomy import PROMOTIONAL

# How far ahead the guardrail looks for a time when the post would fit.
SEARCH_HORIZON = timedelta(days=366)


@dataclass(frozen=True, slots=True)
class Verdict:
    allowed: bool
    reason: Message | None = None  # words for a person, translated where they are shown
    fix: Message | None = None
    value_posts_needed: int = 0
    value_posts_before: datetime | None = None
    fits_after: datetime | None = None


def _breaking_window(
    posts: Sequence[tuple[datetime, str]], preset: MixPreset
) -> tuple[str, int, int, datetime] | None:
    """The first rolling window containing the last of `posts` (the candidate) that breaks the cap:
    (kind, promotional posts, posts, the window's first post time)."""
    ledger = MixLedger.from_posts(posts)
    candidate = int(np.flatnonzero(ledger.order == len(posts) - 1)[0])
    kinds: tuple[WindowKind, ...] = ("posts", "days")
    for kind in kinds:
        for window in ledger.violations(preset, kind):
            if window.first <= candidate <= window.last:
                first, last = window.worst
                return kind, int(ledger.promotional[first : last + 1].sum()), last - first + 1, window.start
    return None


def check(existing: Sequence[tuple[datetime, str]], at: datetime, category: str, preset: MixPreset) -> Verdict:
    """May a post of `category` go out at `at`, given the channel's `existing` posts (time, category)?"""
    if category != PROMOTIONAL:
        return Verdict(True)
    posts = [*existing, (at, category)]
    broken = _breaking_window(posts, preset)
    if broken is None:
        return Verdict(True)
    kind, promotional, count, window_start = broken
    needed = _value_posts_needed(existing, at, preset)
    fits_after = _first_fitting_time(existing, at, preset)
    window = (plural("%(num)s post", "%(num)s posts", count) if kind == "posts"
              else plural("%(num)s day", "%(num)s days", preset.window_days))
    reason = plural("promotion would be %(promotional)s of %(num)s post in the rolling window of %(window)s from "
                    "%(start)s, above the %(cap)s cap of %(preset)s",
                    "promotion would be %(promotional)s of %(num)s posts in the rolling window of %(window)s from "
                    "%(start)s, above the %(cap)s cap of %(preset)s",
                    count, promotional=promotional, window=window, start=window_start.date(), cap=percent(preset.cap),
                    preset=preset.name)
    more = (plural("%(count)s more value post before %(at)s", "%(count)s more value posts before %(at)s", needed,
                   count=_spelled(needed), at=at) if needed else None)
    later = message("move it after %(at)s", at=fits_after) if fits_after else None
    if more and later:
        fix = message("%(more)s or %(later)s", more=more, later=later)
    else:
        fix = more or later or message("%(preset)s allows no promotional posts: make it a value post",
                                       preset=preset.name)
    return Verdict(False, reason, fix, needed, at if needed else None, fits_after)


def _value_posts_needed(existing: Sequence[tuple[datetime, str]], at: datetime, preset: MixPreset) -> int:
    """How many value posts, published just before `at`, would let the post fit (0 when none would)."""
    if preset.cap == 0:
        return 0
    for needed in range(1, 2 * preset.window_posts + 1):
        extra = [(at - timedelta(minutes=k + 1), "question") for k in range(needed)]
        if _breaking_window([*existing, *extra, (at, PROMOTIONAL)], preset) is None:
            return needed
    return 0


def _spelled(n: int) -> Message | int:
    """A small count in words, as English writes it ("two more value posts"); Arabic's plural forms say it their
    own way with %(num)s."""
    words = {1: message("one"), 2: message("two"), 3: message("three"), 4: message("four"), 5: message("five")}
    return words.get(n, n)


def _first_fitting_time(existing: Sequence[tuple[datetime, str]], at: datetime, preset: MixPreset) -> datetime | None:
    """The earliest time after `at` when the post fits: just after an earlier promotion leaves the
    day window, or after the next few value posts already planned."""
    if preset.cap == 0:
        return None
    later = sorted(t for t, _ in existing if t > at)
    candidates = sorted({
        *(t + timedelta(days=preset.window_days, minutes=1) for t, c in existing if c == PROMOTIONAL),
        *(t + timedelta(minutes=1) for t in later),
    })
    for candidate in candidates:
        if candidate <= at or candidate > at + SEARCH_HORIZON:
            continue
        if _breaking_window([*existing, (candidate, PROMOTIONAL)], preset) is None:
            return candidate
    return None
