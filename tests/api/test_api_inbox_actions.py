"""Liking a comment from the inbox through the API and the command line, on a real Mastodon server
(mastodon-mock): the item says what its network allows, a like is on the server once, what Mastodon cannot do
(hide) is refused with its reason, a direct message is never acted on, and a viewer cannot act."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from api_team import Team
from fastapi.testclient import TestClient
from mastodon import Mastodon

from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.demo import local_mastodon
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.inbox import job
from cocktailparty.models import Post, PostState, Role, Workspace
from live_server import free_port


@pytest.fixture
def mastodon(tmp_path: Path) -> Iterator[LocalMastodon]:
    server = local_mastodon.start(tmp_path / "mastodon", free_port())
    yield server
    server.stop()


def _bakery(mastodon: LocalMastodon, workspace_id: int) -> tuple[int, Mastodon, str]:
    token = mastodon.create_account("bakery")
    ours = Mastodon(access_token=token, api_base_url=mastodon.base_url)
    status = ours.status_post("Which cake next week?")
    with db.session_scope() as session:
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        channel = channels.add(session, workspace, network="mastodon", name="bakery", base_url=mastodon.base_url,
                               token=token)
        channel.handle = "@bakery"
        now = datetime.now(UTC)
        session.add(Post(workspace_id=workspace_id, channel_id=channel.id, text="Which cake next week?",
                         category="question", state=PostState.PUBLISHED, due_at=now, published_at=now,
                         remote_id=str(status.id)))
        return channel.id, ours, str(status.id)


def test_like_from_the_api_and_what_mastodon_does_not_allow(api: TestClient, team: Team,
                                                            mastodon: LocalMastodon) -> None:
    channel_id, ours, status_id = _bakery(mastodon, team.workspace_id)
    fan = Mastodon(access_token=mastodon.create_account("fan"), api_base_url=mastodon.base_url)
    comment = fan.status_post("The pistachio one!", in_reply_to_id=status_id)
    fan.status_post("@bakery private question about my order", visibility="direct")
    new = {item.kind: item.id for item in job.fetch_channel(channel_id).new}
    assert set(new) == {"comment", "message"}

    item = api.get(f"/inbox/{new['comment']}", headers=team.auth(Role.VIEWER)).json()
    assert item["actions"] == ["like"] and item["liked_at"] is None
    assert api.post(f"/inbox/{new['comment']}/actions", json={"action": "like"},
                    headers=team.auth(Role.VIEWER)).status_code == 403
    liked = api.post(f"/inbox/{new['comment']}/actions", json={"action": "like"}, headers=team.auth(Role.EDITOR))
    assert liked.status_code == 200, liked.text
    assert liked.json()["liked_at"] is not None and liked.json()["actions"] == []
    again = api.post(f"/inbox/{new['comment']}/actions", json={"action": "like"}, headers=team.auth())
    assert again.status_code == 200
    assert [account.username for account in fan.status_favourited_by(comment.id)] == ["bakery"]

    hide = api.post(f"/inbox/{new['comment']}/actions", json={"action": "hide"}, headers=team.auth())
    assert hide.status_code == 422 and hide.json()["code"] == "inbox.action_not_allowed"
    assert "Mastodon does not let an account hide a comment" in hide.json()["detail"]
    dm = api.get(f"/inbox/{new['message']}", headers=team.auth()).json()
    assert dm["actions"] == []
    refused = api.post(f"/inbox/{new['message']}/actions", json={"action": "like"}, headers=team.auth())
    assert refused.status_code == 422 and refused.json()["code"] == "inbox.action_on_message"

    # The network's refusal: the comment is gone from the server, nothing is recorded.
    second = fan.status_post("And the saffron one?", in_reply_to_id=status_id)
    [late] = job.fetch_channel(channel_id).new
    fan.status_delete(second.id)
    failed = api.post(f"/inbox/{late.id}/actions", json={"action": "like"}, headers=team.auth())
    assert failed.status_code == 502 and failed.json()["code"] == "inbox.action_failed", failed.text
    assert api.get(f"/inbox/{late.id}", headers=team.auth()).json()["liked_at"] is None
    assert ours.me().username == "bakery"


@pytest.mark.commits  # the command runs in another process: it must see the channel
def test_like_from_the_command_line(app_env: Path, mastodon: LocalMastodon) -> None:
    with db.session_scope() as session:
        from cocktailparty.workspaces.service import get_or_create

        workspace_id = get_or_create(session, "default").id
    channel_id, _, status_id = _bakery(mastodon, workspace_id)
    fan = Mastodon(access_token=mastodon.create_account("fan"), api_base_url=mastodon.base_url)
    comment = fan.status_post("Love the new logo", in_reply_to_id=status_id)
    [item] = job.fetch_channel(channel_id).new

    def cocktail(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "cocktailparty", *args], capture_output=True, text=True,
                              env={**os.environ, "COLUMNS": "200"}, timeout=120)

    done = cocktail("inbox", "act", str(item.id), "like", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["liked_at"] and result["actions"] == []
    assert [account.username for account in fan.status_favourited_by(comment.id)] == ["bakery"]
    refused = cocktail("inbox", "act", str(item.id), "delete_comment")
    assert refused.returncode == 2 and "Mastodon does not let an account delete a comment" in refused.stderr
    unknown = cocktail("inbox", "act", str(item.id), "retweet")
    assert unknown.returncode == 2 and "unknown action 'retweet'" in unknown.stderr
