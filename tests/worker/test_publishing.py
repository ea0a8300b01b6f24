"""The publisher end to end on a real database and the real Huey queue, against the fake network."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cocktailparty.channels import service as channels
from cocktailparty.connectors.base import AuthError, RateLimited, TransientError
from cocktailparty.db import session_scope
from cocktailparty.models import Channel, Post, PostState, PublishAttempt
from cocktailparty.models.base import error_words
from cocktailparty.posts.service import GuardrailRefused, schedule
from cocktailparty.translation import describe
from cocktailparty.worker import publisher
from cocktailparty.worker.dispatcher import claim_due
from cocktailparty.worker.runner import run_until_idle
from cocktailparty.workspaces.classifier import classifier_for
from cocktailparty.workspaces.service import get_or_create
from fake_network import SERVER

LEASE = timedelta(seconds=30)


def add_posts(texts: list[str], *, due: datetime | None = None, category: str = "question") -> list[int]:
    due = due or datetime.now(UTC) - timedelta(seconds=1)
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = session.query(Channel).filter_by(name="brand").one_or_none() or channels.add(
            session, workspace, network="testnet", name="brand", token="good-token")
        return [schedule(session, workspace, channel, text, due - timedelta(seconds=i), classifier_for(),
                         category=category).id for i, text in enumerate(texts)]


def post(post_id: int) -> Post:
    with session_scope() as session:
        found = session.get(Post, post_id)
        assert found is not None
        return found


def test_due_posts_are_published_once_and_recorded(app_env: Path) -> None:
    ids = add_posts([f"Question {i}: tea or coffee?" for i in range(5)])
    outcome = run_until_idle(LEASE, max_wait=0)
    assert outcome["published"] == 5
    assert sorted(SERVER.texts()) == sorted(f"Question {i}: tea or coffee?" for i in range(5))
    for post_id in ids:
        done = post(post_id)
        assert done.state == PostState.PUBLISHED and done.remote_id and done.attempts == 1


def test_publishing_takes_the_write_lock_when_it_begins(app_env: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Two posts due together are published by two worker threads at once: on SQLite a transaction that read
    first and wrote second fails at once ("database is locked") when the other thread wrote in between, so
    every step of the job that writes says so when it begins (BEGIN IMMEDIATE), and waits its turn instead."""
    from cocktailparty.worker import tasks

    asked: list[bool] = []
    real = tasks.session_scope

    def recording(*args, write: bool = False, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(write)
        return real(*args, write=write, **kwargs)

    monkeypatch.setattr(tasks, "session_scope", recording)
    add_posts(["Question: tea or coffee?"])
    assert run_until_idle(LEASE, max_wait=0)["published"] == 1
    assert asked and all(asked), f"a publishing step began without the write lock: {asked}"


def test_future_posts_wait(app_env: Path) -> None:
    add_posts(["Later"], due=datetime.now(UTC) + timedelta(hours=1))
    assert run_until_idle(LEASE, max_wait=0)["published"] == 0
    assert SERVER.texts() == []


def test_a_timeout_after_the_network_accepted_does_not_post_twice(app_env: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(publisher, "BASE_DELAY", 0.05)
    calls = []

    def time_out_once(message) -> None:  # type: ignore[no-untyped-def]
        calls.append(message.key)
        if len(calls) == 1:
            raise TransientError("testnet", "connector.timed_out", "read timed out")

    SERVER.after_publish = time_out_once
    [post_id] = add_posts(["Poll: which flavour next?"])
    run_until_idle(LEASE, max_wait=5)
    assert SERVER.texts() == ["Poll: which flavour next?"]
    done = post(post_id)
    assert done.state == PostState.PUBLISHED and done.attempts == 2
    with session_scope() as session:
        outcomes = [a.outcome for a in session.query(PublishAttempt).order_by(PublishAttempt.number)]
    assert outcomes == ["retry", "found"]


def test_rate_limits_are_honoured(app_env: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(publisher, "BASE_DELAY", 0.01)
    answers = [RateLimited("testnet", "connector.rate_limited", "429 Too Many Requests", retry_after=1.5)]

    def limited(message) -> None:  # type: ignore[no-untyped-def]
        if answers:
            raise answers.pop()

    SERVER.before_publish = limited
    [post_id] = add_posts(["Tip: descale your kettle monthly"])
    started = datetime.now(UTC)
    run_until_idle(LEASE, max_wait=5)
    done = post(post_id)
    assert done.state == PostState.PUBLISHED and done.attempts == 2
    assert done.published_at is not None and done.published_at - started >= timedelta(seconds=1.5)


def test_an_expired_token_fails_with_an_actionable_reason(app_env: Path) -> None:
    def expired(message) -> None:  # type: ignore[no-untyped-def]
        raise AuthError("testnet", "connector.token_revoked", "the token was revoked or expired")

    SERVER.before_publish = expired
    [post_id] = add_posts(["Happy Eid!"])
    run_until_idle(LEASE, max_wait=0)
    failed = post(post_id)
    assert failed.state == PostState.FAILED and failed.attempts == 1
    assert "reconnect the channel" in (failed.last_error or "")


def test_a_post_that_keeps_failing_ends_failed(app_env: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(publisher, "BASE_DELAY", 0.001)

    def down(message) -> None:  # type: ignore[no-untyped-def]
        raise TransientError("testnet", "connector.network_failed", "503 Service Unavailable")

    SERVER.before_publish = down
    [post_id] = add_posts(["Office party photos!"])
    run_until_idle(LEASE, max_wait=5)
    failed = post(post_id)
    assert failed.state == PostState.FAILED and failed.attempts == publisher.MAX_ATTEMPTS
    assert "gave up after 8 attempts: testnet: 503 Service Unavailable" in (failed.last_error or "")


def test_claims_are_exclusive_and_stale_claims_come_back(app_env: Path) -> None:
    ids = add_posts(["a", "b", "c"])
    now = datetime.now(UTC)
    with session_scope() as session:
        first = claim_due(session, now, LEASE)
    with session_scope() as session:
        second = claim_due(session, now, LEASE)
    assert sorted(first) == sorted(ids) and second == []
    with session_scope() as session:  # the worker holding them died; the lease runs out
        again = claim_due(session, now + LEASE + timedelta(seconds=1), LEASE)
    assert sorted(again) == sorted(ids)


def test_the_guardrail_refuses_and_an_override_is_recorded(app_env: Path) -> None:
    start = datetime.now(UTC) + timedelta(days=1)
    add_posts([f"value {i}" for i in range(8)], due=start)
    add_posts(["Sale 1: 20% off"], due=start + timedelta(hours=1), category="promotional")
    add_posts(["Sale 2: 30% off"], due=start + timedelta(hours=2), category="promotional")
    with pytest.raises(GuardrailRefused) as refused:
        add_posts(["Sale 3: 40% off"], due=start + timedelta(hours=3), category="promotional")
    assert refused.value.exit_code == 3 and "To fix:" in str(refused.value)
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = session.query(Channel).filter_by(name="brand").one()
        forced = schedule(session, workspace, channel, "Sale 3: 40% off", start + timedelta(hours=3),
                          classifier_for(), category="promotional", force=True, reason="launch day, agreed with CEO")
        assert forced.override_reason == "launch day, agreed with CEO"


def test_tokens_are_encrypted_at_rest(app_env: Path) -> None:
    add_posts(["hello"])
    database = app_env / "cocktail.db"
    if database.exists():  # SQLite: read the file itself
        assert b"good-token" not in database.read_bytes()
    with session_scope() as session:
        channel = session.query(Channel).filter_by(name="brand").one()
        assert channel.secret and "good-token" not in channel.secret
        assert channels.config_of(channel).token == "good-token"


def test_the_last_error_is_kept_as_words_each_reader_sees_in_their_language(app_env: Path) -> None:
    def expired(message) -> None:  # type: ignore[no-untyped-def]
        raise AuthError("testnet", "connector.token_revoked", "the token was revoked or expired")

    SERVER.before_publish = expired
    [post_id] = add_posts(["Happy Eid!"])
    run_until_idle(LEASE, max_wait=0)
    words = error_words(post(post_id))
    assert words is not None
    assert describe(words, "en") == post(post_id).last_error
    arabic = describe(words, "ar")
    assert "أعد ربط القناة" in arabic and "reconnect" not in arabic
