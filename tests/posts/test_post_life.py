"""The post's whole life in the posts service, and through the command line: schedule on several channels
(each judged by its own guardrail; all or nothing), edit, move, cancel, delete, retry a failed post,
duplicate. Each rule is checked where it lives (the service) and through the command line's door."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

import factories
from cocktailparty import db
from cocktailparty.classify import Classifier
from cocktailparty.cli import app
from cocktailparty.config import get_settings
from cocktailparty.errors import InputError, NotFound
from cocktailparty.models import Channel, Post, PostState, Workspace
from cocktailparty.posts import service as posts
from cocktailparty.posts.service import ChannelsRefused, GuardrailRefused

SOON = (datetime.now(UTC) + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
QUESTION = "Tea or coffee this morning?"
PROMO = "20% off every cake today, order now!"


@pytest.fixture
def team(rollback_env: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """A workspace with a busy channel (a third promotion breaks 80/20 there) and a quiet one."""
    monkeypatch.setenv("COCKTAIL_WORKSPACE", "Acme")
    get_settings.cache_clear()
    with db.session_scope() as session:
        workspace = factories.workspace(session, "Acme")
        busy, quiet = factories.channel(session, workspace, "busy"), factories.channel(session, workspace, "quiet")
        for hour in range(8):
            factories.post(session, workspace, busy, f"Tip {hour}", category="educational",
                           at=SOON - timedelta(hours=hour + 1))
        for hour in (1, 2):
            factories.post(session, workspace, busy, f"Sale {hour}", category="promotional",
                           at=SOON + timedelta(hours=hour))
        return {"workspace": workspace.id, "busy": busy.id, "quiet": quiet.id}


def _session_objects(session: db.Session, team: dict[str, int]) -> tuple[Workspace, Channel, Channel]:
    workspace = session.get(Workspace, team["workspace"])
    busy, quiet = session.get(Channel, team["busy"]), session.get(Channel, team["quiet"])
    assert workspace and busy and quiet
    return workspace, busy, quiet


def _count(state: PostState | None = None) -> int:
    with db.session_scope() as session:
        query = select(func.count()).select_from(Post)
        return int(session.scalar(query.where(Post.state == state) if state else query) or 0)


def _add(team: dict[str, int], text: str = QUESTION, state: PostState = PostState.SCHEDULED,
         channel: str = "quiet", category: str = "question", at: datetime = SOON) -> int:
    with db.session_scope() as session:
        workspace, on = session.get(Workspace, team["workspace"]), session.get(Channel, team[channel])
        assert workspace and on
        return factories.post(session, workspace, on, text, category=category, at=at, state=state).id


# --- The service -------------------------------------------------------------------------------------------


def test_several_channels_each_judged_by_its_own_guardrail_all_or_nothing(team: dict[str, int],
                                                                           classifier: Classifier) -> None:
    before = _count()
    with db.session_scope() as session:
        workspace, busy, quiet = _session_objects(session, team)
        with pytest.raises(ChannelsRefused) as refused:
            posts.schedule_many(session, workspace, [quiet, busy], PROMO, SOON, classifier)
        answers = {answer.channel.name: answer for answer in refused.value.answers}
        assert answers["quiet"].error is None
        assert isinstance(answers["busy"].error, GuardrailRefused)
        assert "busy" in refused.value.message and "1 of 2 channels" in refused.value.message
    assert _count() == before  # nothing saved, not even on the channel that would take it
    with db.session_scope() as session:
        workspace, busy, quiet = _session_objects(session, team)
        made, new = posts.schedule_many(session, workspace, [quiet, busy], PROMO, SOON, classifier, force=True,
                                        reason="launch day")
        assert new and [post.channel_id for post in made] == [quiet.id, busy.id]
        # Only the channel whose guardrail refused records the override.
        assert [post.override_reason for post in made] == [None, "launch day"]


def test_the_rules_every_channel_shares_are_said_once(team: dict[str, int], classifier: Classifier) -> None:
    with db.session_scope() as session:
        workspace, busy, quiet = _session_objects(session, team)
        with pytest.raises(InputError, match="in the past"):
            posts.schedule_many(session, workspace, [quiet, busy], QUESTION, datetime(2020, 1, 1, tzinfo=UTC),
                                classifier)
        with pytest.raises(InputError, match="needs a reason"):
            posts.schedule_many(session, workspace, [quiet, busy], QUESTION, SOON, classifier, force=True)
        with pytest.raises(InputError, match="twice"):
            posts.schedule_many(session, workspace, [quiet, quiet], QUESTION, SOON, classifier)
        with pytest.raises(ChannelsRefused) as refused:  # the network's limits, per channel (testnet: 100)
            posts.schedule_many(session, workspace, [quiet, busy], "x" * 150, SOON, classifier)
        assert all(answer.error and answer.error.code == "post.over_limits" for answer in refused.value.answers)


def test_editing_keeps_every_rule_of_scheduling(team: dict[str, int], classifier: Classifier) -> None:
    post_id = _add(team, channel="busy", at=SOON + timedelta(hours=3))
    with db.session_scope() as session:
        workspace, _, _ = _session_objects(session, team)
        with pytest.raises(InputError, match="in the past"):
            posts.edit(session, workspace, post_id, classifier, at=datetime(2020, 1, 1, tzinfo=UTC))
        with pytest.raises(InputError, match="cannot take this post"):
            posts.edit(session, workspace, post_id, classifier, text="x" * 150)
        # Relabelled a promotion on the busy channel: the guardrail judges it at its new category.
        with pytest.raises(GuardrailRefused):
            posts.edit(session, workspace, post_id, classifier, category="promotional")
        with pytest.raises(InputError, match="needs a reason"):
            posts.edit(session, workspace, post_id, classifier, category="promotional", force=True)
        edited = posts.edit(session, workspace, post_id, classifier, text="Milk or lemon?", at=SOON + timedelta(days=1))
        assert (edited.text, edited.due_at, edited.next_attempt_at) == ("Milk or lemon?", SOON + timedelta(days=1),
                                                                         SOON + timedelta(days=1))
        assert edited.category == "question"  # chosen by hand before: kept
    # A draft given a time is scheduled; a published post cannot change.
    draft = _add(team, state=PostState.DRAFT)
    published = _add(team, state=PostState.PUBLISHED)
    with db.session_scope() as session:
        workspace, _, _ = _session_objects(session, team)
        assert posts.edit(session, workspace, draft, classifier, at=SOON).state == PostState.SCHEDULED
        with pytest.raises(InputError, match="only a draft or a scheduled post"):
            posts.edit(session, workspace, published, classifier, text="changed")


def test_cancel_delete_retry_and_their_states(team: dict[str, int], classifier: Classifier) -> None:
    scheduled, failed, published = (_add(team), _add(team, state=PostState.FAILED),
                                    _add(team, state=PostState.PUBLISHED))
    with db.session_scope() as session:
        workspace, _, _ = _session_objects(session, team)
        assert posts.cancel(session, workspace, scheduled).state == PostState.CANCELLED
        with pytest.raises(InputError, match="only a scheduled post can be cancelled"):
            posts.cancel(session, workspace, scheduled)
        with pytest.raises(InputError, match="only a failed post"):
            posts.retry(session, workspace, scheduled)
        session.get(Post, failed).attempts = 4
        session.get(Post, failed).last_error = "the network timed out"
        session.flush()
        retried = posts.retry(session, workspace, failed)
        # Sent again now; its attempts stay above zero, so the publisher first looks for it on the network.
        assert retried.state == PostState.SCHEDULED and retried.last_error is None and retried.attempts == 1
        assert retried.next_attempt_at is not None and retried.next_attempt_at <= datetime.now(UTC)
        with pytest.raises(InputError, match="cannot be deleted"):
            posts.delete(session, workspace, published)
        posts.delete(session, workspace, scheduled)
        with pytest.raises(NotFound):
            posts.get_or_raise(session, workspace, scheduled)


def test_retry_is_judged_by_the_guardrail(team: dict[str, int], classifier: Classifier) -> None:
    failed = _add(team, text=PROMO, channel="busy", category="promotional", state=PostState.FAILED,
                  at=SOON + timedelta(minutes=30))
    with db.session_scope() as session:
        workspace, _, _ = _session_objects(session, team)
        with pytest.raises(GuardrailRefused):
            posts.retry(session, workspace, failed)
        assert posts.retry(session, workspace, failed, force=True, reason="agreed with sales").override_reason


def test_duplicate_as_drafts_or_scheduled_on_other_channels(team: dict[str, int], classifier: Classifier) -> None:
    original = _add(team, state=PostState.PUBLISHED, at=SOON - timedelta(days=10))
    with db.session_scope() as session:
        workspace, busy, quiet = _session_objects(session, team)
        [draft] = posts.duplicate(session, workspace, original, classifier)
        assert (draft.state, draft.due_at, draft.channel_id, draft.text) == (PostState.DRAFT, None, quiet.id, QUESTION)
        copies = posts.duplicate(session, workspace, original, classifier, channels=[busy, quiet], at=SOON)
        assert [(copy.channel_id, copy.state) for copy in copies] == [(busy.id, "scheduled"), (quiet.id, "scheduled")]
        with pytest.raises(InputError, match="in the past"):
            posts.duplicate(session, workspace, original, classifier, at=datetime(2020, 1, 1, tzinfo=UTC))


def test_another_workspaces_post_does_not_exist_here(team: dict[str, int], classifier: Classifier) -> None:
    post_id = _add(team)
    with db.session_scope() as session:
        other = factories.workspace(session, "Other")
        for action in (lambda: posts.cancel(session, other, post_id), lambda: posts.delete(session, other, post_id),
                       lambda: posts.retry(session, other, post_id),
                       lambda: posts.edit(session, other, post_id, classifier, text="mine now"),
                       lambda: posts.duplicate(session, other, post_id, classifier)):
            with pytest.raises(NotFound):
                action()


# --- The command line --------------------------------------------------------------------------------------

runner = CliRunner()


def _cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_schedules_on_several_channels_all_or_nothing(team: dict[str, int], classifier: Classifier) -> None:
    before = _count()
    code, _, err = _cli("post", "add", "--channel", "quiet", "--channel", "busy", "--text", PROMO, "--at",
                        SOON.isoformat())
    assert code == 3 and "busy" in err and _count() == before
    code, out, _ = _cli("post", "add", "--channel", "quiet", "--channel", "busy", "--text", QUESTION, "--at",
                        SOON.isoformat(), "--json")
    assert code == 0 and [row["channel_id"] for row in json.loads(out)] == [team["quiet"], team["busy"]]


def test_cli_refuses_a_past_time_for_add_edit_and_duplicate(team: dict[str, int], classifier: Classifier) -> None:
    post_id = _add(team)
    for args in (("post", "add", "--channel", "quiet", "--text", QUESTION, "--at", "2020-01-01T09:00Z"),
                 ("post", "edit", str(post_id), "--at", "2020-01-01T09:00Z"),
                 ("post", "duplicate", str(post_id), "--at", "2020-01-01T09:00Z")):
        code, _, err = _cli(*args)
        assert code == 2 and "in the past" in err, (args, err)


def test_cli_cancel_retry_edit_delete_duplicate(team: dict[str, int], classifier: Classifier) -> None:
    scheduled, failed = _add(team), _add(team, state=PostState.FAILED)
    code, out, _ = _cli("post", "cancel", str(scheduled), "--json")
    assert code == 0 and json.loads(out)["state"] == "cancelled"
    code, _, err = _cli("post", "cancel", str(scheduled))
    assert code == 2 and "only a scheduled post" in err
    code, out, _ = _cli("post", "retry", str(failed), "--json")
    assert code == 0 and json.loads(out)["state"] == "scheduled"
    code, _, err = _cli("post", "retry", str(failed))
    assert code == 2 and "only a failed post" in err
    code, out, _ = _cli("post", "edit", str(failed), "--text", "Milk or lemon?", "--json")
    assert code == 0
    code, out, _ = _cli("post", "duplicate", str(failed), "--channel", "busy", "--json")
    assert code == 0 and json.loads(out)["state"] == "draft" and json.loads(out)["channel_id"] == team["busy"]
    code, _, _ = _cli("post", "delete", str(scheduled))
    assert code == 0
    code, _, err = _cli("post", "delete", str(scheduled))
    assert code == 2 and "no such post" in err
    with db.session_scope() as session:
        assert session.get(Post, failed).text == "Milk or lemon?"


def test_cli_a_relabel_needs_its_reason(team: dict[str, int], classifier: Classifier) -> None:
    promotion = "50% off all croissants today, order now!"
    base = ("post", "add", "--channel", "quiet", "--text", promotion, "--at", SOON.isoformat(),
            "--category", "question")
    code, _, err = _cli(*base)
    assert code == 2 and "needs a reason" in err
    code, out, _ = _cli(*base, "--category-reason", "a poll about croissants", "--json")
    assert code == 0 and json.loads(out)["category"] == "promotional"  # until an owner accepts
