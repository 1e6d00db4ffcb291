"""Score the detectors against the hand-made gold set (docs/suggest-gold.md).

Matching rule, per label: a suggestion matches a gold span of the same label when their
intersection over union (in code points) is at least ``MIN_IOU``; each gold span and each
suggestion is matched at most once, best overlap first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marginalia.db.suggest import LABELS, Suggestion, suggest

from .corpus_text import CorpusText, load

GOLD = Path(__file__).resolve().parents[2] / "data" / "suggest_gold"
MIN_IOU = 0.5


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    images: tuple[int, ...]
    spans: tuple[dict[str, Any], ...]


def gold_articles() -> list[GoldArticle]:
    articles = []
    for path in sorted(GOLD.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        root = tuple(doc["root"]) if doc["root"] else None
        rebuilt: CorpusText = load(doc["source"], root, doc["encoding"])  # type: ignore[arg-type]
        if rebuilt.sha256 != doc["sha256"]:
            raise AssertionError(f"{path.name}: the corpus text changed (sha256 differs)")
        if list(rebuilt.images) != doc["images"]:
            raise AssertionError(f"{path.name}: image anchors differ from the gold file")
        articles.append(GoldArticle(doc["id"], rebuilt.text, rebuilt.images, tuple(doc["spans"])))
    return articles


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match(
    gold: Sequence[tuple[int, int]], found: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Pairs (gold index, found index), one-to-one, best overlap first."""
    candidates = sorted(
        (
            (iou(g, f), gi, fi)
            for gi, g in enumerate(gold)
            for fi, f in enumerate(found)
            if g[0] < f[1] and f[0] < g[1]
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for overlap, gi, fi in candidates:
        if overlap < MIN_IOU or gi in used_gold or fi in used_found:
            continue
        used_gold.add(gi)
        used_found.add(fi)
        pairs.append((gi, fi))
    return pairs


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    matched: int = 0
    values_right: int = 0
    images_right: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def same_value(a: object, b: object) -> bool:
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def score(articles: Iterable[GoldArticle]) -> dict[str, Score]:
    scores = {label: Score() for label in LABELS}
    for article in articles:
        suggestions = suggest(article.text, article.images)
        for label in LABELS:
            gold = [s for s in article.spans if s["label"] == label]
            found: list[Suggestion] = [s for s in suggestions if s.label == label]
            pairs = match([(g["start"], g["end"]) for g in gold], [(f.start, f.end) for f in found])
            board = scores[label]
            board.gold += len(gold)
            board.found += len(found)
            board.matched += len(pairs)
            for gi, fi in pairs:
                if label == "figure" and same_value(
                    found[fi].attributes["value"], gold[gi]["attributes"]["value"]
                ):
                    board.values_right += 1
                if label == "caption" and found[fi].image_index == gold[gi].get("image_index"):
                    board.images_right += 1
            matched_gold = {gi for gi, _ in pairs}
            matched_found = {fi for _, fi in pairs}
            board.misses += [
                f"{article.id}: {article.text[g['start'] : g['end']][:70]!r}"
                for gi, g in enumerate(gold)
                if gi not in matched_gold
            ]
            board.false_alarms += [
                f"{article.id}: {article.text[f.start : f.end][:70]!r}"
                for fi, f in enumerate(found)
                if fi not in matched_found
            ]
    return scores


def table(scores: dict[str, Score]) -> str:
    lines = ["label    gold  found  matched  precision  recall"]
    for label, board in scores.items():
        lines.append(
            f"{label:<8} {board.gold:>4}  {board.found:>5}  {board.matched:>7}  "
            f"{board.precision:>9.3f}  {board.recall:>6.3f}"
        )
    figures = scores["figure"]
    if figures.matched:
        lines.append(f"figure values right: {figures.values_right}/{figures.matched}")
    captions = scores["caption"]
    if captions.matched:
        lines.append(f"caption images right: {captions.images_right}/{captions.matched}")
    return "\n".join(lines)
