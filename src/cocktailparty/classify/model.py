"""The linear model: a vocabulary of features, one weight per feature and category, trained by
multinomial logistic regression. Inference is one sparse product per batch of posts, in numpy alone (scipy and
scikit-learn are loaded to train only)."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import numpy as np
import numpy.typing as npt

from cocktailparty.classify.corpus import Example
from cocktailparty.classify.features import FeatureRows, FeatureSpace, feature_names
from cocktailparty.classify.normalise import normalise
from cocktailparty.classify.signals import BatchSignals

FloatArray = npt.NDArray[np.float32]

# Bump when features or training change, so cached models trained the old way are not reused.
MODEL_VERSION = "7"
# Inverse regularisation strength, chosen by cross-validation on the training split (bench/tune.py).
REGULARISATION_C = 100.0
# A feature enters the vocabulary when at least this many training posts have it: a word seen once says
# more about that post than about its category, and leaving such words out keeps training fast.
MIN_POSTS_PER_FEATURE = 2
# Softmax temperature that calibrates the probabilities: a model with little regularisation is too sure
# of itself on posts unlike its training data. Chosen on leave-one-source-out predictions of the real
# corpus (bench/classifier_by_source.py --calibrate), never on the held-out or cross-author sets.
TEMPERATURE = 1.1


@dataclass(frozen=True)
class LinearModel:
    vocabulary: dict[str, int]
    weights: FloatArray  # (features, categories)
    bias: FloatArray  # (categories,)
    categories: tuple[str, ...]
    space: FeatureSpace = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "space", FeatureSpace(self.vocabulary))

    def score(self, texts: Sequence[str]) -> tuple[FeatureRows, FloatArray, BatchSignals]:
        """The texts' feature rows, their category probabilities (one row each), and their selling signals."""
        matrix, signals = self.space.matrix(texts)
        scores = matrix @ self.weights + self.bias
        if TEMPERATURE != 1.0:
            scores /= TEMPERATURE
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return matrix, scores.astype(np.float32, copy=False), signals

    def probabilities(self, texts: Sequence[str]) -> tuple[FloatArray, BatchSignals]:
        _, probabilities, signals = self.score(texts)
        return probabilities, signals

    def save(self, path: Path) -> None:
        names = np.array(sorted(self.vocabulary, key=self.vocabulary.__getitem__))
        temporary = path.with_name(f"{path.name}.{os.getpid()}.partial.npz")  # one per process training it
        np.savez_compressed(
            temporary, names=names, weights=self.weights, bias=self.bias, categories=np.array(self.categories)
        )
        temporary.replace(path)  # atomic: a reader never sees half a model

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as data:
            names = data["names"].tolist()
            return cls(
                vocabulary={name: i for i, name in enumerate(names)},
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                categories=tuple(data["categories"].tolist()),
            )


def train(examples: Sequence[Example], categories: Sequence[str], c: float = REGULARISATION_C) -> LinearModel:
    """Fit the model deterministically: the same examples always give the same weights."""
    from sklearn.linear_model import LogisticRegression

    counts = Counter(chain.from_iterable(feature_names(normalise(ex.text)) for ex in examples))
    kept = {name for name, n in counts.items() if n >= MIN_POSTS_PER_FEATURE or not name.startswith(("w:", "b:", "s:",
                                                                                                        "p:", "x:"))}
    # A word pair is looked up through its two words, so it stays only where both words do.
    kept = {name for name in kept if not name.startswith("b:") or all(f"w:{w}" in kept for w in name[2:].split(" ", 1))}
    vocabulary = {name: i for i, name in enumerate(sorted(kept))}
    matrix, _ = FeatureSpace(vocabulary).matrix([ex.text for ex in examples])
    labels = np.array([categories.index(ex.category) for ex in examples])
    # Every category weighs the same in total, so that the prior, which decides posts with few known words,
    # is not simply the commonest category of the training data (a short headline is not an ad).
    per_category = np.bincount(labels, minlength=len(categories)).astype(np.float64)
    balance = len(labels) / (np.count_nonzero(per_category) * np.maximum(per_category, 1))
    fit = LogisticRegression(C=c, max_iter=3000, tol=1e-5)
    fit.fit(matrix.to_scipy(), labels, sample_weight=np.array([ex.weight for ex in examples]) * balance[labels])

    weights = np.zeros((len(vocabulary), len(categories)), dtype=np.float32)
    # A category absent from the examples keeps zero weights and a bias that never wins.
    bias = np.full(len(categories), -50.0, dtype=np.float32)
    if len(fit.classes_) == 2:  # sklearn keeps one row for two classes: softmax([0, s]) is sigmoid(s)
        negative, positive = fit.classes_
        weights[:, positive], bias[positive], bias[negative] = fit.coef_[0], fit.intercept_[0], 0.0
    else:
        for row, label in enumerate(fit.classes_):
            weights[:, label], bias[label] = fit.coef_[row], fit.intercept_[row]
    return LinearModel(vocabulary, weights, bias, tuple(categories))
