"""A workspace's own examples: kept by its id, never by its name; trained on a background thread, so no
request waits for the training."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

import factories
from cocktailparty import db
from cocktailparty.workspaces import classifier as workspace_classifier
from cocktailparty.workspaces.classifier import classifier_for, examples_dir

SPOTLIGHT = "Friday spotlight: the little bakery around the corner"


def _workspace(session: Session, name: str) -> int:
    return factories.workspace(session, name).id


def _examples(workspace_id: int) -> Path:
    folder = examples_dir(workspace_id)
    folder.mkdir(parents=True)
    lines = [{"id": f"w{i}", "text": f"Friday spotlight: {place}", "category": "curated"} for i, place in
             enumerate(["the little bakery around the corner", "a roastery in Jeddah", "the flower market",
                        "our neighbours at the bookshop", "a pottery studio downtown"])]
    target = folder / "spotlight.jsonl"
    target.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return target


def test_examples_live_by_workspace_id_so_a_crafted_name_reaches_nothing(rollback_env: Path) -> None:
    with db.session_scope(write=True) as session:
        victim = _workspace(session, "OtherCo")
        attacker = _workspace(session, "../workspaces/OtherCo")
        absolute = _workspace(session, str(rollback_env))
    _examples(victim)
    assert examples_dir(victim) == rollback_env / "workspaces" / str(victim) / "examples"
    assert workspace_classifier.example_files(victim)
    assert workspace_classifier.example_files(attacker) == ()
    assert workspace_classifier.example_files(absolute) == ()


def test_the_workspace_model_trains_in_the_background_and_then_serves(rollback_env: Path) -> None:
    with db.session_scope(write=True) as session:
        workspace_id = _workspace(session, "Bakery")
    base = classifier_for(None)
    _examples(workspace_id)
    # The first call does not wait for the training: the corpus model answers meanwhile, with the examples
    # beside it, so a post written like one of them takes its category at once.
    interim = classifier_for(workspace_id)
    assert interim is not base and interim.model is base.model
    assert interim.classify(SPOTLIGHT).category == "curated"
    adapted = classifier_for(workspace_id, wait=True)
    assert adapted is not base
    assert classifier_for(workspace_id) is adapted
    assert adapted.classify(SPOTLIGHT).category == "curated"


def test_rewritten_corrections_are_a_new_model(rollback_env: Path) -> None:
    """The corrections file keeps its name as corrections are added: the model is known by the file's state."""
    with db.session_scope(write=True) as session:
        workspace_id = _workspace(session, "Bakery")
    text = "Meet Huda, who bakes our sourdough at dawn"
    assert classifier_for(workspace_id).classify(text).category != "news"
    workspace_classifier.save_corrections(workspace_id, [("c1", text, "news")])
    first = classifier_for(workspace_id)
    assert first.classify(text).category == "news"
    workspace_classifier.save_corrections(workspace_id, [("c1", text, "news"), ("c2", SPOTLIGHT, "question")])
    second = classifier_for(workspace_id)
    assert second is not first and second.classify(SPOTLIGHT).category == "question"
    workspace_classifier.save_corrections(workspace_id, [])
    assert classifier_for(workspace_id) is classifier_for(None)
