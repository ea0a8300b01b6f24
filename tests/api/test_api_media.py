"""The media library through the API: a file sent as the body is taken in by its content, listed and searched,
attached to a draft and to a scheduled post with its alt text (the network judging it with the text), kept when
the post is edited, and removed only when no post uses it; viewers and other workspaces are kept out. The
OpenAPI describes the upload's body."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from api_team import Team
from fastapi.testclient import TestClient
from PIL import Image

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.models import Role, Workspace


def _jpeg(size: tuple[int, int] = (40, 30), noise: bool = False) -> bytes:
    image = Image.effect_noise(size, 80).convert("RGB") if noise else Image.new("RGB", size, (200, 40, 40))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


def _upload(api: TestClient, team: Team, body: bytes, name: str, role: Role = Role.EDITOR, tags: str = ""):  # type: ignore[no-untyped-def]
    return api.post("/media", params={"name": name, "tags": tags}, content=body,
                    headers={**team.auth(role), "Content-Type": "application/octet-stream"})


def test_upload_list_attach_and_remove(api: TestClient, team: Team, teams: Callable[[str], Team]) -> None:
    party = _upload(api, team, _jpeg(), "party.jpg", tags="new-year office")
    assert party.status_code == 201, party.text
    assert party.json()["kind"] == "image" and party.json()["mime_type"] == "image/jpeg"
    assert party.json()["url"].startswith(f"/w/{team.workspace_id}/media/{party.json()['id']}/file?e=")
    cake = _upload(api, team, _jpeg((30, 30)), "cake.jpg").json()
    refused = _upload(api, team, b"<?php system($_GET['c']); ?>", "shell.jpg")
    assert refused.status_code == 422 and "shell.jpg is not a picture or a video" in refused.json()["detail"]
    assert _upload(api, team, _jpeg(), "x.jpg", role=Role.VIEWER).status_code == 403

    found = api.get("/media", params={"q": "new-year"}, headers=team.auth(Role.VIEWER)).json()
    assert [item["name"] for item in found] == ["party.jpg"]
    today = datetime.now(UTC).date()
    assert len(api.get("/media", params={"since": today.isoformat()}, headers=team.auth()).json()) == 2
    yesterday = (today - timedelta(days=1)).isoformat()
    assert api.get("/media", params={"until": yesterday}, headers=team.auth()).json() == []

    media = [{"media_id": party.json()["id"], "alt_text": "The team under paper lanterns"},
             {"media_id": cake["id"], "alt_text": "كعكة عليها شعار الشركة"}]
    draft = api.post("/posts/drafts", headers=team.auth(Role.EDITOR),
                     json={"channel_id": team.channel_id, "text": "Our New Year party 🎉", "media": media})
    assert draft.status_code == 201 and draft.json()["state"] == "draft", draft.text
    draft_id = draft.json()["id"]

    def attached(post_id: int) -> list[tuple[str, str]]:
        answer = api.get(f"/posts/{post_id}/media", headers=team.auth(Role.VIEWER))
        assert answer.status_code == 200, answer.text
        return [(item["media"]["name"], item["alt_text"]) for item in answer.json()]

    assert attached(draft_id) == [(item, alt["alt_text"]) for item, alt in zip(["party.jpg", "cake.jpg"], media,
                                                                               strict=True)]
    soon = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    scheduled = api.patch(f"/posts/{draft_id}", headers=team.auth(), json={"at": soon, "text": "Our party 🎉"})
    assert scheduled.status_code == 200 and scheduled.json()["state"] == "scheduled"
    assert len(attached(draft_id)) == 2  # kept through the edit
    changed = api.put(f"/posts/{draft_id}/media", headers=team.auth(), json=[{"media_id": cake["id"],
                                                                              "alt_text": "The cake"}])
    assert changed.status_code == 200 and attached(draft_id) == [("cake.jpg", "The cake")]
    assert api.get(f"/media/{cake['id']}", headers=team.auth()).json()["used_in"] == [draft_id]

    in_use = api.delete(f"/media/{cake['id']}", headers=team.auth())
    assert in_use.status_code == 422 and "cake.jpg is used by a post" in in_use.json()["detail"]
    removed = api.post("/media/remove-unused", headers=team.auth())
    assert removed.status_code == 200 and removed.json() == {"removed": ["party.jpg"]}
    assert api.get(f"/media/{party.json()['id']}", headers=team.auth()).status_code == 404

    other = teams("Other")  # another workspace cannot see or use the file
    assert api.get(f"/media/{cake['id']}", headers=other.auth()).status_code == 404
    stolen = api.post("/posts/drafts", headers=other.auth(), json={
        "channel_id": other.channel_id, "text": "Mine now", "media": [{"media_id": cake["id"]}]})
    assert stolen.status_code == 404


def test_the_network_judges_the_files_of_a_post(api: TestClient, team: Team) -> None:
    with db.session_scope() as session:
        workspace = session.get(Workspace, team.workspace_id)
        assert workspace is not None
        bluesky = channels.add(session, workspace, network="bluesky", name="brand-bluesky",
                               base_url="http://127.0.0.1:9", handle="brand.test", password="p", verify=False).id
    big = _upload(api, team, _jpeg((1600, 1200), noise=True), "noise.jpg").json()
    assert big["size"] > 1_000_000
    soon = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    refused = api.post("/posts", headers=team.auth(), json={
        "channel_id": bluesky, "text": "A noisy picture", "at": soon, "media": [{"media_id": big["id"]}]})
    assert refused.status_code == 422 and "noise.jpg is" in refused.json()["detail"], refused.text
    assert "Bluesky takes pictures up to 1 MB" in refused.json()["detail"]


def test_the_openapi_describes_the_media_routes(api: TestClient) -> None:
    spec = api.get("/openapi.json").json()
    upload = spec["paths"]["/media"]["post"]
    assert upload["requestBody"]["content"]["application/octet-stream"]["schema"]["format"] == "binary"
    assert {"/media", "/media/{media_id}", "/media/remove-unused", "/posts/{post_id}/media", "/posts/drafts"} <= set(
        spec["paths"])
    assert "media" in spec["components"]["schemas"]["ScheduleIn"]["properties"]
