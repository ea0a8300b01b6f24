"""The channels page: connect (the network is asked first; the token never comes back), test, disconnect
(credentials gone, scheduled posts cancelled, history kept) and reconnect; roles and workspace isolation."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.models import Channel, Post, PostState, Role, Workspace
from fake_network import SERVER
from webclient import post_form, sign_up

GOOD = "good-token"  # the fake network accepts it (tests/fake_network.py)
SECRET = "sk-live-7d1e4a90c2b3f5"  # a token the fake network refuses


def channels_url(workspace_id: int | None) -> str:
    return f"/w/{workspace_id}/channels"


def connect(client: TestClient, workspace_id: int | None, **fields: str) -> object:
    data = {"network": "testnet", "name": "brand", "token": GOOD, "timezone": "Asia/Riyadh", **fields}
    return post_form(client, channels_url(workspace_id), data, page=channels_url(workspace_id),
                     follow_redirects=True)


def only_channel() -> Channel:
    with db.session_scope() as session:
        channel = session.scalar(select(Channel))
        assert channel is not None
        session.expunge(channel)
        return channel


def add_member(email: str, workspace_id: int | None, role: Role) -> None:
    assert workspace_id is not None
    with db.session_scope() as session:
        factories.joined(session, email, workspace_id, role)


def test_connecting_lists_the_channel_and_never_shows_the_token_again(client: TestClient) -> None:
    SERVER.verified_tokens.add(SECRET)
    workspace_id = sign_up(client, "sara@example.com")
    page = connect(client, workspace_id, token=SECRET, base_url="https://testnet.example")
    assert page.status_code == 200, page.text
    assert "Connected brand as @brand." in page.text
    assert 'data-channel="' in page.text and "Asia/Riyadh" in page.text and "@brand" in page.text
    assert SECRET not in page.text
    assert SECRET not in client.get(channels_url(workspace_id)).text
    channel = only_channel()
    assert channel.handle == "@brand" and channel.timezone == "Asia/Riyadh" and channel.secret
    assert SECRET not in channel.secret  # stored encrypted


def test_a_refused_token_shows_the_network_error_and_saves_nothing(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    page = connect(client, workspace_id, token=SECRET, name="Brand <b>")
    assert page.status_code == 422
    assert "could not connect the testnet channel" in page.text and "revoked or expired" in page.text
    assert SECRET not in page.text  # not in an input value either
    assert 'value="Brand &lt;b&gt;"' in page.text  # what was typed comes back, escaped, except the token
    with db.session_scope() as session:
        assert session.scalars(select(Channel)).all() == []


def test_bad_time_zones_and_missing_credentials_are_refused(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    page = connect(client, workspace_id, timezone="Asia/Atlantis")
    assert page.status_code == 422 and "unknown time zone" in page.text
    page = connect(client, workspace_id, token="")
    assert page.status_code == 422 and "give the access token" in page.text
    assert connect(client, workspace_id).status_code == 200
    page = connect(client, workspace_id)
    assert page.status_code == 422 and "already exists" in page.text
    with db.session_scope() as session:
        assert len(session.scalars(select(Channel)).all()) == 1


def test_the_test_button_shows_the_handle_or_the_error(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    connect(client, workspace_id)
    channel = only_channel()
    url = f"{channels_url(workspace_id)}/{channel.id}/test"
    page = client.get(channels_url(workspace_id)).text
    assert f'hx-post="{url}"' in page
    answer = post_form(client, url, {}, page=channels_url(workspace_id), headers={"HX-Request": "true"})
    assert answer.status_code == 200 and "Connected as @brand" in answer.text
    assert "<html" not in answer.text  # a fragment for HTMX
    SERVER.verified_tokens.clear()  # the token was revoked on the network
    answer = post_form(client, url, {}, page=channels_url(workspace_id), headers={"HX-Request": "true"})
    assert answer.status_code == 422 and "revoked or expired" in answer.text and GOOD not in answer.text
    # Without JavaScript the same button reports on the page.
    answer = post_form(client, url, {}, page=channels_url(workspace_id), follow_redirects=True)
    assert "revoked or expired" in answer.text


def test_disconnecting_cancels_scheduled_posts_and_keeps_the_history(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    connect(client, workspace_id)
    channel = only_channel()
    now = datetime.now(UTC)
    with db.session_scope() as session:
        workspace, ours = session.get_one(Workspace, workspace_id), session.get_one(Channel, channel.id)
        factories.post(session, workspace, ours, "went out", category="news", state=PostState.PUBLISHED,
                       at=now - timedelta(days=1), published_at=now - timedelta(days=1))
        factories.post(session, workspace, ours, "tomorrow", category="news", at=now + timedelta(days=1))
        factories.post(session, workspace, ours, "a draft", category="news", state=PostState.DRAFT, at=None)
    page = client.get(channels_url(workspace_id)).text
    assert "data-confirm=" in page and f"/channels/{channel.id}/disconnect" in page
    answer = post_form(client, f"{channels_url(workspace_id)}/{channel.id}/disconnect", {},
                       page=channels_url(workspace_id), follow_redirects=True)
    assert answer.status_code == 200
    assert "1 scheduled post was cancelled." in answer.text and "disconnected" in answer.text
    assert f"/channels/{channel.id}/reconnect" in answer.text
    with db.session_scope() as session:
        stored = session.get(Channel, channel.id)
        assert stored is not None and stored.secret is None
        posts = {post.text: post for post in session.scalars(select(Post))}
        assert posts["went out"].state == PostState.PUBLISHED
        assert posts["tomorrow"].state == PostState.CANCELLED
        assert posts["tomorrow"].last_error == "channel disconnected"
        assert posts["tomorrow"].next_attempt_at is None
        assert posts["a draft"].state == PostState.DRAFT
    # Testing a disconnected channel says so instead of asking the network.
    answer = post_form(client, f"{channels_url(workspace_id)}/{channel.id}/test", {},
                       page=channels_url(workspace_id), headers={"HX-Request": "true"})
    assert answer.status_code == 422 and "disconnected" in answer.text


def test_reconnecting_asks_the_network_and_never_shows_the_token(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    connect(client, workspace_id)
    channel = only_channel()
    base = f"{channels_url(workspace_id)}/{channel.id}"
    post_form(client, f"{base}/disconnect", {}, page=channels_url(workspace_id))
    refused = post_form(client, f"{base}/reconnect", {"token": SECRET}, page=channels_url(workspace_id))
    assert refused.status_code == 422 and "revoked or expired" in refused.text and SECRET not in refused.text
    assert only_channel().secret is None
    SERVER.verified_tokens.add(SECRET)
    answer = post_form(client, f"{base}/reconnect", {"token": SECRET}, page=channels_url(workspace_id),
                       follow_redirects=True)
    assert answer.status_code == 200 and "Reconnected brand as @brand." in answer.text
    assert SECRET not in answer.text
    assert only_channel().secret is not None
    answer = post_form(client, f"{base}/test", {}, page=channels_url(workspace_id), headers={"HX-Request": "true"})
    assert "Connected as @brand" in answer.text


def test_a_viewer_sees_the_channels_but_every_change_is_forbidden(client: TestClient,
                                                                  other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    connect(client, workspace_id)
    channel = only_channel()
    sign_up(other_client, "victor@example.com", "Victor's")
    add_member("victor@example.com", workspace_id, Role.VIEWER)
    page = other_client.get(channels_url(workspace_id))
    assert page.status_code == 200 and "brand" in page.text
    assert "Connect a channel" not in page.text and "/disconnect" not in page.text and "/test" not in page.text
    base = f"{channels_url(workspace_id)}/{channel.id}"
    for path, data in [(channels_url(workspace_id), {"network": "testnet", "name": "mine", "token": GOOD}),
                       (f"{base}/test", {}), (f"{base}/disconnect", {}), (f"{base}/reconnect", {"token": GOOD})]:
        answer = post_form(other_client, path, data, page=channels_url(workspace_id))
        assert answer.status_code == 403, path
    assert only_channel().secret is not None


def test_another_workspaces_channel_answers_not_found(client: TestClient, other_client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    connect(client, workspace_id)
    channel = only_channel()
    other_id = sign_up(other_client, "omar@example.com", "Omar's")
    assert other_client.get(channels_url(workspace_id)).status_code == 404
    page = other_client.get(channels_url(other_id))
    assert page.status_code == 200 and 'data-channel="' not in page.text
    for action in ("test", "disconnect", "reconnect"):
        answer = post_form(other_client, f"{channels_url(other_id)}/{channel.id}/{action}", {"token": GOOD},
                           page=channels_url(other_id))
        assert answer.status_code == 404, action
    assert only_channel().secret is not None


def test_the_page_is_mirrored_in_arabic(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    connect(client, workspace_id)
    post_form(client, "/language", {"lang": "ar", "next": "/"}, page=channels_url(workspace_id))
    page = client.get(channels_url(workspace_id))
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert "/static/channels.css" in page.text and "/static/channels.js" in page.text


@pytest.mark.commits  # counts the pool's checked-out connections: in a bound transaction the test holds one
def test_no_database_connection_is_held_while_the_network_answers(client: TestClient) -> None:
    workspace_id = sign_up(client, "sara@example.com")
    held: list[int] = []
    SERVER.on_verify = lambda: held.append(db.get_engine().pool.checkedout())  # type: ignore[attr-defined]
    connect(client, workspace_id)  # connect asks the network
    channel = only_channel()
    post_form(client, f"{channels_url(workspace_id)}/{channel.id}/test", {}, page=channels_url(workspace_id))
    post_form(client, f"{channels_url(workspace_id)}/{channel.id}/reconnect", {"token": GOOD},
              page=channels_url(workspace_id))
    assert held == [0, 0, 0]
    assert only_channel().handle == "@brand"


def test_the_connect_form_names_every_described_network(client: TestClient) -> None:
    from cocktailparty.connectors.networks import NETWORKS

    workspace_id = sign_up(client, "sara@example.com")
    page = client.get(channels_url(workspace_id)).text
    offered = dict(re.findall(r'<option value="([a-z]+)" *(?:selected)?>([^<]+)</option>', page))
    assert {network.id: network.name for network in NETWORKS.values()}.items() <= offered.items()
