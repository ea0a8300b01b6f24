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


@dataclass(frozen=True, slots=True)
class _Decision:
    category: str
    confidence: float
    reason: str | None  # set when a workspace example or an edge rule decided


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
        probabilities, signals = self.model.probabilities([text])
        decision = self._decide(probabilities, signals, [text])[0]
        if decision.reason:
            return Classification(decision.category, kind_of(decision.category), decision.confidence, decision.reason)
        best = self.model.categories.index(decision.category)
        return Classification(
            decision.category, kind_of(decision.category), decision.confidence, self._explain(text, best, signals.of(0))
        )

    def classify_many(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """(category, confidence) for each text, in order; the fast path used by audits."""
        if not texts:
            return []
        probabilities, signals = self.model.probabilities(texts)
        return [(d.category, d.confidence) for d in self._decide(probabilities, signals, texts)]

    def _decide(self, probabilities: np.ndarray, signals: BatchSignals, texts: Sequence[str]) -> list[_Decision]:
        best = probabilities.argmax(axis=1)
        confidence = probabilities[np.arange(len(best)), best].round(3)
        categories = self.model.categories
        decisions = [_Decision(categories[i], c, None) for i, c in zip(best.tolist(), confidence.tolist(), strict=True)]
        if self._example_matrix is not None:
            similarity = (self.model.space.matrix(texts)[0] @ self._example_matrix).toarray()
            nearest = similarity.argmax(axis=1)
            for post in np.flatnonzero(similarity.max(axis=1) >= NEAR_EXAMPLE).tolist():
                example = self._examples[int(nearest[post])]
                decisions[post] = _Decision(
                    example.category,
                    round(float(similarity[post, nearest[post]]), 3),
                    f"written like your example {example.text[:80]!r}",
                )
        # Edge rules only ever turn a post promotional, and only when it carries a selling signal.
        flags = signals.flags
        suspects = signals.sells() | flags["purchase_condition"] | flags["promo_code"] | flags["discount"]
        for post in np.flatnonzero(suspects).tolist():
            rule = edge_rule(decisions[post].category, signals.of(post))
            if rule:
                decisions[post] = _Decision(PROMOTIONAL, RULE_CONFIDENCE, rule)
        return decisions

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
