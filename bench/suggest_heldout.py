"""The detectors on the two held-out gold sets (docs/suggest-gold.md, docs/performance.md).

Each held-out set was measured once before anything was changed because of it; those first
measurements are recorded in docs/performance.md and are the honest figures. Both sets were
then used to find and fix errors, so the floors below guard what the detectors do on them
now: figures and captions at issue 15's 0.95, claims at the level reached (issue 15 asks
precision 0.75 at recall 0.80; docs/performance.md says how far that is).

The held-out pages are not in the shared corpus (its Chinese and English news pages all
serve as the development set): they come from the upstream test collections named in each
set's ``SOURCES.md`` at pinned commits and are installed outside the repository with
``python -m tests.db.suggest.install_pages``. CI cannot reach them, so this is a
benchmark-style report rather than a test; the development set is tested in CI
(``tests/db/suggest/test_gold.py``).

    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py

Prints per-label precision and recall at the default threshold, figures with the date kind,
and the claim curve; exits 1 if a floor is not met, 2 if the pages are missing.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from marginalia.db.suggest import DEFAULT_THRESHOLD  # noqa: E402
from tests.db.suggest.gold import HELDOUT, HELDOUT2, curve, score, table  # noqa: E402
from tests.db.suggest.imported import PAGES, imported_articles, missing_pages  # noqa: E402

THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8)
#: what the detectors keep on the held-out sets today (see the module's docstring)
FLOORS = {"figure": (0.95, 0.95), "caption": (0.95, 0.95), "claim": (0.58, 0.80)}


def main() -> int:
    missing = missing_pages(HELDOUT) + missing_pages(HELDOUT2)
    if missing:
        print(
            f"the held-out pages are not installed in {PAGES} ({len(missing)} missing, e.g. "
            f"{missing[0]}): run python -m tests.db.suggest.install_pages",
            file=sys.stderr,
        )
        return 2
    articles = imported_articles(HELDOUT) + imported_articles(HELDOUT2)
    languages = sorted({a.language for a in articles})
    print(f"held-out sets: {len(articles)} articles ({', '.join(languages)})")
    scores = score(articles, threshold=DEFAULT_THRESHOLD)
    print(f"default threshold {DEFAULT_THRESHOLD}\n" + table(scores))
    dated = score(articles, include_dates=True, threshold=DEFAULT_THRESHOLD)["figure"]
    print(f"figures with the date kind: P {dated.precision:.3f} R {dated.recall:.3f}")
    for point in curve(articles, "claim", THRESHOLDS):
        print(
            f"claims ≥{point.threshold:.2f}: precision {point.precision:.3f} "
            f"recall {point.recall:.3f} ({point.found} shown)"
        )
    below = [
        f"{label}: P {scores[label].precision:.3f} < {p} or R {scores[label].recall:.3f} < {r}"
        for label, (p, r) in FLOORS.items()
        if scores[label].precision < p or scores[label].recall < r
    ]
    for line in below:
        print("below the floor:", line)
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
