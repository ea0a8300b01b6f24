"""The inbox on X, through Prism's validating proxy in front of the stateful fake: the worker publishes our post,
people reply to it and mention the account, the fetch reads each once (the time cursor read again with an overlap
drops what was seen), and a reply from the inbox goes out threaded under the comment, exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from x_fake import ME, TOKEN, FakeX
from x_servers import Prism

from cocktailparty.channels import service as channels
from cocktailparty.classify import Classifier
from cocktailparty.db import session_scope
from cocktailparty.inbox import job, service
from cocktailparty.models import Post, PostState, Role
from cocktailparty.worker import runner
from cocktailparty.workspaces.service import get_or_create

LEASE = timedelta(seconds=60)


def test_replies_and_mentions_are_fetched_once_and_answered_once(
    app_env: Path, prism: Prism, fake: FakeX, classifier: Classifier
) -> None:
    now = datetime.now(UTC)
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = channels.add(session, workspace, network="x", name="cafe", base_url=prism.proxy, token=TOKEN,
                               verify=False)
        channel_id = channel.id
        session.add(Post(workspace_id=workspace.id, channel_id=channel_id, text="Which pastry should we add next?",
                         category="question", state=PostState.SCHEDULED, due_at=now, next_attempt_at=now))
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    with session_scope() as session:
        ours = session.scalars(select(Post).where(Post.channel_id == channel_id)).one()
        post_id, remote_id = ours.id, ours.remote_id
    assert remote_id in fake.posts

    question = fake.add_mention("layla", "@cocktailparty هل عندكم كرواسون باللوز؟", in_reply_to=remote_id)
    complaint = fake.add_mention("omar", f"@{ME['username']} my order arrived cold and two hours late")
    fetched = {item.remote_id: item for item in job.fetch_channel(channel_id).new}
    assert set(fetched) == {question, complaint}
    assert (fetched[question].label, fetched[question].language, fetched[question].post_id) == ("question", "ar",
                                                                                                 post_id)
    assert fetched[question].author == "layla" and fetched[complaint].label == "complaint"
    assert job.fetch_channel(channel_id).new == []  # read again with the overlap: dropped as seen
    later = fake.add_mention("sara", "@cocktailparty شكرا، القهوة رائعة")
    assert [item.remote_id for item in job.fetch_channel(channel_id).new] == [later]

    with session_scope() as session:
        workspace = get_or_create(session, "default")
        item = service.get_or_raise(session, workspace, fetched[question].id, Role.OWNER)
        reply = service.reply(session, workspace, item,
                              "نعم، كل صباح جمعة!", classifier)
        assert reply.category == "reply"
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    assert runner.run_until_idle(LEASE, max_wait=1)["published"] == 0
    answers = [post for post in fake.posts.values() if post["referenced_posts"] == [{"type": "replied_to",
                                                                                      "id": question}]]
    assert len(answers) == 1 and answers[0]["source_text"] == "نعم، كل صباح جمعة!"
