"""A poll's whole life against a real Mastodon API server (mastodon-mock): scheduled with the rules of its
network, published by the worker, voted on by the audience's accounts, its votes read once when its time is up
and a follow-up post with the result drafted for the library in the poll's language."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mastodon_mock_server import Account, MockServer
from sqlalchemy import select, update

from cocktailparty.channels import service as channels
from cocktailparty.connectors.base import Poll
from cocktailparty.db import session_scope
from cocktailparty.models import LibraryItem, Post, PostState
from cocktailparty.polls.job import collect_ended
from cocktailparty.posts.polls import votes_of
from cocktailparty.posts.service import schedule
from cocktailparty.worker import runner, timers
from cocktailparty.workspaces.classifier import classifier_for
from cocktailparty.workspaces.service import get_or_create

QUESTION = "قهوة الصباح: عربية أم مختصة؟"


def test_a_poll_is_published_voted_on_read_once_and_its_result_drafted(
    app_env: Path, mastodon_server: MockServer, new_account: Callable[[str], Account]
) -> None:
    tag = uuid.uuid4().hex[:6]
    brand = new_account(f"brand{tag}")
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = channels.add(session, workspace, network="mastodon", name="brand", base_url=mastodon_server.base_url,
                               token=brand.token, verify=False)
        post_id = schedule(session, workspace, channel, QUESTION, datetime.now(UTC) - timedelta(seconds=1),
                           classifier_for(), poll=Poll(("عربية", "مختصة"), duration_minutes=5)).id
    assert runner.run_until_idle(timedelta(seconds=30), max_wait=0)["published"] == 1
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None and post.state == PostState.PUBLISHED and post.poll_ends_at and post.published_at
        assert post.poll_ends_at - post.published_at == timedelta(minutes=5)
        remote_id, ends = post.remote_id, post.poll_ends_at
    poll = brand.client.status(remote_id).poll
    assert [option.title for option in poll.options] == ["عربية", "مختصة"]
    for number, choice in enumerate((1, 1, 0)):
        new_account(f"fan{number}{tag}").client.poll_vote(poll.id, [choice])

    assert collect_ended(now=ends - timedelta(seconds=1)) == {"read": 0, "failed": 0}  # not over yet
    # Time passes: the poll's time is up, and the worker's periodic job reads it (once).
    with session_scope() as session:
        session.execute(update(Post).where(Post.id == post_id).values(poll_ends_at=datetime.now(UTC)
                                                                       - timedelta(seconds=1)))
    [ran] = timers.run_due(timers={"polls.collect": timers.TIMERS["polls.collect"]})
    assert ran.error is None
    assert collect_ended(now=ends + timedelta(minutes=5)) == {"read": 0, "failed": 0}  # read once
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None
        votes = votes_of(post)
        assert votes is not None and votes.options == (("عربية", 1), ("مختصة", 2)) and votes.total == 3
        assert votes.winners() == ["مختصة"] and votes.follow_up is not None
        draft = session.get(LibraryItem, votes.follow_up)
        assert draft is not None and draft.category == "question" and draft.channel_id == post.channel_id
        # In the poll's language, Arabic digits and plural, the winner first.
        assert draft.text.startswith("نتائج استطلاعنا «قهوة الصباح: عربية أم مختصة؟»: مختصة ٦٧٪، عربية ٣٣٪")
        assert "(٣ أصوات)" in draft.text
        assert session.scalars(select(LibraryItem).where(LibraryItem.workspace_id == post.workspace_id)).all() == [
            draft]
