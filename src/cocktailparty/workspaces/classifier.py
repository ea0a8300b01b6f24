"""The classifier a workspace uses: the corpus model, adapted by the workspace's own examples.

A workspace's examples live under the data directory by its id (never its name, which is anyone's to
choose). Training on them takes seconds to tens of seconds, so a request never waits for it: the model
is trained on a background thread, once per set of examples, and until it is ready the workspace is
served by the corpus model. Commands that classify in bulk (an audit) wait for it instead.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path

from cocktailparty.classify import Classifier, load_classifier, workspace_examples
from cocktailparty.config import Settings, get_settings

log = logging.getLogger(__name__)

# A classifier is known by its model folder and its example files as they are now (path, modification time,
# size): a file rewritten with new corrections is a new key, so the model is trained again.
Stamp = tuple[Path, int, int]
Key = tuple[Path, tuple[Stamp, ...]]
_ready: dict[Key, Classifier] = {}
_training: dict[Key, threading.Thread] = {}
_failed: set[Key] = set()
_beside: dict[Key, Classifier] = {}  # the corpus model with a workspace's examples, while its own trains
_guard = threading.Lock()
# The examples file written from a workspace's accepted corrections (see posts/corrections.py).
CORRECTIONS_FILE = "corrections.jsonl"


def examples_dir(workspace_id: int, settings: Settings | None = None) -> Path:
    return (settings or get_settings()).data_dir / "workspaces" / str(int(workspace_id)) / "examples"


def example_files(workspace_id: int | None, settings: Settings | None = None) -> tuple[Path, ...]:
    if workspace_id is None:
        return ()
    folder = examples_dir(workspace_id, settings)
    return tuple(sorted(folder.glob("*.jsonl"))) if folder.is_dir() else ()


def classifier_for(workspace_id: int | None = None, *, wait: bool = False) -> Classifier:
    """The workspace's classifier. While the workspace's own model is still training (a minute on a busy
    machine), the corpus model with the workspace's examples beside it: a post written like an example (a
    corrected one above all) takes the example's category at once. `wait`: bulk work that would rather wait
    for the trained model than classify thousands of posts without it."""
    settings = get_settings()
    base = _get((settings.model_dir, ()))
    files = example_files(workspace_id, settings)
    if not files:
        return base
    try:
        key: Key = (settings.model_dir, tuple((path, *_stat(path)) for path in files))
    except FileNotFoundError:  # rewritten this very moment: the next request sees the new file
        return base
    folder = files[0].parent
    while True:
        with _guard:
            found = _ready.get(key)
            if found is not None:
                return found
            if key in _failed:
                return base
            worker = _training.get(key)
            # One training per workspace at a time: corrections coming in quick succession do not start one
            # thread each; the examples as they are once it ends are trained next.
            busy = next((thread for other, thread in _training.items()
                         if other != key and any(path.parent == folder for path, _, _ in other[1])), None)
            if worker is None and busy is None:
                worker = _training[key] = threading.Thread(target=_train, args=(key,), name="workspace-model",
                                                           daemon=True)
                worker.start()
        if not wait:
            return _interim(key, base)
        if worker is not None:
            worker.join()
            return _ready.get(key, base)
        assert busy is not None
        busy.join()  # the workspace's previous examples are training: then ours


def _interim(key: Key, base: Classifier) -> Classifier:
    """The corpus model with the workspace's examples as nearest neighbours: no training, so no waiting."""
    with _guard:
        found = _beside.get(key)
    if found is None:
        try:
            found = Classifier(base.model, workspace_examples([path for path, _, _ in key[1]]))
        except (OSError, ValueError):  # a bad or vanished file: the corpus model serves
            return base
        with _guard:
            folders = {path.parent for path, _, _ in key[1]}
            for old in [old for old in _beside if {path.parent for path, _, _ in old[1]} == folders]:
                del _beside[old]
            _beside[key] = found
    return found


def _stat(path: Path) -> tuple[int, int]:
    found = path.stat()
    return found.st_mtime_ns, found.st_size


def _get(key: Key) -> Classifier:
    found = _ready.get(key)
    if found is None:
        model_dir, stamps = key
        found = load_classifier(model_dir, [path for path, _, _ in stamps])
        with _guard:
            # The same examples folder's older models serve no one any more: keep memory to one per workspace.
            folders = {path.parent for path, _, _ in stamps}
            for old in [old for old in _ready if old[1] and {path.parent for path, _, _ in old[1]} == folders]:
                del _ready[old]
            _ready[key] = found
    return found


def _train(key: Key) -> None:
    try:
        _get(key)
    except Exception:  # a bad file added behind our back: the corpus model keeps serving
        log.exception("training the workspace model failed")
        with _guard:
            _failed.add(key)
    finally:
        with _guard:
            _training.pop(key, None)


def save_corrections(workspace_id: int, examples: list[tuple[str, str, str]]) -> Path | None:
    """Write a workspace's accepted corrections, (id, text, category), as one of its example files, and start
    training its classifier on them in the background; with none, the file is removed."""
    folder = examples_dir(workspace_id)
    path = folder / CORRECTIONS_FILE
    if not examples:
        path.unlink(missing_ok=True)
        classifier_for(workspace_id)
        return None
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps({"id": found, "text": text, "category": category, "source": "correction"},
                               ensure_ascii=False) + "\n" for found, text, category in examples)
    if path.is_file() and path.read_text(encoding="utf-8") == lines:
        return path
    # Written whole, then moved into place: training never reads half a file.
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".corrections-", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(lines)
    os.replace(temporary, path)
    classifier_for(workspace_id)
    return path


def is_training(workspace_id: int) -> bool:
    """Whether the workspace's classifier is being trained on its latest examples now."""
    folder = examples_dir(workspace_id)
    with _guard:
        return any(path.parent == folder for key in _training for path, _, _ in key[1])
