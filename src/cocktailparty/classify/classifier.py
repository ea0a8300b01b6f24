"""The classifier's public face: text in, category + kind + confidence + explanation out.

The linear model proposes; the edge rules of DESIGN.md, which are about selling and not about style,
then decide when a post that sells was proposed as something else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from cocktailparty.classify.model import LinearModel
from cocktailparty.classify.normalise import normalise
from cocktailparty.classify.signals import Signals
from cocktailparty.taxonomy import PROMOTIONAL, Kind, kind_of

# Confidence reported when an edge rule, not the model, decided the category.
RULE_CONFIDENCE = 0.9


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
    if category == "reply" and (signals.promo_code or signals.discount and signals.percent):
        return f"edge rule 5: the reply pushes an offer ({', '.join(signals.evidence())})"
    if category == "reply":
        return None
    if signals.sells:
        rule = "edge rule 4: the tip ends in a sale" if category == "educational" else "edge rule 1: it sells"
        return f"{rule} ({', '.join(signals.evidence())})"
    return None


class Classifier:
    """Classifies posts with a trained `LinearModel`. Thread-safe: it holds no mutable state."""

    def __init__(self, model: LinearModel) -> None:
        self.model = model
        self._feature_names = sorted(model.vocabulary, key=model.vocabulary.__getitem__)

    def classify(self, text: str) -> Classification:
        probabilities, signals = self.model.probabilities([text])
        best = int(probabilities[0].argmax())
        category = self.model.categories[best]
        found = signals.of(0)
        rule = edge_rule(category, found)
        if rule:
            return Classification(PROMOTIONAL, "promotional", RULE_CONFIDENCE, rule)
        return Classification(
            category, kind_of(category), round(float(probabilities[0, best]), 3),
            self._explain(text, best, found),
        )

    def classify_many(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(category, confidence) for each text, in order; the fast path used by audits."""
        if not texts:
            return []
        probabilities, signals = self.model.probabilities(texts)
        best = probabilities.argmax(axis=1)
        confidence = probabilities[np.arange(len(texts)), best].round(3)
        categories = self.model.categories
        results = [(categories[i], c) for i, c in zip(best.tolist(), confidence.tolist(), strict=True)]
        # Edge rules can only turn a post promotional, and only when a selling signal is present.
        suspects = np.flatnonzero(signals.sells() | signals.flags["purchase_condition"]
                                  | signals.flags["promo_code"] | signals.flags["discount"])
        for post in suspects.tolist():
            category = results[post][0]
            if category != PROMOTIONAL and edge_rule(category, signals.of(post)):
                results[post] = (PROMOTIONAL, RULE_CONFIDENCE)
        return results

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

