"""What one answer costs the app, in CPU time, whatever else the machine runs: with the same database as
bench/web_load.py (100,000 posts), one app process is asked each page 200 times in a row, and the CPU time
the process used is divided by the answers. Load on the machine makes answers wait, not cost more, so
this is the figure to compare between changes when the machine is shared (the latency benchmarks are not).

    python bench/web_request_cost.py [--posts 100000] [--requests 200] [--backends sqlite postgres]

"kept" asks the page again and again (the calendar's grid and the dashboard's board come from the cache of
web/fragments.py); "built" changes a post of the month before each request, so each one builds them again.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import httpx
import psutil  # a dependency of locust (the bench extra)

from web_load import PG_URL, Writer, free_port, log_in, seed, start_app, stop


def cpu_seconds(pid: int) -> float:
    root = psutil.Process(pid)
    total = 0.0
    for process in [root, *root.children(recursive=True)]:
        times = process.cpu_times()
        total += times.user + times.system
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--backends", nargs="+", choices=["sqlite", "postgres"], default=["sqlite", "postgres"])
    args = parser.parse_args()
    print(f"{args.posts:,} posts; {args.requests} requests in a row per row; load average {os.getloadavg()[0]:.2f}")
    print(f"{'backend':9} {'endpoint':16} {'mode':6} {'bytes':>8} {'app CPU ms/answer':>18}")
    for backend in args.backends:
        database_url = PG_URL if backend == "postgres" else None
        with tempfile.TemporaryDirectory(prefix="cocktail-request-cost-") as folder:
            data_dir = Path(folder)
            workspace_id, token = seed(data_dir, database_url, args.posts, 10)
            port = free_port()
            app = start_app(data_dir, database_url, port, 1)
            base = f"http://127.0.0.1:{port}"
            writer = Writer(data_dir, database_url, 1.0)
            try:
                cookie = {"Cookie": f"cocktail_session={log_in(base)}"}
                pages = [("floor: /healthz", "/healthz", {}), ("dashboard", f"/w/{workspace_id}", cookie),
                         ("calendar month", f"/w/{workspace_id}/calendar?view=month", cookie),
                         ("calendar week", f"/w/{workspace_id}/calendar?view=week", cookie),
                         ("API posts (50)", "/api/v1/posts?limit=50", {"Authorization": f"Bearer {token}"})]
                with httpx.Client(base_url=base, timeout=60) as client:
                    for label, path, headers in pages:
                        for mode in ("kept", "built"):
                            for _ in range(10):
                                client.get(path, headers=headers)
                            answer = None
                            before = cpu_seconds(app.pid)  # the writes run here, not in the app
                            for _ in range(args.requests):
                                if mode == "built":
                                    writer.change_one()
                                answer = client.get(path, headers=headers)
                            spent = cpu_seconds(app.pid) - before
                            assert answer is not None and answer.status_code == 200, path
                            print(f"{backend:9} {label:16} {mode:6} {len(answer.content):>8,} "
                                  f"{spent / args.requests * 1000:>18.2f}", flush=True)
                            time.sleep(0.5)
            finally:
                writer.engine.dispose()
                stop(app)


if __name__ == "__main__":
    main()
