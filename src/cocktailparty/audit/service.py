"""Run an audit: stream an archive, classify every post in batches, and measure the mix.

The archive is read once. Per post only compact columns are kept (time, category, engagement);
the text is kept for promotional posts alone, which are the examples the report shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path

import numpy as np
import numpy.typing as npt

from cocktailparty.audit.importers.base import ImportedPost, Importer
from cocktailparty.classify import Classifier
from cocktailparty.errors import ArchiveError
from cocktailparty.mix import MixLedger, MixPreset, Window
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL

BATCH_SIZE = 10_000
# The worst stretches shown with their posts in the report, and how many posts of each.
WORST_WINDOWS = 5
EXAMPLES_PER_WINDOW = 4


@dataclass(frozen=True, slots=True)
class ExamplePost:
    id: str
    created_at: datetime
    text: str
    engagement: int


@dataclass
class AuditResult:
    source: str
    format: str
    preset: MixPreset
    ledger: MixLedger
    engagement: npt.NDArray[np.int64]  # in ledger order
    kinds: dict[str, int]  # post, reply, repost, quote as the archive recorded them
    promotional_texts: dict[int, ExamplePost] = field(repr=False)  # ledger position -> post

    @property
    def posts(self) -> int:
        return len(self.ledger)

    @property
    def promotional_share(self) -> float:
        return self.ledger.share_of(PROMOTIONAL)

    def violations(self) -> list[Window]:
        return self.ledger.violations(self.preset, "posts") + self.ledger.violations(self.preset, "days")

    def engagement_by_category(self) -> dict[str, dict[str, float]]:
        codes = self.ledger.codes
        totals = np.bincount(codes, weights=self.engagement, minlength=len(CATEGORIES))
        counts = np.bincount(codes, minlength=len(CATEGORIES))
        return {
            category: {
                "posts": int(counts[i]),
                "total": int(totals[i]),
                "mean": round(float(totals[i] / counts[i]), 2) if counts[i] else 0.0,
            }
            for i, category in enumerate(CATEGORIES)
        }

    def worst_windows(self) -> list[tuple[Window, list[ExamplePost]]]:
        """The stretches with the highest share, each with a few of its promotional posts."""
        worst = sorted(self.violations(), key=lambda w: (-w.share, -w.promotional, w.start))[:WORST_WINDOWS]
        shown = []
        for window in worst:
            examples = [
                self.promotional_texts[i] for i in range(window.first, window.last + 1) if i in self.promotional_texts
            ][:EXAMPLES_PER_WINDOW]
            shown.append((window, examples))
        return shown


def _batches(posts: Iterable[ImportedPost], size: int) -> Iterator[list[ImportedPost]]:
    iterator = iter(posts)
    while batch := list(islice(iterator, size)):
        yield batch


def run_audit(
    source: Path,
    importer: Importer,
    classifier: Classifier,
    preset: MixPreset,
    progress: Callable[[int], None] | None = None,
) -> AuditResult:
    """Classify every post of the archive at `source` and build its ledger."""
    times: list[int] = []
    codes: list[str] = []
    engagement: list[int] = []
    kinds: dict[str, int] = {}
    promotional: dict[int, ExamplePost] = {}
    for batch in _batches(importer.iter_posts(source, progress), BATCH_SIZE):
        results = classifier.classify_many([post.text for post in batch])
        offset = len(times)
        for position, (post, (category, _)) in enumerate(zip(batch, results, strict=True), start=offset):
            if category == PROMOTIONAL:
                promotional[position] = ExamplePost(post.id, post.created_at, post.text, post.engagement)
            kinds[post.kind] = kinds.get(post.kind, 0) + 1
        times.extend(int(post.created_at.timestamp()) for post in batch)
        codes.extend(category for category, _ in results)
        engagement.extend(post.engagement for post in batch)
    if not times:
        raise ArchiveError(source, "no posts found in the archive")
    ledger = MixLedger(times, codes)
    # The ledger sorts by time; carry the per-post columns into the same order.
    position_of = np.empty(len(ledger.order), dtype=np.intp)
    position_of[ledger.order] = np.arange(len(ledger.order))
    return AuditResult(
        source=str(source),
        format=importer.name,
        preset=preset,
        ledger=ledger,
        engagement=np.asarray(engagement, dtype=np.int64)[ledger.order],
        kinds=kinds,
        promotional_texts={int(position_of[i]): post for i, post in promotional.items()},
    )
