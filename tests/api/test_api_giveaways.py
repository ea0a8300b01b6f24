"""/api/v1/giveaways: opened with a commitment (no seed shown), viewers read only, no draw before the deadline,
another workspace's giveaway not found, bad rules refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from api_team import Team
from fastapi.testclient import TestClient

from cocktailparty.models import Role


def _body(team: Team, **changes: object) -> dict[str, object]:
    return {"channel_id": team.channel_id, "title": "Eid gift", "post_remote_id": "109",
            "deadline": (datetime.now(UTC) + timedelta(days=2)).isoformat(), "winners": 2, "entry": "tag",
            "tag_count": 2, "staff": ["@Omar"], **changes}


def test_open_read_and_not_drawn_early(api: TestClient, team: Team, teams: Callable[[str], Team]) -> None:
    assert api.post("/giveaways", json=_body(team), headers=team.auth(Role.VIEWER)).status_code == 403
    opened = api.post("/giveaways", json=_body(team), headers=team.auth(Role.EDITOR))
    assert opened.status_code == 201, opened.text
    giveaway = opened.json()
    assert len(giveaway["commitment"]) == 64 and giveaway["seed"] is None and giveaway["winners"] == []
    assert api.get(f"/giveaways/{giveaway['id']}", headers=team.auth(Role.VIEWER)).json() == giveaway
    collected = api.post(f"/giveaways/{giveaway['id']}/collect", headers=team.auth(Role.EDITOR))
    assert collected.status_code == 200 and collected.json() == {"added": 0, "entries": 0, "refused": []}
    early = api.post(f"/giveaways/{giveaway['id']}/draw", headers=team.auth(Role.EDITOR))
    assert early.status_code == 409 and early.json()["code"] == "giveaway.before_deadline"
    other = teams("Other")
    assert api.get(f"/giveaways/{giveaway['id']}", headers=other.auth()).status_code == 404
    csv = api.get(f"/giveaways/{giveaway['id']}/entries.csv", headers=team.auth(Role.VIEWER))
    assert csv.status_code == 200 and csv.text.strip() == "account,reply_id,entered_at,text"


def test_bad_rules_are_refused(api: TestClient, team: Team) -> None:
    past = api.post("/giveaways", json=_body(team, deadline=(datetime.now(UTC) - timedelta(days=1)).isoformat()),
                    headers=team.auth())
    assert past.status_code == 422 and past.json()["code"] == "giveaway.deadline_past"
    no_tags = api.post("/giveaways", json=_body(team, tag_count=0), headers=team.auth())
    assert no_tags.status_code == 422 and no_tags.json()["code"] == "giveaway.bad_tag_count"
    no_hashtag = api.post("/giveaways", json=_body(team, entry="hashtag"), headers=team.auth())
    assert no_hashtag.status_code == 422 and no_hashtag.json()["code"] == "giveaway.no_hashtag"


@pytest.mark.commits  # counts the pool's checked-out connections: in a bound transaction the test holds one
def test_no_database_connection_is_held_while_the_network_gives_the_replies(api: TestClient, team: Team) -> None:
    """Reading the replies may take the network's time: the request holds no connection (on SQLite, not the write
    lock every other writer waits for) meanwhile."""
    from cocktailparty import db
    from fake_network import SERVER

    giveaway = api.post("/giveaways", json=_body(team), headers=team.auth()).json()
    held: list[int] = []
    SERVER.on_fetch = lambda: held.append(db.get_engine().pool.checkedout())
    collected = api.post(f"/giveaways/{giveaway['id']}/collect", headers=team.auth())
    assert collected.status_code == 200 and held == [0]


def test_a_reply_with_a_nul_from_the_network_is_kept_without_it(api: TestClient, team: Team) -> None:
    """The network's text is not ours to refuse: a NUL in a reply (which PostgreSQL cannot store) is dropped."""
    from cocktailparty.connectors.base import Comment
    from fake_network import SERVER

    giveaway = api.post("/giveaways", json=_body(team, entry="reply", tag_count=0), headers=team.auth()).json()
    SERVER.comments = [Comment(remote_id="r\x001", author="nour\x00", text="أنا مشاركة\x00!",
                               created_at=datetime.now(UTC), in_reply_to="109")]
    collected = api.post(f"/giveaways/{giveaway['id']}/collect", headers=team.auth())
    assert collected.status_code == 200 and collected.json()["added"] == 1, collected.text
    csv = api.get(f"/giveaways/{giveaway['id']}/entries.csv", headers=team.auth()).text
    assert "\x00" not in csv and "nour,r1," in csv and "أنا مشاركة!" in csv
