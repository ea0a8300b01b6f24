"""Publishing end to end against a real Mastodon API server (mastodon-mock on 127.0.0.1): the command
line as a user runs it, a worker killed with SIGKILL in the middle of a burst, and a network that
fails a third of the calls. Every post must be on the server exactly once."""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from mastodon_mock_server import Account, MockServer

from cocktailparty.channels import service as channels
from cocktailparty.db import session_scope
from cocktailparty.models import Channel, Post, PostState, PublishAttempt
from cocktailparty.workspaces.service import get_or_create

STATUSES = "/api/v1/statuses"


def cocktail(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cocktailparty", *args], capture_output=True, text=True,
                          timeout=timeout, env=os.environ.copy())


def server_texts(account: Account) -> list[str]:
    from cocktailparty.connectors.mastodon.text import plain_text

    statuses = account.client.fetch_remaining(account.client.account_statuses(account.client.me(), limit=40))
    return [plain_text(status["content"]) for status in statuses]


def add_channel(base_url: str, token: str) -> int:
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        return channels.add(session, workspace, network="mastodon", name="brand", base_url=base_url,
                            token=token, verify=False).id


def add_due_posts(channel_id: int, count: int, prefix: str) -> list[str]:
    texts = [f"{prefix} {i}: which Eid sweet is your favourite? أي حلى العيد تفضلون؟" for i in range(count)]
    due = datetime.now(UTC) - timedelta(seconds=5)
    with session_scope() as session:
        workspace_id = session.get(Channel, channel_id).workspace_id  # type: ignore[union-attr]
        session.add_all(
            Post(workspace_id=workspace_id, channel_id=channel_id, text=text, category="question",
                 state=PostState.SCHEDULED, due_at=due, next_attempt_at=due)
            for text in texts
        )
    return texts


def test_the_command_line_connects_schedules_refuses_and_publishes(
    app_env: Path, mastodon_server: MockServer, new_account: Any
) -> None:
    account = new_account("cli_brand")
    added = cocktail("channel", "add", "--network", "mastodon", "--name", "brand", "--base-url",
                     mastodon_server.base_url, "--token", account.token, "--timezone", "Asia/Riyadh", "--json")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["handle"].startswith("@cli_brand")
    soon = (datetime.now(UTC) - timedelta(seconds=1)).isoformat()
    value = cocktail("post", "add", "--channel", "brand", "--text", "شو رأيكن: كنافة بالجبنة ولا بالقشطة؟",
                     "--at", soon)
    assert value.returncode == 0, value.stderr
    later = datetime.now(UTC) + timedelta(days=1)
    for i in range(3):
        assert cocktail("post", "add", "--channel", "brand", "--text", f"Tip {i}: rinse the pot", "--category",
                        "educational", "--at", (later + timedelta(hours=i)).isoformat()).returncode == 0
    first = cocktail("post", "add", "--channel", "brand", "--text", "Flash sale: 30% off all boxes, order now",
                     "--at", (later + timedelta(hours=4)).isoformat())
    assert first.returncode == 0, first.stderr
    refused = cocktail("post", "add", "--channel", "brand", "--text", "Second sale today: 40% off, order now",
                       "--at", (later + timedelta(hours=5)).isoformat())
    assert refused.returncode == 3
    assert "above the 20% cap" in refused.stderr and "To fix:" in refused.stderr
    worker = cocktail("worker", "--until-idle", "--max-wait", "5")
    assert worker.returncode == 0, worker.stderr
    assert server_texts(account) == ["شو رأيكن: كنافة بالجبنة ولا بالقشطة؟"]
    listed = json.loads(cocktail("posts", "list", "--json").stdout)
    states = Counter(row["state"] for row in listed)
    assert states == {"published": 1, "scheduled": 4}


def test_a_worker_killed_mid_burst_loses_nothing_and_posts_nothing_twice(
    app_env: Path, mastodon_server: MockServer, new_account: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = new_account("burst_brand")
    texts = add_due_posts(add_channel(mastodon_server.base_url, account.token), 1000, "Burst")
    monkeypatch.setenv("COCKTAIL_PUBLISH_LEASE_SECONDS", "3")
    worker = subprocess.Popen([sys.executable, "-m", "cocktailparty", "worker", "--workers", "4"],
                              env=os.environ.copy(), start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while account.client.me()["statuses_count"] < 150 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()
    published_before = account.client.me()["statuses_count"]
    assert 150 <= published_before < 1000, "the kill must land mid-burst"
    restarted = cocktail("worker", "--until-idle", "--max-wait", "10")
    assert restarted.returncode == 0, restarted.stderr
    on_server = Counter(server_texts(account))
    assert sorted(on_server) == sorted(texts)
    assert max(on_server.values()) == 1
    with session_scope() as session:
        assert session.query(Post).filter(Post.state == PostState.PUBLISHED).count() == 1000


class FlakyProxy(http.server.ThreadingHTTPServer):
    """Forwards to the server, but answers every third POST /api/v1/statuses with a 429 (Retry-After: 1),
    a 500, or by forwarding it and dropping the answer (the post is made; the client never hears)."""

    def __init__(self, upstream: str) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.upstream = upstream
        self.posts_seen = 0
        self.faults: Counter[str] = Counter()
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _ProxyHandler(http.server.BaseHTTPRequestHandler):
    server: FlakyProxy

    def log_message(self, *args: Any) -> None:
        pass

    def _forward(self) -> requests.Response:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
        return requests.request(self.command, self.server.upstream + self.path, data=body, headers=headers,
                                timeout=30)

    def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "content-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _handle(self) -> None:
        fault = None
        if self.command == "POST" and self.path.startswith(STATUSES):
            with self.server.lock:
                self.server.posts_seen += 1
                if self.server.posts_seen % 3 == 0:
                    fault = ("429", "500", "drop")[(self.server.posts_seen // 3) % 3]
                    self.server.faults[fault] += 1
        if fault == "429":
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._reply(429, b'{"error": "Too many requests"}', {"Retry-After": "1"})
        elif fault == "500":
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._reply(500, b'{"error": "Internal server error"}', {})
        elif fault == "drop":
            self._forward()  # the server makes the post ...
            self.close_connection = True  # ... and the client never hears back
        else:
            upstream = self._forward()
            self._reply(upstream.status_code, upstream.content, dict(upstream.headers))

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle


@pytest.fixture
def flaky_proxy(mastodon_server: MockServer) -> Iterator[FlakyProxy]:
    proxy = FlakyProxy(mastodon_server.base_url)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    yield proxy
    proxy.shutdown()
    proxy.server_close()


def test_faults_on_a_third_of_the_calls_still_publish_everything_once(
    app_env: Path, flaky_proxy: FlakyProxy, new_account: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cocktailparty.worker import publisher
    from cocktailparty.worker.runner import run_until_idle

    monkeypatch.setattr(publisher, "BASE_DELAY", 0.2)
    account = new_account("flaky_brand")
    texts = add_due_posts(add_channel(flaky_proxy.url, account.token), 60, "Flaky")
    run_until_idle(timedelta(seconds=30), max_wait=30)
    assert flaky_proxy.faults["429"] and flaky_proxy.faults["500"] and flaky_proxy.faults["drop"]
    on_server = Counter(server_texts(account))
    assert sorted(on_server) == sorted(texts) and max(on_server.values()) == 1
    with session_scope() as session:
        assert session.query(Post).filter(Post.state == PostState.PUBLISHED).count() == 60
        # A 429's Retry-After of one second was honoured before the next attempt of that post.
        limited = session.query(PublishAttempt).filter(PublishAttempt.retry_after == 1.0).all()
        assert limited
        for attempt in limited:
            following = session.query(PublishAttempt).filter(
                PublishAttempt.post_id == attempt.post_id, PublishAttempt.number == attempt.number + 1).one()
            assert following.started_at - attempt.finished_at >= timedelta(seconds=1)
