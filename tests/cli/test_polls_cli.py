"""Polls from the command line: `cocktail post add --poll-option A --poll-option B --poll-minutes N`, refused with
the rule's words (exit code 2) where the network has no polls, and `cocktail polls collect`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factories
from cocktailparty import db
from cocktailparty.cli import app
from cocktailparty.config import get_settings
from cocktailparty.models import Post

SOON = (datetime.now(UTC) + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
runner = CliRunner()


@pytest.fixture
def workspace(rollback_env: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("COCKTAIL_WORKSPACE", "Acme")
    get_settings.cache_clear()
    with db.session_scope() as session:
        workspace = factories.workspace(session, "Acme")
        factories.channel(session, workspace, "bakery", network="mastodon", base_url="https://social.example")
        factories.channel(session, workspace, "plain")
        return workspace.id


def test_a_poll_is_scheduled_from_the_command_line(workspace: int) -> None:
    result = runner.invoke(app, ["post", "add", "--channel", "bakery", "--text", "Pistachio or rose?", "--at",
                                 SOON.isoformat(), "--poll-option", "Pistachio", "--poll-option", "Rose",
                                 "--poll-minutes", "90", "--json"])
    assert result.exit_code == 0, result.output
    made = json.loads(result.stdout)  # one channel: one object
    assert made["poll"] == {"options": ["Pistachio", "Rose"], "minutes": 90}
    with db.session_scope() as session:
        post = session.get(Post, made["id"])
        assert post is not None and post.poll == {"options": ["Pistachio", "Rose"], "minutes": 90}


def test_a_network_without_polls_is_refused_with_the_advice(workspace: int, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["post", "add", "--channel", "plain", "--text", "Pistachio or rose?", "--at", SOON.isoformat(),
            "--poll-option", "Pistachio", "--poll-option", "Rose"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and "has no polls: ask it as a question post instead" in result.stderr
    monkeypatch.setenv("COCKTAIL_LANG", "ar")
    get_settings.cache_clear()
    arabic = runner.invoke(app, args)
    assert arabic.exit_code == 2 and "منشورَ سؤال" in arabic.stderr
    bad_minutes = runner.invoke(app, ["post", "add", "--channel", "bakery", "--text", "A or B?", "--at",
                                      SOON.isoformat(), "--poll-option", "A", "--poll-option", "B", "--poll-minutes",
                                      "2"])
    assert bad_minutes.exit_code == 2 and "post.poll_duration" not in bad_minutes.stderr and "٥" in bad_minutes.stderr


def test_collecting_with_nothing_due_reads_nothing(workspace: int) -> None:
    result = runner.invoke(app, ["polls", "collect", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == {"read": 0, "failed": 0}
    words = runner.invoke(app, ["polls", "collect"])
    assert words.exit_code == 0 and "0 polls read" in words.stdout
