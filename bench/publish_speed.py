"""Publishing speed: 10,000 posts due in the same minute across 100 channels, published to a fast local
endpoint (bench/fast_endpoint.py) through the X connector (plain httpx) and the Mastodon connector
(Mastodon.py), by 1, 2 and 4 worker processes, on SQLite + Huey-on-SQLite and on PostgreSQL +
Huey-on-Redis. Prints the time to drain and the p50/p99 lag behind the due time, then the lag at a
steady 100 posts/s.

    python bench/publish_speed.py [--posts 10000] [--workers 1 2 4] [--backends sqlite postgres] [--networks x]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fast_endpoint import STORE, serve

PG_URL = os.environ.get("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
PORT = 8765


def prepare(backend: str, data_dir: Path, posts: int, channels: int, first_due: datetime, rate: float | None,
            network: str = "x") -> None:
    """A fresh database and queue with `channels` channels and `posts` posts due from `first_due`."""
    os.environ["COCKTAIL_DATA_DIR"] = str(data_dir)
    if backend == "postgres":
        os.environ["DATABASE_URL"], os.environ["REDIS_URL"] = PG_URL, REDIS_URL
    else:
        os.environ.pop("DATABASE_URL", None)
        os.environ.pop("REDIS_URL", None)
    from sqlalchemy import text

    from cocktailparty import db
    from cocktailparty.channels import service
    from cocktailparty.config import get_settings
    from cocktailparty.models import Base, Post, PostState
    from cocktailparty.worker.queue import make_huey
    from cocktailparty.workspaces.service import get_or_create

    get_settings.cache_clear()
    db.forget_engines()
    if backend == "postgres":
        with db.get_engine().begin() as connection:
            tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
            connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    make_huey(get_settings()).flush()
    with db.session_scope() as session:
        workspace = get_or_create(session, "bench")
        ids = [service.add(session, workspace, network=network, name=f"channel-{c}",
                           base_url=f"http://127.0.0.1:{PORT}", token="bench-token", verify=False).id
               for c in range(channels)]
        rows = []
        for i in range(posts):
            due = first_due + timedelta(seconds=i / rate) if rate else first_due
            rows.append(Post(workspace_id=workspace.id, channel_id=ids[i % channels], text=f"Bench post {i}",
                             category="question", state=PostState.SCHEDULED, due_at=due, next_attempt_at=due))
        session.add_all(rows)


def published_lags() -> tuple[int, list[float]]:
    from sqlalchemy import select

    from cocktailparty import db
    from cocktailparty.models import Post, PostState

    with db.session_scope() as session:
        rows = session.execute(select(Post.due_at, Post.published_at).where(Post.state == PostState.PUBLISHED)).all()
    return len(rows), [(published - due).total_seconds() for due, published in rows]


def run(backend: str, workers: int, posts: int, channels: int, rate: float | None, network: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        models = Path(tmp) / "models"
        models.symlink_to(Path(os.environ["BENCH_MODELS"]), target_is_directory=True)
        first_due = datetime.now(UTC) + timedelta(seconds=8)
        prepare(backend, Path(tmp), posts, channels, first_due, rate, network)
        STORE.count = 0
        STORE.by_key.clear()
        env = {**os.environ, "COCKTAIL_WORKSPACE": "bench"}
        processes = [subprocess.Popen([sys.executable, "-m", "cocktailparty", "worker", "--workers", "8"], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
                     for _ in range(workers)]
        try:
            deadline = time.monotonic() + 600
            done, lags = 0, []
            while time.monotonic() < deadline:
                time.sleep(1)
                done, lags = published_lags()
                if done >= posts:
                    break
        finally:
            for process in processes:
                os.killpg(process.pid, signal.SIGTERM)
            for process in processes:
                process.wait(timeout=30)
        lags.sort()
        drain = max(lags) if lags else float("nan")
        p50 = statistics.median(lags) if lags else float("nan")
        p99 = lags[int(len(lags) * 0.99) - 1] if lags else float("nan")
        twice = STORE.count - done
        label = "steady 100/s" if rate else "burst"
        return (f"{network:<8} {backend:<9} {label:<13} {workers:>7} {done:>9,} {drain:>9.1f} {p50:>8.2f} {p99:>8.2f} "
                f"{twice:>6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--channels", type=int, default=100)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    parser.add_argument("--steady-seconds", type=int, default=30)
    parser.add_argument("--networks", nargs="+", default=["x", "mastodon"])
    args = parser.parse_args()
    serve(PORT)
    with tempfile.TemporaryDirectory() as models:
        os.environ["BENCH_MODELS"] = models
        print(f"{'network':<8} {'backend':<9} {'load':<13} {'workers':>7} {'published':>9} {'drain s':>9} "
              f"{'p50 lag':>8} {'p99 lag':>8} {'twice':>6}")
        for network in args.networks:
            for backend in args.backends:
                for workers in args.workers:
                    print(run(backend, workers, args.posts, args.channels, None, network), flush=True)
                steady = run(backend, max(args.workers), 100 * args.steady_seconds, args.channels, 100.0, network)
                print(steady, flush=True)


if __name__ == "__main__":
    main()
