"""A small model that learns from the annotators' decisions which suggestions they accept.

It starts from the detector — the detector's own confidence, as a log-odds, with weight 1 —
and learns corrections over the detector's features (for claims: the sentence features of
``claims.py``) and the words of the suggested text (Latin words; Chinese character pairs):
a logistic regression whose weights are pulled towards "trust the detector" (L2 around
the prior), fitted by a few passes of AdaGrad over the decisions. Thousands of decisions
train in a fraction of a second in pure Python, the weights are a plain JSON mapping kept in
the database (``suggestion_models``), and applying them is one dot product per suggestion.

ADR 0030 records whether it helps: it is measured on the held-out set with decisions
simulated from the gold (docs/performance.md).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

#: The detector's log-odds: the one feature whose prior weight is 1.
PRIOR: Final = "detector"
#: How strongly the weights are held near the prior (per decision).
REGULARISATION: Final = 0.02
PASSES: Final = 4
STEP: Final = 0.3
#: Fewer decisions than this about a label teach nothing yet.
MINIMUM_DECISIONS: Final = 20

_LATIN = re.compile(r"[a-z][a-z'’]+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Example:
    """One decision: what was suggested, and whether the annotator accepted it."""

    quote: str
    confidence: float
    features: Mapping[str, float]
    accepted: bool


def logit(probability: float) -> float:
    p = min(max(probability, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def inputs(quote: str, confidence: float, features: Mapping[str, float]) -> dict[str, float]:
    """What the model sees of a suggestion: the detector's log-odds, its features, words."""
    seen = {PRIOR: logit(confidence)}
    seen.update({f"f:{name}": value for name, value in features.items()})
    lowered = quote.lower()
    for word in set(_LATIN.findall(lowered)):
        seen[f"w:{word}"] = 1.0
    characters = _CJK.findall(lowered)
    for pair in {a + b for a, b in itertools.pairwise(characters)}:
        seen[f"w:{pair}"] = 1.0
    return seen


def predict(weights: Mapping[str, float], seen: Mapping[str, float]) -> float:
    score = weights.get("bias", 0.0) + sum(
        weights.get(name, 1.0 if name == PRIOR else 0.0) * value for name, value in seen.items()
    )
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def train(examples: Sequence[Example]) -> dict[str, float]:
    """Weights learned from ``examples`` (in the order given: the result is deterministic)."""
    rows = [
        (inputs(e.quote, e.confidence, e.features), 1.0 if e.accepted else 0.0) for e in examples
    ]
    weights: dict[str, float] = {"bias": 0.0, PRIOR: 1.0}
    squares: dict[str, float] = {}
    for _ in range(PASSES):
        for seen, target in rows:
            error = predict(weights, seen) - target
            for name, value in (("bias", 1.0), *seen.items()):
                prior = 1.0 if name == PRIOR else 0.0
                current = weights.get(name, prior)
                gradient = error * value + REGULARISATION * (current - prior)
                squares[name] = squares.get(name, 0.0) + gradient * gradient
                weights[name] = current - STEP * gradient / math.sqrt(squares[name] + 1e-8)
    return {
        name: round(value, 5)
        for name, value in weights.items()
        if abs(value) >= 1e-4 or name == PRIOR
    }
