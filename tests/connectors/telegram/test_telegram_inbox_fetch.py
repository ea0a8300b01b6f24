"""The inbox on Telegram, against the fake Bot API: the worker publishes our channel post, people comment on it in
the channel's discussion group, the fetch reads each comment once (getUpdates read again: dropped as seen), and a
reply from the inbox answers the comment in the group, exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fake_bot_api import FakeBotApi
from sqlalchemy import select

from cocktailparty.channels import service as channels
from cocktailparty.classify import Classifier
from cocktailparty.db import session_scope
from cocktailparty.inbox import job, service
from cocktailparty.models import Post, PostState, Role
from cocktailparty.worker import runner
from cocktailparty.workspaces.service import get_or_create

LEASE = timedelta(seconds=60)


def test_comments_in_the_discussion_group_are_fetched_once_and_answered_once(
    app_env: Path, bot_api: FakeBotApi, api_url: str, classifier: Classifier
) -> None:
    now = datetime.now(UTC)
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel = channels.add(session, workspace, network="telegram", name="dubai", base_url=api_url,
                               token=bot_api.token, handle="@dubaicoffee", verify=False)
        channel_id = channel.id
        session.add(Post(workspace_id=workspace.id, channel_id=channel_id, text="ما القهوة التي تبدأ بها يومك؟",
                         category="question", state=PostState.SCHEDULED, due_at=now, next_attempt_at=now))
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    with session_scope() as session:
        ours = session.scalars(select(Post).where(Post.channel_id == channel_id)).one()
        post_id, remote_id = ours.id, ours.remote_id
    assert remote_id is not None

    question = bot_api.add_comment(int(remote_id), "Huda", "متى تفتحون يوم الجمعة؟")
    bot_api.add_comment(int(remote_id), "Karim", "Lovely place, thank you!")
    fetched = job.fetch_channel(channel_id).new
    assert [item.text for item in fetched] == ["متى تفتحون يوم الجمعة؟", "Lovely place, thank you!"]
    asked = fetched[0]
    assert (asked.label, asked.language, asked.post_id, asked.author) == ("question", "ar", post_id, "Huda")
    assert fetched[1].label == "praise"
    assert job.fetch_channel(channel_id).new == []  # the same updates read again: dropped as seen

    with session_scope() as session:
        workspace = get_or_create(session, "default")
        reply = service.reply(session, workspace, service.get_or_raise(session, workspace, asked.id, Role.OWNER),
                              "من الرابعة عصرًا حتى منتصف الليل", classifier)
        assert reply.category == "reply"
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    assert runner.run_until_idle(LEASE, max_wait=1)["published"] == 0
    group = bot_api.messages[bot_api.discussion["id"]]
    answers = [m for m in group if m.get("reply_to_message", {}).get("message_id") == question]
    assert len(answers) == 1 and answers[0]["text"] == "من الرابعة عصرًا حتى منتصف الليل"
