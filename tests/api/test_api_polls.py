"""Polls through the API: a poll scheduled with a post (checked by the channel's network, 422 with the rule's code
and its words in the language asked for), shown with the post, and its votes once read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api_team import Team
from fastapi.testclient import TestClient

import factories
from cocktailparty import db
from cocktailparty.connectors.base import PollResult
from cocktailparty.models import Channel, Post, PostState, Workspace
from cocktailparty.polls.service import keep_votes

SOON = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)


def _mastodon(team: Team) -> int:
    with db.session_scope() as session:
        workspace = session.get(Workspace, team.workspace_id)
        assert workspace is not None
        return factories.channel(session, workspace, "bakery", network="mastodon", base_url="https://social.example",
                                 token="t").id


def test_a_poll_goes_in_with_its_post_and_its_votes_come_out(api: TestClient, team: Team) -> None:
    channel_id = _mastodon(team)
    body = {"channel_id": channel_id, "text": "Pistachio or rose?", "at": SOON.isoformat(),
            "poll": {"options": ["Pistachio", "Rose"], "minutes": 120}}
    made = api.post("/posts", headers=team.auth(), json=body)
    assert made.status_code == 201, made.text
    assert made.json()["poll"] == {"options": ["Pistachio", "Rose"], "minutes": 120, "ends_at": None}
    assert made.json()["poll_votes"] is None
    now = datetime.now(UTC)
    with db.session_scope() as session:
        post = session.get(Post, made.json()["id"])
        workspace, channel = session.get(Workspace, team.workspace_id), session.get(Channel, channel_id)
        assert post is not None and workspace is not None and channel is not None
        post.state, post.published_at, post.poll_ends_at, post.remote_id = PostState.PUBLISHED, now, now, "9"
        keep_votes(session, workspace, channel, post, PollResult((("Pistachio", 7), ("Rose", 2)), closed=True), now)
    read = api.get(f"/posts/{made.json()['id']}", headers=team.auth()).json()
    assert read["poll_votes"]["options"] == [{"option": "Pistachio", "votes": 7}, {"option": "Rose", "votes": 2}]
    assert read["poll_votes"]["follow_up_id"] is not None and read["poll"]["ends_at"] is not None


def test_a_poll_the_network_cannot_take_is_refused_with_its_code(api: TestClient, team: Team) -> None:
    body = {"channel_id": team.channel_id, "text": "Pistachio or rose?", "at": SOON.isoformat(),
            "poll": {"options": ["Pistachio", "Rose"]}}
    refused = api.post("/posts", headers={**team.auth(), "Accept-Language": "ar"}, json=body)
    assert refused.status_code == 422 and refused.json()["code"] == "post.poll_not_supported"
    assert "منشورَ سؤال" in refused.json()["detail"]
    channel_id = _mastodon(team)
    too_many = {**body, "channel_id": channel_id, "poll": {"options": ["A", "B", "C", "D", "E"]}}
    answer = api.post("/posts", headers=team.auth(), json=too_many)
    assert answer.status_code == 422 and answer.json()["code"] == "post.poll_options"
    assert api.get("/posts", headers=team.auth()).json()["items"] == []
