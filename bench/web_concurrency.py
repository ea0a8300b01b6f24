"""Many clients at once: 200 concurrent clients on a workspace page and on the API, with /healthz probed
beside them, against `cocktail serve` on a fresh database (SQLite or PostgreSQL), 1 or 2 app processes.

What it shows: whether anything answers 5xx, how long the busiest moment makes a request wait, and
whether the floor (/healthz, no database) stalls while every admitted request is busy. The clients run in
one asyncio process on the same 2 cores as the app.

    python bench/web_concurrency.py [--clients 200] [--seconds 20] [--posts 10000]
                                    [--processes 1 2] [--backends sqlite postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from web_load import PG_URL, free_port, log_in, percentile, seed, start_app, stop


async def _client(base: str, path: str, headers: dict[str, str], until: float, latencies: list[float],
                  statuses: Counter[int], http: httpx.AsyncClient) -> None:
    while time.monotonic() < until:
        started = time.perf_counter()
        try:
            answer = await http.get(base + path, headers=headers)
            statuses[answer.status_code] += 1
        except httpx.HTTPError as error:
            statuses[-1] += 1  # no answer at all
            print(f"    transport error: {type(error).__name__}")
            continue
        latencies.append((time.perf_counter() - started) * 1000)


async def _probe(base: str, until: float, latencies: list[float], statuses: Counter[int]) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        while time.monotonic() < until:
            started = time.perf_counter()
            try:
                statuses[(await http.get(f"{base}/healthz")).status_code] += 1
            except httpx.HTTPError:
                statuses[-1] += 1
            latencies.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(0.1)


async def _run(base: str, path: str, headers: dict[str, str], clients: int, seconds: int) -> dict[str, object]:
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    floor: list[float] = []
    floor_statuses: Counter[int] = Counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        until = time.monotonic() + seconds
        await asyncio.gather(_probe(base, until, floor, floor_statuses),
                             *(_client(base, path, headers, until, latencies, statuses, http) for _ in range(clients)))
    ordered, floor_ordered = sorted(latencies), sorted(floor)
    return {
        "requests": sum(statuses.values()), "rps": len(latencies) / seconds, "statuses": dict(statuses),
        "p50": statistics.median(ordered), "p95": percentile(ordered, 0.95), "p99": percentile(ordered, 0.99),
        "max": ordered[-1], "floor_p99": percentile(floor_ordered, 0.99), "floor_max": floor_ordered[-1],
        "floor_statuses": dict(floor_statuses),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgres"])
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f}; {args.clients} clients, {args.seconds} s each")
    print(f"{'backend':9} {'procs':>5} {'endpoint':14} {'requests':>9} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} "
          f"{'p99 ms':>8} {'max ms':>8} {'statuses':22} {'healthz p99/max ms':>19}")
    for backend in args.backends:
        database_url = PG_URL if backend == "postgres" else None
        for processes in args.processes:
            with tempfile.TemporaryDirectory(prefix="cocktail-concurrency-") as folder:
                data_dir = Path(folder)
                workspace_id, token = seed(data_dir, database_url, args.posts, 10)
                port = free_port()
                app = start_app(data_dir, database_url, port, processes)
                base = f"http://127.0.0.1:{port}"
                try:
                    cookie = log_in(base)
                    targets = [("dashboard", f"/w/{workspace_id}", {"Cookie": f"cocktail_session={cookie}"}),
                               ("API posts", "/api/v1/posts?limit=50", {"Authorization": f"Bearer {token}"})]
                    for label, path, headers in targets:
                        result = asyncio.run(_run(base, path, headers, args.clients, args.seconds))
                        statuses = " ".join(f"{code}:{count}" for code, count in sorted(result["statuses"].items()))
                        print(f"{backend:9} {processes:>5} {label:14} {result['requests']:>9,} {result['rps']:>7.1f} "
                              f"{result['p50']:>7.1f} {result['p95']:>7.1f} {result['p99']:>8.1f} "
                              f"{result['max']:>8.1f} {statuses:22} "
                              f"{result['floor_p99']:>9.1f}/{result['floor_max']:<9.1f}", flush=True)
                finally:
                    stop(app)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
