"""The API's inbox for each role: a viewer's list, detail, response times never show a direct message (an
owner's and an editor's do), and the workspace's inbox retention read and set (owners only, 7 to 3650 days)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api_team import Team
from fastapi.testclient import TestClient

from cocktailparty.connectors.base import Comment
from cocktailparty.inbox import job
from cocktailparty.models import Role
from fake_network import SERVER


def test_direct_messages_are_for_owners_and_editors(api: TestClient, team: Team) -> None:
    now = datetime.now(UTC)
    SERVER.comments = [
        Comment(remote_id="c1", author="sara", text="When do you open on Friday?",
                created_at=now - timedelta(minutes=2)),
        Comment(remote_id="m1", author="omar", text="my order 4411 never arrived, here is my phone number",
                created_at=now - timedelta(minutes=1), kind="message"),
    ]
    ids = {item.remote_id: item.id for item in job.fetch_channel(team.channel_id).new}
    for role, sees in ((Role.OWNER, True), (Role.EDITOR, True), (Role.VIEWER, False)):
        listed = api.get("/inbox", headers=team.auth(role))
        assert listed.status_code == 200
        expected = ["c1", "m1"] if sees else ["c1"]
        assert sorted(found["remote_id"] for found in listed.json()) == expected, role
        newest = api.get("/inbox", params={"order": "newest", "state": "open"}, headers=team.auth(role)).json()
        assert [found["remote_id"] for found in newest] == expected[::-1]
        detail = api.get(f"/inbox/{ids['m1']}", headers=team.auth(role))
        assert detail.status_code == (200 if sees else 404), role
        if sees:
            assert detail.json()["kind"] == "message"
        else:
            assert "order 4411" not in detail.text
        assert api.get(f"/inbox/{ids['c1']}", headers=team.auth(role)).status_code == 200
        times = api.get("/inbox/response-times", headers=team.auth(role)).json()
        assert times["overall"]["items"] == len(expected), role  # a question, and the message's complaint


def test_the_inbox_retention_is_an_owners_setting(api: TestClient, team: Team) -> None:
    assert api.get("/workspace", headers=team.auth(Role.VIEWER)).json()["inbox_retention_days"] == 365
    changed = api.put("/workspace/inbox-retention", json={"days": 30}, headers=team.auth())
    assert changed.status_code == 200, changed.text
    assert changed.json()["inbox_retention_days"] == 30
    assert api.get("/workspace", headers=team.auth()).json()["inbox_retention_days"] == 30
    for role in (Role.EDITOR, Role.VIEWER):
        refused = api.put("/workspace/inbox-retention", json={"days": 90}, headers=team.auth(role))
        assert refused.status_code == 403, role
    too_short = api.put("/workspace/inbox-retention", json={"days": 6}, headers=team.auth())
    assert too_short.status_code == 422
    assert too_short.json()["code"] == "inbox.bad_retention", too_short.text
    assert "between 7 and 3,650 days" in too_short.text
    assert api.get("/workspace", headers=team.auth()).json()["inbox_retention_days"] == 30
