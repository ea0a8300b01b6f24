"""/api/v1/team: people, consent granted and withdrawn (who and when), drafts only with consent."""

from __future__ import annotations

from api_team import Team
from fastapi.testclient import TestClient

from cocktailparty.models import Role


def test_team_consent_and_drafts(api: TestClient, team: Team) -> None:
    person = api.post("/team", json={"name": "Tom", "lang": "en", "joined_on": "2024-05-02"},
                      headers=team.auth(Role.EDITOR))
    assert person.status_code == 201, person.text
    member_id = person.json()["id"]
    moment = api.post(f"/team/{member_id}/moments", json={"kind": "promotion", "day": "2027-05-03"},
                      headers=team.auth(Role.EDITOR))
    assert moment.status_code == 201
    span = {"from": "2027-05-01", "to": "2027-05-07"}
    assert api.post("/team/drafts", json=span, headers=team.auth()).json() == []
    assert api.put(f"/team/{member_id}/consents/promotion", headers=team.auth(Role.VIEWER)).status_code == 403
    granted = api.put(f"/team/{member_id}/consents/promotion", headers=team.auth(Role.EDITOR))
    assert granted.status_code == 200 and granted.json()["consents"][0]["recorded_by"].startswith("editor <")
    drafts = api.post("/team/drafts", json=span, headers=team.auth())
    assert [d["text"] for d in drafts.json()] == ["Congratulations to Tom on the well-deserved promotion!"]
    withdrawn = api.delete(f"/team/{member_id}/consents/promotion", headers=team.auth())
    assert withdrawn.status_code == 200 and withdrawn.json()["consents"][0]["withdrawn_at"] is not None
    assert api.get("/library", headers=team.auth()).json() == []
    assert api.put(f"/team/{member_id}/consents/gossip", headers=team.auth()).status_code == 422
    assert api.get("/team", headers=team.auth(Role.VIEWER)).json()[0]["name"] == "Tom"
