"""Running the worker: forever (a Huey consumer, a dispatcher loop and the periodic jobs of worker/timers.py),
or until idle."""

from __future__ import annotations

import logging
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta

from huey.consumer import Consumer

from cocktailparty.db import session_scope
from cocktailparty.worker import dispatcher, timers
from cocktailparty.worker.dispatcher import in_flight, next_due
from cocktailparty.worker.tasks import dispatch_due, queue

# How often the dispatcher looks for due posts: the floor of the lag behind the due time.
DISPATCH_INTERVAL = 0.5

log = logging.getLogger(__name__)


def run_until_idle(lease: timedelta, max_wait: float = 60.0, *, periodic: bool = False) -> Counter[str]:
    """Dispatch and publish in this process until nothing is due, nothing is queued, and no retry
    falls due within `max_wait` seconds. With `periodic`, the periodic jobs that are due run first, once."""
    huey, _ = queue()
    outcomes: Counter[str] = Counter({"published": 0, "failed": 0, "waiting": 0})
    if periodic:
        outcomes["periodic"] = len(timers.run_due())
    while True:
        dispatch_due(lease)
        while (task := huey.dequeue()) is not None:
            outcome = huey.execute(task)
            if outcome is not None:
                outcomes["published" if outcome.result in ("published", "found") else outcome.result] += 1
        with session_scope() as session:
            upcoming, claimed = next_due(session), in_flight(session)
        now = datetime.now(UTC)
        if upcoming is not None and upcoming <= now:
            continue
        if upcoming is not None and (upcoming - now).total_seconds() <= max_wait:
            time.sleep(min(max((upcoming - now).total_seconds(), 0.05), max_wait))
            continue
        if claimed and huey.pending_count() == 0 and lease.total_seconds() <= max_wait:
            # Claims left by a worker that died: they become claimable when their lease ends.
            time.sleep(lease.total_seconds())
            continue
        outcomes["waiting"] = _waiting()
        return outcomes


def _waiting() -> int:
    with session_scope() as session:
        return dispatcher.waiting(session)


def run_forever(lease: timedelta, workers: int) -> None:
    """A Huey consumer with `workers` threads, a dispatcher thread feeding it every half second, and a thread
    running the periodic jobs (fetching the inboxes, the retention purge) when they fall due."""
    huey, _ = queue()
    stop = threading.Event()

    def dispatch() -> None:
        while not stop.is_set():
            try:
                dispatch_due(lease)
            except Exception:  # keep dispatching through a database hiccup; the next round retries
                log.exception("dispatching due posts failed")
            stop.wait(DISPATCH_INTERVAL)

    def tick() -> None:
        holder = timers.holder_name()
        while not stop.is_set():
            try:
                timers.run_due(holder)
            except Exception:  # a database hiccup: the next tick tries again
                log.exception("running the periodic jobs failed")
            stop.wait(timers.TICK)

    thread = threading.Thread(target=dispatch, name="dispatcher", daemon=True)
    thread.start()
    threading.Thread(target=tick, name="timers", daemon=True).start()
    try:
        Consumer(huey, workers=workers, worker_type="thread", periodic=False).run()
    finally:
        stop.set()
