"""The mix ledger: what an account posted, in time order, and the measures of its mix.

Pure and vectorised (NumPy), so the same code answers for ten posts in the composer and for a
million in an audit. Replies, like every category but `promotional`, count on the give side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from typing import Literal

import numpy as np
import numpy.typing as npt

from cocktailparty.mix.presets import MixPreset
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL

WindowKind = Literal["posts", "days"]
# A window of days says little about the mix until it holds a few posts: one promotional post alone in
# a quiet month is 100% promotional, but it is not a stretch the account needs to hear about.
MIN_POSTS_PER_DAY_WINDOW = 5
_DAY = 86_400


@dataclass(frozen=True, slots=True)
class Window:
    """A stretch of consecutive posts (indices inclusive) and its promotional share."""

    kind: WindowKind
    first: int
    last: int
    start: datetime
    end: datetime
    posts: int
    promotional: int
    share: float  # the worst share of any single rolling window inside the stretch
    worst: tuple[int, int]  # first and last index of that worst window


@dataclass(frozen=True, slots=True)
class Run:
    """Consecutive promotional posts."""

    first: int
    last: int
    start: datetime
    end: datetime

    @property
    def length(self) -> int:
        return self.last - self.first + 1


def _at(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


class MixLedger:
    """Posts of one account in time order: timestamps (UTC seconds) and categories."""

    def __init__(
        self,
        timestamps: Sequence[int] | npt.NDArray[np.int64],
        categories: Sequence[str] | npt.NDArray[np.int8],
    ) -> None:
        """`categories` are names, or their indices in CATEGORIES as an int8 array (the fast path)."""
        if len(timestamps) != len(categories):
            raise ValueError("timestamps and categories must have the same length")
        if isinstance(categories, np.ndarray):
            codes = categories.astype(np.int8, copy=False)
        else:
            codes = np.array([CATEGORIES.index(c) for c in categories], dtype=np.int8)
        times = np.asarray(timestamps, dtype=np.int64)
        order = np.argsort(times, kind="stable")
        self.times: npt.NDArray[np.int64] = times[order]
        self.codes: npt.NDArray[np.int8] = codes[order]
        self.order: npt.NDArray[np.intp] = order  # ledger position -> caller's index
        self.promotional: npt.NDArray[np.bool_] = self.codes == CATEGORIES.index(PROMOTIONAL)

    @classmethod
    def from_posts(cls, posts: Sequence[tuple[datetime, str]]) -> MixLedger:
        return cls([int(at.timestamp()) for at, _ in posts], [category for _, category in posts])

    def __len__(self) -> int:
        return len(self.times)

    def count(self, category: str) -> int:
        return int(np.count_nonzero(self.codes == CATEGORIES.index(category)))

    def share_of(self, category: str) -> float:
        return self.count(category) / len(self) if len(self) else 0.0

    def counts_by_category(self) -> dict[str, int]:
        counts = np.bincount(self.codes, minlength=len(CATEGORIES))
        return {category: int(n) for category, n in zip(CATEGORIES, counts, strict=True)}

    def by_month(self) -> list[tuple[str, int, int]]:
        """(YYYY-MM, posts, promotional posts) for every month that has posts, in order."""
        if not len(self):
            return []
        months = self.times.astype("datetime64[s]").astype("datetime64[M]")
        labels, starts = np.unique(months, return_index=True)
        ends = [*starts[1:], len(months)]
        promo = np.concatenate([[0], np.cumsum(self.promotional)])
        return [
            (str(label), int(end - start), int(promo[end] - promo[start]))
            for label, start, end in zip(labels, starts, ends, strict=True)
        ]

    def rolling(self, kind: WindowKind, preset: MixPreset) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        """First and last index of every rolling window: `window_posts` consecutive posts, or the
        `window_days` days that end with each post (once they hold MIN_POSTS_PER_DAY_WINDOW posts)."""
        n = len(self)
        if kind == "posts":
            # Judged once full: three posts of which one promotes say little about a 10-post rule.
            firsts = np.arange(0, max(n - preset.window_posts + 1, 0))
            return firsts, firsts + preset.window_posts - 1
        # The days up to and including each post: "the last 30 days" as of that post.
        firsts = np.searchsorted(self.times, self.times - preset.window_days * _DAY, side="right")
        lasts = np.arange(n)
        keep = (lasts - firsts + 1) >= MIN_POSTS_PER_DAY_WINDOW
        return firsts[keep], lasts[keep]

    def violations(self, preset: MixPreset, kind: WindowKind = "posts") -> list[Window]:
        """Stretches where promotion passed the cap: overlapping breaking windows merged into one."""
        firsts, lasts = self.rolling(kind, preset)
        if not len(firsts):
            return []
        cumulative = np.concatenate([[0], np.cumsum(self.promotional)])
        promo = cumulative[lasts + 1] - cumulative[firsts]
        posts = lasts - firsts + 1
        cap = Fraction(preset.cap).limit_denominator(1000)
        breaking = np.flatnonzero(promo * cap.denominator > posts * cap.numerator)
        if not len(breaking):
            return []
        # Window ends never decrease as starts advance, so a breaking window opens a new stretch
        # exactly when it starts after the previous breaking window ended.
        opens = np.flatnonzero(np.concatenate([[True], firsts[breaking][1:] > lasts[breaking][:-1]]))
        closes = np.concatenate([opens[1:], [len(breaking)]]) - 1
        shares = promo[breaking] / posts[breaking]
        stretches = []
        for a, b in zip(opens.tolist(), closes.tolist(), strict=True):
            worst = breaking[a + int(np.argmax(shares[a : b + 1]))]
            stretches.append(self._window(
                kind, int(firsts[breaking[a]]), int(lasts[breaking[b]]), float(shares[a : b + 1].max()),
                (int(firsts[worst]), int(lasts[worst])), cumulative,
            ))
        return stretches

    def _window(
        self, kind: WindowKind, first: int, last: int, share: float, worst: tuple[int, int],
        cumulative: npt.NDArray[np.int64],
    ) -> Window:
        return Window(
            kind,
            first,
            last,
            _at(int(self.times[first])),
            _at(int(self.times[last])),
            last - first + 1,
            int(cumulative[last + 1] - cumulative[first]),
            share,
            worst,
        )

    def window(self, kind: WindowKind, first: int, last: int) -> Window:
        """The window of posts first..last (inclusive) as it stands on its own."""
        promotional = int(np.count_nonzero(self.promotional[first : last + 1]))
        share = promotional / (last - first + 1)
        cumulative = np.concatenate([[0], np.cumsum(self.promotional[: last + 1])])
        return self._window(kind, first, last, share, (first, last), cumulative)

    def promotional_runs(self, min_length: int = 2) -> list[Run]:
        """Runs of at least `min_length` consecutive promotional posts."""
        padded = np.concatenate([[False], self.promotional, [False]]).astype(np.int8)
        edges = np.diff(padded)
        starts, stops = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1) - 1
        return [
            Run(int(a), int(b), _at(int(self.times[a])), _at(int(self.times[b])))
            for a, b in zip(starts, stops, strict=True)
            if b - a + 1 >= min_length
        ]
