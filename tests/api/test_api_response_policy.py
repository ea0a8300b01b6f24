"""The response target and business hours through the API: set by an owner (checked by the inbox service, 422 with
its code otherwise), read back on /workspace and in /inbox/response-times, and an item past the target marked
`late` in the list and its detail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api_team import Team
from fastapi.testclient import TestClient

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.connectors.base import Comment
from cocktailparty.inbox import job
from cocktailparty.models import Channel, Role
from fake_network import SERVER

ALL_WEEK = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def test_an_owner_sets_the_policy_and_others_read_it(api: TestClient, team: Team) -> None:
    gulf = {"target_minutes": 120, "business_hours": {"days": ["Thu", "Sun", "Mon", "Tue", "Wed"], "opens": "09:00",
                                                       "closes": "17:00"}}
    saved = api.put("/workspace/response-policy", json=gulf, headers=team.auth())
    assert saved.status_code == 200, saved.text
    expected = {"target_minutes": 120, "business_hours": {"days": ["Mon", "Tue", "Wed", "Thu", "Sun"],
                                                          "opens": "09:00", "closes": "17:00"}}
    assert saved.json()["response_policy"] == expected
    assert api.get("/workspace", headers=team.auth(Role.VIEWER)).json()["response_policy"] == expected
    report = api.get("/inbox/response-times", headers=team.auth(Role.VIEWER)).json()
    assert report["target_seconds"] == 7200 and report["business_hours"] == expected["business_hours"]
    for role in (Role.EDITOR, Role.VIEWER):
        assert api.put("/workspace/response-policy", json=gulf, headers=team.auth(role)).status_code == 403
    for body, code in (({"target_minutes": 2}, "inbox.bad_target"),
                       ({"target_minutes": 60, "business_hours": {"days": []}}, "inbox.no_business_days"),
                       ({"target_minutes": 60, "business_hours": {"days": ["Sun"], "opens": "18:00",
                                                                  "closes": "08:00"}}, "inbox.hours_backwards"),
                       ({"target_minutes": 60, "business_hours": {"days": ["Sun"], "opens": "8h"}}, "inbox.bad_hour")):
        refused = api.put("/workspace/response-policy", json=body, headers=team.auth())
        assert refused.status_code == 422 and refused.json()["code"] == code, refused.text
    not_a_day = api.put("/workspace/response-policy", json={"target_minutes": 60, "business_hours": {
        "days": ["Funday"]}}, headers=team.auth())
    assert not_a_day.status_code == 422  # the schema names the days
    round_the_clock = api.put("/workspace/response-policy", json={"target_minutes": 45}, headers=team.auth())
    assert round_the_clock.json()["response_policy"] == {"target_minutes": 45, "business_hours": None}


def test_an_item_past_the_target_is_marked_late(api: TestClient, team: Team) -> None:
    now = datetime.now(UTC)
    with db.session_scope(write=True) as session:
        channel = session.get(Channel, team.channel_id)
        assert channel is not None
        channels.set_timezone(channel, "Asia/Riyadh")
    SERVER.comments = [
        Comment(remote_id="q-old", author="noura", text="وين ألقى منيو الفطور؟", created_at=now - timedelta(hours=3)),
        Comment(remote_id="q-new", author="sara", text="When do you open on Friday?",
                created_at=now - timedelta(minutes=20)),
        Comment(remote_id="thanks", author="omar", text="شكراً، الكيك كان رهيب", created_at=now - timedelta(hours=3)),
    ]
    ids = {item.remote_id: item.id for item in job.fetch_channel(team.channel_id).new}
    put = api.put("/workspace/response-policy", json={"target_minutes": 60, "business_hours": {
        "days": ALL_WEEK, "opens": "00:00", "closes": "24:00"}}, headers=team.auth())
    assert put.status_code == 200, put.text
    listed = {row["remote_id"]: row for row in api.get("/inbox", headers=team.auth()).json()}
    assert {key: (row["label"], row["late"]) for key, row in listed.items()} == {
        "q-old": ("question", True), "q-new": ("question", False), "thanks": ("praise", False)}
    assert api.get(f"/inbox/{ids['q-old']}", headers=team.auth()).json()["late"] is True
    times = api.get("/inbox/response-times", headers=team.auth()).json()
    assert times["overall"]["late"] == 1 and times["channels"][0]["late"] == 1
    # A target of four hours: nothing is late yet.
    api.put("/workspace/response-policy", json={"target_minutes": 240}, headers=team.auth())
    assert not any(row["late"] for row in api.get("/inbox", headers=team.auth()).json())
