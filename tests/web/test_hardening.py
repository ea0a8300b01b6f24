"""Safe in public: bodies over their limit are refused before anything reads them, nothing is read for
a request that cannot pass, the server admits what it can serve and queues the rest, and every page
says it must not be cached."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import anyio
import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.types import Receive, Scope, Send

import factories
from cocktailparty.config import get_settings
from cocktailparty.web.admission import Admission
from cocktailparty.web.app import create_app
from live_server import free_port, serving
from webclient import csrf, sign_up

MB = 1024 * 1024


class CountingBody:
    """A request body sent in chunks, counting how many the server pulled before it answered."""

    def __init__(self, chunks: int, size: int = 256 * 1024) -> None:
        self.chunks, self.size, self.sent = chunks, size, 0

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.chunks):
            self.sent += 1
            yield b"x" * self.size


def _send(url: str, body: CountingBody, **headers: str) -> int | None:
    """POST a streamed body to a real server; the status, or None when the server closed the connection
    on a body it would not read (also a refusal)."""
    try:
        return httpx.post(url, content=body, headers=headers, timeout=30).status_code
    except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
        return None


@pytest.fixture
def live_app(web_app: FastAPI) -> Iterator[str]:
    with serving(web_app) as url:
        yield url


def test_a_body_over_the_limit_is_refused_with_413(client: TestClient, live_app: str) -> None:
    token = csrf(client)
    declared = client.post("/login", content=b"a" * (2 * MB), headers={
        "content-type": "application/x-www-form-urlencoded", "x-csrf-token": token})
    assert declared.status_code == 413 and "larger than this address accepts" in declared.text
    # A body with no length announced is cut off at the limit, not read to its end (40 chunks = 10 MB).
    body = CountingBody(chunks=40)
    status = _send(f"{live_app}/login", body, **{"content-type": "application/x-www-form-urlencoded"})
    assert status in (413, None) and body.sent < 40


def test_the_api_answers_a_request_without_a_token_before_reading_its_body(client: TestClient, live_app: str) -> None:
    body = CountingBody(chunks=40)
    status = _send(f"{live_app}/api/v1/posts", body, **{"content-type": "application/json"})
    assert status in (401, None) and body.sent < 40
    answer = client.post("/api/v1/posts", content=b"{}", headers={"content-type": "application/json"})
    assert answer.status_code == 401 and answer.headers["www-authenticate"] == "Bearer"
    big = client.post("/api/v1/posts", content=b"{" + b" " * (2 * MB) + b"}",
                      headers={"content-type": "application/json", "authorization": "Bearer cp_whatever"})
    assert big.status_code == 413


def test_an_anonymous_upload_is_refused_before_its_body_is_read(client: TestClient, live_app: str) -> None:
    multipart = {"content-type": "multipart/form-data; boundary=xyz"}
    # No session at all: refused at once.
    body = CountingBody(chunks=40)
    assert _send(f"{live_app}/w/1/audit", body, **multipart) in (403, None) and body.sent < 40
    # A session from the log-in page, but nobody signed in: refused, the body unread.
    with httpx.Client(base_url=live_app) as browser:
        csrf(browser)  # type: ignore[arg-type]
        cookie = browser.cookies["cocktail_session"]
    body = CountingBody(chunks=40)
    status = _send(f"{live_app}/w/1/audit", body, **multipart, cookie=f"cocktail_session={cookie}")
    assert status in (401, 303, None) and body.sent < 40
    # With the token in a header, the CSRF check passes and the page's own log-in check refuses it.
    answer = client.post("/w/1/audit", content=b"--xyz--", headers={**multipart, "x-csrf-token": csrf(client)},
                         follow_redirects=False)
    assert answer.status_code == 401


def test_pages_are_not_cached_and_production_sends_hsts(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                                         db_env: Path) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    page = client.get(f"/w/{workspace_id}/settings")
    assert page.headers["cache-control"] == "no-store"
    assert "strict-transport-security" not in page.headers
    assert "no-store" not in client.get("/static/app.css").headers.get("cache-control", "")
    monkeypatch.setenv("COCKTAIL_ENV", "production")
    monkeypatch.setenv("COCKTAIL_SECRET_KEY", "GtqB6tyNbHlqw3Fx3rv2vhPCyXd1mEZfj0l7i5KkJY8=")
    get_settings.cache_clear()
    with TestClient(create_app(), base_url="https://testserver") as secure:
        assert secure.get("/login").headers["strict-transport-security"].startswith("max-age=31536000")


def test_admission_queues_what_it_cannot_serve_and_never_blocks_healthz() -> None:
    release = threading.Event()
    entered = 0

    async def slow_app(scope: Scope, receive: Receive, send: Send) -> None:
        nonlocal entered
        if scope["type"] != "http":
            return
        if scope["path"] != "/healthz":
            entered += 1
            await anyio.to_thread.run_sync(release.wait)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    app = Admission(slow_app, concurrency=2, queue_seconds=1.0)
    with serving(app) as url, ThreadPoolExecutor(8) as pool:
        held = [pool.submit(httpx.get, f"{url}/page", timeout=30) for _ in range(2)]
        deadline = time.monotonic() + 10
        while entered < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert httpx.get(f"{url}/healthz").status_code == 200  # the floor answers while every slot is taken
        refused = httpx.get(f"{url}/page", timeout=30)
        assert refused.status_code == 503 and refused.headers["retry-after"] == "1"
        assert entered == 2  # the refused request never reached the app
        release.set()
        assert [future.result().status_code for future in held] == [200, 200]
        assert httpx.get(f"{url}/page").status_code == 200  # the slots are free again


def test_many_first_requests_to_a_new_data_directory_all_succeed(tmp_path: Path) -> None:
    """The server migrates once before it serves: two processes, 40 requests at once on a new database."""
    port = free_port()
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)
    server = subprocess.Popen([sys.executable, "-m", "cocktailparty", "serve", "--port", str(port),
                               "--processes", "2"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{url}/healthz", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        with ThreadPoolExecutor(40) as pool:
            answers = list(pool.map(lambda i: httpx.get(f"{url}/{'login' if i % 2 else 'signup'}", timeout=60),
                                    range(40)))
        assert [answer.status_code for answer in answers] == [200] * 40
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_names_are_bounded_and_lose_direction_overrides(client: TestClient) -> None:
    from sqlalchemy import select

    from cocktailparty import db
    from cocktailparty.models import ApiToken, User, Workspace

    workspace_id = sign_up(client, "sara@example.com", workspace="Acme\u202e evil")
    settings = f"/w/{workspace_id}/settings"
    huge = client.post(f"{settings}/tokens", data={"csrf_token": csrf(client, settings), "name": "n" * 900_000})
    assert huge.status_code == 422 and "the limit is 120" in huge.text
    client.post(f"{settings}/tokens", data={"csrf_token": csrf(client, settings), "name": "report\u202egnp.exe"})
    with db.session_scope() as session:
        assert session.scalars(select(Workspace.name)).all() == ["Acme evil"]
        assert session.scalars(select(ApiToken.name)).all() == ["reportgnp.exe"]
        assert session.scalars(select(User.locale)).all() == ["en"]


def test_a_forged_language_cookie_is_not_stored_as_the_users_language(client: TestClient) -> None:
    from sqlalchemy import select

    from cocktailparty import db
    from cocktailparty.models import User

    client.cookies.set("lang", "x" * 500)
    sign_up(client, "sara@example.com")
    with db.session_scope() as session:
        assert session.scalars(select(User.locale)).all() == ["en"]


def test_titles_and_names_without_rules_of_their_own_lose_direction_overrides(db_env: Path) -> None:
    """Feeds' names, giveaways' titles and the names of the team's people are shown beside other text (and a
    giveaway's title goes out in its announcement): a U+202E in one would reverse what follows it."""
    from datetime import UTC, datetime, timedelta

    from cocktailparty import db
    from cocktailparty.curation import service as curation
    from cocktailparty.giveaways import service as giveaways
    from cocktailparty.members import service as members
    from cocktailparty.moments import service as moments

    with db.session_scope(write=True) as session:
        owner = members.sign_up(session, email="sara@example.com", name="Sara", password="correct horse battery",
                                workspace_name=None)
        workspace = members.create_workspace(session, owner, "Acme")
        channel = factories.channel(session, workspace, "brand", token="t")
        feed = curation.add_feed(session, workspace, "https://example.org/feed.xml", "أخبار\u202eevil")
        giveaway = giveaways.open_giveaway(session, workspace, channel=channel, title="مسابقة\u202e رمضان",
                                           post_remote_id="123", deadline=datetime.now(UTC) + timedelta(days=3))
        person = moments.add_member(session, workspace, name="نور\u202e\u200f الهدى")
        assert (feed.name, giveaway.title, person.name) == ("أخبارevil", "مسابقة رمضان", "نور الهدى")
