"""The demo's sample archives were written apart from the corpus and labelled post by post when written:
the classifier has never trained on them, so they check it on unseen text in both languages."""

import json
from pathlib import Path

import pytest

from cocktailparty.audit.importers import iter_posts
from cocktailparty.classify import Classifier
from cocktailparty.taxonomy import kind_of

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "cocktailparty" / "samples"


@pytest.mark.parametrize("account", ["riyadh-bakery-x", "dubai-coffee-x"])
def test_sample_archives_are_mostly_classified_as_labelled(classifier: Classifier, account: str) -> None:
    labels = {
        row["id"]: row["category"]
        for row in map(json.loads, (SAMPLES / "labels" / f"{account}.jsonl").read_text(encoding="utf-8").splitlines())
    }
    posts = [post for post in iter_posts(SAMPLES / account) if post.id in labels]
    assert len(posts) == len(labels)
    predicted = [category for category, _ in classifier.classify_many([post.text for post in posts])]
    truth = [labels[post.id] for post in posts]
    agree = sum(p == t for p, t in zip(predicted, truth, strict=True)) / len(truth)
    kinds = sum(kind_of(p) == kind_of(t) for p, t in zip(predicted, truth, strict=True)) / len(truth)
    # Promotional against value is what the audit's share and the guardrail rest on: 95% (issue 9).
    assert kinds >= 0.95, kinds
    assert agree >= 0.85, agree
