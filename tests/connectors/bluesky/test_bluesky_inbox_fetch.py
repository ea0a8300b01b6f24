"""The inbox on the reference Bluesky PDS, which has no AppView: a second account replies to a post the worker
published; the fetch reads the records that answer ours (once), and a reply from the inbox is published as a
record answering the comment, exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bluesky_pds import Account, LocalPds
from sqlalchemy import select
from test_bluesky_connector import _ref, own_posts, write_post

from cocktailparty.channels import service as channels
from cocktailparty.classify import Classifier
from cocktailparty.db import session_scope
from cocktailparty.inbox import job, service
from cocktailparty.models import Post, PostState, Role
from cocktailparty.worker import runner
from cocktailparty.workspaces.service import get_or_create

LEASE = timedelta(seconds=60)


def test_a_reply_on_a_pds_without_appview_is_fetched_and_answered(
    app_env: Path, local_pds: LocalPds, fresh_account: Account, other_account: Account, classifier: Classifier
) -> None:
    now = datetime.now(UTC)
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = channels.add(session, workspace, network="bluesky", name="sky", base_url=local_pds.url,
                               handle=fresh_account.handle, password=fresh_account.password, verify=False)
        channel_id = channel.id
        session.add(Post(workspace_id=workspace.id, channel_id=channel_id, text="What should we bake next?",
                         category="question", state=PostState.SCHEDULED, due_at=now, next_attempt_at=now))
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    with session_scope() as session:
        ours = session.scalars(select(Post).where(Post.channel_id == channel_id)).one()
        post_id, uri = ours.id, ours.remote_id
    assert uri
    ref = _ref(local_pds, uri)
    comment = write_post(local_pds, other_account, {"text": "هل عندكم كعك بدون سكر؟",
                                                     "reply": {"root": ref, "parent": ref}})

    [item] = job.fetch_channel(channel_id).new
    assert (item.remote_id, item.label, item.language, item.post_id) == (comment["uri"], "question", "ar", post_id)
    assert item.author == other_account.handle
    assert job.fetch_channel(channel_id).new == []  # read again with the overlap: dropped as seen

    with session_scope() as session:
        workspace = get_or_create(session, "default")
        reply = service.reply(session, workspace, service.get_or_raise(session, workspace, item.id, Role.OWNER),
                              "نعم، كل يوم خميس!", classifier)
        assert reply.category == "reply"
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    assert runner.run_until_idle(LEASE, max_wait=1)["published"] == 0
    answers = [post for post in own_posts(local_pds, fresh_account)
               if post["value"].get("reply", {}).get("parent", {}).get("uri") == comment["uri"]]
    assert len(answers) == 1 and answers[0]["value"]["text"] == "نعم، كل يوم خميس!"
    assert answers[0]["value"]["reply"]["root"]["uri"] == uri  # threaded under our post
