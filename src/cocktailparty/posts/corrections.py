"""A person's category is a correction, not a loophole. Wherever a post's category is shown, a person may
correct it; the correction is kept per workspace and, once accepted, teaches the workspace's classifier
(retrained in the background after the transaction commits: workspaces/classifier.py).

A category chosen by hand that disagrees with a confident promotional verdict is an override: it needs a
reason, is recorded with who and why, and waits for an owner. Until an owner accepts it the post keeps
counting as promotional (its category stays `promotional`, so every mix, guardrail and gauge counts it so);
once accepted, the post takes the corrected category. Every other correction is accepted at once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from cocktailparty.classify import Classification, Classifier
from cocktailparty.db import session_scope
from cocktailparty.errors import CocktailError, InputError, NotFound
from cocktailparty.models import CategoryCorrection, CorrectionState, Post, Role, Workspace
from cocktailparty.posts.repository import WorkspaceCorrections, WorkspacePosts
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL
from cocktailparty.workspaces.classifier import save_corrections

SOURCES = ("post", "composer", "audit", "api", "schedule")
# A promotional verdict this sure is "confident": an edge rule's (a price, a code, a call to buy: 0.9) and the
# model's clear ones. Between the classifier's unsure line (0.5) and this, a person's category simply wins.
CONFIDENT_AT_LEAST = 0.8



class OwnerOnly(CocktailError):
    exit_code = 2
    status_code = 403


@dataclass(frozen=True)
class Reading:
    """A text's category as the classifier reads it, and whether a person's `chosen` one overrides it."""

    verdict: str
    confidence: float
    chosen: str
    override: bool  # chosen disagrees with a confident promotional verdict

    @property
    def counted(self) -> str:
        """The category the mix counts until an owner accepts the person's."""
        return PROMOTIONAL if self.override else self.chosen


def is_override(verdict: Classification, chosen: str | None) -> bool:
    """The rule: a value category chosen by hand against a promotional verdict the classifier is sure of."""
    return (chosen is not None and chosen != PROMOTIONAL and verdict.category == PROMOTIONAL
            and verdict.confidence >= CONFIDENT_AT_LEAST)


def read(classifier: Classifier, text: str, chosen: str) -> Reading:
    """Judge a category chosen by hand against the classifier's verdict on `text`."""
    _check_category(chosen)
    result = classifier.classify(text)
    return Reading(result.category, result.confidence, chosen, is_override(result, chosen))


def needs_reason(reading: Reading, reason: str | None) -> str | None:
    """The reason an override is recorded with; an override without one is refused."""
    if reading.override and not (reason and reason.strip()):
        raise InputError("correction.needs_reason",
                         "the classifier is confident this is promotional: calling it %(category)s needs a reason, "
                         "and it counts as promotional until an owner accepts it",
                         category=reading.chosen)
    return reason.strip() if reason and reason.strip() else None


def record_relabel(session: Session, workspace: Workspace, post: Post, reading: Reading, reason: str | None,
                   user_id: int | None, source: str = "schedule") -> CategoryCorrection:
    """The pending override behind a post scheduled (or edited) with a category chosen against a confident
    promotional verdict: an earlier pending one of the same post is replaced."""
    previous = WorkspaceCorrections(session, workspace.id).pending_of_post(post.id)
    if previous is not None:
        session.delete(previous)
    correction = CategoryCorrection(
        workspace_id=workspace.id, post_id=post.id, text=post.text, category=reading.chosen, previous=reading.verdict,
        confidence=reading.confidence, override=True, reason=reason, source=source, state=CorrectionState.PENDING,
        user_id=user_id,
    )
    session.add(correction)
    session.flush()
    return correction


def correct_post(
    session: Session, workspace: Workspace, classifier: Classifier, post_id: int, category: str, *,
    reason: str | None = None, user_id: int | None = None, source: str = "post",
) -> CategoryCorrection:
    """Correct a post's category (any state: a published post's category is what the measured mix counts).
    An override waits for an owner; any other correction takes effect now and teaches the classifier."""
    post = WorkspacePosts(session, workspace.id).get(post_id)
    if post is None:
        raise NotFound("post.not_found", "no such post in this workspace")
    reading = read(classifier, post.text, category)
    pending = WorkspaceCorrections(session, workspace.id).pending_of_post(post.id)
    if category == post.category and pending is None:
        raise InputError("correction.same_category", "the post is already %(category)s", category=category)
    why = needs_reason(reading, reason)
    if reading.override:
        return record_relabel(session, workspace, post, reading, why, user_id, source)
    if pending is not None:
        session.delete(pending)  # a person changed their mind: the new category holds
    correction = CategoryCorrection(
        workspace_id=workspace.id, post_id=post.id, text=post.text, category=category, previous=post.category,
        confidence=post.confidence, override=False, reason=why, source=source, state=CorrectionState.ACCEPTED,
        user_id=user_id,
    )
    post.category, post.category_source, post.confidence = category, "manual", None
    session.add(correction)
    session.flush()
    retrain_after_commit(session, workspace.id)
    return correction


def correct_text(
    session: Session, workspace: Workspace, classifier: Classifier, text: str, category: str, *,
    reason: str | None = None, user_id: int | None = None, source: str = "audit",
) -> CategoryCorrection:
    """Correct the category of a text that is no post here (an audit's row, a post still being written):
    it teaches the classifier, under the same rule for overrides."""
    if not text.strip():
        raise InputError("post.no_text", "the post has no text")
    if source not in SOURCES:
        raise InputError("correction.unknown_source", "unknown source %(source)s", source=source)
    reading = read(classifier, text, category)
    if reading.verdict == category:
        raise InputError("correction.same_category", "the post is already %(category)s", category=category)
    why = needs_reason(reading, reason)
    correction = CategoryCorrection(
        workspace_id=workspace.id, post_id=None, text=text, category=category, previous=reading.verdict,
        confidence=reading.confidence, override=reading.override, reason=why, source=source,
        state=CorrectionState.PENDING if reading.override else CorrectionState.ACCEPTED, user_id=user_id,
    )
    session.add(correction)
    session.flush()
    if not reading.override:
        retrain_after_commit(session, workspace.id)
    return correction


def decide(session: Session, workspace: Workspace, correction_id: int, *, accept: bool, user_id: int | None,
           role: Role) -> CategoryCorrection:
    """An owner accepts a pending override (the post takes the category and the classifier learns it) or
    rejects it (the post stays promotional)."""
    if role != Role.OWNER:
        raise OwnerOnly("correction.owner_only", "only an owner accepts or rejects a relabelled post")
    correction = WorkspaceCorrections(session, workspace.id).get(correction_id)
    if correction is None:
        raise NotFound("correction.not_found", "no such correction in this workspace")
    if correction.state != CorrectionState.PENDING:
        raise InputError("correction.decided", "this correction was already %(state)s", state=correction.state)
    correction.state = CorrectionState.ACCEPTED if accept else CorrectionState.REJECTED
    correction.decided_by, correction.decided_at = user_id, datetime.now(UTC)
    if accept:
        post = WorkspacePosts(session, workspace.id).get(correction.post_id) if correction.post_id else None
        if post is not None:
            post.category, post.category_source, post.confidence = correction.category, "manual", None
        retrain_after_commit(session, workspace.id)
    session.flush()
    return correction


def _check_category(category: str) -> None:
    if category not in CATEGORIES:
        raise InputError("post.unknown_category", "unknown category %(category)s; expected one of: %(known)s",
                         category=repr(category), known=list(CATEGORIES))


# --- Teaching the classifier once the transaction commits -------------------------------------------------

_PENDING_KEY = "cocktailparty.retrain_workspaces"
_LISTENING = "cocktailparty.retrain_listening"


def retrain_after_commit(session: Session, workspace_id: int) -> None:
    """Once this transaction commits, write the workspace's accepted corrections as its examples and start
    training its classifier in the background (never for a transaction that rolls back)."""
    if not session.info.get(_LISTENING):
        event.listen(session, "after_commit", _after_commit)
        event.listen(session, "after_transaction_end", _after_transaction_end)
        session.info[_LISTENING] = True
    session.info.setdefault(_PENDING_KEY, set()).add(workspace_id)


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():  # a savepoint released: the transaction itself has not committed yet
        return
    for workspace_id in session.info.pop(_PENDING_KEY, set()):
        refresh_examples(workspace_id)


def _after_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the outermost transaction ended without a commit: nothing to learn
        session.info.pop(_PENDING_KEY, None)


def refresh_examples(workspace_id: int) -> None:
    """Write the workspace's accepted corrections where its classifier reads its examples, and train."""

    with session_scope() as session:
        examples = WorkspaceCorrections(session, workspace_id).accepted_examples()
    save_corrections(workspace_id, [(f"correction-{found}", text, category) for found, text, category in examples])
