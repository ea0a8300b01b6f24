"""Leave one source out on the corpus of real public posts: for each source S, train on the team's corpus
and every other openly licensed real source (their held-out splits left out, as the product does), then
classify every post of S. Sources published for research without a licence never train any model: they
are scored with the model trained on all shipped sources, which is the product's.

Prints, per source and language: posts, promotional-vs-value F1 (F1 of the promotional class against all
value categories), promotional precision and recall, per-category recall, and a confusion matrix; then the
same pooled over every source per language, which is what the targets in the README are about.

    python bench/classifier_by_source.py [--team-only] [--json OUT] [--confusion]

--team-only trains on the team's corpus alone (the model before the real corpus existed).
The research-only rows come from bench/real_corpus/out/eval_only.jsonl (run bench/real_corpus/build.py).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from cocktailparty.classify import Classifier
from cocktailparty.classify.classifier import UNSURE_BELOW
from cocktailparty.classify.corpus import Example, load_corpus, load_real, read_examples
from cocktailparty.classify.model import TEMPERATURE, train
from cocktailparty.taxonomy import CATEGORIES, PROMOTIONAL

EVAL_ONLY = Path(__file__).resolve().parent / "real_corpus" / "out" / "eval_only.jsonl"


def scores(truth: Sequence[str], predicted: Sequence[str], confidence: Sequence[float] | None = None
           ) -> dict[str, object]:
    t = np.array(truth)
    p = np.array(predicted)
    tp = int(((t == PROMOTIONAL) & (p == PROMOTIONAL)).sum())
    promo_true, promo_pred = int((t == PROMOTIONAL).sum()), int((p == PROMOTIONAL).sum())
    precision = tp / promo_pred if promo_pred and promo_true else None
    recall = tp / promo_true if promo_true else None
    f1 = 2 * tp / (promo_true + promo_pred) if promo_true else None  # undefined without promotional posts
    recalls = {c: round(float((p[t == c] == c).mean()), 3) for c in CATEGORIES if (t == c).any()}
    out: dict[str, object] = {
        "posts": len(t), "accuracy": round(float((t == p).mean()), 3),
        "promo_f1": None if f1 is None else round(f1, 3),
        "promo_precision": None if precision is None else round(precision, 3),
        "promo_recall": None if recall is None else round(recall, 3),
        # Of the value posts, the share called promotional: what inflates an audit's promotional share.
        "value_called_promo": round(float((p[t != PROMOTIONAL] == PROMOTIONAL).mean()), 3) if (t != PROMOTIONAL).any()
        else None,
        "recall": recalls, "support": dict(Counter(truth)),
    }
    if confidence is not None:
        out["unsure"] = round(float((np.array(confidence) < 0).mean()), 3)
    return out


def confusion(truth: Sequence[str], predicted: Sequence[str]) -> str:
    index = {c: i for i, c in enumerate(CATEGORIES)}
    matrix = np.zeros((len(CATEGORIES), len(CATEGORIES)), dtype=int)
    for a, b in zip(truth, predicted, strict=True):
        matrix[index[a], index[b]] += 1
    lines = [" " * 12 + " ".join(f"{c[:5]:>5}" for c in CATEGORIES)]
    lines += [f"{c:>12}" + " ".join(f"{v:5d}" for v in row) for c, row in zip(CATEGORIES, matrix, strict=True)
              if row.sum()]
    return "\n".join(lines)


def fmt(value: object) -> str:
    return "  -  " if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--team-only", action="store_true", help="train on the team's corpus alone (the old model)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--confusion", action="store_true", help="print a confusion matrix per source")
    parser.add_argument("--c", type=float, default=None, help="regularisation C to try (default: the model's)")
    parser.add_argument("--calibrate", action="store_true",
                        help="choose the softmax temperature on the out-of-source probabilities, and report unsure")
    args = parser.parse_args()

    team = [ex for ex in load_corpus() if not ex.held_out]
    shipped = load_real()
    research = list(read_examples(EVAL_ONLY)) if EVAL_ONLY.exists() and EVAL_ONLY.stat().st_size else []
    if not research:
        print(f"(no research-only rows at {EVAL_ONLY}: run bench/real_corpus/build.py)")
    by_source: dict[str, list[Example]] = {}
    for ex in [*shipped, *research]:
        by_source.setdefault(ex.source, []).append(ex)
    shipped_sources = sorted({ex.source for ex in shipped})

    cache: dict[str, Classifier] = {}

    def model_without(source: str | None) -> Classifier:
        key = "team" if args.team_only else f"-{source}"
        if key not in cache:
            started = time.perf_counter()
            examples = team if args.team_only else team + [
                ex for ex in shipped if not ex.held_out and ex.source != source]
            model = train(examples, CATEGORIES) if args.c is None else train(examples, CATEGORIES, c=args.c)
            cache[key] = Classifier(model)
            print(f"  trained without {source or 'nothing'}: {len(examples)} posts, "
                  f"{time.perf_counter() - started:.1f} s", flush=True)
        return cache[key]

    pooled: dict[str, tuple[list[str], list[str]]] = {"ar": ([], []), "en": ([], [])}
    rows = []
    log_probabilities: list[np.ndarray] = []
    final_confidence: list[float] = []
    final_right: list[bool] = []
    truths: list[int] = []
    for source, examples in sorted(by_source.items()):
        classifier = model_without(source if source in shipped_sources else None)
        results = classifier.classify_many([ex.text for ex in examples])
        predicted = [category for category, _ in results]
        if args.calibrate:
            _, probabilities, _ = classifier.model.score([ex.text for ex in examples])
            log_probabilities.append(np.log(np.maximum(probabilities, 1e-12)))
            truths.extend(CATEGORIES.index(ex.category) for ex in examples)
            final_confidence.extend(p for _, p in results)
            final_right.extend(p == ex.category for p, ex in zip(predicted, examples, strict=True))
        for lang in ("ar", "en"):
            picked = [i for i, ex in enumerate(examples) if ex.lang == lang]
            if not picked:
                continue
            truth = [examples[i].category for i in picked]
            guess = [predicted[i] for i in picked]
            pooled[lang][0].extend(truth)
            pooled[lang][1].extend(guess)
            row = {"source": source, "lang": lang, "ships": source in shipped_sources, **scores(truth, guess)}
            rows.append(row)
            if args.confusion:
                print(f"\n{source} ({lang}) rows: truth, columns: predicted\n{confusion(truth, guess)}")
    for lang, (truth, guess) in pooled.items():
        rows.append({"source": "ALL SOURCES", "lang": lang, "ships": None, **scores(truth, guess)})
        print(f"\nall sources ({lang}), rows: truth, columns: predicted\n{confusion(truth, guess)}")

    print(f"\n{'source':<16}{'lang':>5}{'posts':>7}{'acc':>7}{'promoF1':>8}{'promoP':>8}{'promoR':>8}"
          "  recall per category")
    for row in rows:
        recall = " ".join(f"{c[:5]}={v:.2f}" for c, v in row["recall"].items())  # type: ignore[attr-defined]
        print(f"{row['source']:<16}{row['lang']:>5}{row['posts']:>7}{fmt(row['accuracy']):>7}{fmt(row['promo_f1']):>8}"
              f"{fmt(row['promo_precision']):>8}{fmt(row['promo_recall']):>8}  {recall}")
    if args.calibrate:
        calibrate(np.vstack(log_probabilities), np.array(truths), np.array(final_confidence), np.array(final_right))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")


def expected_calibration_error(confidence: np.ndarray, right: np.ndarray, bins: int = 10) -> float:
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for low, high in zip(edges[:-1], edges[1:], strict=True):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            total += inside.mean() * abs(confidence[inside].mean() - right[inside].mean())
    return total


def calibrate(log_p: np.ndarray, truth: np.ndarray, confidence: np.ndarray, right: np.ndarray) -> None:
    """Temperature scaling (Guo et al., 2017) on out-of-source predictions: the T that minimises the negative
    log-likelihood, and how the classifier's final confidence (edge rules included) then relates to accuracy."""
    print(f"\ncalibration on {len(truth)} out-of-source posts (the model's own probabilities, T = {TEMPERATURE})")
    best = (np.inf, 1.0)
    for t in (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0):
        scaled = log_p / t
        scaled -= scaled.max(axis=1, keepdims=True)
        p = np.exp(scaled)
        p /= p.sum(axis=1, keepdims=True)
        nll = float(-np.log(np.maximum(p[np.arange(len(truth)), truth], 1e-12)).mean())
        ece = expected_calibration_error(p.max(axis=1), p.argmax(axis=1) == truth)
        print(f"  T={t:<5} NLL {nll:.3f}  ECE {ece:.3f}")
        best = min(best, (nll, t))
    print(f"  lowest NLL at T={best[1]} (relative to the T in use)")
    unsure = confidence < UNSURE_BELOW
    print(f"final answers: ECE {expected_calibration_error(confidence, right):.3f}; unsure (< {UNSURE_BELOW}) "
          f"{unsure.mean():.1%} of posts, accuracy when unsure {right[unsure].mean():.3f}, "
          f"when sure {right[~unsure].mean():.3f}")


if __name__ == "__main__":
    main()
