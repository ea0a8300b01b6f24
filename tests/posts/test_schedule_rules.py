"""The rules of scheduling live in the posts service, so the page, the API and the command line all keep
them: not in the past, an override needs its reason, a channel whose credentials cannot be read is the
user's to fix (not a server error), and one Idempotency-Key schedules one post."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import func, select

import factories
from cocktailparty import db
from cocktailparty.classify import Classifier
from cocktailparty.config import get_settings
from cocktailparty.errors import InputError
from cocktailparty.models import Channel, Post, Workspace
from cocktailparty.posts.service import IdempotencyKeyReused, schedule, schedule_once
from cocktailparty.secrets import CredentialsUnreadable

SOON = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)


def _workspace_and_channel() -> tuple[int, int]:
    with db.session_scope(write=True) as session:
        workspace = factories.workspace(session, "Acme")
        return workspace.id, factories.channel(session, workspace).id


def _schedule(classifier: Classifier, at: datetime, **options: object) -> Post:
    workspace_id, channel_id = _ids
    with db.session_scope(write=True) as session:
        workspace, channel = session.get(Workspace, workspace_id), session.get(Channel, channel_id)
        assert workspace and channel
        return schedule(session, workspace, channel, "Tea or coffee?", at, classifier, **options)  # type: ignore[arg-type]


_ids: tuple[int, int] = (0, 0)


@pytest.fixture(autouse=True)
def _team(db_env: Path) -> None:
    global _ids
    _ids = _workspace_and_channel()


def test_a_time_in_the_past_is_refused_whoever_asks(classifier: Classifier) -> None:
    with pytest.raises(InputError, match="in the past"):
        _schedule(classifier, datetime(2020, 1, 1, 9, tzinfo=UTC))
    # A moment typed as "now" is a little old when it arrives: still accepted.
    assert _schedule(classifier, datetime.now(UTC) - timedelta(minutes=1)).id


def test_an_override_needs_a_reason(classifier: Classifier) -> None:
    with pytest.raises(InputError, match="needs a reason"):
        _schedule(classifier, SOON, force=True, reason="  ")


def test_credentials_the_current_key_cannot_read_are_the_users_to_fix(
    classifier: Classifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COCKTAIL_SECRET_KEY", Fernet.generate_key().decode())  # the key changed
    get_settings.cache_clear()
    with pytest.raises(CredentialsUnreadable) as refused:
        _schedule(classifier, SOON)
    assert refused.value.status_code == 422 and "reconnect the channel" in refused.value.message


def test_one_idempotency_key_schedules_one_post(classifier: Classifier) -> None:
    workspace_id, channel_id = _ids
    with db.session_scope(write=True) as session:
        workspace, channel = session.get(Workspace, workspace_id), session.get(Channel, channel_id)
        assert workspace and channel
        first, new = schedule_once(session, workspace, channel, "Tea or coffee?", SOON, classifier,
                                   idempotency_key="key-1")
        again, repeated = schedule_once(session, workspace, channel, "Tea or coffee?", SOON, classifier,
                                        idempotency_key="key-1")
        assert new and not repeated and again.id == first.id
        with pytest.raises(IdempotencyKeyReused):
            schedule_once(session, workspace, channel, "Another text", SOON, classifier, idempotency_key="key-1")
        assert session.scalar(select(func.count()).select_from(Post)) == 1


@pytest.mark.commits  # the command runs in another process: it must see the channel
def test_the_command_line_refuses_a_time_in_the_past(app_env: Path, model_cache: Path) -> None:
    env = {**os.environ, "COCKTAIL_DATA_DIR": str(app_env), "COCKTAIL_WORKSPACE": "Acme"}
    env.pop("DATABASE_URL", None) if not os.environ.get("COCKTAIL_TEST_DATABASE_URL") else None
    if os.environ.get("COCKTAIL_TEST_DATABASE_URL"):
        env["DATABASE_URL"] = os.environ["COCKTAIL_TEST_DATABASE_URL"]
    result = subprocess.run([sys.executable, "-m", "cocktailparty", "post", "add", "--channel", "brand", "--text",
                             "Tea or coffee?", "--at", "2020-01-01T09:00Z"], capture_output=True, text=True, env=env,
                            timeout=300)
    assert result.returncode == 2 and "in the past" in result.stderr
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Post)) == 0
