"""Score the detectors against the hand-made gold sets (docs/suggest-gold.md).

Matching rule, per label: a suggestion matches a gold span of the same label when their
intersection over union (in code points) is at least ``MIN_IOU``; each gold span and each
suggestion is matched at most once, best overlap first. Figures are scored without dates
unless ``include_dates`` is set (gold dates are figures of kind ``date`` with an ISO value).

Figures can also be matched **by value** (``figures_by="value"``, ADR 0146): a suggestion matches
a gold figure when the two spans overlap at all and their values are the same (``same_value``),
whatever their boundaries; a span-right suggestion with a wrong value is then a false alarm and a
miss. Issue 15's figure target is judged this way from held-out set 49 on; both are reported.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from marginalia.db.suggest import LABELS, Suggestion, suggest

from .corpus_text import CorpusText, load
from .sets import GOLD

MIN_IOU = 0.5
#: how figures are matched: by span (IoU ≥ MIN_IOU) or by value (overlap, same value; ADR 0146)
FiguresBy = Literal["span", "value"]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    text: str
    images: tuple[int, ...]
    spans: tuple[dict[str, Any], ...]
    language: str = ""
    #: Spans not annotated (a training page's teaser block): no sentence in them is scored.
    exclude: tuple[tuple[int, int], ...] = ()
    #: The captions the import found for the images (held-out pages), in image order.
    image_captions: tuple[str | None, ...] = ()
    #: The images' alt texts and the article's title, as the import keeps them (captions v6.1).
    image_alts: tuple[str | None, ...] = ()
    title: str = ""


def gold_articles() -> list[GoldArticle]:
    """The development set, rebuilt from the shared corpus."""
    articles = []
    for path in sorted(GOLD.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        root = tuple(doc["root"]) if doc["root"] else None
        rebuilt: CorpusText = load(doc["source"], root, doc["encoding"])
        if rebuilt.sha256 != doc["sha256"]:
            raise AssertionError(f"{path.name}: the corpus text changed (sha256 differs)")
        if list(rebuilt.images) != doc["images"]:
            raise AssertionError(f"{path.name}: image anchors differ from the gold file")
        articles.append(
            GoldArticle(
                doc["id"],
                rebuilt.text,
                rebuilt.images,
                tuple(doc["spans"]),
                doc["language"],
                image_alts=rebuilt.alts,
            )
        )
    return articles


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match(
    gold: Sequence[tuple[int, int]],
    found: Sequence[tuple[int, int]],
    same: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """Pairs (gold index, found index), one-to-one, best overlap first: with ``IoU ≥ MIN_IOU``,
    or, given ``same`` (gold index, found index), any overlap of a pair it accepts."""
    candidates = sorted(
        (
            (iou(g, f), gi, fi)
            for gi, g in enumerate(gold)
            for fi, f in enumerate(found)
            if g[0] < f[1] and f[0] < g[1] and (same is None or same(gi, fi))
        ),
        reverse=True,
    )
    least = MIN_IOU if same is None else 0.0
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for overlap, gi, fi in candidates:
        if overlap < least or gi in used_gold or fi in used_found:
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
    wrong_values: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


def same_value(a: object, b: object) -> bool:
    if isinstance(b, str) or isinstance(a, str):
        return a == b
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


Detector = Callable[[GoldArticle], Sequence[Suggestion]]


def default_detector(include_dates: bool) -> Detector:
    def detect(article: GoldArticle) -> Sequence[Suggestion]:
        return suggest(
            article.text,
            article.images,
            include_dates=include_dates,
            image_captions=article.image_captions,
            image_alts=article.image_alts,
            title=article.title,
        )

    return detect


def gold_spans(article: GoldArticle, label: str, include_dates: bool) -> list[dict[str, Any]]:
    spans = [s for s in article.spans if s["label"] == label]
    if label == "figure" and not include_dates:
        spans = [s for s in spans if s["attributes"]["kind"] != "date"]
    return spans


def score(
    articles: Iterable[GoldArticle],
    *,
    include_dates: bool = False,
    threshold: float = 0.0,
    detector: Detector | None = None,
    figures_by: FiguresBy = "span",
) -> dict[str, Score]:
    """Precision and recall per label of the suggestions at or above ``threshold``."""
    detect = detector or default_detector(include_dates)
    scores = {label: Score() for label in LABELS}
    for article in articles:
        suggestions = [s for s in detect(article) if s.confidence >= threshold]
        for label in LABELS:
            gold = gold_spans(article, label, include_dates)
            found: list[Suggestion] = [s for s in suggestions if s.label == label]
            pairs = pair_up(label, gold, found, figures_by)
            _tally(scores[label], article, label, gold, found, pairs)
    return scores


def pair_up(
    label: str,
    gold: Sequence[dict[str, Any]],
    found: Sequence[Suggestion],
    figures_by: FiguresBy = "span",
) -> list[tuple[int, int]]:
    """The matched (gold index, found index) pairs of one label in one article."""
    spans = [(g["start"], g["end"]) for g in gold]
    offered = [(f.start, f.end) for f in found]
    if label != "figure" or figures_by == "span":
        return match(spans, offered)

    def same(gi: int, fi: int) -> bool:
        return same_value(found[fi].attributes.get("value"), gold[gi]["attributes"]["value"])

    return match(spans, offered, same)


def _tally(
    board: Score,
    article: GoldArticle,
    label: str,
    gold: list[dict[str, Any]],
    found: list[Suggestion],
    pairs: list[tuple[int, int]],
) -> None:
    text = article.text
    board.gold += len(gold)
    board.found += len(found)
    board.matched += len(pairs)
    for gi, fi in pairs:
        if label == "figure":
            if same_value(found[fi].attributes.get("value"), gold[gi]["attributes"]["value"]):
                board.values_right += 1
            else:
                quote = text[found[fi].start : found[fi].end]
                board.wrong_values.append(
                    f"{article.id}: {quote!r} {found[fi].attributes.get('value')!r} "
                    f"≠ {gold[gi]['attributes']['value']!r}"
                )
        if label == "caption" and found[fi].image_index == gold[gi].get("image_index"):
            board.images_right += 1
    matched_gold = {gi for gi, _ in pairs}
    matched_found = {fi for _, fi in pairs}
    board.misses += [
        f"{article.id}: {text[g['start'] : g['end']][:70]!r}"
        for gi, g in enumerate(gold)
        if gi not in matched_gold
    ]
    board.false_alarms += [
        f"{article.id}: {text[f.start : f.end][:70]!r} ({f.confidence:.2f})"
        for fi, f in enumerate(found)
        if fi not in matched_found
    ]


@dataclass(frozen=True, slots=True)
class CurvePoint:
    threshold: float
    precision: float
    recall: float
    found: int


def curve(
    articles: Sequence[GoldArticle],
    label: str,
    thresholds: Sequence[float],
    *,
    include_dates: bool = False,
    detector: Detector | None = None,
    figures_by: FiguresBy = "span",
) -> list[CurvePoint]:
    """Precision and recall of one label at each threshold (the detectors run once)."""
    detect = detector or default_detector(include_dates)
    found_by_article = {a.id: [s for s in detect(a) if s.label == label] for a in articles}

    def at(threshold: float) -> CurvePoint:
        board = Score()
        for article in articles:
            gold = gold_spans(article, label, include_dates)
            found = [s for s in found_by_article[article.id] if s.confidence >= threshold]
            pairs = pair_up(label, gold, found, figures_by)
            board.gold += len(gold)
            board.found += len(found)
            board.matched += len(pairs)
        return CurvePoint(threshold, board.precision, board.recall, board.found)

    return [at(t) for t in thresholds]


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
