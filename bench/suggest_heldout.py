"""The detectors on the eight held-out gold sets (docs/suggest-gold.md, docs/performance.md).

Each held-out set was measured once before anything was changed because of it; those first
measurements are recorded in docs/performance.md and are the honest figures. Sets 1 and 2 were
then used to find and fix errors and to fit the claim weights, so their floors below guard
what the detectors do on them now; set 3 was measured once with claims v3 (fitted without it),
its figure misses were then fixed and claims v4 is fitted on it too; set 4 was measured once,
with claims v4 fitted without it (issue 15 asks claims precision 0.75 at recall 0.80;
docs/performance.md has the figures), and its figure and caption errors were then fixed
(figures/v4, captions/v3), so for those labels it is development data too. Set 5 was
built blind after that and measured once (``--set 5``, 2026-12-04, after figures v4 and
captions v3), below issue 15's targets; the fourth round then studied its errors, corrected
its gold once (SOURCES.md) and fitted claims v5 on it, so it is development data now and its
floors guard what the detectors do on it after that tuning. Set 6 was built blind by another
annotator during the fourth round and measured once (``--set 6``, after claims v5, captions v4,
figures v5); the fifth round corrected its gold to rules 2.1, studied its errors and fitted
claims v6 on it, so it is development data now. Set 7 was built blind during the fifth round
and is measured once (``--set 7``, after claims v6, captions v5, figures v6): its floors are
issue 15's targets. ``all`` (the default) leaves it out, so that a regression run on sets 1-6
does not measure it, or show it, by the way: it is measured only when asked for by name.
Set 8 (English and Chinese halves) was built blind during the sixth round and measured once
(``--set 8``, after claims v7, captions v6.1, figures v7); its floors are issue 15's targets,
and ``all`` leaves it out too.
Set 9 likewise (seventh round; measured once after claims v8, captions v7, figures v8).
Set 10 likewise (eighth round; measured once after claims v8.1, captions v8, figures v9).
Set 11 likewise (ninth round, under rules 2.3; measured once after claims v8.2, captions v8.1,
figures v10).
Set 12 likewise (tenth round, under rules 2.3; measured once after claims v8.3, captions v9,
figures v11).
Set 13 likewise (eleventh round, under rules 2.3; measured once after claims v8.4, captions v9,
figures v11.2 at the default 0.52).
Set 14 likewise (eleventh round, under rules 2.3; measured once after claims v8.5.1, captions
v9.1, figures v11.3 at the default 0.52).
Set 15 likewise (eleventh round, under rules 2.3; measured once after claims v8.6, captions v9.1,
figures v11.4 at the default 0.50).
Set 16 likewise (eleventh round, under rules 2.3; measured once after claims v8.6, captions v9.1,
figures v11.5 at the default 0.50).
Set 17 likewise (twelfth round, under rules 2.3; measured once after claims v9.0.1, captions v9.2,
figures v11.6 at the default 0.44).
Set 18 likewise (twelfth round, beside set 17, under rules 2.3; measured once with set 17).
Set 19 likewise (built at the start of the thirteenth round, English pages with captions, under
rules 2.3; measured once after claims v9.0.1, captions v9.3, figures v11.6 at the default 0.44).
Set 20 likewise (thirteenth round, after set 19's first run, English; measured once after claims
v9.0.2, captions v9.4, figures v11.7 at the default 0.44).
Set 21 likewise (thirteenth round, after set 20's first run, English; measured once after claims
v9.0.2, captions v9.5, figures v11.8 at the default 0.43).
Set 22 likewise (fourteenth round, English and Chinese pages from collections no earlier set
used; measured once after claims v9.0.2, captions v9.5, figures v11.9 at the default 0.44).
Set 23 likewise (fourteenth round, after set 22's first run, from the same new collections;
measured once after claims v12.1, captions v9.7, figures v12 at the default 0.43).
Set 24 likewise (fifteenth round, Chinese pages from NewsSentimentAnalyzer's examples no earlier
set used, English pages of htmldate and a CCTV page; measured once after claims v12.2, captions
v9.9, figures v12.2 at the default 0.43).
Set 25 likewise (fifteenth round, after set 24's first run: English pages htmldate still held and
one Chinese page of PulsarRPA; measured once after claims v12.3, captions v9.9, figures v12.3 at
the default 0.43).
Set 26 likewise (sixteenth round, Chinese pages of transTerminus/webpage_archive and English pages
of microlinkhq/metascraper, collections no earlier set used; measured once after claims v12.5,
captions v9.11, figures v12.5 at the default 0.43).
Set 27 likewise (sixteenth round, after set 26's first run: more Chinese pages of webpage_archive,
from sites set 26 and the caption sweep did not read, and English pages htmldate still held;
measured once after claims v12.5, captions v9.12, figures v12.6 at the default 0.43).
Set 28 likewise (seventeenth round, under rules 2.4: Chinese pages of webpage_archive's sites no
set used, English pages of smallrivers/snacktory's test pages; measured once after claims v12.5,
captions v9.13, figures v12.8 at the default 0.42).
Set 29 likewise (seventeenth round, after set 28's first run: more pages of the same two
collections; measured once after claims v12.5, captions v9.14, figures v12.9 at the default 0.42).
Set 30 likewise (seventeenth round, after set 29's first run and its fixes: what is left of the
same two collections; measured once after claims v12.5, captions v9.15, figures v12.10 at the
default 0.42).
Set 31 likewise (eighteenth round, after set 30's first run and its fixes: new collections,
English pages of AndyTheFactory/article-extraction-dataset, Chinese pages of hibanabo/RadarFlow,
mediacloud/metadata-lib and virus-warnning/twnews; measured once after figures v12.11, captions
v9.16, claims v12.6 at the default 0.42).
Set 32 likewise (eighteenth round, after set 31's first run: English pages of
MSVCode/ir-research-data's 2013 and 2017 crawls, a collection no earlier set drew on; English
only, as no new Chinese collection was found; measured once after figures v12.12, captions
v9.17, claims v12.6 at the default 0.42).
Set 33 likewise (end of the eighteenth round, after set 32's first run and its fixes: English
pages of the same collection's ``chaos-all`` folder, pages of many other sites; measured once
after figures v12.13, captions v9.17, claims v12.6 at the default 0.42).
Set 34 likewise (nineteenth round, after set 33's first run: English pages of collections sets
31-33 drew on, other sites and stories, and of a new one, the PyPI package webarticle2text's
fixtures; no Chinese half; measured once after figures v12.14, captions v9.17, claims v12.6 at
the default 0.42).
Set 35 likewise (nineteenth round, after set 34's first run and the round's fixes: English
pages of article-extraction-dataset's unused sites, chaos-all and metadata-lib; measured once
after figures v12.16, captions v9.17, claims v12.8 at the default 0.42).
Set 36 likewise (end of the nineteenth round, after set 35's first run and its fixes: English
pages of article-extraction-dataset's and chaos-all's unused sites and stories; measured once
after figures v12.17, captions v9.17, claims v12.9 at the default 0.43).
Sets 37 and 38 likewise, built side by side at the start of the twentieth round on one main and
measured at it with no fix between (English pages of article-extraction-dataset's, chaos-all's
and metadata-lib's unused sites and stories; measured once each at
figures v12.18, captions v9.17, claims v12.9 and the default 0.42).
Sets 39 and 40 likewise, after the twentieth round's fixes (English pages of six collections no set
drew on, and of article-extraction-dataset's last sites; measured once each at figures
v12.20, captions v9.18, claims v12.9 and the default 0.42).
Sets 41 and 42 likewise, the round's third pair, after the fixes that followed 39 and 40 (English
pages of htmlparser-benchmark, a collection no set drew on; measured once each at figures v12.21,
captions v9.18, claims v12.9 and the default 0.42).
Sets 43 and 44 likewise, the twenty-first round's first pair (English pages of
htmlparser-benchmark, other stories than 41's and 42's; measured once each at figures v12.22,
captions v9.19, claims v12.9 and the default 0.43).
Sets 45 and 46 likewise, the twenty-first round's second pair (English pages of
htmlparser-benchmark, other stories than 41's to 44's; measured once each at figures v12.24,
captions v9.21, claims v12.9 and the default 0.42).
Sets 47 and 48 likewise, the twenty-first round's third pair (English pages of
htmlparser-benchmark, other stories than 41's to 46's; measured once each at figures v12.25,
captions v9.21, claims v12.9 and the default 0.42).
Sets 49 and 50 likewise, the twenty-second round's first pair (English news pages of
WCXB, a collection no earlier set used; figures judged by value, ADR 0146; measured once each
at figures v12.27, captions v9.22, claims v12.10 and the default 0.42).
Sets 51 and 52 likewise, the twenty-second round's second pair (English news pages of
L3S-GN1, 2007-2008, a collection no earlier set used; figures by value; measured once each
at figures v12.27, captions v9.22, claims v12.10 and the default 0.41).
Sets 53 and 54 likewise, the twenty-second round's third pair (other English news pages of
L3S-GN1, no copy of 51's and 52's stories; figures by value; measured once each at figures
v12.28, captions v9.23, claims v12.10 and the default 0.41).
Sets 55 and 56, then 57 and 58, the twenty-third round's two pairs (English news pages of
SeniorResearch, 2018-2019, chosen for their captioned pictures, a collection no earlier set used;
figures judged by value, ADR 0146; 55 and 56 measured once each at figures v12.30, captions v9.24,
claims v12.10 and the default 0.41; 57 and 58 likewise at figures v12.31).
``--errors`` adds each language's figures and every miss and false alarm.

The held-out pages are not in the shared corpus (its Chinese and English news pages all
serve as the development set): they come from the upstream test collections named in each
set's ``SOURCES.md`` at pinned commits and are installed outside the repository with
``python -m tests.db.suggest.install_pages``. CI cannot reach them, so this is a
benchmark-style report rather than a test; the development set is tested in CI
(``tests/db/suggest/test_gold.py``).

    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py [--set 4]
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 5
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 6
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 7
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 8
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 9
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 10
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 11
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 12
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 13
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 14
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 15
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 16
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 17
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 18
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 19
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 20
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 21
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 22
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 23
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 24
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 25
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 26
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 27
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 28
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 29
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 30
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 31
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 32
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 33
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 34
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 35
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 36
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 37
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 38
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 39
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 40
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 41
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 42
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 43
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 44
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 45
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 46
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 47
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 48
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 49
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 50
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 51
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 52
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 53
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 54
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 55
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 56
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 57
    MARGINALIA_SUGGEST_PAGES=/path/to/pages .venv/bin/python bench/suggest_heldout.py --set 58

Prints, per set, precision and recall per label at the default threshold, figures with the
date kind, the claim curve and the most precise point of it that keeps recall at 0.80; exits 1
if a floor is not met, 2 if the pages are missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from marginalia.db.suggest import DEFAULT_THRESHOLD  # noqa: E402
from tests.db.suggest.gold import (  # noqa: E402
    CurvePoint,
    FiguresBy,
    GoldArticle,
    curve,
    score,
    table,
)
from tests.db.suggest.imported import PAGES, imported_articles, missing_pages  # noqa: E402
from tests.db.suggest.sets import HELD_OUT_SETS  # noqa: E402

SETS = HELD_OUT_SETS
#: Each measured once as a blind set, floored at issue 15's targets, not at what tuning reached:
#: only ``--set N`` runs them (``all`` keeps to the sets whose floors guard what tuning reached).
BY_NAME_ONLY = {name for name in SETS if int(name) >= 7}
THRESHOLDS = (
    0.15, 0.2, 0.25, 0.3, 0.325, 0.35, 0.375, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8,
)  # fmt: skip
#: (precision, recall) per label that each set keeps today (see the module's docstring)
FLOORS = {
    # at the fifth round's default threshold 0.40 (ADR 0030): what each set keeps after tuning
    "1": {"figure": (0.95, 0.95), "caption": (0.95, 0.95), "claim": (0.70, 0.78)},
    # claims v12 (lexical, fitted on every set) reads one claim fewer on sets 2 and 5 than the
    # fifth round's tuning did (2: 0.863 / 0.795, 5: 0.811 / 0.899 at 0.40; ADR 0132): floored
    # there; v12.3 (with set 24) one fewer again on set 2 (0.862 / 0.788, as v12.1 read it);
    # v12.10 (refitted on sets 0-48) two fewer, seven false alarms fewer (0.886 / 0.775; ADR 0144)
    "2": {"figure": (0.95, 0.95), "caption": (0.95, 0.95), "claim": (0.80, 0.77)},
    "3": {"figure": (0.95, 0.95), "caption": (0.95, 0.95), "claim": (0.70, 0.85)},
    "4": {"figure": (0.95, 0.95), "caption": (0.95, 0.95), "claim": (0.80, 0.85)},
    "5": {"figure": (0.95, 0.95), "caption": (0.95, 0.95), "claim": (0.70, 0.89)},
    # after the fifth round tuned on it (its first run: docs/performance.md)
    "6": {"figure": (0.95, 0.95), "caption": (0.95, 0.95), "claim": (0.75, 0.85)},
    # issue 15's targets, for every set from 7 on
    **{
        name: {"figure": (0.95, 0.95), "caption": (0.95, 0.95), "claim": (0.75, 0.80)}
        for name in SETS
        if int(name) >= 7
    },
}
#: From this set on, the figure floor (issue 15's target) is judged by value, not by span:
#: decided before set 49 was chosen (ADR 0146); both are printed for every set.
FIGURES_BY_VALUE_FROM = 49
#: The sets whose claim floors guard what tuning reached at the default of their time (0.40),
#: not issue 15's target: checked there, whatever the default is now (0.43, ADR 0030's rule over
#: sets 9-24 for claims v12.3, ADR 0132).
CLAIMS_FLOORED_AT = {name: 0.40 for name in ("1", "2", "3", "4", "5", "6")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        choices=[*SETS, "all"],
        default="all",
        help="which set (all: the measured ones; an unmeasured set only by name)",
    )
    parser.add_argument(
        "--errors", action="store_true", help="each language, and every miss and false alarm"
    )
    parser.add_argument(
        "--figures-by",
        choices=["span", "value"],
        default="span",
        help="how --errors matches figures: by span (IoU ≥ 0.5) or by value (ADR 0146)",
    )
    options = parser.parse_args()
    wanted = options.set
    chosen = [name for name in SETS if name not in BY_NAME_ONLY] if wanted == "all" else [wanted]
    absent = [name for name in chosen if not any(SETS[name].glob("*.json"))]
    if absent:
        print(f"held-out set {absent[0]} has no gold files in {SETS[absent[0]]}", file=sys.stderr)
        return 2
    missing = [page for name in chosen for page in missing_pages(SETS[name])]
    if missing:
        print(
            f"the held-out pages are not installed in {PAGES} ({len(missing)} missing, e.g. "
            f"{missing[0]}): run python -m tests.db.suggest.install_pages",
            file=sys.stderr,
        )
        return 2
    below = []
    for name in chosen:
        below += report(name)
        if options.errors:
            errors(name, options.figures_by)
    for line in below:
        print("below the floor:", line)
    return 1 if below else 0


def report(name: str) -> list[str]:
    """Print one set's figures; what is below its floors."""
    articles = imported_articles(SETS[name])
    languages = sorted({a.language for a in articles})
    size = sum(len(a.text) for a in articles)
    print(f"\nheld-out set {name}: {len(articles)} articles, {size:,} characters")
    print(f"languages: {', '.join(languages)}")
    scores = score(articles, threshold=DEFAULT_THRESHOLD)
    print(f"default threshold {DEFAULT_THRESHOLD}\n" + table(scores))
    by_value = score(articles, threshold=DEFAULT_THRESHOLD, figures_by="value")["figure"]
    print(
        f"figures by value (overlap, same value; ADR 0146): P {by_value.precision:.3f} "
        f"R {by_value.recall:.3f}"
    )
    dated = score(articles, include_dates=True, threshold=DEFAULT_THRESHOLD)["figure"]
    print(f"figures with the date kind: P {dated.precision:.3f} R {dated.recall:.3f}")
    if int(name) >= FIGURES_BY_VALUE_FROM:
        scores["figure"] = by_value
    points = curve(articles, "claim", THRESHOLDS)
    for point in points:
        print(
            f"claims ≥{point.threshold:.3f}: precision {point.precision:.3f} "
            f"recall {point.recall:.3f} ({point.found} shown)"
        )
    best = most_precise_keeping_recall(articles)
    if best is not None:
        print(
            f"most precise point keeping claim recall ≥ 0.80: precision {best.precision:.3f} "
            f"recall {best.recall:.3f} at ≥{best.threshold:.3f}"
        )
    if name in CLAIMS_FLOORED_AT:  # a regression guard, at the threshold it was set at
        at = CLAIMS_FLOORED_AT[name]
        scores["claim"] = score(articles, threshold=at)["claim"]
        print(
            f"claims at {at} (their floor's threshold): {scores['claim'].precision:.3f} / "
            f"{scores['claim'].recall:.3f}"
        )
    return [
        f"set {name} {label}: P {scores[label].precision:.3f} < {p} or R "
        f"{scores[label].recall:.3f} < {r}"
        for label, (p, r) in FLOORS[name].items()
        if scores[label].precision < p or scores[label].recall < r
    ]


def most_precise_keeping_recall(
    articles: list[GoldArticle], recall: float = 0.8
) -> CurvePoint | None:
    """The claims' curve point (thresholds in steps of 0.005) with the best precision among
    those keeping ``recall``, the higher threshold on a tie; None if none keeps it."""
    keeping = [
        p for p in curve(articles, "claim", [t / 200 for t in range(201)]) if p.recall >= recall
    ]
    return max(keeping, key=lambda p: (p.precision, p.threshold), default=None)


def errors(name: str, figures_by: FiguresBy = "span") -> None:
    """Each language's precision and recall, then every miss, false alarm and wrong value."""
    articles = imported_articles(SETS[name])
    for language in sorted({a.language[:2] for a in articles}):
        subset = [a for a in articles if a.language.startswith(language)]
        scores = score(subset, threshold=DEFAULT_THRESHOLD, figures_by=figures_by)
        for label in ("claim", "figure", "caption"):
            found = scores[label]
            print(
                f"{language} ({len(subset)} articles) {label}: gold {found.gold} found "
                f"{found.found} matched {found.matched} P {found.precision:.3f} "
                f"R {found.recall:.3f}"
            )
        dated = score(subset, include_dates=True, threshold=DEFAULT_THRESHOLD)["figure"]
        print(f"{language} figures with dates: P {dated.precision:.3f} R {dated.recall:.3f}")
        best = most_precise_keeping_recall(subset)
        if best is not None:
            print(
                f"{language} claims most precise point with R ≥ 0.80: P {best.precision:.3f} "
                f"R {best.recall:.3f} at ≥{best.threshold:.3f}"
            )
    scores = score(articles, threshold=DEFAULT_THRESHOLD, figures_by=figures_by)
    for label in ("figure", "caption", "claim"):
        for error in scores[label].misses:
            print(f"  {label} MISS", error)
        for error in scores[label].false_alarms:
            print(f"  {label} FA  ", error)
        for error in scores[label].wrong_values:
            print(f"  {label} VALUE", error)


if __name__ == "__main__":
    sys.exit(main())
