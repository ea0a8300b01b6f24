"""Classifier accuracy on the corpus's held-out split and on the cross-author set.

The cross-author set (../shared/data/cross-author-dev/) was written and labelled outside the team: it
shows how the classifier does on writing it has never seen. It is only ever evaluated on.

    python bench/classifier_accuracy.py [--cross-author DIR] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

from sklearn.metrics import confusion_matrix, f1_score

from cocktailparty.classify import load_classifier
from cocktailparty.classify.corpus import Example, load_corpus, load_real, read_examples
from cocktailparty.taxonomy import CATEGORIES, kind_of

DEFAULT_CROSS_AUTHOR = Path(__file__).resolve().parents[2] / "shared" / "data" / "cross-author-dev"


def score(name: str, examples: Sequence[Example], predicted: Sequence[str]) -> dict[str, object]:
    truth = [ex.category for ex in examples]
    macro = f1_score(truth, predicted, labels=list(CATEGORIES), average="macro", zero_division=0)
    kinds_true = [kind_of(c) for c in truth]
    kinds_pred = [kind_of(c) for c in predicted]
    promo_f1 = f1_score(kinds_true, kinds_pred, pos_label="promotional", zero_division=0)
    kind_macro = f1_score(kinds_true, kinds_pred, average="macro", zero_division=0)
    accuracy = sum(t == p for t, p in zip(truth, predicted, strict=True)) / len(truth)
    return {
        "set": name,
        "posts": len(truth),
        "accuracy": round(accuracy, 3),
        "macro_f1_9": round(macro, 3),
        "promotional_f1": round(promo_f1, 3),
        "promo_vs_value_macro_f1": round(kind_macro, 3),
    }


def language_of(example: Example) -> str:
    return example.lang if example.lang in ("ar", "en") else "mixed"


def report(name: str, examples: list[Example], predicted: list[str]) -> list[dict[str, object]]:
    rows = [score(f"{name} (all)", examples, predicted)]
    for lang in ("ar", "en", "mixed"):
        picked = [i for i, ex in enumerate(examples) if language_of(ex) == lang]
        if picked:
            rows.append(score(f"{name} ({lang})", [examples[i] for i in picked], [predicted[i] for i in picked]))
    return rows


def print_confusion(name: str, examples: list[Example], predicted: list[str]) -> None:
    matrix = confusion_matrix([ex.category for ex in examples], predicted, labels=list(CATEGORIES))
    short = [c[:5] for c in CATEGORIES]
    print(f"\nconfusion matrix, {name} (rows: truth, columns: predicted)")
    print(" " * 12 + " ".join(f"{s:>5}" for s in short))
    for category, row in zip(CATEGORIES, matrix, strict=True):
        print(f"{category:>12}" + " ".join(f"{v:5d}" for v in row))


def sample_examples() -> list[Example]:
    """The demo archives' posts with the labels their writer gave them (never trained on)."""
    from cocktailparty.audit.importers import iter_posts

    samples = Path(__file__).resolve().parents[1] / "src" / "cocktailparty" / "samples"
    examples = []
    for account, lang in (("riyadh-bakery-x", "ar"), ("dubai-coffee-x", "en")):
        lines = (samples / "labels" / f"{account}.jsonl").read_text(encoding="utf-8").splitlines()
        labels = {row["id"]: row["category"] for row in map(json.loads, lines)}
        examples += [Example(post.id, post.text, labels[post.id], lang) for post in iter_posts(samples / account)
                     if post.id in labels]
    return examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cross-author", type=Path, default=DEFAULT_CROSS_AUTHOR)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        classifier = load_classifier(Path(cache))
    sets = {"held-out": [ex for ex in load_corpus() if ex.held_out]}
    # The real public posts' held-out 15%: real text never trained on, from the sources the model trains on.
    sets["held-out real"] = [ex for ex in load_real() if ex.held_out]
    files = sorted(args.cross_author.glob("*.jsonl")) if args.cross_author.exists() else []
    if files:
        sets["cross-author"] = [ex for path in files for ex in read_examples(path)]
    else:
        print(f"(no cross-author set at {args.cross_author})")
    sets["demo samples"] = sample_examples()
    rows = []
    for name, examples in sets.items():
        predicted = [category for category, _ in classifier.classify_many([ex.text for ex in examples])]
        rows += report(name, examples, predicted)
        print_confusion(name, examples, predicted)
    print(f"\n{'set':<24}{'posts':>6}{'acc':>7}{'macroF1-9':>11}{'promoF1':>9}{'kindF1':>8}")
    for row in rows:
        print(
            f"{row['set']:<24}{row['posts']:>6}{row['accuracy']:>7}{row['macro_f1_9']:>11}"
            f"{row['promotional_f1']:>9}{row['promo_vs_value_macro_f1']:>8}"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
