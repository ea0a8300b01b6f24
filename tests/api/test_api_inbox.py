"""The inbox journey through the JSON API against a real Mastodon server (mastodon-mock): a second account
comments under our published post, the fetch job brings it in as a question, the API answers it, the worker
publishes the answer under the comment exactly once, and the mix counts it. Also: filters, notes, assign,
state, saved replies, roles and another workspace's items."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from api_team import Team
from fastapi.testclient import TestClient
from mastodon import Mastodon

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.connectors.base import Comment
from cocktailparty.connectors.mastodon.text import plain_text
from cocktailparty.demo import local_mastodon
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.inbox import job
from cocktailparty.models import Post, PostState, Role, Workspace
from cocktailparty.worker import runner
from fake_network import SERVER
from live_server import free_port

LEASE = timedelta(seconds=60)


@pytest.fixture
def mastodon(tmp_path: Path) -> Iterator[LocalMastodon]:
    server = local_mastodon.start(tmp_path / "mastodon", free_port())
    yield server
    server.stop()


def test_the_inbox_journey_through_the_api(api: TestClient, team: Team, mastodon: LocalMastodon) -> None:
    token = mastodon.create_account("bakery")
    with db.session_scope() as session:
        workspace = session.get(Workspace, team.workspace_id)
        assert workspace is not None
        channel = channels.add(session, workspace, network="mastodon", name="bakery", base_url=mastodon.base_url,
                               token=token)
        channel_id = channel.id
        now = datetime.now(UTC)
        session.add(Post(workspace_id=team.workspace_id, channel_id=channel_id, text="Which cake next week?",
                         category="question", state=PostState.SCHEDULED, due_at=now, next_attempt_at=now))
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    with db.session_scope() as session:
        status_id = session.query(Post.remote_id).filter(Post.channel_id == channel_id).scalar()
    fan = Mastodon(access_token=mastodon.create_account("fan"), api_base_url=mastodon.base_url)
    comment = fan.status_post("متى تفتحون يوم الجمعة؟", in_reply_to_id=status_id)

    # Fetch through the worker: the API queues, the worker runs the job.
    queued = api.post("/inbox/fetch", headers=team.auth(Role.EDITOR))
    assert queued.status_code == 202 and queued.json()["queued_channels"] == 2  # the team's testnet one too
    runner.run_until_idle(LEASE, max_wait=2)

    listed = api.get("/inbox", params={"channel_id": channel_id}, headers=team.auth(Role.VIEWER))
    assert listed.status_code == 200
    [item] = listed.json()
    assert (item["remote_id"], item["label"], item["language"], item["state"], item["kind"]) == (
        str(comment.id), "question", "ar", "open", "comment")
    assert item["author"] == "fan" and item["post_id"] is not None

    # A viewer reads but does not answer.
    assert api.post(f"/inbox/{item['id']}/reply", json={"text": "x"}, headers=team.auth(Role.VIEWER)).status_code == 403
    answered = api.post(f"/inbox/{item['id']}/reply", json={"text": "من التاسعة صباحًا، أهلًا بكم!"},
                        headers=team.auth(Role.EDITOR))
    assert answered.status_code == 201, answered.text
    reply = answered.json()
    assert reply["post"]["category"] == "reply" and reply["post"]["kind"] == "value"
    assert reply["item"]["state"] == "waiting" and reply["item"]["reply_post_id"] == reply["post"]["id"]
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    assert runner.run_until_idle(LEASE, max_wait=1)["published"] == 0

    ours = [status for status in fan.status_context(comment.id).descendants if status.account.username == "bakery"]
    assert len(ours) == 1 and str(ours[0].in_reply_to_id) == str(comment.id)
    assert plain_text(ours[0].content) == "@fan من التاسعة صباحًا، أهلًا بكم!"

    # The mix counts the reply on the give side.
    [gauge] = [found for found in api.get("/mix", headers=team.auth()).json() if found["channel_id"] == channel_id]
    assert (gauge["posts"], gauge["replies"], gauge["promotional"]) == (2, 1, 0)

    # Notes, assign, done; the filters follow.
    assert api.post(f"/inbox/{item['id']}/notes", json={"text": "asked about Friday"},
                    headers=team.auth()).status_code == 201
    assert api.post(f"/inbox/{item['id']}/state", json={"state": "done"}, headers=team.auth()).json()["state"] == "done"
    detail = api.get(f"/inbox/{item['id']}", headers=team.auth()).json()
    assert [note["text"] for note in detail["notes"]] == ["asked about Friday"]
    assert api.get("/inbox", params={"state": "open", "channel_id": channel_id}, headers=team.auth()).json() == []
    assert len(api.get("/inbox", params={"state": "done"}, headers=team.auth()).json()) == 1
    assert api.post(f"/inbox/{item['id']}/state", json={"state": "archived"}, headers=team.auth()).status_code == 422


def test_saved_replies_bad_input_and_other_workspaces(api: TestClient, teams: object, team: Team) -> None:
    SERVER.comments = [Comment(remote_id="c1", author="sara", text="<b>hi</b> \u202e?" + "x" * 100_000,
                               created_at=datetime.now(UTC))]
    [item] = job.fetch_channel(team.channel_id).new
    listed = api.get("/inbox", headers=team.auth()).json()
    assert listed[0]["text"].startswith("<b>hi</b> \u202e?") and len(listed[0]["text"]) > 100_000

    saved = api.post("/inbox/saved-replies", json={"name": "hello", "language": "en", "text": "Hi {name}!"},
                     headers=team.auth())
    assert saved.status_code == 201
    sent = api.post(f"/inbox/{item.id}/reply", json={"saved_reply_id": saved.json()["id"]}, headers=team.auth())
    assert sent.status_code == 201 and sent.json()["post"]["text"] == "Hi sara!"
    assert api.post(f"/inbox/{item.id}/reply", json={"text": "a\x00b"}, headers=team.auth()).status_code == 422
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    times = api.get("/inbox/response-times", headers=team.auth()).json()
    assert times["target_seconds"] == 3600
    assert (times["overall"]["items"], times["overall"]["answered"], times["overall"]["within_target"]) == (1, 1, 1.0)
    assert [found["channel_id"] for found in times["channels"]] == [team.channel_id]
    assert api.post(f"/inbox/{item.id}/assign", json={"user_id": 999_999}, headers=team.auth()).status_code == 422

    rival = teams("Rival")  # type: ignore[operator]
    assert api.get(f"/inbox/{item.id}", headers=rival.auth()).status_code == 404
    assert api.get("/inbox", headers=rival.auth()).json() == []
    assert api.post(f"/inbox/{item.id}/state", json={"state": "done"}, headers=rival.auth()).status_code == 404
