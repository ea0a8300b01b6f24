"""The workspace, its channels, the mix, the classifier and the library through the API."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api_team import Team
from fastapi.testclient import TestClient
from sqlalchemy import insert

import factories
from cocktailparty import db
from cocktailparty.models import Post, Role, Workspace


def test_channels_never_show_their_credentials(api: TestClient, team: Team) -> None:
    with db.session_scope() as session:
        workspace = session.get(Workspace, team.workspace_id)
        assert workspace is not None
        factories.channel(session, workspace, "another", token="very-secret-token-4242", timezone="Asia/Riyadh",
                          slots=["Mon 09:00"])
    answer = api.get("/channels", headers=team.auth(Role.VIEWER))
    assert answer.status_code == 200
    assert [(c["name"], c["timezone"], c["slots"]) for c in answer.json()] == [
        ("another", "Asia/Riyadh", ["Mon 09:00"]), ("brand", "UTC", [])]
    assert "very-secret-token-4242" not in answer.text and "secret" not in answer.text


def test_classify_english_and_arabic(api: TestClient, team: Team) -> None:
    question = api.post("/classify", headers=team.auth(), json={"text": "Tea or coffee this morning?"})
    assert question.status_code == 200
    assert question.json()["category"] == "question" and question.json()["kind"] == "value"
    offer = api.post("/classify", headers=team.auth(),
                     json={"text": "عيدكم مبارك! خصم ٣٠٪ على كل الحلويات، اطلبوا الآن"})
    body = offer.json()
    assert body["category"] == "promotional" and body["kind"] == "promotional"
    assert 0 < body["confidence"] <= 1 and body["explanation"]
    assert body["unsure"] is False  # an edge rule decided it: the classifier is sure
    assert api.post("/classify", headers=team.auth(), json={"text": ""}).json()["detail"][0]["loc"] == ["body", "text"]


def test_mix_shows_each_channels_last_window(api: TestClient, team: Team) -> None:
    now = datetime.now(UTC)
    with db.session_scope() as session:
        session.execute(insert(Post), [
            {"workspace_id": team.workspace_id, "channel_id": team.channel_id, "text": f"post {i}", "media": [],
             "category": "promotional" if i < 2 else "news", "category_source": "manual", "state": "published",
             "due_at": now - timedelta(days=i + 1), "attempts": 0}
            for i in range(5)
        ])
    answer = api.get("/mix", headers=team.auth(Role.VIEWER))
    assert answer.status_code == 200
    [gauge] = answer.json()
    assert gauge["channel_id"] == team.channel_id and gauge["channel_name"] == "brand"
    assert (gauge["posts"], gauge["promotional"], gauge["share"], gauge["cap"]) == (5, 2, 0.4, 0.2)
    assert gauge["level"] == "over" and gauge["preset"] == "80/20" and gauge["window_posts"] == 10


def test_library_add_and_list(api: TestClient, team: Team) -> None:
    draft = api.post("/library", headers=team.auth(Role.EDITOR), json={"text": "Tea or coffee this morning?"})
    assert draft.status_code == 201, draft.text
    assert draft.json()["category"] == "question" and draft.json()["evergreen"] is False
    evergreen = api.post("/library", headers=team.auth(), json={
        "text": "Our opening hours", "category": "educational", "channel_id": team.channel_id, "evergreen": True,
        "min_gap_days": 14, "max_uses": 3, "expires": "2031-01-31"})
    assert evergreen.status_code == 201, evergreen.text
    item = evergreen.json()
    assert (item["channel_id"], item["min_gap_days"], item["max_uses"], item["uses"]) == (team.channel_id, 14, 3, 0)
    assert datetime.fromisoformat(item["expires_at"]) == datetime(2031, 1, 31, tzinfo=UTC)
    listed = api.get("/library", headers=team.auth(Role.VIEWER)).json()
    assert [entry["id"] for entry in listed] == [draft.json()["id"], item["id"]]
    assert api.get("/library?offset=1&limit=1", headers=team.auth()).json() == [item]
    bad = api.post("/library", headers=team.auth(), json={"text": "x", "min_gap_days": -1})
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "min_gap_days"]
