"""A Telegram poll is closed (stopPoll) at its close time, not up to a minute later: publishing it brings the
worker's polls job forward to that time, and each run of the job leaves it due at the next poll's close. The
worker's clock is set, never slept on; the minute's tick stays as the safety net."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fake_bot_api import FakeBotApi

from cocktailparty.channels import service as channels
from cocktailparty.db import session_scope
from cocktailparty.models import Post, PostState, TimerLease
from cocktailparty.polls.job import CLOSE_TIMER
from cocktailparty.worker import runner, timers
from cocktailparty.workspaces.service import get_or_create

LEASE = timedelta(seconds=60)
POLLS = {CLOSE_TIMER: timers.TIMERS[CLOSE_TIMER]}


def _poll(channel_id: int, workspace_id: int, text: str, minutes: int, now: datetime) -> Post:
    return Post(workspace_id=workspace_id, channel_id=channel_id, text=text, category="question",
                state=PostState.SCHEDULED, due_at=now, next_attempt_at=now,
                poll={"options": ["قهوة عربية", "لاتيه"], "minutes": minutes})


def _post(post_id: int) -> Post:
    with session_scope() as session:
        post = session.get(Post, post_id)
        assert post is not None
        session.expunge(post)
        return post


def _next_run() -> datetime:
    with session_scope() as session:
        lease = session.get(TimerLease, CLOSE_TIMER)
        assert lease is not None
        return lease.next_run_at


def _closed(bot_api: FakeBotApi, remote_id: str) -> bool:
    return bool(next(m for m in bot_api.messages[bot_api.channel["id"]]
                     if m["message_id"] == int(remote_id))["poll"]["is_closed"])


def test_a_poll_is_closed_at_its_time(app_env: Path, bot_api: FakeBotApi, api_url: str) -> None:
    now = datetime.now(UTC)
    timers.run_due("w1", now + timedelta(minutes=10), POLLS)  # the job ran; its next tick is 11 minutes on
    assert _next_run() == now + timedelta(minutes=11)
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel_id = channels.add(session, workspace, network="telegram", name="dubai", base_url=api_url,
                                  token=bot_api.token, handle="@dubaicoffee", verify=False).id
        first = _poll(channel_id, workspace.id, "قهوتك الصباحية؟", 2, now)
        second = _poll(channel_id, workspace.id, "Your afternoon coffee?", 5, now)
        session.add_all([first, second])
        session.flush()
        first_id, second_id = first.id, second.id
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 2
    first_post, second_post = _post(first_id), _post(second_id)
    assert first_post.poll_ends_at is not None and second_post.poll_ends_at is not None
    ends, later_ends = first_post.poll_ends_at, second_post.poll_ends_at
    assert _next_run() == ends  # brought forward from the minute's tick to the first close
    assert first_post.remote_id is not None and second_post.remote_id is not None
    bot_api.vote(int(first_post.remote_id), 0, voters=3)

    assert timers.run_due("w1", ends - timedelta(seconds=1), POLLS) == []  # a second early: not yet
    assert not _closed(bot_api, first_post.remote_id)
    [ran] = timers.run_due("w1", ends, POLLS)  # at its time, to the second
    assert ran.error is None
    assert _closed(bot_api, first_post.remote_id) and not _closed(bot_api, second_post.remote_id)
    read = _post(first_id).poll_results
    assert read is not None and read["options"] == [["قهوة عربية", 3], ["لاتيه", 0]]
    # The job is due next at the second poll's close (three minutes on, less than the minute's tick after that).
    assert _next_run() == min(later_ends, max(ends + timedelta(minutes=1), datetime.now(UTC)))
    timers.run_due("w1", later_ends, POLLS)
    assert _closed(bot_api, second_post.remote_id) and _post(second_id).poll_results is not None


def test_a_poll_the_job_was_not_told_about_is_closed_at_its_next_tick(app_env: Path, bot_api: FakeBotApi,
                                                                   api_url: str) -> None:
    now = datetime.now(UTC)
    with session_scope() as session:
        workspace = get_or_create(session, "default")
        channel_id = channels.add(session, workspace, network="telegram", name="dubai", base_url=api_url,
                                  token=bot_api.token, handle="@dubaicoffee", verify=False).id
        post = _poll(channel_id, workspace.id, "Cardamom or saffron?", 1, now)
        session.add(post)
        session.flush()
        post_id = post.id
    assert runner.run_until_idle(LEASE, max_wait=5)["published"] == 1
    published = _post(post_id)
    assert published.poll_ends_at is not None and published.remote_id is not None
    with session_scope(write=True) as session:  # as if the publisher's word were lost: due in an hour
        lease = session.get(TimerLease, CLOSE_TIMER)
        if lease is None:
            session.add(TimerLease(name=CLOSE_TIMER, next_run_at=now + timedelta(hours=1), runs=0, failures=0))
        else:
            lease.next_run_at = now + timedelta(hours=1)
    assert timers.run_due("w1", published.poll_ends_at, POLLS) == []
    timers.run_due("w1", now + timedelta(hours=1), POLLS)
    assert _closed(bot_api, published.remote_id)
