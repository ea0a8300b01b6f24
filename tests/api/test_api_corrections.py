"""Corrections through the API: a post scheduled with a value category against a confident promotional
verdict needs `category_reason` and counts as promotional; a correction of a post or of a text; an owner (and
only an owner) accepts or rejects a relabel; the next classification uses an accepted correction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api_team import Team
from fastapi.testclient import TestClient

from cocktailparty.models import Role

SOON = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
PROMO = "50% off all croissants today, order now!"
STORY = "Meet Huda, who bakes our sourdough every morning at dawn"


def test_a_relabel_needs_a_reason_and_waits_for_an_owner(api: TestClient, team: Team) -> None:
    body = {"channel_id": team.channel_id, "text": PROMO, "at": SOON.isoformat(), "category": "question"}
    refused = api.post("/posts", headers=team.auth(Role.EDITOR), json=body)
    assert refused.status_code == 422 and refused.json()["code"] == "correction.needs_reason"
    made = api.post("/posts", headers=team.auth(Role.EDITOR), json={**body, "category_reason": "a poll"})
    assert made.status_code == 201 and made.json()["category"] == "promotional"
    [pending] = api.get("/corrections", headers=team.auth(), params={"state": "pending"}).json()["items"]
    assert (pending["post_id"], pending["category"], pending["reason"], pending["override"]) == (
        made.json()["id"], "question", "a poll", True)
    assert api.post(f"/corrections/{pending['id']}/accept", headers=team.auth(Role.EDITOR)).status_code == 403
    accepted = api.post(f"/corrections/{pending['id']}/accept", headers=team.auth())
    assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"
    assert api.get(f"/posts/{made.json()['id']}", headers=team.auth()).json()["category"] == "question"


def test_corrections_of_a_post_and_of_a_text_teach_the_next_classification(api: TestClient, team: Team) -> None:
    post = api.post("/posts", headers=team.auth(), json={"channel_id": team.channel_id, "text": STORY,
                                                          "at": SOON.isoformat()}).json()
    assert post["category"] != "news"
    corrected = api.post(f"/posts/{post['id']}/category", headers=team.auth(Role.EDITOR), json={"category": "news"})
    assert corrected.status_code == 201 and corrected.json()["state"] == "accepted"
    assert api.get(f"/posts/{post['id']}", headers=team.auth()).json()["category"] == "news"
    assert api.post("/classify", headers=team.auth(), json={"text": STORY}).json()["category"] == "news"
    text = api.post("/corrections", headers=team.auth(Role.EDITOR), json={"text": PROMO, "category": "question"})
    assert text.status_code == 422 and text.json()["code"] == "correction.needs_reason"
    viewer = api.post("/corrections", headers=team.auth(Role.VIEWER), json={"text": STORY, "category": "culture"})
    assert viewer.status_code == 403
