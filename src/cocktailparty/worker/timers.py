"""The worker's periodic jobs: a registry of named jobs, each with an interval, run by `cocktail worker` beside
publishing. Before a job runs, the worker takes its lease in the database (worker/repository.py: one
conditional UPDATE), so two worker processes never run the same job at once and each runs once per interval
across all of them. A job that fails is logged, its error kept on its lease row, and it runs again at its next
tick; a worker that dies mid-run loses the lease when it runs out.

A new periodic job is one `register(...)` line at the end of this module."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError

from cocktailparty.config import get_settings
from cocktailparty.curation.job import refresh_due_feeds
from cocktailparty.db import session_scope
from cocktailparty.inbox.job import fetch_all, purge_expired
from cocktailparty.moments.job import draft_todays_moments
from cocktailparty.occasions.job import draft_todays_greetings
from cocktailparty.polls.job import CLOSE_TIMER, collect_ended, next_close
from cocktailparty.worker import repository

log = logging.getLogger(__name__)

# How often the worker looks for due jobs (a read; the lease is taken only when one is due).
TICK = 1.0
DEFAULT_LEASE = timedelta(minutes=30)


@dataclass(frozen=True)
class Timer:
    name: str
    every: timedelta | Callable[[], timedelta]  # a callable reads the interval from the settings when it runs
    run: Callable[..., object]  # called with no argument, or with the tick's time when `clocked`
    lease: timedelta = DEFAULT_LEASE  # the longest one run may take before another worker may take it over
    clocked: bool = False  # run(now): the job reads the worker's clock, so a test can set it
    # When the job is needed sooner than its interval (a poll closing), asked after each run with the run's start:
    # the next run is then, at the latest.
    next_at: Callable[[datetime], datetime | None] | None = None

    def interval(self) -> timedelta:
        return self.every() if callable(self.every) else self.every


TIMERS: dict[str, Timer] = {}


def register(name: str, every: timedelta | Callable[[], timedelta], run: Callable[..., object], *,
             lease: timedelta = DEFAULT_LEASE, clocked: bool = False,
             next_at: Callable[[datetime], datetime | None] | None = None) -> Timer:
    timer = Timer(name, every, run, lease, clocked, next_at)
    TIMERS[name] = timer
    return timer


def holder_name() -> str:
    """Who holds a lease: this machine and process."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}"


@dataclass(frozen=True)
class Ran:
    name: str
    started_at: datetime
    finished_at: datetime
    error: str | None = None


def run_due(holder: str | None = None, now: datetime | None = None,
            timers: dict[str, Timer] | None = None) -> list[Ran]:
    """Run, one after another, every registered job that is due and whose lease this worker gets."""
    timers = TIMERS if timers is None else timers
    holder = holder or holder_name()
    names = sorted(timers)
    if not names:
        return []
    now = now or datetime.now(UTC)
    with session_scope() as session:
        rows = repository.leases(session, names)
        due = {name: (row.next_run_at, row.leased_until) for name, row in rows.items()}
    missing = [name for name in names if name not in due]
    if missing:
        try:
            with session_scope(write=True) as session:
                repository.add_missing(session, missing, now)
        except IntegrityError:  # another worker added them at the same moment: they are there next tick
            return []
        due.update({name: (now, None) for name in missing})
    ran = []
    for name in names:
        next_run_at, leased_until = due[name]
        if next_run_at > now or (leased_until is not None and leased_until >= now):
            continue
        timer = timers[name]
        with session_scope(write=True) as session:
            if not repository.claim(session, name, holder, now, timer.lease):
                continue  # another worker took it first
        ran.append(_run(timer, holder, now))
        now = max(now, datetime.now(UTC))  # a clock set ahead (tests) stays ahead
    return ran


def _run(timer: Timer, holder: str, now: datetime) -> Ran:
    started = now
    error: str | None = None
    try:
        timer.run(now) if timer.clocked else timer.run()
    except Exception as exc:  # logged with its traceback and kept on the lease row; the next tick runs it again
        log.exception("timer %s failed", timer.name)
        error = f"{exc.__class__.__name__}: {exc}"
    finished = max(started, datetime.now(UTC))
    next_run_at = max(started + timer.interval(), finished)
    if timer.next_at is not None:
        try:
            sooner = timer.next_at(started)
        except Exception:  # the interval still holds
            log.exception("timer %s: reading its next time failed", timer.name)
            sooner = None
        if sooner is not None:
            next_run_at = max(min(next_run_at, sooner), finished)
    with session_scope(write=True) as session:
        repository.release(session, timer.name, holder, finished, next_run_at, error)
    log.info("timer %s ran from %s to %s on %s%s", timer.name, started.isoformat(), finished.isoformat(), holder,
             " (failed)" if error else "")
    return Ran(timer.name, started, finished, error)


# --- the periodic jobs, one line each ---

def _inbox_fetch_every() -> timedelta:
    return timedelta(seconds=get_settings().inbox_fetch_seconds)


def _fetch_inboxes() -> object:
    return fetch_all()


def _purge_inboxes() -> object:
    return purge_expired()


register("inbox.fetch", _inbox_fetch_every, _fetch_inboxes)
register("inbox.purge", timedelta(hours=1), _purge_inboxes)
# The votes of polls whose time is up (each read once; a Telegram poll closed by it), then the result drafted for the
# library: at each poll's close time (the publisher brings the job forward to it, and each run to the next one),
# and every minute as a safety net.
register(CLOSE_TIMER, timedelta(minutes=1), collect_ended, clocked=True, next_at=next_close)
# Feeds and follows not read for an hour; today's consented team moments and occasion greetings (both drafted once a
# day whatever the number of runs, so hourly catches the first hour of a day and a worker started late).
register("curation.refresh", timedelta(minutes=10), refresh_due_feeds)
register("moments.draft", timedelta(hours=1), draft_todays_moments)
register("occasions.draft", timedelta(hours=1), draft_todays_greetings)
