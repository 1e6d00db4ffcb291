"""How far two annotators agree on claims, beside how far the claim detector agrees with each.

A held-out set may hold a second annotator's claims (``second/`` in its folder): the same
pages, marked under the same rules by someone who never saw the gold (docs/suggest-gold.md,
"How far two annotators agree"). Scored with the gold sets' matching rule (``MIN_IOU``,
one-to-one, best overlap first), per language and pooled:

- the second annotator against the gold (precision: of the second's claims, how many the gold
  has; recall: of the gold's, how many the second marked), and F1;
- the detector at ``--threshold`` (default: the shipped default) against the gold and against
  the second annotator, so the detector's numbers stand beside two people's.

Only the pages both annotators marked count. A benchmark-style report, not a test (the pages
are installed outside the repository, like the held-out sets'):

    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_agreement.py --set 13
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from marginalia.db.suggest import DEFAULT_THRESHOLD, suggest  # noqa: E402
from tests.db.suggest.gold import GoldArticle, Score, match  # noqa: E402
from tests.db.suggest.imported import PAGES, imported_articles, missing_pages  # noqa: E402
from tests.db.suggest.sets import SECOND_ANNOTATED  # noqa: E402

SETS = {name: folder.parent for name, folder in SECOND_ANNOTATED.items()}
Spans = dict[str, list[tuple[int, int]]]


def claims(articles: Iterable[GoldArticle]) -> Spans:
    return {
        a.id: [(s["start"], s["end"]) for s in a.spans if s["label"] == "claim"] for a in articles
    }


def detected(articles: Iterable[GoldArticle], threshold: float) -> Spans:
    found: Spans = {}
    for a in articles:
        suggestions = suggest(
            a.text,
            a.images,
            image_captions=a.image_captions,
            image_alts=a.image_alts,
            title=a.title,
        )
        found[a.id] = [
            (s.start, s.end)
            for s in suggestions
            if s.label == "claim" and s.confidence >= threshold
        ]
    return found


def agreement(reference: Spans, other: Spans, ids: Sequence[str]) -> Score:
    """``other`` scored against ``reference`` on the pages ``ids``."""
    board = Score()
    for page in ids:
        board.gold += len(reference[page])
        board.found += len(other[page])
        board.matched += len(match(reference[page], other[page]))
    return board


def line(name: str, board: Score) -> str:
    p, r = board.precision, board.recall
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (
        f"{name:<34} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  "
        f"({board.matched} matched; {board.found} against {board.gold})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=list(SETS), default="13")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    options = parser.parse_args()
    folder = SETS[options.set]
    second_folder = folder / "second"
    if not any(folder.glob("*.json")) or not any(second_folder.glob("*.json")):
        print(f"held-out set {options.set} has no gold or no second annotation", file=sys.stderr)
        return 2
    missing = missing_pages(folder) + missing_pages(second_folder)
    if missing:
        print(f"pages not installed in {PAGES}, e.g. {missing[0]}", file=sys.stderr)
        return 2
    gold_articles = {a.id: a for a in imported_articles(folder)}
    second_articles = {a.id: a for a in imported_articles(second_folder)}
    both = sorted(set(gold_articles) & set(second_articles))
    for page in both:
        if gold_articles[page].text != second_articles[page].text:
            print(f"{page}: the two annotators saw different texts", file=sys.stderr)
            return 2
    only = sorted(set(gold_articles) ^ set(second_articles))
    print(f"held-out set {options.set}: {len(both)} pages marked by both; only one: {only}")
    gold, second = claims(gold_articles.values()), claims(second_articles.values())
    machine = detected((gold_articles[p] for p in both), options.threshold)
    languages = sorted({gold_articles[p].language for p in both})
    for language in [*languages, "all"]:
        ids = [p for p in both if language in ("all", gold_articles[p].language)]
        print(f"\n{language} ({len(ids)} pages)")
        print(line("second annotator vs gold", agreement(gold, second, ids)))
        print(line(f"detector ≥{options.threshold:.3f} vs gold", agreement(gold, machine, ids)))
        print(line(f"detector ≥{options.threshold:.3f} vs second", agreement(second, machine, ids)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
