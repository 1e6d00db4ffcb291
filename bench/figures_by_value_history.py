"""A held-out set's first run re-scored: figures by span and by value (ADR 0146).

Run with the main venv on the tree of the commit the first run was made at, exported with
``git archive`` (never a worktree): that tree's own detector, import and gold loader are used,
and its scorer gives the span figures (IoU ≥ 0.5), which must equal the recorded first run.
The value rule is today's ``pair_up`` (tests/db/suggest/gold.py), copied because the old trees
do not have it: a suggestion matches a gold figure when the spans overlap and the values are the
same, one to one, largest overlap first. docs/performance.md, "Figures by value and by span,
every first run", lists each set's commit.

    git archive C | tar -x -C /tmp/hist/C
    MARGINALIA_SUGGEST_PAGES=… .venv/bin/python bench/figures_by_value_history.py /tmp/hist/C 47 48

Prints one JSON line a set: the threshold, gold, found, matched by span and by value, the span
matches whose values differ, and the old scorer's (gold, found, matched).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path
from typing import Any


def same_value(a: object, b: object) -> bool:
    """As tests/db/suggest/gold.py's ``same_value`` (ADR 0146)."""
    if isinstance(b, str) or isinstance(a, str):
        return a == b
    if not isinstance(a, int | float) or not isinstance(b, int | float):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter / (max(a[1], b[1]) - min(a[0], b[0])) if inter > 0 else 0.0


def match(gold: list[dict[str, Any]], found: list[Any], by_value: bool) -> list[tuple[int, int]]:
    """``pair_up`` for figures: by span (IoU ≥ 0.5) or by value (any overlap, same value)."""
    candidates = sorted(
        (
            (iou((g["start"], g["end"]), (f.start, f.end)), gi, fi)
            for gi, g in enumerate(gold)
            for fi, f in enumerate(found)
            if g["start"] < f.end
            and f.start < g["end"]
            and (not by_value or same_value(f.attributes.get("value"), g["attributes"]["value"]))
        ),
        reverse=True,
    )
    least = 0.0 if by_value else 0.5
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


def use_tree(tree: Path) -> None:
    """Make ``marginalia.*`` and ``tests.*`` the old tree's. Its folders db/, desktop/ and
    resources/ become marginalia.* only through an install (ADR 0002), and the editable
    install's finder would give the current tree's: they are linked into a namespace folder
    in the exported tree, put first on the path, and checked."""
    shim = tree / "marginalia"
    shim.mkdir(exist_ok=True)
    for folder in ("db", "desktop", "resources"):
        if not (shim / folder).exists():
            (shim / folder).symlink_to(tree / folder)
    sys.path.insert(0, str(tree))
    for name in ("marginalia.db.suggest", "tests.db.suggest.gold"):
        module = importlib.import_module(name)
        if not Path(str(module.__file__)).resolve().is_relative_to(tree):
            sys.exit(f"{name} resolves to {module.__file__}, not to {tree}")


def rescore(tree: Path, number: int) -> dict[str, Any]:
    threshold = importlib.import_module("marginalia.db.suggest").DEFAULT_THRESHOLD
    old = importlib.import_module("tests.db.suggest.gold")
    imported = importlib.import_module("tests.db.suggest.imported")
    folder = tree / "tests" / "data" / f"suggest_gold_heldout{number if number > 1 else ''}"
    articles = imported.imported_articles(folder)
    detect = old.default_detector(False)
    cache = {a.id: detect(a) for a in articles}
    recorded = old.score(articles, threshold=threshold, detector=lambda a: cache[a.id])["figure"]
    tally = {"gold": 0, "found": 0, "span": 0, "value": 0, "span_wrong_value": 0}
    for article in articles:
        gold = old.gold_spans(article, "figure", False)
        found = [s for s in cache[article.id] if s.label == "figure" and s.confidence >= threshold]
        by_span = match(gold, found, by_value=False)
        tally["gold"] += len(gold)
        tally["found"] += len(found)
        tally["span"] += len(by_span)
        tally["value"] += len(match(gold, found, by_value=True))
        tally["span_wrong_value"] += sum(
            not same_value(found[fi].attributes.get("value"), gold[gi]["attributes"]["value"])
            for gi, fi in by_span
        )
    old_scorer = [recorded.gold, recorded.found, recorded.matched]
    return {"set": number, "threshold": threshold, **tally, "old_scorer": old_scorer}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path, help="a commit's tree exported with git archive")
    parser.add_argument("sets", type=int, nargs="+", help="the held-out sets measured at it")
    options = parser.parse_args()
    tree = options.tree.resolve()
    use_tree(tree)
    for number in options.sets:
        print(json.dumps(rescore(tree, number)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
