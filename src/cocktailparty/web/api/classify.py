"""Classify a text the way the workspace's posts are classified, with the reasons."""

from __future__ import annotations

from fastapi import APIRouter

from cocktailparty.web.api import responses
from cocktailparty.web.api.deps import ApiAccess
from cocktailparty.web.api.schemas import ClassificationOut, ClassifyIn
from cocktailparty.workspaces.classifier import classifier_for

router = APIRouter(tags=["classify"])


@router.post("/classify", responses=responses.READ)
def classify(body: ClassifyIn, access: ApiAccess) -> ClassificationOut:
    """Category, kind (promotional or value), confidence and why, with the workspace's own examples.
    Changes nothing, so a viewer may call it too."""
    result = classifier_for(access.workspace.id).classify(body.text)
    return ClassificationOut(category=result.category, kind=result.kind,  # type: ignore[arg-type]
                             confidence=result.confidence, explanation=result.explanation, unsure=result.unsure)
