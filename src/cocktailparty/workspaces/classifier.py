"""The classifier a workspace uses: the corpus model, adapted by the workspace's own examples."""

from __future__ import annotations

from cocktailparty.classify import Classifier, load_classifier
from cocktailparty.config import get_settings


def classifier_for(workspace: str | None = None) -> Classifier:
    settings = get_settings()
    folder = settings.examples_dir(workspace)
    examples = sorted(folder.glob("*.jsonl")) if folder.exists() else []
    return load_classifier(settings.model_dir, examples)
