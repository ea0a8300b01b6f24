"""The classifier a workspace uses: the corpus model, adapted by the workspace's own examples.

A workspace's examples live under the data directory by its id (never its name, which is anyone's to
choose). Training on them takes seconds to tens of seconds, so a request never waits for it: the model
is trained on a background thread, once per set of examples, and until it is ready the workspace is
served by the corpus model. Commands that classify in bulk (an audit) wait for it instead.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from cocktailparty.classify import Classifier, load_classifier
from cocktailparty.config import Settings, get_settings

log = logging.getLogger(__name__)

_ready: dict[tuple[Path, tuple[Path, ...]], Classifier] = {}
_training: dict[tuple[Path, tuple[Path, ...]], threading.Thread] = {}
_failed: set[tuple[Path, tuple[Path, ...]]] = set()
_guard = threading.Lock()


def examples_dir(workspace_id: int, settings: Settings | None = None) -> Path:
    return (settings or get_settings()).data_dir / "workspaces" / str(int(workspace_id)) / "examples"


def example_files(workspace_id: int | None, settings: Settings | None = None) -> tuple[Path, ...]:
    if workspace_id is None:
        return ()
    folder = examples_dir(workspace_id, settings)
    return tuple(sorted(folder.glob("*.jsonl"))) if folder.is_dir() else ()


def classifier_for(workspace_id: int | None = None, *, wait: bool = False) -> Classifier:
    """The workspace's classifier; the corpus model while the workspace's own is still training, unless
    `wait` (bulk work that would rather wait than classify thousands of posts without the examples)."""
    settings = get_settings()
    base = _get(settings.model_dir, ())
    files = example_files(workspace_id, settings)
    if not files:
        return base
    key = (settings.model_dir, files)
    with _guard:
        found = _ready.get(key)
        if found is not None:
            return found
        if key in _failed:
            return base
        worker = _training.get(key)
        if worker is None:
            worker = _training[key] = threading.Thread(target=_train, args=(key,), name="workspace-model",
                                                       daemon=True)
            worker.start()
    if wait:
        worker.join()
        return _ready.get(key, base)
    return base


def _get(model_dir: Path, files: tuple[Path, ...]) -> Classifier:
    key = (model_dir, files)
    found = _ready.get(key)
    if found is None:
        found = _ready[key] = load_classifier(model_dir, list(files))
    return found


def _train(key: tuple[Path, tuple[Path, ...]]) -> None:
    try:
        _get(*key)
    except Exception:  # a bad file added behind our back: the corpus model keeps serving
        log.exception("training the workspace model failed")
        with _guard:
            _failed.add(key)
    finally:
        with _guard:
            _training.pop(key, None)
