"""The classifier's public face: text in, category + kind + confidence + explanation out.

Three layers decide, in order:
1. the linear model proposes a category;
2. a workspace's own examples win when a post is written like one of them (the brand's recurring
   formats: "our Friday Spotlight posts are curated"), measured by cosine similarity of features;
3. the edge rules of DESIGN.md, which are about selling and not about style, turn a post that sells
   promotional whatever was proposed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from cocktailparty.classify.corpus import Example
from cocktailparty.classify.model import LinearModel
from cocktailparty.classify.signals import BatchSignals, Signals
from cocktailparty.taxonomy import PROMOTIONAL, Kind, kind_of

# Confidence reported when an edge rule, not the model, decided the category.
RULE_CONFIDENCE = 0.9
# Cosine similarity over the model's features from which a workspace example decides the category.
NEAR_EXAMPLE = 0.5


@dataclass(frozen=True, slots=True)
class Classification:
    category: str
    kind: Kind
    confidence: float
    explanation: str


def edge_rule(category: str, signals: Signals) -> str | None:
    """The edge rule that turns a post proposed as `category` into a promotional one, if any."""
    if category == PROMOTIONAL:
        return None
    if category == "contest" and signals.purchase_condition:
        return f"edge rule 2: the contest requires a purchase ({signals.purchase_condition!r})"
    if category == "contest":
        return None  # a prize's value is not a sale
    if category == "reply" and (signals.promo_code or (signals.discount and signals.percent)):
        return f"edge rule 5: the reply pushes an offer ({', '.join(signals.evidence())})"
    if category == "reply":
        return None
    if signals.sells:
        rule = "edge rule 4: the tip ends in a sale" if category == "educational" else "edge rule 1: it sells"
        return f"{rule} ({', '.join(signals.evidence())})"
    return None


@dataclass(frozen=True, slots=True)
class ClassifierOrigin:
    cache_dir: Path
    example_files: tuple[Path, ...]


class Classifier:
    """Classifies posts with a trained `LinearModel` and a workspace's own examples. Holds no mutable
    state, so one instance serves every thread."""

    def __init__(
        self, model: LinearModel, examples: Sequence[Example] = (), origin: ClassifierOrigin | None = None
    ) -> None:
        self.model = model
        # Where it was loaded from, so another process can load the same classifier.
        self.origin = origin
        self._feature_names = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
        self._examples = list(examples)
        self._example_matrix = model.space.matrix([ex.text for ex in examples])[0].T.tocsr() if examples else None

    def classify(self, text: str) -> Classification:
        codes, confidence, reasons, signals = self._decide([text])
        category = self.model.categories[int(codes[0])]
        explanation = reasons.get(0) or self._explain(text, int(codes[0]), signals.of(0))
        return Classification(category, kind_of(category), round(float(confidence[0]), 3), explanation)

    def classify_many(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(category, confidence) for each text, in order."""
        if not texts:
            return []
        codes, confidence, _, _ = self._decide(texts)
        categories = self.model.categories
        return [(categories[c], round(p, 3)) for c, p in zip(codes.tolist(), confidence.tolist(), strict=True)]

    def category_codes(self, texts: Sequence[str]) -> npt.NDArray[np.int8]:
        """The index in `model.categories` of each text's category: the fast path of audits."""
        if not texts:
            return np.zeros(0, dtype=np.int8)
        return self._decide(texts)[0].astype(np.int8)

    def _decide(
        self, texts: Sequence[str]
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float32], dict[int, str], BatchSignals]:
        """Category index and confidence per text, the reason where a workspace example or an edge rule
        decided, and the texts' signals."""
        matrix, probabilities, signals = self.model.score(texts)
        codes = probabilities.argmax(axis=1)
        confidence = probabilities[np.arange(len(codes)), codes]
        reasons: dict[int, str] = {}
        categories = self.model.categories
        if self._example_matrix is not None:
            similarity = (matrix @ self._example_matrix).toarray()
            nearest = similarity.argmax(axis=1)
            for post in np.flatnonzero(similarity.max(axis=1) >= NEAR_EXAMPLE).tolist():
                example = self._examples[int(nearest[post])]
                codes[post] = categories.index(example.category)
                confidence[post] = similarity[post, nearest[post]]
                reasons[post] = f"written like your example {example.text[:80]!r}"
        # Edge rules only ever turn a post promotional, and only when it carries a selling signal.
        flags = signals.flags
        suspects = signals.sells() | flags["purchase_condition"] | flags["promo_code"] | flags["discount"]
        promotional = categories.index(PROMOTIONAL)
        for post in np.flatnonzero(suspects).tolist():
            rule = edge_rule(categories[int(codes[post])], signals.of(post))
            if rule:
                codes[post], confidence[post], reasons[post] = promotional, RULE_CONFIDENCE, rule
        return codes, confidence, reasons, signals

    def _explain(self, text: str, best: int, signals: Signals) -> str:
        """Name the words that pushed the post towards its category more than towards the others."""
        weights = self.model.weights
        matrix, _ = self.model.space.matrix([text])
        indices = matrix.indices.tolist()
        if not indices:
            return "no known words: the category is the prior of the training data"
        rows = weights[indices]
        margin = rows[:, best] - rows.mean(axis=1)
        words: list[str] = []
        for position in np.argsort(-margin)[:12]:
            if margin[position] <= 0:
                break
            label = _readable(self._feature_names[indices[position]])
            if label and label not in words:
                words.append(label)
            if len(words) == 5:
                break
        parts = [f"words: {', '.join(repr(w) for w in words)}"] if words else []
        if signals.names():
            parts.append(f"signals: {', '.join(signals.evidence())}")
        return "; ".join(parts) or "weak evidence"


def _readable(feature: str) -> str | None:
    kind, _, value = feature.partition(":")
    if kind in ("w", "b"):
        return value.replace("mentionstart", "@reply").replace("mention", "@mention")
    if feature == "sig:reply_form":
        return "starts with @mention"
    return None  # word edges and stems are not words a person would recognise; signals are listed apart
