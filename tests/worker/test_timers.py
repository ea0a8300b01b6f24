"""The worker's periodic jobs (worker/timers.py) on a real database: a job runs once per interval, a failing
job is logged and runs again at its next tick, two workers never hold one job at once; and the real
`cocktail worker`, twice over, fetches a Mastodon server's comments into the inbox by itself, each periodic
job run by one process at a time."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from mastodon import Mastodon
from sqlalchemy import select

from cocktailparty.channels import service as channels
from cocktailparty.db import session_scope
from cocktailparty.demo import local_mastodon
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.models import InboxItem, TimerLease
from cocktailparty.worker import timers
from cocktailparty.workspaces.service import get_or_create
from live_server import free_port

T0 = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def lease_of(name: str) -> TimerLease:
    with session_scope() as session:
        found = session.get(TimerLease, name)
        assert found is not None
        session.expunge(found)
        return found


def test_a_job_runs_once_per_interval(app_env: Path) -> None:
    calls: list[int] = []
    registry = {"count": timers.Timer("count", timedelta(minutes=5), lambda: calls.append(1))}
    assert [ran.name for ran in timers.run_due("w1", T0, registry)] == ["count"]
    assert timers.run_due("w2", T0 + timedelta(minutes=1), registry) == []  # not due yet, whoever asks
    assert calls == [1]
    # Due again at its next tick (measured from when it started: wall clock here, so "far enough later").
    later = datetime.now(UTC) + timedelta(minutes=6)
    assert [ran.name for ran in timers.run_due("w2", later, registry)] == ["count"]
    assert calls == [1, 1] and lease_of("count").runs == 2 and lease_of("count").holder is None


def test_a_failing_job_is_logged_and_runs_again_at_its_next_tick(app_env: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    attempts: list[int] = []

    def flaky() -> None:
        attempts.append(1)
        if len(attempts) == 1:
            raise ConnectionError("the database went away")

    registry = {"flaky": timers.Timer("flaky", timedelta(seconds=30), flaky)}
    with caplog.at_level(logging.ERROR, logger="cocktailparty.worker.timers"):
        [ran] = timers.run_due("w1", T0, registry)
    assert ran.error == "ConnectionError: the database went away"
    assert "timer flaky failed" in caplog.text and "ConnectionError" in caplog.text
    failed = lease_of("flaky")
    assert (failed.failures, failed.last_error, failed.holder) == (1, ran.error, None)
    [again] = timers.run_due("w1", datetime.now(UTC) + timedelta(seconds=31), registry)
    assert again.error is None and len(attempts) == 2
    recovered = lease_of("flaky")
    assert (recovered.failures, recovered.last_error, recovered.runs) == (0, None, 2)


def test_two_workers_never_run_one_job_at_once(app_env: Path) -> None:
    running, overlaps, runs = [0], [0], [0]
    guard = threading.Lock()

    def slow() -> None:
        with guard:
            running[0] += 1
            runs[0] += 1
            overlaps[0] = max(overlaps[0], running[0])
        time.sleep(0.3)
        with guard:
            running[0] -= 1

    registry = {"slow": timers.Timer("slow", timedelta(hours=1), slow)}
    timers.run_due("setup", T0 - timedelta(hours=2), {})  # nothing registered: nothing happens
    with session_scope(write=True) as session:  # the row exists, due now
        from cocktailparty.worker.repository import add_missing
        add_missing(session, ["slow"], T0)
    workers = [threading.Thread(target=timers.run_due, args=(f"w{number}", datetime.now(UTC), registry))
               for number in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert (runs[0], overlaps[0]) == (1, 1)


def test_a_lease_left_by_a_dead_worker_runs_out(app_env: Path) -> None:
    calls: list[int] = []
    registry = {"job": timers.Timer("job", timedelta(minutes=1), lambda: calls.append(1), timedelta(minutes=10))}
    with session_scope(write=True) as session:
        from cocktailparty.worker import repository
        repository.add_missing(session, ["job"], T0)
        assert repository.claim(session, "job", "dead:1", T0, timedelta(minutes=10))  # and then it died
    assert timers.run_due("w1", T0 + timedelta(minutes=5), registry) == []
    assert [ran.name for ran in timers.run_due("w1", T0 + timedelta(minutes=11), registry)] == ["job"]
    assert calls == [1]


# --- the real worker ---

@pytest.fixture
def mastodon(tmp_path: Path) -> Iterator[LocalMastodon]:
    server = local_mastodon.start(tmp_path / "mastodon", free_port())
    yield server
    server.stop()


RAN = re.compile(r"timer (\S+) ran from (\S+) to (\S+) on (\S+)")


def _start_worker(log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "COCKTAIL_INBOX_FETCH_SECONDS": "0.5"}
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "cocktailparty", "worker", "--workers", "1"],
                                stdout=out, stderr=subprocess.STDOUT, env=env)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _inbox_texts(channel_id: int) -> list[str]:
    with session_scope() as session:
        return list(session.scalars(select(InboxItem.text).where(InboxItem.channel_id == channel_id)
                                    .order_by(InboxItem.created_at)))


def _wait_for(channel_id: int, count: int, processes: list[subprocess.Popen[bytes]], logs: list[Path]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if len(_inbox_texts(channel_id)) >= count:
            return
        for process, log in zip(processes, logs, strict=True):
            assert process.poll() is None, log.read_text(errors="replace")[-3000:]
        time.sleep(0.2)
    raise AssertionError(f"the worker fetched {_inbox_texts(channel_id)}; logs:\n"
                         + "\n".join(log.read_text(errors="replace")[-2000:] for log in logs))


def test_the_worker_fetches_the_inbox_by_itself_one_process_at_a_time(app_env: Path,
                                                                      mastodon: LocalMastodon) -> None:
    token = mastodon.create_account("bakery")
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel_id = channels.add(session, workspace, network="mastodon", name="bakery",
                                  base_url=mastodon.base_url, token=token).id
    ours = Mastodon(access_token=token, api_base_url=mastodon.base_url)
    fan = Mastodon(access_token=mastodon.create_account("fan"), api_base_url=mastodon.base_url)
    fan.status_post("@bakery do you open on Friday?")

    logs = [app_env / "worker-1.log", app_env / "worker-2.log"]
    processes = [_start_worker(log) for log in logs]
    try:
        _wait_for(channel_id, 1, processes, logs)
        fan.status_post("@bakery and is there parking nearby?")
        _wait_for(channel_id, 2, processes, logs)
        time.sleep(2)  # a few more rounds: nothing comes in twice
    finally:
        for process in processes:
            _stop(process)
    assert _inbox_texts(channel_id) == ["@bakery do you open on Friday?", "@bakery and is there parking nearby?"]
    assert ours.me().username == "bakery"

    runs: dict[str, list[tuple[datetime, datetime, str]]] = {}
    for log in logs:
        for name, start, end, holder in RAN.findall(log.read_text(errors="replace")):
            runs.setdefault(name, []).append((datetime.fromisoformat(start), datetime.fromisoformat(end), holder))
    assert len(runs["inbox.purge"]) == 1  # hourly: once, by one of the two processes
    fetches = sorted(runs["inbox.fetch"])
    assert len(fetches) >= 3
    for (_, end, _), (start, _, _) in zip(fetches, fetches[1:], strict=False):
        assert start >= end, f"two fetch runs overlapped: {fetches}"
