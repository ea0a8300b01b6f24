"""Token authentication, roles and isolation: the API applies the same rules as the pages."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from api_team import Team
from fastapi.testclient import TestClient

from cocktailparty import db
from cocktailparty.models import Membership, Role


def test_no_token_is_401_with_a_bearer_challenge(api: TestClient, team: Team) -> None:
    for answer in (api.get("/workspace"), api.get("/posts"), api.post("/classify", json={"text": "hi"})):
        assert answer.status_code == 401
        assert answer.headers["www-authenticate"] == "Bearer"
        assert "token" in answer.json()["detail"]


def test_an_invalid_token_is_401(api: TestClient, team: Team) -> None:
    for header in ("Bearer cp_not-a-token", "Bearer " + team.tokens[Role.OWNER] + "x", "Basic dXNlcjpwYXNz",
                   team.tokens[Role.OWNER]):
        answer = api.get("/workspace", headers={"Authorization": header})
        assert answer.status_code == 401, header
        assert answer.headers["www-authenticate"] == "Bearer"


def test_a_valid_token_acts_as_its_user_in_its_workspace(api: TestClient, team: Team) -> None:
    answer = api.get("/workspace", headers=team.auth())
    assert answer.status_code == 200
    body = answer.json()
    assert body == {"id": team.workspace_id, "name": "Acme", "preset": "80/20", "cap": 0.2, "window_posts": 10,
                    "window_days": 30, "role": "owner", "inbox_retention_days": 365,
                    "response_policy": {"target_minutes": 60, "business_hours": None}}
    assert api.get("/workspace", headers=team.auth(Role.VIEWER)).json()["role"] == "viewer"
    assert "set-cookie" not in answer.headers  # no session in the API


def test_the_role_is_the_users_role_now(api: TestClient, team: Team) -> None:
    with db.session_scope() as session:
        membership = session.query(Membership).filter_by(workspace_id=team.workspace_id, role=Role.VIEWER).one()
        membership.role = Role.EDITOR
    assert api.get("/workspace", headers=team.auth(Role.VIEWER)).json()["role"] == "editor"
    with db.session_scope() as session:
        session.delete(session.query(Membership).filter_by(workspace_id=team.workspace_id, role=Role.EDITOR,
                                                           user_id=membership.user_id).one())
    assert api.get("/workspace", headers=team.auth(Role.VIEWER)).status_code == 401  # left the workspace


def test_a_viewer_reads_but_every_write_is_403(api: TestClient, team: Team) -> None:
    viewer = team.auth(Role.VIEWER)
    at = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    created = api.post("/posts", headers=team.auth(Role.EDITOR),
                       json={"channel_id": team.channel_id, "text": "What is your favourite tea?", "at": at})
    assert created.status_code == 201, created.text
    post_id = created.json()["id"]
    writes = [
        ("/posts", {"channel_id": team.channel_id, "text": "Tea or coffee?", "at": at}),
        (f"/posts/{post_id}/move", {"at": at}),
        (f"/posts/{post_id}/cancel", None),
        ("/library", {"text": "An evergreen question"}),
    ]
    for path, body in writes:
        answer = api.post(path, headers=viewer, json=body)
        assert answer.status_code == 403, path
        assert "viewer" in answer.json()["detail"]
    for path in ("/workspace", "/channels", "/posts", f"/posts/{post_id}", "/mix", "/library"):
        assert api.get(path, headers=viewer).status_code == 200, path
    assert api.post("/classify", headers=viewer, json={"text": "Tea or coffee?"}).status_code == 200
    assert api.get(f"/posts/{post_id}", headers=viewer).json()["state"] == "scheduled"


def test_another_workspaces_ids_are_not_found(api: TestClient, teams: Callable[[str], Team]) -> None:
    acme, other = teams("Acme"), teams("Other Co")
    at = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    theirs = api.post("/posts", headers=other.auth(), json={"channel_id": other.channel_id, "text": "Tea?", "at": at})
    assert theirs.status_code == 201
    post_id = theirs.json()["id"]
    mine = acme.auth()
    assert api.get(f"/posts/{post_id}", headers=mine).status_code == 404
    assert api.post(f"/posts/{post_id}/move", headers=mine, json={"at": at}).status_code == 404
    assert api.post(f"/posts/{post_id}/cancel", headers=mine).status_code == 404
    assert api.post("/posts", headers=mine, json={"channel_id": other.channel_id, "text": "Tea?", "at": at}
                    ).status_code == 404
    assert api.post("/library", headers=mine, json={"text": "Tea?", "channel_id": other.channel_id}
                    ).status_code == 404
    assert api.get("/posts", headers=mine).json()["items"] == []
    assert [c["id"] for c in api.get("/channels", headers=mine).json()] == [acme.channel_id]
    assert [m["channel_id"] for m in api.get("/mix", headers=mine).json()] == [acme.channel_id]
    assert api.get(f"/posts?channel_id={other.channel_id}", headers=mine).json()["items"] == []
    # ... and nothing of theirs changed.
    assert api.get(f"/posts/{post_id}", headers=other.auth()).json()["state"] == "scheduled"


def test_errors_are_json_with_a_detail(api: TestClient, team: Team) -> None:
    assert api.get("/posts/999999", headers=team.auth()).json() == {
        "detail": "no such post in this workspace", "code": "post.not_found", "params": {}}
    assert api.get("/nowhere", headers=team.auth()).status_code == 404
    invalid = api.post("/posts", headers=team.auth(), json={"channel_id": team.channel_id, "text": "Tea?",
                                                             "at": "2030-01-01T09:00"})
    assert invalid.status_code == 422
    assert invalid.json()["detail"][0]["loc"] == ["body", "at"]  # FastAPI's standard shape names the field
    broken = api.post("/posts", headers={**team.auth(), "Content-Type": "application/json"}, content=b"{not json")
    assert broken.status_code == 422 and isinstance(broken.json()["detail"], list)


def test_the_openapi_description_declares_the_bearer_token(api: TestClient) -> None:
    described = api.get("/openapi.json")
    assert described.status_code == 200
    spec = described.json()
    assert spec["components"]["securitySchemes"]["token"] == {
        "type": "http", "scheme": "bearer", "bearerFormat": "cp_...", "description": spec["components"][
            "securitySchemes"]["token"]["description"]}
    assert spec["paths"]["/posts"]["get"]["security"] == [{"token": []}]
    assert spec["paths"]["/posts"]["post"]["responses"]["409"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Refusal"}
