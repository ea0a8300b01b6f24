"""/api/v1/occasions: the workspace's occasions with Hijri dates and greetings, its settings (viewers read only),
a greeting drafted into the library."""

from __future__ import annotations

from api_team import Team
from fastapi.testclient import TestClient

from cocktailparty.models import Role


def test_occasions_settings_and_a_greeting_draft(api: TestClient, team: Team) -> None:
    found = api.get("/occasions", params={"from": "2027-03-01", "to": "2027-03-31", "lang": "ar"},
                    headers=team.auth(Role.VIEWER))
    assert found.status_code == 200, found.text
    eid = next(o for o in found.json() if o["key"] == "eid_al_fitr")
    assert eid["date"] == "2027-03-09" and eid["hijri"] == "1448-10-01" and eid["name"] == "عيد الفطر"
    assert eid["kind"] == "religious" and set(eid["greetings"]) == {"ar", "en"}
    settings = {"country": "QA", "languages": ["en"], "international": ["teachers_day"],
                "no_promotion": ["eid_al_adha"], "ramadan_evening": True, "ramadan_evening_at": "20:00"}
    assert api.put("/occasions/settings", json=settings, headers=team.auth(Role.VIEWER)).status_code == 403
    saved = api.put("/occasions/settings", json=settings, headers=team.auth(Role.EDITOR))
    assert saved.status_code == 200 and saved.json() == settings
    assert api.get("/occasions/settings", headers=team.auth()).json() == settings
    draft = api.post("/occasions/drafts", json={"date": "2027-03-09", "key": "eid_al_fitr", "lang": "en"},
                     headers=team.auth(Role.EDITOR))
    assert draft.status_code == 201 and draft.json()["category"] == "celebration"
    assert draft.json()["text"].startswith("Eid Mubarak!")
    missing = api.post("/occasions/drafts", json={"date": "2027-03-10", "key": "eid_al_fitr", "lang": "en"},
                       headers=team.auth(Role.EDITOR))
    assert missing.status_code == 404


def test_bad_input(api: TestClient, team: Team) -> None:
    too_long = api.get("/occasions", params={"from": "2027-01-01", "to": "2031-01-01"}, headers=team.auth())
    assert too_long.status_code == 422 and too_long.json()["code"] == "occasions.span_too_long"
    bad = api.put("/occasions/settings", json={"country": "ZZ", "languages": ["en"]}, headers=team.auth())
    assert bad.status_code == 422 and "ZZ" in bad.json()["detail"]
