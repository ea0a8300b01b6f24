"""The inbox and settings pages for each role: a viewer's inbox shows no direct message and does not count
one; the inbox's retention is an owner's setting on the settings page; and the inbox page runs as many SQL
statements with a page full of items, notes and saved replies as with a few."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import event

import factories
from cocktailparty import db
from cocktailparty.connectors.base import Comment
from cocktailparty.inbox import job, service
from cocktailparty.models import Role, Workspace
from fake_network import SERVER
from webclient import PASSWORD, log_in, post_form, sign_up


def _team(client: TestClient, viewer_client: TestClient) -> tuple[int, int]:
    workspace_id = sign_up(client, "owner@bakery.example", "Bakery")
    assert workspace_id
    with db.session_scope() as session:
        factories.user(session, "viewer@bakery.example", name="Vera", password=PASSWORD)
        factories.joined(session, "viewer@bakery.example", workspace_id, Role.VIEWER)
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        channel_id = factories.channel(session, workspace, "brand", token="t").id
    log_in(viewer_client, "viewer@bakery.example")
    return workspace_id, channel_id


def test_a_viewer_sees_no_direct_message(client: TestClient, other_client: TestClient) -> None:
    workspace_id, channel_id = _team(client, other_client)
    now = datetime.now(UTC)
    SERVER.comments = [
        Comment(remote_id="c1", author="sara", text="When do you open on Friday?", created_at=now),
        Comment(remote_id="m1", author="omar", text="Private: my address is 12 Palm Street",
                created_at=now, kind="message"),
    ]
    job.fetch_channel(channel_id)
    owner_page = client.get(f"/w/{workspace_id}/inbox")
    assert "12 Palm Street" in owner_page.text and "When do you open on Friday?" in owner_page.text
    assert '<span class="muted" id="open-count">2 open</span>' in owner_page.text
    viewer_page = other_client.get(f"/w/{workspace_id}/inbox")
    assert viewer_page.status_code == 200
    assert "When do you open on Friday?" in viewer_page.text
    assert "12 Palm Street" not in viewer_page.text and "omar" not in viewer_page.text
    assert '<span class="muted" id="open-count">1 open</span>' in viewer_page.text
    filtered = other_client.get(f"/w/{workspace_id}/inbox", params={"order": "newest", "state": "open"})
    assert "12 Palm Street" not in filtered.text


def test_the_retention_is_set_by_an_owner_on_the_settings_page(client: TestClient, other_client: TestClient) -> None:
    workspace_id, _ = _team(client, other_client)
    page = client.get(f"/w/{workspace_id}/settings")
    assert 'id="retention-days"' in page.text and 'value="365"' in page.text
    saved = post_form(client, f"/w/{workspace_id}/settings/inbox", {"retention_days": "30"},
                      page=f"/w/{workspace_id}/settings", follow_redirects=True)
    assert saved.status_code == 200 and "Fetched inbox items are kept 30 days." in saved.text
    assert "older than 30 days are deleted" in saved.text
    refused = post_form(client, f"/w/{workspace_id}/settings/inbox", {"retention_days": "3"},
                        page=f"/w/{workspace_id}/settings")
    assert refused.status_code == 422 and "between 7 and 3,650 days, not 3" in refused.text
    viewer_page = other_client.get(f"/w/{workspace_id}/settings")
    assert "Only an owner can change how long the inbox keeps what it fetched." in viewer_page.text
    assert 'id="retention-days"' not in viewer_page.text
    forbidden = post_form(other_client, f"/w/{workspace_id}/settings/inbox", {"retention_days": "9"},
                          page=f"/w/{workspace_id}/settings")
    assert forbidden.status_code == 403
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None and workspace.inbox_retention_days == 30


@contextmanager
def statements() -> Iterator[list[str]]:
    engine = db.get_engine()
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _items(channel_id: int, workspace_id: int, start: int, count: int) -> None:
    now = datetime.now(UTC)
    SERVER.comments = [Comment(remote_id=f"r{number}", author=f"fan{number}", text=f"Question {number}: open Friday?",
                               created_at=now - timedelta(seconds=number - start),
                               kind="message" if number % 3 == 1 else "comment")
                       for number in range(start, start + count)]
    new = job.fetch_channel(channel_id).new
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        for item in new[:10]:
            found = service.get_or_raise(session, workspace, item.id, Role.OWNER)
            service.add_note(session, found, None, f"note on {item.id}")
        service.add_saved_reply(session, workspace, f"hello {start}", "en", "Hi {name}!")


def test_the_inbox_page_runs_as_many_queries_with_many_items(client: TestClient, other_client: TestClient) -> None:
    workspace_id, channel_id = _team(client, other_client)
    path = f"/w/{workspace_id}/inbox"
    for browser in (client, other_client):
        browser.get(path)  # warm what a process does once
    _items(channel_id, workspace_id, 0, 5)
    few = {}
    for name, browser in (("owner", client), ("viewer", other_client)):
        with statements() as seen:
            assert browser.get(path).status_code == 200
        few[name] = len(seen)
    _items(channel_id, workspace_id, 100, 120)
    for name, browser in (("owner", client), ("viewer", other_client)):
        with statements() as seen:
            page = browser.get(path)
        assert page.status_code == 200 and page.text.count('class="card inbox-item') == 50
        # No more with 120 items than with 5: the page reads one (state, label) group at a time until it is full,
        # so a small inbox reads every group (at most 21) and a large one stops at the first that fill it.
        assert len(seen) <= few[name], name


def test_the_page_says_messengers_window_is_closed_before_a_reply_is_written(client: TestClient) -> None:
    workspace_id = sign_up(client, "owner@cafe.example", "Cafe")
    now = datetime.now(UTC)
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        page = factories.channel(session, workspace, "page", network="facebook", token="t")
        old, fresh = service.record(session, page, [
            Comment("m-old", "layla", "Do you cater weddings?", now - timedelta(hours=30), kind="message"),
            Comment("m-new", "omar", "Open tonight?", now - timedelta(hours=1), kind="message")], None, now)
        ids = old.id, fresh.id
    shown = client.get(f"/w/{workspace_id}/inbox").text
    closed = re.search(rf'<article [^>]*id="item-{ids[0]}".*?</article>', shown, re.S)
    open_ = re.search(rf'<article [^>]*id="item-{ids[1]}".*?</article>', shown, re.S)
    assert closed and open_
    assert "Messenger lets a Page answer within 24 hours" in closed.group(0) and "<textarea" not in closed.group(0)
    assert "Messenger lets a Page" not in open_.group(0) and "<textarea" in open_.group(0)
    refused = post_form(client, f"/w/{workspace_id}/inbox/{ids[0]}/reply", {"text": "Yes!"},
                        page=f"/w/{workspace_id}/inbox")
    assert refused.status_code == 422 and "30 hours old" in refused.text
