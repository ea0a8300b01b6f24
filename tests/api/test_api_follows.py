"""/api/v1/feeds/follows: a Mastodon account, a hashtag and a Bluesky account followed (editors only), listed with
their kind beside the feeds; a target that is not one is refused naming what was given, and a second follow of
the same account is refused."""

from __future__ import annotations

from api_team import Team
from fastapi.testclient import TestClient

from cocktailparty.models import Role


def test_follows_through_the_api(api: TestClient, team: Team) -> None:
    editor = team.auth(Role.EDITOR)
    assert api.post("/feeds/follows", json={"target": "@alice@mastodon.example"},
                    headers=team.auth(Role.VIEWER)).status_code == 403
    made = [api.post("/feeds/follows", json=body, headers=editor) for body in (
        {"target": "@alice@mastodon.example"}, {"target": "#قهوة@mastodon.example", "category": "news"},
        {"target": "https://bsky.app/profile/dana.bsky.social", "name": "Dana"})]
    assert [answer.status_code for answer in made] == [201, 201, 201], [answer.text for answer in made]
    assert [(f["kind"], f["name"], f["url"], f["category"]) for f in api.get("/feeds", headers=editor).json()] == [
        ("mastodon_account", "@alice@mastodon.example", "https://mastodon.example/@alice", "curated"),
        ("mastodon_tag", "#قهوة@mastodon.example", "https://mastodon.example/tags/قهوة", "news"),
        ("bluesky_account", "Dana", "https://bsky.app/profile/dana.bsky.social", "curated"),
    ]
    again = api.post("/feeds/follows", json={"target": "https://mastodon.example/@alice"}, headers=editor)
    assert again.status_code == 422 and "@alice@mastodon.example is already followed" in again.text
    bad = api.post("/feeds/follows", json={"target": "alice"}, headers=editor)
    assert bad.status_code == 422 and "'alice' is not an account or hashtag to follow" in bad.text
