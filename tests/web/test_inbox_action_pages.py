"""The inbox page's network buttons, on a real Mastodon server (mastodon-mock): a comment offers Like (and
nothing Mastodon cannot do), a direct message offers nothing, a viewer sees no button; pressing Like likes it
on the server and the page says so."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from mastodon import Mastodon

import factories
from cocktailparty import db
from cocktailparty.channels import service as channels
from cocktailparty.demo import local_mastodon
from cocktailparty.demo.local_mastodon import LocalMastodon
from cocktailparty.inbox import job
from cocktailparty.models import Post, PostState, Role, Workspace
from live_server import free_port
from webclient import PASSWORD, log_in, post_form, sign_up


@pytest.fixture
def mastodon(tmp_path: Path) -> Iterator[LocalMastodon]:
    server = local_mastodon.start(tmp_path / "mastodon", free_port())
    yield server
    server.stop()


def _article(page: str, item_id: int) -> str:
    found = re.search(rf'<article [^>]*id="item-{item_id}".*?</article>', page, re.S)
    assert found, f"item {item_id} is not on the page"
    return found.group(0)


def test_like_from_the_page(client: TestClient, other_client: TestClient, mastodon: LocalMastodon) -> None:
    workspace_id = sign_up(client, "owner@bakery.example", "Bakery")
    assert workspace_id
    token = mastodon.create_account("bakery")
    status = Mastodon(access_token=token, api_base_url=mastodon.base_url).status_post("Which cake next week?")
    with db.session_scope() as session:
        factories.user(session, "viewer@bakery.example", name="Vera", password=PASSWORD)
        factories.joined(session, "viewer@bakery.example", workspace_id, Role.VIEWER)
        workspace = session.get(Workspace, workspace_id)
        assert workspace is not None
        channel = channels.add(session, workspace, network="mastodon", name="bakery", base_url=mastodon.base_url,
                               token=token)
        channel.handle = "@bakery"
        now = datetime.now(UTC)
        session.add(Post(workspace_id=workspace_id, channel_id=channel.id, text="Which cake next week?",
                         category="question", state=PostState.PUBLISHED, due_at=now, published_at=now,
                         remote_id=str(status.id)))
        channel_id = channel.id
    fan = Mastodon(access_token=mastodon.create_account("fan"), api_base_url=mastodon.base_url)
    comment = fan.status_post("The pistachio one!", in_reply_to_id=status.id)
    fan.status_post("@bakery a private word", visibility="direct")
    new = {item.kind: item.id for item in job.fetch_channel(channel_id).new}

    page = client.get(f"/w/{workspace_id}/inbox").text
    buttons = re.findall(r'name="action" value="([a-z_]+)"', _article(page, new["comment"]))
    assert buttons == ["like"]
    assert 'name="action"' not in _article(page, new["message"])
    log_in(other_client, "viewer@bakery.example")
    assert 'name="action"' not in other_client.get(f"/w/{workspace_id}/inbox").text

    liked = post_form(client, f"/w/{workspace_id}/inbox/{new['comment']}/act", {"action": "like"},
                      page=f"/w/{workspace_id}/inbox", follow_redirects=True)
    assert liked.status_code == 200 and "Liked on the network." in liked.text
    article = _article(liked.text, new["comment"])
    assert 'class="state liked"' in article and 'name="action"' not in article
    assert [account.username for account in fan.status_favourited_by(comment.id)] == ["bakery"]

    refused = post_form(client, f"/w/{workspace_id}/inbox/{new['message']}/act", {"action": "like"},
                        page=f"/w/{workspace_id}/inbox", follow_redirects=True)
    assert "a direct message cannot be liked, hidden or deleted from the inbox" in refused.text
    forbidden = post_form(other_client, f"/w/{workspace_id}/inbox/{new['comment']}/act", {"action": "like"},
                          page=f"/w/{workspace_id}/inbox")
    assert forbidden.status_code == 403
