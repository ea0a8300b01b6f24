"""Corrections of a post's category through the API: correct a post or a text (an audit's row), list the
workspace's corrections, and (owners) accept or reject a relabel that waits for one. The rules are in
posts/corrections.py, as for the pages."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from cocktailparty.models import CategoryCorrection
from cocktailparty.posts import corrections
from cocktailparty.posts.repository import WorkspaceCorrections
from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess, ApiEditor
from cocktailparty.web.api.schemas import MAX_ID, CorrectionList, CorrectionOut, PostCorrectionIn, TextCorrectionIn
from cocktailparty.web.deps import DbSession
from cocktailparty.workspaces.classifier import classifier_for

router = APIRouter(tags=["corrections"])

PostId = Annotated[int, Path(ge=1, le=MAX_ID, description="The post's id.")]
CorrectionId = Annotated[int, Path(ge=1, le=MAX_ID, description="The correction's id.")]


@router.post("/posts/{post_id}/category", status_code=201, responses=responses.WRITE_ONE)
def correct_post(post_id: PostId, body: PostCorrectionIn, access: ApiEditor, session: DbSession) -> CorrectionOut:
    """Correct a post's category. Against a confident promotional verdict it needs a `reason` and waits for an
    owner (`state` pending: the post counts as promotional until then); otherwise it takes effect now and the
    workspace's classifier learns it (retrained in the background)."""
    return CorrectionOut.of(corrections.correct_post(
        session, access.workspace, classifier_for(access.workspace.id), post_id, body.category, reason=body.reason,
        user_id=access.user.id, source="api"))


@router.post("/corrections", status_code=201, responses=responses.WRITE)
def correct_text(body: TextCorrectionIn, access: ApiEditor, session: DbSession) -> CorrectionOut:
    """Teach the workspace's classifier the category of a text that is no post here (an audit's row)."""
    return CorrectionOut.of(corrections.correct_text(
        session, access.workspace, classifier_for(access.workspace.id), body.text, body.category, reason=body.reason,
        user_id=access.user.id, source="api"))


@router.get("/corrections", responses=responses.READ)
def list_corrections(access: ApiAccess, session: DbSession,
                     state: Annotated[Literal["pending"] | None, Query(description="pending: waiting for an owner.")]
                     = None) -> CorrectionList:
    """The relabels waiting for an owner (`state=pending`), or the workspace's accepted corrections."""
    found = WorkspaceCorrections(session, access.workspace.id)
    if state == "pending":
        items: list[CategoryCorrection] = found.pending()
    else:
        items = [item for item in (found.get(found_id) for found_id, _, _ in found.accepted_examples()) if item]
    return CorrectionList(items=[CorrectionOut.of(item) for item in items])


@router.post("/corrections/{correction_id}/{decision}", responses=responses.WRITE_ONE)
def decide(correction_id: CorrectionId, decision: Literal["accept", "reject"], access: ApiEditor,
           session: DbSession) -> CorrectionOut:
    """An owner accepts a relabel (the post takes its category; the classifier learns it) or rejects it."""
    return CorrectionOut.of(corrections.decide(session, access.workspace, correction_id, accept=decision == "accept",
                                               user_id=access.user.id, role=access.role))

