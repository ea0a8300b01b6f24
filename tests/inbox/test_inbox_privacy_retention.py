"""Direct messages are seen by owners and editors only (one rule, in the inbox's scoping: lists, counts,
response times, an item by id), and fetched items older than a workspace's retention are deleted with their
notes by the worker's purge job, never our own posts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import factories
from cocktailparty.connectors.base import Comment
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError, NotFound
from cocktailparty.inbox import job, service
from cocktailparty.inbox.repository import InboxFilter
from cocktailparty.models import InboxItem, InboxNote, Post, PostState, Role
from cocktailparty.workspaces.service import get_or_create
from fake_network import SERVER

NOW = datetime.now(UTC).replace(microsecond=0)


def said(remote_id: str, text: str, days_ago: float, kind: str = "comment") -> Comment:
    return Comment(remote_id=remote_id, author="fan", text=text, created_at=NOW - timedelta(days=days_ago), kind=kind)


def fetched(workspace_name: str, comments: list[Comment]) -> dict[str, int]:
    with session_scope() as session:
        channel_id = factories.channel(session, factories.workspace(session, workspace_name)).id
    SERVER.comments = comments
    return {item.remote_id: item.id for item in job.fetch_channel(channel_id).new}


def test_a_viewer_never_reaches_a_direct_message(rollback_env: Path) -> None:
    ids = fetched("Bakery", [said("c1", "When do you open on Friday?", 0.01),
                             said("m1", "my order 4411 never arrived, terrible service", 0.02, kind="message")])
    with session_scope() as session:
        workspace = get_or_create(session, "Bakery")
        for role, sees in ((Role.OWNER, True), (Role.EDITOR, True), (Role.VIEWER, False)):
            inbox = service.inbox_for(session, workspace, role)
            expected = {"c1", "m1"} if sees else {"c1"}
            assert {item.remote_id for item in inbox.page(InboxFilter())} == expected, role
            assert {item.remote_id for item in inbox.page(InboxFilter(label="complaint"))} == expected - {"c1"}
            assert inbox.count_open() == len(expected)
            overall = service.response_times(session, workspace, role, NOW)[0]
            assert overall.items == len(expected)
            if sees:
                assert service.get_or_raise(session, workspace, ids["m1"], role).kind == "message"
            else:
                with pytest.raises(NotFound):  # as for another workspace's item: nothing says it exists
                    service.get_or_raise(session, workspace, ids["m1"], role)
            assert service.get_or_raise(session, workspace, ids["c1"], role).remote_id == "c1"
            assert service.sees_messages(role) is sees


def test_the_purge_deletes_old_items_and_their_notes_never_our_posts(rollback_env: Path, classifier: object) -> None:
    ids = fetched("Bakery", [said("old", "Do you still sell the pistachio cake?", 40),
                             said("old-dm", "old private question?", 31, kind="message"),
                             said("recent", "And the saffron one?", 20)])
    fetched("Rival", [said("theirs", "Is the shop open?", 40)])
    with session_scope() as session:
        workspace = get_or_create(session, "Bakery")
        old = service.get_or_raise(session, workspace, ids["old"], Role.OWNER)
        service.add_note(session, old, None, "asked twice already")
        answer = service.reply(session, workspace, old, "Yes, every weekend!", classifier,  # type: ignore[arg-type]
                               NOW)
        answer_id = answer.id
        with pytest.raises(InputError):
            service.set_retention(workspace, 6)
        with pytest.raises(InputError):
            service.set_retention(workspace, 3651)
        assert workspace.inbox_retention_days == 365
        service.set_retention(workspace, 30)
    assert job.purge_expired(NOW) == 2  # Bakery's two items past 30 days; the Rival keeps a year
    with session_scope() as session:
        left = sorted(session.query(InboxItem.remote_id).all())
        assert left == [("recent",), ("theirs",)]
        assert session.query(InboxNote).count() == 0
        post = session.get(Post, answer_id)
        assert post is not None and post.category == "reply" and post.state == PostState.SCHEDULED
    assert job.purge_expired(NOW) == 0
