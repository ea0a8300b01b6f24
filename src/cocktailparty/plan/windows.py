"""The rolling windows a preset's cap must hold in, over one channel's posts in time order.

By posts: every run of `window_posts` consecutive posts (all of them when there are fewer), as the
audit's MixLedger reads them. By days: every stretch of `window_days` days, wherever it starts, once it
holds MIN_POSTS_PER_DAY_WINDOW posts. Sliding such a stretch later until its start meets a post or its
end meets the next post never changes which posts it holds, so the stretches that start at a post and
those that end just before one are all the different windows there are.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from fractions import Fraction
from functools import cache

from cocktailparty.mix.ledger import MIN_POSTS_PER_DAY_WINDOW
from cocktailparty.mix.presets import MixPreset

DAY = 86_400

__all__ = ["DAY", "MIN_POSTS_PER_DAY_WINDOW", "allowed_promotions", "day_windows", "post_windows"]


def allowed_promotions(preset: MixPreset, posts: int) -> int:
    """The most promotional posts `posts` posts may hold: MixPreset.allows, in integers."""
    cap = _cap(preset.cap)
    return posts * cap.numerator // cap.denominator


@cache
def _cap(cap: float) -> Fraction:
    return Fraction(cap).limit_denominator(1000)  # as MixPreset.allows reads it


def post_windows(count: int, size: int) -> list[tuple[int, int]]:
    """First and last index of every window of `size` consecutive posts out of `count`."""
    size = min(size, count)
    return [(first, first + size - 1) for first in range(count - size + 1)] if count else []


def day_windows(times: Sequence[float], days: int) -> list[tuple[int, int]]:
    """First and last index of every distinct window of `days` days (times in POSIX seconds, sorted) that
    holds enough posts to count."""
    span = days * DAY
    starting_at_a_post = {(bisect_left(times, t), bisect_left(times, t + span) - 1) for t in times}
    ending_before_a_post = {(bisect_left(times, t - span), bisect_left(times, t) - 1) for t in times}
    windows = starting_at_a_post | ending_before_a_post
    return sorted(w for w in windows if w[1] - w[0] + 1 >= MIN_POSTS_PER_DAY_WINDOW)
