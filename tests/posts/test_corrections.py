"""A person's category is a correction, not a loophole: a value category chosen against a confident
promotional verdict needs a reason, is recorded with who and why, and counts as promotional until an owner
accepts it; other corrections take effect at once and teach the workspace's classifier (after the commit);
the dashboard counts the relabelled posts; an audit says how many posts the corrections changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

import factories
from cocktailparty import db
from cocktailparty.audit.importers import detect_importer
from cocktailparty.audit.report import summary
from cocktailparty.audit.service import run_audit
from cocktailparty.classify import Classifier
from cocktailparty.dashboard import service as dashboard
from cocktailparty.errors import InputError
from cocktailparty.mix.presets import PRESETS
from cocktailparty.models import CategoryCorrection, Channel, Role, Workspace
from cocktailparty.posts import corrections
from cocktailparty.posts import service as posts
from cocktailparty.posts.repository import WorkspaceCorrections
from cocktailparty.posts.service import GuardrailRefused
from cocktailparty.workspaces.classifier import CORRECTIONS_FILE, classifier_for, examples_dir

SOON = (datetime.now(UTC) + timedelta(days=3)).replace(minute=0, second=0, microsecond=0)
PROMO = "50% off all croissants today, order now!"
PROMO_AR = "خصم ٥٠٪ على جميع المعجنات اليوم! اطلب الآن"


@pytest.fixture
def team(rollback_env: Path) -> dict[str, int]:
    with db.session_scope() as session:
        workspace = factories.workspace(session, "Acme")
        owner, editor = factories.user(session, name="Owner"), factories.user(session, name="Editor")
        channel = factories.channel(session, workspace)
        return {"workspace": workspace.id, "channel": channel.id, "owner": owner.id, "editor": editor.id}


def _objects(session: db.Session, team: dict[str, int]) -> tuple[Workspace, Channel]:
    workspace, channel = session.get(Workspace, team["workspace"]), session.get(Channel, team["channel"])
    assert workspace and channel
    return workspace, channel


def test_a_value_label_on_a_confident_promotion_is_an_override(team: dict[str, int], classifier: Classifier) -> None:
    with db.session_scope() as session:
        workspace, channel = _objects(session, team)
        with pytest.raises(InputError, match="needs a reason") as refused:
            posts.schedule(session, workspace, channel, PROMO, SOON, classifier, category="question")
        assert refused.value.code == "correction.needs_reason"
        post = posts.schedule(session, workspace, channel, PROMO, SOON, classifier, category="question",
                              category_reason="it is a poll about croissants", by=team["editor"])
        # It counts as promotional (every mix reads posts.category) until an owner accepts.
        assert post.category == "promotional" and post.category_source == "classifier"
        [pending] = WorkspaceCorrections(session, workspace.id).pending()
        assert (pending.post_id, pending.category, pending.previous, pending.reason) == (
            post.id, "question", "promotional", "it is a poll about croissants")
        assert (pending.user_id, pending.override) == (team["editor"], True)
        # A value category the classifier agrees with, or is unsure against, is no override.
        plain = posts.schedule(session, workspace, channel, "Tea or coffee?", SOON, classifier, category="question")
        assert plain.category == "question" and plain.category_source == "manual"
        assert len(WorkspaceCorrections(session, workspace.id).pending()) == 1


def test_the_guardrail_judges_a_relabelled_promotion_as_promotional(team: dict[str, int],
                                                                    classifier: Classifier) -> None:
    with db.session_scope() as session:
        workspace, channel = _objects(session, team)
        for hour in range(8):
            factories.post(session, workspace, channel, f"Tip {hour}", category="educational",
                           at=SOON - timedelta(hours=hour + 1))
        for hour in (1, 2):
            factories.post(session, workspace, channel, f"Sale {hour}", category="promotional",
                           at=SOON + timedelta(hours=hour))
        with pytest.raises(GuardrailRefused):
            posts.schedule(session, workspace, channel, PROMO_AR, SOON, classifier, category="celebration",
                           category_reason="Eid greetings")


def test_an_owner_accepts_or_rejects_and_only_an_owner(team: dict[str, int], classifier: Classifier) -> None:
    with db.session_scope() as session:
        workspace, channel = _objects(session, team)
        post = posts.schedule(session, workspace, channel, PROMO, SOON, classifier)
        assert post.category == "promotional"
        with pytest.raises(InputError, match="needs a reason"):
            corrections.correct_post(session, workspace, classifier, post.id, "news", user_id=team["editor"])
        pending = corrections.correct_post(session, workspace, classifier, post.id, "news", reason="a store opening",
                                           user_id=team["editor"])
        assert pending.state == "pending" and post.category == "promotional"
        with pytest.raises(corrections.OwnerOnly):
            corrections.decide(session, workspace, pending.id, accept=True, user_id=team["editor"], role=Role.EDITOR)
        accepted = corrections.decide(session, workspace, pending.id, accept=True, user_id=team["owner"],
                                      role=Role.OWNER)
        assert accepted.state == "accepted" and accepted.decided_by == team["owner"]
        assert (post.category, post.category_source) == ("news", "manual")
        with pytest.raises(InputError, match="already accepted"):
            corrections.decide(session, workspace, pending.id, accept=False, user_id=team["owner"], role=Role.OWNER)
        other = posts.schedule(session, workspace, channel, PROMO_AR, SOON, classifier)
        rejected = corrections.decide(
            session, workspace, corrections.correct_post(session, workspace, classifier, other.id, "celebration",
                                                         reason="Eid", user_id=team["editor"]).id,
            accept=False, user_id=team["owner"], role=Role.OWNER)
        assert rejected.state == "rejected" and other.category == "promotional"
        # The dashboard's count: posts people relabelled, and of them those still waiting (none now).
        assert WorkspaceCorrections(session, workspace.id).relabelled() == (2, 0)
        board = dashboard.build(session, workspace, datetime.now(UTC))
        assert board.relabelled == (2, 0)


def test_accepted_corrections_teach_the_classifier_after_the_commit(team: dict[str, int],
                                                                    classifier: Classifier) -> None:
    text = "Meet Huda, who bakes our sourdough every morning at dawn"
    target = examples_dir(team["workspace"]) / CORRECTIONS_FILE
    before = classifier_for(team["workspace"]).classify(text).category
    assert before != "news"
    with pytest.raises(RuntimeError), db.session_scope() as session:
        workspace, _ = _objects(session, team)
        corrections.correct_text(session, workspace, classifier, text, "news", user_id=team["editor"])
        raise RuntimeError("rolled back")
    assert not target.exists()  # nothing is learnt from a transaction that did not commit
    with db.session_scope() as session:
        workspace, _ = _objects(session, team)
        with session.begin_nested():  # as the pages do: a savepoint released is no commit yet
            corrections.correct_text(session, workspace, classifier, text, "news", user_id=team["editor"])
        assert not target.exists()  # not before the commit
    assert text in target.read_text(encoding="utf-8")
    assert classifier_for(team["workspace"]).classify(text).category == "news"
    # A pending override teaches nothing until an owner accepts it.
    with db.session_scope() as session:
        workspace, _ = _objects(session, team)
        corrections.correct_text(session, workspace, classifier, PROMO, "question", reason="a poll",
                                 user_id=team["editor"])
    assert PROMO not in target.read_text(encoding="utf-8")
    with db.session_scope() as session:
        assert len(list(session.scalars(select(CategoryCorrection)))) == 2


def test_an_audit_says_how_many_posts_the_corrections_changed(team: dict[str, int], classifier: Classifier,
                                                             tmp_path: Path) -> None:
    archive = tmp_path / "posts.csv"
    rows = ["text,date", '"Meet Huda, who bakes our sourdough every morning at dawn",2026-01-05T09:00:00Z',
            '"50% off all croissants today, order now!",2026-01-06T09:00:00Z',
            '"Tea or coffee this morning?",2026-01-07T09:00:00Z']
    archive.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with db.session_scope() as session:
        workspace, _ = _objects(session, team)
        corrections.correct_text(session, workspace, classifier, rows[1].split(",2026")[0].strip('"'), "news",
                                 user_id=team["editor"])
    corrected = classifier_for(team["workspace"])
    result = run_audit(archive, detect_importer(archive), corrected, PRESETS["80/20"], compare_with=classifier)
    assert result.corrections_changed == 1
    data = summary(result)
    assert data["corrections_changed"] == 1 and [row["text"] for row in data["rows"]] == [PROMO]
    assert run_audit(archive, detect_importer(archive), classifier, PRESETS["80/20"]).corrections_changed is None
