"""A channel's server address is normalised and checked when the channel is connected or reconnected, and every
door refuses a private one: the service, the web page, the command line and the worker that publishes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from cocktailparty.channels import service as channels
from cocktailparty.db import session_scope
from cocktailparty.errors import InputError
from cocktailparty.models import Channel, Post, PostState
from cocktailparty.outbound import NotPublicAddress, UnsafeURL
from cocktailparty.posts.service import schedule
from cocktailparty.web.app import create_app
from cocktailparty.worker.runner import run_until_idle
from cocktailparty.workspaces.classifier import classifier_for
from cocktailparty.workspaces.service import get_or_create
from outbound_fakes import Listener
from webclient import post_form, sign_up


def add(network: str, base_url: str, *, verify: bool = False, name: str = "brand") -> Channel:
    with session_scope() as session:
        channel = channels.add(session, get_or_create(session, "default"), network=network, name=name,
                               base_url=base_url, token="a-token", verify=verify)
        session.expunge(channel)
        return channel


def saved_channels() -> list[str]:
    with session_scope() as session:
        return list(session.scalars(select(Channel.name)))


@pytest.mark.parametrize("network, typed, stored", [
    ("mastodon", " HTTPS://Mastodon.Social/@brand ", "https://mastodon.social"),
    ("telegram", "https://bot-api.example:8443/", "https://bot-api.example:8443"),
    ("facebook", "https://graph.facebook.com/v21.0/", "https://graph.facebook.com/v21.0"),  # Graph keeps its version
])
def test_the_address_is_stored_in_one_form(rollback_env: Path, network: str, typed: str, stored: str) -> None:
    assert add(network, typed).base_url == stored


@pytest.mark.parametrize("typed, problem", [
    ("https://admin:pw@mastodon.social", "user name or password"),
    ("https://internal.example/api/v1/admin/accounts?x=", "query"),
    ("https://internal.example/admin#", "fragment"),
    ("ftp://mastodon.social", "https://"),
])
def test_an_unusable_address_is_refused_with_the_reason_and_nothing_is_saved(rollback_env: Path, typed: str,
                                                                          problem: str) -> None:
    with pytest.raises(UnsafeURL, match=problem) as refused:
        add("mastodon", typed)
    assert isinstance(refused.value, InputError)
    assert saved_channels() == []


def test_http_is_refused_with_the_guard_on(rollback_env: Path, guard_on: None) -> None:
    with pytest.raises(UnsafeURL, match="must start with https://"):
        add("mastodon", "http://mastodon.example")


@pytest.mark.parametrize("address", ["https://127.0.0.1:{port}", "https://localhost:{port}",
                                     "https://169.254.169.254", "https://[::1]:{port}"])
def test_connecting_a_private_address_is_refused_before_any_call(rollback_env: Path, guard_on: None, listener: Listener,
                                                                address: str) -> None:
    with pytest.raises(NotPublicAddress, match="could not find a public server"):
        add("mastodon", address.format(port=listener.port), verify=True)
    assert listener.accepted == 0
    assert saved_channels() == []


def test_reconnecting_checks_the_stored_address_again(rollback_env: Path, guard_on: None, listener: Listener) -> None:
    # Saved unchecked (--no-verify), or before the guard existed.
    channel = add("mastodon", f"https://127.0.0.1:{listener.port}")
    with session_scope() as session, pytest.raises(NotPublicAddress):
        channels.reconnect(session, session.get(Channel, channel.id), token="new-token")
    assert listener.accepted == 0


@pytest.mark.commits  # the web app answers on its own threads
def test_the_web_page_refuses_a_private_address(app_env: Path, guard_on: None, listener: Listener) -> None:
    with TestClient(create_app(), base_url="http://testserver") as client:
        workspace_id = sign_up(client, "sara@example.com")
        page = f"/w/{workspace_id}/channels"
        answer = post_form(client, page, {"network": "mastodon", "name": "brand", "token": "t", "timezone": "UTC",
                                          "base_url": f"https://127.0.0.1:{listener.port}"}, page=page)
    assert answer.status_code == 422
    assert "could not find a public server at 127.0.0.1" in answer.text
    assert listener.accepted == 0
    assert saved_channels() == []


def test_the_command_line_refuses_a_private_address(tmp_path: Path, listener: Listener) -> None:
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(tmp_path), "COCKTAIL_ALLOW_PRIVATE_ADDRESSES": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "cocktailparty", "channel", "add", "--network", "mastodon", "--name", "brand",
         "--base-url", f"https://127.0.0.1:{listener.port}", "--token", "t"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "could not find a public server at 127.0.0.1" in result.stderr and "Traceback" not in result.stderr
    assert listener.accepted == 0


@pytest.mark.commits  # the worker publishes on its own threads
def test_the_worker_refuses_a_channel_whose_address_is_private(app_env: Path, guard_on: None,
                                                               listener: Listener) -> None:
    # A channel saved unchecked (--no-verify) or before the guard; its post falls due.
    channel = add("mastodon", f"https://127.0.0.1:{listener.port}")
    due = datetime.now(UTC) - timedelta(seconds=1)
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        post_id = schedule(session, workspace, session.get(Channel, channel.id), "Tea or coffee this morning?", due,
                           classifier_for(), category="question").id
    run_until_idle(timedelta(seconds=30), max_wait=0)
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None
        assert post.state == PostState.FAILED
        assert "could not find a public server at 127.0.0.1" in (post.last_error or "")
    assert listener.accepted == 0
