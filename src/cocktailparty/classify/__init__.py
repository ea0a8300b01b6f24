"""Classify posts into the nine categories of the mix taxonomy (pure: no database, no network).

`load_classifier()` returns a classifier trained on the repo's corpus plus a workspace's own examples,
training it on first use and caching the weights under the data directory.
"""

from __future__ import annotations

import threading
from pathlib import Path

from cocktailparty.classify.classifier import Classification, Classifier, ClassifierOrigin
from cocktailparty.classify.corpus import Example, fingerprint, load_corpus, load_real, read_examples, training_files
from cocktailparty.classify.model import MODEL_VERSION, REGULARISATION_C, LinearModel, train
from cocktailparty.taxonomy import CATEGORIES

# Workspace examples speak the brand's own language: they count more than one corpus example each.
WORKSPACE_EXAMPLE_WEIGHT = 5.0

_lock = threading.Lock()
_locks: dict[Path, threading.Lock] = {}
_loaded: dict[Path, Classifier] = {}


def workspace_examples(files: list[Path]) -> list[Example]:
    return [
        ex
        for path in files
        for ex in read_examples(path, default_source=f"workspace:{path.name}", weight=WORKSPACE_EXAMPLE_WEIGHT)
    ]


def training_examples(extra_files: list[Path]) -> list[Example]:
    """The team's corpus and the real posts without their held-out split, plus a workspace's examples."""
    return [ex for ex in [*load_corpus(), *load_real()] if not ex.held_out] + workspace_examples(extra_files)


def load_classifier(cache_dir: Path, extra_files: list[Path] | None = None) -> Classifier:
    """The classifier for these training files: from memory, from the cache, or trained now."""
    extra = sorted(extra_files or [])
    key = fingerprint([*training_files(), *extra], salt=f"{MODEL_VERSION}:{REGULARISATION_C}")
    path = cache_dir / f"model-{key}.npz"
    # One lock per model: a workspace's model training in the background (a minute or more) must not hold up
    # loading any other model, the corpus model above all.
    with _lock:
        lock = _locks.setdefault(path, threading.Lock())
    with lock:
        if path in _loaded:
            return _loaded[path]
        if path.exists():
            model = LinearModel.load(path)
        else:
            model = train(training_examples(extra), CATEGORIES)
            cache_dir.mkdir(parents=True, exist_ok=True)
            model.save(path)
        origin = ClassifierOrigin(cache_dir, tuple(extra))
        _loaded[path] = classifier = Classifier(model, workspace_examples(extra), origin)
        return classifier


__all__ = ["Classification", "Classifier", "ClassifierOrigin", "load_classifier", "training_examples"]
