"""Agreement on long articles: the library against a raw per-character baseline.

The baseline builds one label set per character per annotator and counts the pair table of
the overall kappa, which is the least any per-character method must do; the library
computes every figure (F1, kappa, alpha, u-alpha, per label and overall, every pair and all).
Run: .venv/bin/python bench/agreement.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from itertools import combinations

from marginalia.db.agreement import Span, agreement

ARTICLES = 5
LENGTH = 100_000
ANNOTATORS = ("ann", "bob", "cy")
LABELS = tuple(f"label{i}" for i in range(8))
SPANS_PER_ANNOTATOR = 1_000


def study(seed: int) -> tuple[list[Span], dict[int, int]]:
    rng = random.Random(seed)
    spans = []
    for article in range(ARTICLES):
        base = []
        for _ in range(SPANS_PER_ANNOTATOR):
            start = rng.randrange(LENGTH - 200)
            base.append((start, start + rng.randrange(1, 200), rng.choice(LABELS)))
        for name in ANNOTATORS:
            for start, end, label in base:
                if rng.random() < 0.8:  # most spans shared, shifted a little
                    shift = rng.randrange(-3, 4)
                    spans.append(Span(article, name, label, min(max(0, start + shift), end), end))
    return spans, dict.fromkeys(range(ARTICLES), LENGTH)


def baseline(spans: list[Span], lengths: dict[int, int]) -> int:
    cells = 0
    for article, length in lengths.items():
        chars: dict[str, list[set[str]]] = {
            name: [set() for _ in range(length)] for name in ANNOTATORS
        }
        for span in spans:
            if span.article_id == article:
                for i in range(span.start, span.end):
                    chars[span.annotator][i].add(span.label)
        for first, second in combinations(ANNOTATORS, 2):
            table = Counter(
                (frozenset(a), frozenset(b))
                for a, b in zip(chars[first], chars[second], strict=True)
            )
            cells += len(table)
    return cells


def timed(function, *args) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def main() -> None:
    spans, lengths = study(1)
    print(
        f"{ARTICLES} articles x {LENGTH:,} chars, {len(ANNOTATORS)} annotators, "
        f"{len(LABELS)} labels, {len(spans):,} spans"
    )
    library = [timed(agreement, spans, lengths) for _ in range(3)]
    raw = [timed(baseline, spans, lengths) for _ in range(3)]
    lib, base = statistics.median(library), statistics.median(raw)
    print(f"library (all figures): median {lib:.3f} s")
    print(f"baseline (one kappa table per pair, per character): median {base:.3f} s")
    print(f"ratio library / baseline: {lib / base:.2f}")


if __name__ == "__main__":
    main()
