"""The correction loop's figures: how soon a correction changes the next classification (the corpus model
with the workspace's examples beside it), how long the workspace's model takes to retrain in the background,
one post's latency with 1,000 corrections beside the model, and the dashboard's count of relabelled posts
with 10,000 corrections in the workspace (one aggregate query).

    python bench/correction_loop.py [--no-retrain]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, insert
from sqlalchemy.orm import Session

from cocktailparty.classify import Classifier, load_classifier, workspace_examples
from cocktailparty.classify.corpus import load_corpus
from cocktailparty.config import get_settings
from cocktailparty.models import Base, CategoryCorrection, Workspace
from cocktailparty.posts.repository import WorkspaceCorrections


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-retrain", action="store_true", help="skip the full retraining (a minute or more)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cache = get_settings().model_dir  # the corpus model trained once, as the app keeps it
        base = load_classifier(cache)
        held_out = [ex for ex in load_corpus() if ex.held_out]
        corrections = Path(folder) / "corrections.jsonl"
        # A thousand corrections: held-out posts, each given the next category round the taxonomy.
        categories = base.model.categories
        rows = [{"id": f"c{i}", "text": ex.text, "category": categories[(categories.index(ex.category) + 1)
                                                                         % len(categories)]}
                for i, ex in enumerate(held_out[:1000])]
        corrections.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")

        started = time.perf_counter()
        beside = Classifier(base.model, workspace_examples([corrections]))
        built = time.perf_counter() - started
        followed = sum(beside.classify(row["text"]).category == row["category"] for row in rows[:200])
        latencies = []
        for ex in [ex for ex in load_corpus() if not ex.held_out][:600]:
            start = time.perf_counter()
            beside.classify(ex.text)
            latencies.append(time.perf_counter() - start)
        latencies.sort()
        print(f"corrections beside the corpus model: ready in {built * 1000:.0f} ms for {len(rows):,} corrections; "
              f"{followed} of 200 corrected posts take their corrected category")
        print(f"one post with {len(rows):,} corrections beside: p50 {statistics.median(latencies) * 1000:.2f} ms, "
              f"p99 {latencies[int(len(latencies) * 0.99)] * 1000:.2f} ms")
        if not args.no_retrain:
            started = time.perf_counter()
            load_classifier(Path(folder) / "models", [corrections])
            print(f"retraining the workspace's model with them (background thread in the app): "
                  f"{time.perf_counter() - started:.1f} s")

    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        workspace = Workspace(name="bench")
        session.add(workspace)
        session.flush()
        session.execute(insert(CategoryCorrection), [
            {"workspace_id": workspace.id, "text": f"post {i}", "category": "question", "previous": "promotional",
             "override": i % 3 == 0, "source": "post", "state": "pending" if i % 6 == 0 else "accepted"}
            for i in range(10_000)])
        repository = WorkspaceCorrections(session, workspace.id)
        repository.relabelled()
        timings = []
        for _ in range(200):
            start = time.perf_counter()
            count = repository.relabelled()
            timings.append(time.perf_counter() - start)
        print(f"dashboard count of relabelled posts {count} with 10,000 corrections: "
              f"median {statistics.median(timings) * 1000:.2f} ms (SQLite in memory)")


if __name__ == "__main__":
    main()
