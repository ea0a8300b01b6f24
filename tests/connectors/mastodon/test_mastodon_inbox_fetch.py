"""The inbox against a real Mastodon API server (mastodon-mock): a second account comments under a published
post, mentions and writes directly; the fetch reads each once, incrementally, keeps its cursor through a
failure, says when the token expired, and a reply from the inbox goes out threaded, exactly once."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import requests
from mastodon_mock_server import Account, Faults, MockServer
from sqlalchemy import func, select

from cocktailparty.channels import service as channels
from cocktailparty.classify import Classifier
from cocktailparty.connectors.mastodon.text import plain_text
from cocktailparty.db import session_scope
from cocktailparty.inbox import job, service
from cocktailparty.models import Channel, InboxCursor, InboxItem, Post, PostState, Role
from cocktailparty.worker import runner
from cocktailparty.workspaces.service import get_or_create

NOTIFICATIONS = "/api/v1/notifications"


def accounts(new_account: Callable[[str], Account]) -> tuple[Account, Account]:
    tag = uuid.uuid4().hex[:6]
    return new_account(f"brand{tag}"), new_account(f"fan{tag}")


def add_channel(server: MockServer, brand: Account) -> int:
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = channels.add(session, workspace, network="mastodon", name=f"brand-{brand.username}",
                               base_url=server.base_url, token=brand.token, verify=False)
        channel.handle = f"@{brand.username}"
        return channel.id


def published(channel_id: int, brand: Account, text: str) -> tuple[int, str]:
    """A post of ours, out on the server and recorded as published."""
    status = brand.client.status_post(text)
    now = datetime.now(UTC)
    with session_scope() as session:
        channel = session.get(Channel, channel_id)
        assert channel is not None
        post = Post(workspace_id=channel.workspace_id, channel_id=channel_id, text=text, category="question",
                    state=PostState.PUBLISHED, due_at=now, published_at=now, remote_id=str(status.id))
        session.add(post)
        session.flush()
        return post.id, str(status.id)


def items(channel_id: int) -> list[InboxItem]:
    with session_scope() as session:
        found = list(session.scalars(select(InboxItem).where(InboxItem.channel_id == channel_id)
                                     .order_by(InboxItem.created_at)))
        session.expunge_all()
        return found


def cursor_of(channel_id: int) -> InboxCursor:
    with session_scope() as session:
        cursor = session.scalars(select(InboxCursor).where(InboxCursor.channel_id == channel_id)).one()
        session.expunge(cursor)
        return cursor


def test_comments_mentions_and_messages_arrive_once_each(
    app_env: Path, mastodon_server: MockServer, new_account: Callable[[str], Account]
) -> None:
    brand, fan = accounts(new_account)
    channel_id = add_channel(mastodon_server, brand)
    post_id, status_id = published(channel_id, brand, "Which cake should we bake next week?")
    # A comment that mentions nobody (only the statuses' context shows it), a mention, a direct message.
    comment = fan.client.status_post("Do you have a vegan chocolate one?", in_reply_to_id=status_id)
    fan.client.status_post(f"@{brand.username} your bakery ruined my order, it never arrived")
    fan.client.status_post(f"@{brand.username} شكرا لكم، الكيك رائع", visibility="direct")

    first = job.fetch_channel(channel_id)

    assert first.error is None and len(first.new) == 3
    found = {item.remote_id: item for item in items(channel_id)}
    under = found[str(comment.id)]
    assert (under.kind, under.label, under.language, under.post_id) == ("comment", "question", "en", post_id)
    assert under.author == fan.username and under.in_reply_to == status_id
    assert sorted((item.kind, item.label) for item in found.values()) == [
        ("comment", "question"), ("mention", "complaint"), ("message", "praise")]
    assert cursor_of(channel_id).position is not None

    # Nothing new: nothing added. A new mention: only it.
    assert job.fetch_channel(channel_id).new == []
    later = fan.client.status_post(f"@{brand.username} كم سعر الكيكة الكبيرة؟")
    again = job.fetch_channel(channel_id)
    assert [(item.remote_id, item.label, item.language) for item in again.new] == [(str(later.id), "lead", "ar")]
    assert len(items(channel_id)) == 4


def test_a_failed_fetch_keeps_the_cursor_and_waits(
    app_env: Path, mastodon_server: MockServer, new_account: Callable[[str], Account], faults: Faults
) -> None:
    brand, fan = accounts(new_account)
    channel_id = add_channel(mastodon_server, brand)
    fan.client.status_post(f"@{brand.username} first question?")
    assert len(job.fetch_channel(channel_id).new) == 1
    position = cursor_of(channel_id).position
    fan.client.status_post(f"@{brand.username} second question?")

    faults.add("GET", NOTIFICATIONS, status=503)
    failed = job.fetch_channel(channel_id)

    assert failed.error and failed.new == []
    cursor = cursor_of(channel_id)
    assert cursor.position == position and cursor.failures == 1 and cursor.error_kind == "transient"
    assert cursor.next_attempt_at is not None and cursor.next_attempt_at > datetime.now(UTC)
    assert job.fetch_channel(channel_id).skipped  # still waiting: the network is not called

    retried = job.fetch_channel(channel_id, now=datetime.now(UTC) + timedelta(hours=2))
    assert [plain_text(item.text) for item in retried.new] == [f"@{brand.username} second question?"]
    assert cursor_of(channel_id).failures == 0 and cursor_of(channel_id).last_error is None


def test_a_rate_limit_waits_as_long_as_the_network_says(
    app_env: Path, mastodon_server: MockServer, new_account: Callable[[str], Account], faults: Faults
) -> None:
    brand, _ = accounts(new_account)
    channel_id = add_channel(mastodon_server, brand)
    faults.add("GET", NOTIFICATIONS, status=429, headers={"Retry-After": "900"})
    before = datetime.now(UTC)

    assert job.fetch_channel(channel_id).error

    cursor = cursor_of(channel_id)
    assert cursor.error_kind == "rate_limited" and cursor.position is None
    assert cursor.next_attempt_at is not None and cursor.next_attempt_at >= before + timedelta(seconds=899)


def test_an_expired_token_shows_on_the_channel(
    app_env: Path, mastodon_server: MockServer, new_account: Callable[[str], Account],
    app_credentials: tuple[str, str],
) -> None:
    brand, _ = accounts(new_account)
    channel_id = add_channel(mastodon_server, brand)
    client_id, client_secret = app_credentials  # the user removed the app from their account (RFC 7009)
    requests.post(f"{mastodon_server.base_url}/oauth/revoke", timeout=5,
                  data={"client_id": client_id, "client_secret": client_secret, "token": brand.token}
                  ).raise_for_status()

    result = job.fetch_channel(channel_id)

    assert result.error and "reconnect" in result.error
    cursor = cursor_of(channel_id)
    assert cursor.error_kind == "auth" and cursor.last_error and "reconnect" in cursor.last_error


def test_markup_and_bidi_controls_are_stored_as_written(
    app_env: Path, mastodon_server: MockServer, new_account: Callable[[str], Account]
) -> None:
    brand, fan = accounts(new_account)
    channel_id = add_channel(mastodon_server, brand)
    hostile = f"@{brand.username} <script>alert(1)</script> \u202egnp.exe\u202c <b>bold</b>?"
    fan.client.status_post(hostile)

    job.fetch_channel(channel_id)

    [item] = items(channel_id)  # (100 KB comments, over this server's limit: tests/inbox/test_inbox_service.py)
    assert "<script>alert(1)</script>" in item.text and "\u202e" in item.text and item.label == "question"


def test_a_reply_from_the_inbox_goes_out_under_the_comment_exactly_once(
    app_env: Path, mastodon_server: MockServer, new_account: Callable[[str], Account], classifier: Classifier
) -> None:
    brand, fan = accounts(new_account)
    channel_id = add_channel(mastodon_server, brand)
    _, status_id = published(channel_id, brand, "Our Eid boxes are baking!")
    comment = fan.client.status_post("When do you open on Friday?", in_reply_to_id=status_id)
    job.fetch_channel(channel_id)
    [item] = items(channel_id)

    with session_scope() as session:
        workspace = get_or_create(session, "default")
        inbox_item = service.get_or_raise(session, workspace, item.id, Role.OWNER)
        post = service.reply(session, workspace, inbox_item, "We open at 9 on Fridays!", classifier)
        reply_id = post.id
        assert (post.category, post.reply_to_remote_id, inbox_item.state) == ("reply", str(comment.id), "waiting")

    assert runner.run_until_idle(timedelta(seconds=60), max_wait=5)["published"] == 1
    assert runner.run_until_idle(timedelta(seconds=60), max_wait=1)["published"] == 0

    context = fan.client.status_context(comment.id)
    answers = [status for status in context.descendants if status.account.username == brand.username]
    assert len(answers) == 1
    assert str(answers[0].in_reply_to_id) == str(comment.id)
    assert plain_text(answers[0].content) == f"@{fan.username} We open at 9 on Fridays!"
    with session_scope() as session:
        reply = session.get(Post, reply_id)
        assert reply is not None and reply.state == PostState.PUBLISHED and reply.remote_id == str(answers[0].id)
        replies = session.scalar(select(func.count()).where(Post.channel_id == channel_id, Post.category == "reply"))
        assert replies == 1
    # Our own answer, read back in the thread, is not a new inbox item.
    assert job.fetch_channel(channel_id).new == []
