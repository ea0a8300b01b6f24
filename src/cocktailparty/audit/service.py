"""Run an audit: stream an archive, classify every post in batches, and measure the mix.

The archive is read once. Large archives are classified by worker processes while this process
keeps parsing; batches travel as lists of texts and come back as categories, in order. Per post only
compact columns are kept (time, category, engagement); the text only for promotional posts, which
are the examples the report shows.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path

import numpy as np
import numpy.typing as npt

from cocktailparty.audit.importers.base import ImportedPost, Importer
from cocktailparty.classify import Classifier, ClassifierOrigin, load_classifier
from cocktailparty.errors import ArchiveError
from cocktailparty.mix import MixLedger, MixPreset, Window
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL

BATCH_SIZE = 10_000
# Archives larger than this are classified in worker processes; smaller ones finish before workers start.
PARALLEL_FROM_BYTES = 50_000_000
# The worst stretches shown with their posts in the report, and how many posts of each.
WORST_WINDOWS = 5
EXAMPLES_PER_WINDOW = 4

Codes = npt.NDArray[np.int8]  # category indices in CATEGORIES


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
    # With the workspace's corrections: how many posts they gave another category than the corpus model would.
    corrections_changed: int | None = None

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
        """The worst single window of each of the worst stretches, with a few of its promotional posts."""
        stretches = sorted(self.violations(), key=lambda w: (-w.share, -w.promotional, w.start))[:WORST_WINDOWS]
        shown = []
        for stretch in stretches:
            first, last = stretch.worst
            window = self.ledger.window(stretch.kind, first, last)
            examples = [self.promotional_texts[i] for i in range(first, last + 1) if i in self.promotional_texts]
            shown.append((window, examples[:EXAMPLES_PER_WINDOW]))
        return shown


def _batches(posts: Iterable[ImportedPost], size: int) -> Iterator[list[ImportedPost]]:
    iterator = iter(posts)
    while batch := list(islice(iterator, size)):
        yield batch


# Each worker process loads the classifier once, from the same cache the parent used.
_worker_classifier: Classifier | None = None


def _start_worker(origin: ClassifierOrigin) -> None:
    global _worker_classifier
    _worker_classifier = load_classifier(origin.cache_dir, list(origin.example_files))


def _classify_in_worker(texts: list[str]) -> Codes:
    assert _worker_classifier is not None, "worker started without a classifier"
    return _worker_classifier.category_codes(texts)


def _classified(
    batches: Iterator[list[ImportedPost]], classifier: Classifier, workers: int
) -> Iterator[tuple[list[ImportedPost], Codes]]:
    """Each batch with its classification, in order; in `workers` processes when there are any."""
    if workers < 1 or classifier.origin is None:
        for batch in batches:
            yield batch, classifier.category_codes([post.text for post in batch])
        return
    # "spawn": the parent may run threads (the progress bar), which fork does not carry safely.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(classifier.origin,)) as pool:
        # A bounded number of batches in flight keeps memory flat however large the archive.
        pending: deque[tuple[list[ImportedPost], Future[Codes]]] = deque()
        for batch in batches:
            pending.append((batch, pool.submit(_classify_in_worker, [post.text for post in batch])))
            if len(pending) > 2 * workers:
                done, future = pending.popleft()
                yield done, future.result()
        while pending:
            done, future = pending.popleft()
            yield done, future.result()


def default_workers(size_hint: int) -> int:
    return min(os.cpu_count() or 1, 4) if size_hint >= PARALLEL_FROM_BYTES else 0


def run_audit(
    source: Path,
    importer: Importer,
    classifier: Classifier,
    preset: MixPreset,
    progress: Callable[[int], None] | None = None,
    workers: int | None = None,
    compare_with: Classifier | None = None,
) -> AuditResult:
    """Classify every post of the archive at `source` and build its ledger. With `compare_with` (the corpus
    model, when `classifier` is a workspace's, trained on its corrections), also count the posts the two
    classify differently: what the workspace's corrections changed (it classifies every post twice)."""
    if classifier.model.categories != CATEGORIES:
        raise ValueError("the classifier's categories are not the taxonomy's, in its order")
    if workers is None:
        workers = default_workers(importer.size_hint(source))
    times: list[int] = []
    codes: list[Codes] = []
    engagement: list[int] = []
    kinds: dict[str, int] = {}
    promotional: dict[int, ExamplePost] = {}
    batches = _batches(importer.iter_posts(source, progress), BATCH_SIZE)
    promotional_code = CATEGORIES.index(PROMOTIONAL)
    changed = 0
    for batch, batch_codes in _classified(batches, classifier, workers):
        if compare_with is not None:
            changed += int(np.count_nonzero(compare_with.category_codes([post.text for post in batch]) != batch_codes))
        offset = len(times)
        for position in np.flatnonzero(batch_codes == promotional_code).tolist():
            post = batch[position]
            promotional[offset + position] = ExamplePost(post.id, post.created_at, post.text, post.engagement)
        for kind, count in Counter(post.kind for post in batch).items():
            kinds[kind] = kinds.get(kind, 0) + count
        times.extend([int(post.created_at.timestamp()) for post in batch])
        codes.append(batch_codes)
        engagement.extend([post.likes + post.shares + post.comments for post in batch])
    if not times:
        raise ArchiveError(source, "archive.no_posts", "no posts found in the archive")
    ledger = MixLedger(times, np.concatenate(codes))
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
        corrections_changed=changed if compare_with is not None else None,
    )
