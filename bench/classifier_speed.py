"""Classifier speed in process: latency of one post (p50, p99) and throughput in batches.

    python bench/classifier_speed.py
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from cocktailparty.classify import load_classifier
from cocktailparty.classify.corpus import load_corpus


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        started = time.perf_counter()
        classifier = load_classifier(Path(cache))
        trained = time.perf_counter() - started
    texts = [ex.text for ex in load_corpus() if ex.held_out]
    random.Random(1).shuffle(texts)
    for text in texts[:50]:  # warm the per-word caches as a running service would
        classifier.classify(text)
    latencies = []
    for text in texts * 3:
        start = time.perf_counter()
        classifier.classify(text)
        latencies.append(time.perf_counter() - start)
    latencies.sort()
    p50 = statistics.median(latencies) * 1e3
    p99 = latencies[int(len(latencies) * 0.99)] * 1e3
    batch = [ex.text for ex in load_corpus()] * 5
    start = time.perf_counter()
    for offset in range(0, len(batch), 10_000):
        classifier.classify_many(batch[offset : offset + 10_000])
    rate = len(batch) / (time.perf_counter() - start)
    print(f"training from the corpus: {trained:.1f} s")
    print(f"one post, with explanation: p50 {p50:.2f} ms, p99 {p99:.2f} ms ({len(latencies):,} calls)")
    print(f"batches of 10,000: {rate:,.0f} posts/s on one core")


if __name__ == "__main__":
    main()
