"""Choose the regularisation strength by 5-fold cross-validation on the training split only (the
held-out split and the cross-author set are never used to tune). Prints macro-F1 per C and, with
--errors, the misclassified training posts of one language to read.

    python bench/tune.py [--c 5 10 20 40] [--errors en]
"""

from __future__ import annotations

import argparse

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from cocktailparty.classify import Classifier
from cocktailparty.classify.corpus import load_corpus
from cocktailparty.classify.model import train
from cocktailparty.taxonomy import CATEGORIES, kind_of


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c", type=float, nargs="+", default=[5.0, 10.0, 20.0, 40.0])
    parser.add_argument("--errors", help="print misclassified posts of this language (ar, en, mixed)")
    args = parser.parse_args()
    examples = [ex for ex in load_corpus() if not ex.held_out]
    labels = np.array([ex.category for ex in examples])
    folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(np.zeros(len(labels)), labels))
    for c in args.c:
        predicted = np.empty(len(examples), dtype=object)
        for train_idx, test_idx in folds:
            model = train([examples[i] for i in train_idx], CATEGORIES, c=c)
            results = Classifier(model).classify_many([examples[i].text for i in test_idx])
            predicted[test_idx] = [category for category, _ in results]
        macro = f1_score(labels, predicted.tolist(), average="macro")
        kinds = f1_score([kind_of(x) for x in labels], [kind_of(x) for x in predicted], average="macro")
        print(f"C={c:<6} macro-F1 {macro:.3f}  promo-vs-value F1 {kinds:.3f}")
        if args.errors:
            for ex, guess in zip(examples, predicted, strict=True):
                if ex.lang == args.errors and guess != ex.category and "promotional" in (guess, ex.category):
                    print(f"  [{ex.category} -> {guess}] {ex.text[:160]!r}")


if __name__ == "__main__":
    main()
