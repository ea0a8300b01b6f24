"""Leave one source out, as bench/classifier_by_source.py, with a character n-gram model blended into the
word model: p = p_word^(1-a) * p_char^a, renormalised, before the classifier's thresholds and edge rules.
The char model is TF-IDF over char_wb n-grams of the normalised text (NG, default 2-4, min_df 3) and a
class-balanced logistic regression (C = CC, default 10), trained on the same rows as the word model.

    ALPHA=0,0.3,0.5,0.7 NG=2,4 CC=10 [OUT=out.json] python bench/char_ngram_compare.py

a = 0 is the shipped model. Measured 2026-12-07 (README, "Character n-grams considered"); not shipped.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from cocktailparty.classify import Classifier
from cocktailparty.classify.corpus import Example, load_corpus, load_real, read_examples
from cocktailparty.classify.model import LinearModel, train
from cocktailparty.classify.normalise import normalise
from cocktailparty.taxonomy import CATEGORIES

sys.path.insert(0, str(Path(__file__).resolve().parent))
import classifier_by_source as by_source

ALPHA = [float(a) for a in os.environ.get("ALPHA", "0,0.3,0.5,0.7").split(",")]  # weight of the char model
NGRAMS = tuple(int(n) for n in os.environ.get("NG", "2,4").split(","))
CHAR_C = float(os.environ.get("CC", "10"))


class Blend:
    """A LinearModel whose probabilities are blended with the char model's; everything else is the word model's."""

    def __init__(self, word: LinearModel, vectoriser: TfidfVectorizer, fit: LogisticRegression, alpha: float) -> None:
        self.word, self.vectoriser, self.fit, self.alpha = word, vectoriser, fit, alpha

    def __getattr__(self, name: str) -> Any:
        return getattr(self.word, name)

    def score(self, texts: Sequence[str]) -> Any:
        matrix, p, signals = self.word.score(texts)
        if self.alpha:
            q = np.zeros_like(p)
            q[:, self.fit.classes_] = self.fit.predict_proba(self.vectoriser.transform([normalise(t) for t in texts]))
            p = np.exp((1 - self.alpha) * np.log(np.maximum(p, 1e-9)) + self.alpha * np.log(np.maximum(q, 1e-9)))
            p = (p / p.sum(axis=1, keepdims=True)).astype(np.float32)
        return matrix, p, signals


def train_both(examples: list[Example]) -> tuple[LinearModel, TfidfVectorizer, LogisticRegression]:
    word = train(examples, CATEGORIES)
    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, min_df=3, sublinear_tf=True)
    x = vectoriser.fit_transform([normalise(ex.text) for ex in examples])
    y = np.array([CATEGORIES.index(ex.category) for ex in examples])
    per_category = np.bincount(y, minlength=len(CATEGORIES)).astype(float)
    balance = len(y) / (np.count_nonzero(per_category) * np.maximum(per_category, 1))
    fit = LogisticRegression(C=CHAR_C, max_iter=2000)
    fit.fit(x, y, sample_weight=np.array([ex.weight for ex in examples]) * balance[y])
    return word, vectoriser, fit


def main() -> None:
    team = [ex for ex in load_corpus() if not ex.held_out]
    shipped = load_real()
    research = list(read_examples(by_source.EVAL_ONLY)) if by_source.EVAL_ONLY.exists() else []
    sources: dict[str, list[Example]] = {}
    for ex in [*shipped, *research]:
        sources.setdefault(ex.source, []).append(ex)
    shipped_sources = {ex.source for ex in shipped}
    pooled: dict[float, dict[str, tuple[list[str], list[str]]]] = {a: {"ar": ([], []), "en": ([], [])} for a in ALPHA}
    rows: dict[float, list[dict[str, Any]]] = {a: [] for a in ALPHA}
    trained: dict[str | None, tuple[LinearModel, TfidfVectorizer, LogisticRegression]] = {}
    for source in sorted(sources, key=lambda s: (s not in shipped_sources, s)):
        examples = sources[source]
        left = source if source in shipped_sources else None
        if left not in trained:
            started = time.perf_counter()
            trained.clear()
            trained[left] = train_both(team + [ex for ex in shipped if not ex.held_out and ex.source != left])
            print(f"trained without {left}: {time.perf_counter() - started:.1f} s", flush=True)
        for alpha in ALPHA:
            predicted = [c for c, _ in Classifier(Blend(*trained[left], alpha)).classify_many(  # type: ignore[arg-type]
                [ex.text for ex in examples])]
            for lang in ("ar", "en"):
                picked = [i for i, ex in enumerate(examples) if ex.lang == lang]
                if not picked:
                    continue
                truth, guess = [examples[i].category for i in picked], [predicted[i] for i in picked]
                pooled[alpha][lang][0].extend(truth)
                pooled[alpha][lang][1].extend(guess)
                rows[alpha].append({"source": source, "lang": lang, **by_source.scores(truth, guess)})
    for alpha in ALPHA:
        for lang, (truth, guess) in pooled[alpha].items():
            rows[alpha].append({"source": "ALL SOURCES", "lang": lang, **by_source.scores(truth, guess)})
        print(f"\n=== char model weight {alpha}")
        for row in rows[alpha]:
            recall = " ".join(f"{c[:5]}={v:.2f}" for c, v in row["recall"].items())
            print(f"{row['source']:<16}{row['lang']:>4}{row['posts']:>6} F1 {by_source.fmt(row['promo_f1'])}"
                  f" P {by_source.fmt(row['promo_precision'])} R {by_source.fmt(row['promo_recall'])}  {recall}")
    if "OUT" in os.environ:
        Path(os.environ["OUT"]).write_text(json.dumps({str(a): rows[a] for a in ALPHA}, indent=1) + "\n")


if __name__ == "__main__":
    main()
