"""Pages that stay fast as a workspace grows, checked without timing anything: the calendar's month, the
dashboard and the API's page of posts run as many SQL statements with dozens of posts as with
a thousand (and with more channels); a kept part (web/fragments.py) reads no post at all; and a kept part is
never shown after its workspace changed, to another role, in another language, or with another session's
CSRF token."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, select, text, update

import factories
from cocktailparty import db
from cocktailparty.members import service as members
from cocktailparty.models import Channel, InboxItem, Post, PostState, User, Workspace, WorkspaceStamp
from cocktailparty.web import fragments
from webclient import post_form, sign_up

STATES = [PostState.PUBLISHED, PostState.SCHEDULED, PostState.FAILED, PostState.CANCELLED, PostState.DRAFT]


@contextmanager
def statements() -> Iterator[list[str]]:
    """The SQL statements the app's engine runs inside the block."""
    engine = db.get_engine()
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _channel(workspace_id: int, name: str, zone: str = "Asia/Riyadh") -> int:
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        return int(factories.channel(session, workspace, name, token="t", timezone=zone).id)


def _posts(workspace_id: int, channel_ids: list[int], count: int, around: date, days: int, seed: int = 1) -> None:
    """`count` posts of every state, up to `days` days around `around`."""
    chance = random.Random(seed)
    rows = []
    for number in range(count):
        due = datetime.combine(around, time(9), UTC) + timedelta(hours=chance.randint(-24 * days, 24 * days))
        state = STATES[number % len(STATES)]
        rows.append(Post(workspace_id=workspace_id, channel_id=channel_ids[number % len(channel_ids)],
                         text=f"post {number} of {count}", category="promotional" if number % 5 == 0 else "news",
                         state=state, due_at=None if state == PostState.DRAFT else due,
                         published_at=due if state == PostState.PUBLISHED else None))
    with db.session_scope() as session:
        session.add_all(rows)


def _api_token(workspace_id: int, email: str) -> str:
    with db.session_scope() as session:
        user = session.scalar(select(User).where(User.email == email))
        assert user is not None
        access = members.access(session, user, workspace_id)
        assert access is not None
        return members.create_api_token(session, access, "queries")[1]  # type: ignore[no-any-return]


def _count(client: TestClient, path: str, **kwargs: object) -> list[str]:
    fragments.parts.clear()  # built afresh: the kept parts are checked below
    with statements() as seen:
        answer = client.get(path, **kwargs)
    assert answer.status_code == 200, answer.text
    return seen


def test_pages_run_as_many_queries_with_hundreds_of_posts_as_with_a_few(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    token = _api_token(workspace_id, "sara@example.com")
    today = datetime.now(UTC).date()
    first = [_channel(workspace_id, "brand"), _channel(workspace_id, "support", "America/New_York")]
    pages = {
        "calendar month": (f"/w/{workspace_id}/calendar?view=month", {}),
        "calendar week": (f"/w/{workspace_id}/calendar?view=week", {}),
        "dashboard": (f"/w/{workspace_id}", {}),
        "API posts": ("/api/v1/posts?limit=50", {"headers": {"Authorization": f"Bearer {token}"}}),
    }
    for path, kwargs in pages.values():  # first requests warm what a process does once (ANALYZE, templates)
        client.get(path, **kwargs)

    # Enough for every view to show posts and the API to fill its page; then fifteen times as many.
    _posts(workspace_id, first, 100, today, 2)
    few = {name: len(_count(client, path, **kwargs)) for name, (path, kwargs) in pages.items()}
    _posts(workspace_id, first, 900, today, 20, seed=2)
    many = {name: len(_count(client, path, **kwargs)) for name, (path, kwargs) in pages.items()}
    assert many == few
    page = client.get(f"/w/{workspace_id}/calendar?view=month").text
    assert "more</a>" in page  # busy days were counted, not shown

    more_channels = [_channel(workspace_id, f"extra {number}", "Europe/London") for number in range(4)]
    _posts(workspace_id, more_channels, 200, today, 20, seed=3)
    assert {name: len(_count(client, path, **kwargs)) for name, (path, kwargs) in pages.items()} == few


def test_a_kept_page_reads_no_posts_until_its_workspace_changes(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = _channel(workspace_id, "brand")
    month = datetime.now(UTC).date().replace(day=15)
    _posts(workspace_id, [channel_id], 50, month, 20)
    for path in (f"/w/{workspace_id}/calendar?view=month", f"/w/{workspace_id}"):
        client.get(path)
        with statements() as seen:
            again = client.get(path)
        assert again.status_code == 200
        assert not [statement for statement in seen if re.search(r"\bposts\b", statement)], path

    # A post written outside the web app (as the worker or the command line would) shows at once.
    due = datetime.combine(month, time(10), UTC)
    with db.session_scope() as session:
        session.add(Post(workspace_id=workspace_id, channel_id=channel_id, text="Written elsewhere", category="news",
                         state=PostState.SCHEDULED, due_at=due))
    assert "Written elsewhere" in client.get(f"/w/{workspace_id}/calendar?view=month&date={month}").text
    assert "Written elsewhere" in client.get(f"/w/{workspace_id}").text or due < datetime.now(UTC)
    # So does a channel's new name, and a post's new state.
    with db.session_scope() as session:
        session.execute(update(Channel).where(Channel.id == channel_id).values(name="renamed brand"))
    assert "renamed brand" in client.get(f"/w/{workspace_id}/calendar?view=month&date={month}").text
    assert "renamed brand" in client.get(f"/w/{workspace_id}").text
    with db.session_scope() as session:
        session.execute(update(Post).where(Post.text == "Written elsewhere").values(state=PostState.FAILED,
                                                                                     last_error="kept page test"))
    assert "kept page test" in client.get(f"/w/{workspace_id}").text


def test_a_kept_grid_is_never_shown_to_another_role_language_or_session(
    client: TestClient, other_client: TestClient
) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    assert workspace_id
    channel_id = _channel(workspace_id, "brand")
    ahead = datetime.now(UTC).date() + timedelta(days=3)
    with db.session_scope() as session:
        session.add(Post(workspace_id=workspace_id, channel_id=channel_id, text="Movable by editors", category="news",
                         state=PostState.SCHEDULED, due_at=datetime.combine(ahead, time(12), UTC)))
        owner = session.scalar(select(User).where(User.email == "sara@example.com"))
        assert owner is not None
        access = members.access(session, owner, workspace_id)
        assert access is not None
        _, invitation = members.invite(session, access, "viewer@example.com", "viewer")
    assert sign_up(other_client, "viewer@example.com", invitation=invitation) == workspace_id
    path = f"/w/{workspace_id}/calendar?view=week&date={ahead}"

    owner_page = client.get(path).text
    viewer_page = other_client.get(path).text
    assert "/move" in owner_page and "/move" not in viewer_page
    assert "Movable by editors" in viewer_page
    owner_token = re.findall(r'name="csrf_token" value="([^"]+)"', owner_page)
    viewer_token = re.findall(r'name="csrf_token" value="([^"]+)"', viewer_page)
    assert len(set(owner_token)) == 1 and owner_token[0] not in viewer_page and set(viewer_token) != set(owner_token)
    assert fragments.CSRF_PLACEHOLDER not in owner_page + viewer_page

    # The same reader in Arabic gets the Arabic grid, not the English one kept a moment ago.
    post_form(client, "/language", {"lang": "ar", "next": path}, page=path)
    arabic = client.get(path).text
    assert 'dir="rtl"' in arabic and "نقل" in arabic  # "Move"


@pytest.mark.commits  # the triggers at real commits (a bound block's end only stands in for one: db.bind_sessions)
def test_the_database_raises_a_workspace_stamp_on_every_change(app_env: Path) -> None:
    """The triggers of migration 0006 (SQLite drops a table's triggers when a migration rebuilds it)."""
    with db.session_scope() as session:
        workspace = Workspace(name="Stamped")
        session.add(workspace)
        session.flush()
        workspace_id = workspace.id

    def stamp() -> int:
        with db.session_scope() as session:
            found = session.scalar(select(WorkspaceStamp.version).where(WorkspaceStamp.workspace_id == workspace_id))
            assert found is not None, "a new workspace has a stamp"
            return int(found)

    changes = []
    before = stamp()
    with db.session_scope() as session:
        channel = Channel(workspace_id=workspace_id, network="testnet", name="brand", timezone="UTC")
        session.add(channel)
    changes.append(stamp())
    with db.session_scope() as session:
        session.add_all([Post(workspace_id=workspace_id, channel_id=channel.id, text=f"post {number}",
                              category="news", state=PostState.SCHEDULED, due_at=datetime.now(UTC))
                         for number in range(50)])
    changes.append(stamp())
    with db.session_scope() as session:
        session.execute(update(Post).where(Post.workspace_id == workspace_id).values(category="question"))
    changes.append(stamp())
    with db.session_scope() as session:
        session.execute(text("DELETE FROM posts WHERE workspace_id = :id"), {"id": workspace_id})
    changes.append(stamp())
    with db.session_scope() as session:
        session.execute(update(Workspace).where(Workspace.id == workspace_id).values(preset="4-1-1"))
    changes.append(stamp())
    assert [before, *changes] == sorted(set([before, *changes])), "every change raises the stamp"
    if db.get_engine().dialect.name == "postgresql":
        # Once per transaction, however many rows it wrote.
        assert changes[1] - changes[0] == 1 and changes[2] - changes[1] == 1


def test_the_database_raises_a_workspace_inbox_stamp_on_every_change_to_its_items(app_env: Path) -> None:
    """The triggers of migration 0018: every insert, update and delete of a workspace's inbox items (a channel's
    removal cascading to them too) raises its inbox stamp, and leaves the calendar's stamp alone."""
    with db.session_scope() as session:
        workspace = Workspace(name="Inbox stamped")
        session.add(workspace)
        session.flush()
        workspace_id = workspace.id
        channel = Channel(workspace_id=workspace_id, network="testnet", name="brand", timezone="UTC")
        session.add(channel)
        session.flush()
        channel_id = channel.id

    def stamps() -> tuple[int, int]:
        with db.session_scope() as session:
            found = session.execute(select(WorkspaceStamp.version, WorkspaceStamp.inbox_version)
                                    .where(WorkspaceStamp.workspace_id == workspace_id)).one()
            return int(found[0]), int(found[1])

    def item(number: int) -> InboxItem:
        said = datetime.now(UTC)
        return InboxItem(workspace_id=workspace_id, channel_id=channel_id, network="testnet", remote_id=str(number),
                         kind="comment", author="sara", text=f"question {number}?", language="en", label="question",
                         state="open", created_at=said, fetched_at=said)

    calendar, before = stamps()
    inbox = [before]
    with db.session_scope() as session:
        session.add_all([item(number) for number in range(20)])
    inbox.append(stamps()[1])
    with db.session_scope() as session:
        session.execute(update(InboxItem).where(InboxItem.workspace_id == workspace_id).values(state="done"))
    inbox.append(stamps()[1])
    with db.session_scope() as session:
        session.execute(text("DELETE FROM inbox_items WHERE remote_id = '3'"))
    inbox.append(stamps()[1])
    with db.session_scope() as session:
        session.execute(text("DELETE FROM channels WHERE id = :id"), {"id": channel_id})
    inbox.append(stamps()[1])
    assert inbox == sorted(set(inbox)), "every change raises the inbox stamp"
    assert stamps()[0] == calendar + 1, "only the channel's removal raises the calendar's stamp"
    if db.get_engine().dialect.name == "postgresql":
        assert inbox[1] - inbox[0] == 1 and inbox[2] - inbox[1] == 1, "once per transaction"


def test_posts_land_on_their_channels_local_days_across_daylight_saving_time(app_env: Path) -> None:
    """The database places posts on local days (calendar/repository.py): the same days Python gives, for zones
    with and without daylight saving time, around midnight and around the change (14 March 2027 in New York)."""
    from zoneinfo import ZoneInfo

    from cocktailparty.calendar import service as calendar

    with db.session_scope() as session:
        workspace = Workspace(name="Zones")
        session.add(workspace)
        session.flush()
        zones = ["America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "UTC"]
        chosen = [Channel(workspace_id=workspace.id, network="testnet", name=zone, timezone=zone) for zone in zones]
        session.add_all(chosen)
        session.flush()
        moments = [datetime(2027, 3, 14, 0, 0, tzinfo=UTC) + timedelta(minutes=37 * step) for step in range(-90, 90)]
        moments += [datetime(2027, 3, day, hour, minute, tzinfo=UTC) for day in (1, 31)
                    for hour in (0, 4, 5, 10, 13, 18) for minute in (0, 29, 30, 59)]
        session.add_all([Post(workspace_id=workspace.id, channel_id=channel.id, text=f"{channel.name} {moment}",
                              category="news", state=PostState.PUBLISHED, due_at=moment)
                         for channel in chosen for moment in moments])
        session.flush()
        workspace_id = workspace.id
        expected: dict[tuple[int, date], int] = {}
        grid = calendar.grid_range("week", date(2027, 3, 14), 0)
        for channel in chosen:
            for moment in moments:
                day = moment.astimezone(ZoneInfo(channel.timezone)).date()
                if grid[0] <= day <= grid[1]:
                    expected[(channel.id, day)] = expected.get((channel.id, day), 0) + 1
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        for channel in chosen:
            page = calendar.build(session, workspace, "week", date(2027, 3, 14), week_start=0,
                                  now=datetime(2027, 1, 1, tzinfo=UTC), channel_id=channel.id)
            found = {(channel.id, cell.day): len(cell.shown) + cell.more for week in page.weeks for cell in week
                     if cell.shown}
            assert found == {key: count for key, count in expected.items() if key[0] == channel.id}, channel.timezone
            for week in page.weeks:
                for cell in week:
                    assert all(card.due_at.astimezone(ZoneInfo(card.zone)).date() == cell.day for card in cell.shown)
