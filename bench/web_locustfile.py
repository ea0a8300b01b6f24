"""The locust side of bench/web_load.py: users that ask one page of the app again and again, signed
in by a session cookie (or an API token), each at a paced rate or as fast as answers come back.
Every answer's latency is kept with sub-millisecond precision and written as JSON when the run stops.

Run by bench/web_load.py, which sets (environment):
    BENCH_PATH    the path to ask, as /w/1/calendar?view=month
    BENCH_COOKIE  the cocktail_session cookie of a signed-in user (pages)
    BENCH_TOKEN   an API token, sent as Authorization: Bearer (the JSON API)
    BENCH_PACE    requests a second per user, at random moments (0: no pause, closed loop)
    BENCH_LOCKSTEP  1: paced users ask at fixed intervals from the same start, so they ask together
    BENCH_OUT     where to write {"latencies_ms": [...], "failures": n, "seconds": s}
    BENCH_WARMUP  seconds at the start whose answers are not kept (users starting, the app's first answers)
"""

from __future__ import annotations

import json
import os
import random
import time
from typing import Any

from locust import FastHttpUser, constant, constant_throughput, events, task

PATH = os.environ.get("BENCH_PATH", "/healthz")
COOKIE = os.environ.get("BENCH_COOKIE", "")
TOKEN = os.environ.get("BENCH_TOKEN", "")
PACE = float(os.environ.get("BENCH_PACE", "0"))
OUT = os.environ.get("BENCH_OUT", "")
WARMUP = float(os.environ.get("BENCH_WARMUP", "0"))
_started: list[float] = []  # when the users started

HEADERS = {"Accept-Language": "en"}
if COOKIE:
    HEADERS["Cookie"] = f"cocktail_session={COOKIE}"
if TOKEN:
    HEADERS["Authorization"] = f"Bearer {TOKEN}"

_latencies: list[float] = []
_failures: list[str] = []
_span: list[float] = []  # end time of the first and of the last answer


def _record(response_time: float, exception: BaseException | None, **_: Any) -> None:
    now = time.monotonic()
    if not _started or now - _started[0] < WARMUP:
        return
    if not _span:
        _span.append(now)
    _span[1:] = [now]
    if exception is None:
        _latencies.append(response_time)
    else:
        _failures.append(str(exception)[:200])


def _write(**_: Any) -> None:
    if OUT:
        seconds = _span[-1] - _span[0] if len(_span) == 2 else 0.0
        with open(OUT, "w") as out:
            json.dump({"latencies_ms": _latencies, "failures": len(_failures), "seconds": seconds,
                       "first_failures": _failures[:5]}, out)


def _start(**_: Any) -> None:
    _started[:] = [time.monotonic()]


events.test_start.add_listener(_start)
events.request.add_listener(_record)
events.quitting.add_listener(_write)


LOCKSTEP = os.environ.get("BENCH_LOCKSTEP") == "1"


def _at_random(user: Visitor) -> float:
    """The pause before a user's next request, so that its requests come as a Poisson process at PACE a
    second: people at work click independently of each other. `constant_throughput` instead keeps every
    user on the same half-second beat from a common start, so all of them ask in the same instant and
    each paced latency is the time to answer a burst of `--users` requests."""
    user.next_at = max(user.next_at, time.monotonic()) + random.expovariate(PACE)
    return max(0.0, user.next_at - time.monotonic())


class Visitor(FastHttpUser):
    next_at = 0.0
    if PACE <= 0:
        wait_time = constant(0)
    elif LOCKSTEP:
        wait_time = constant_throughput(PACE)
    else:
        wait_time = _at_random

    @task
    def ask(self) -> None:
        with self.client.get(PATH, headers=HEADERS, name=PATH, allow_redirects=False,
                             catch_response=True) as answer:
            if answer.status_code != 200:
                answer.failure(f"status {answer.status_code}")
            elif len(answer.content or b"") < 2:
                answer.failure("empty answer")
