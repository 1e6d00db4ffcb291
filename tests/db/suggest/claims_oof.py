"""Out-of-fit claim scores for every set, and the default threshold each pool of sets gives.

    MARGINALIA_CORPUS=../shared/corpus MARGINALIA_SUGGEST_PAGES=… \
        .venv/bin/python -m tests.db.suggest.claims_oof > /work/scratch/r9/claims-oof.txt

Each of the development set (set 0), the training pages and every held-out set measured
(``sets.MEASURED_SETS``; a set not measured yet is never read) is scored by weights fitted on
all the others exactly as ``fit_claims.py`` fits the shipped ones (L2 logistic regression, C
0.5, the same rows). Then, for six pools — (a) all sets, (b) the blind sets from 5 on, (c) sets
9–12 (rules 2.1–2.3), (d) sets 11–12 (rules 2.3 only), (e) sets 9–13, (f) every set from 9 on
(built blind by fresh annotators) — the pooled, English and Chinese precision and recall at each
threshold 0.300 to 0.700 in steps of 0.025, the most precise threshold keeping recall ≥ 0.80 and
the one that maximises min(P − 0.75, R − 0.80); and each set's own point from set 5 on at those
thresholds, and the default's rule (ADR 0030, eleventh round: max min(P − 0.75, R − 0.80) on the
0.01 grid) over (f): since claims v9 (refitted on sets 0–16) the rule reads these
leave-one-set-out scores. Last, v8's weights (shipped until claims v8.6, fitted on sets 0–8,
``claims_v8_weights.py``) on the sets from 9 on, which they never saw, and the rule there;
``--shipped-only`` prints only that. ``--fit-on`` and ``--blind-weight`` change the fit: the
summary's lines are what a change is judged by.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import replace

from marginalia.db.suggest import claims

from .claims_v8_weights import V8_WEIGHTS
from .fit_claims import Row, _gold_claims, fit, fit_names, probability, rows
from .gold import GoldArticle, gold_articles
from .imported import imported_articles, missing_pages
from .sets import MEASURED_SETS, TRAIN

# Set 0 is the development set, "train" the training pages, "1" … the held-out sets measured.
FOLDERS = {"train": TRAIN, **MEASURED_SETS}
BLIND = [name for name in MEASURED_SETS if int(name) >= 5]
#: the sets built blind by fresh annotators since set 9, each measured once: the default's rule
#: reads their pool (ADR 0030, eleventh round)
FRESH = [name for name in MEASURED_SETS if int(name) >= 9]
FRESH_POOL = f"(f) sets 9-{FRESH[-1]}"
POOLS = {
    "(a) all sets": ["0", "train", *MEASURED_SETS],
    f"(b) blind sets 5-{BLIND[-1]}": BLIND,
    "(c) sets 9-12": ["9", "10", "11", "12"],
    "(d) sets 11-12": ["11", "12"],
    "(e) sets 9-13": ["9", "10", "11", "12", "13"],
    FRESH_POOL: FRESH,
}
GRID = [0.3 + step * 0.025 for step in range(17)]

Scored = tuple[float, int, str]  # probability, label, article id


def load() -> tuple[list[GoldArticle], dict[str, str]]:
    """Every article of set 0, the measured held-out sets and training, and the set each
    belongs to."""
    articles = gold_articles()
    sets = {a.id: "0" for a in articles}
    for name, folder in FOLDERS.items():
        if missing := missing_pages(folder):
            raise SystemExit(f"pages of {folder.name} not installed ({len(missing)})")
        # Two sets may hold pages with one name (held-out 7 and 9 both have fd-bbc): the set
        # is part of the id, or one page's rows would be scored in the other's set
        imported = [replace(a, id=f"{name}/{a.id}") for a in imported_articles(folder)]
        sets.update({a.id: name for a in imported})
        articles += imported
    return articles, sets


def out_of_fit(
    data: Sequence[Row],
    sets: dict[str, str],
    c: float = 0.5,
    fit_on: Sequence[str] | None = None,
    blind_weight: int = 1,
    drop: Sequence[str] = (),
) -> list[Scored]:
    """Each set's rows scored by weights fitted on the others' (only ``fit_on``'s if given;
    the blind sets' rows repeated ``blind_weight`` times). Rows with ``lex:`` tokens
    (``rows(…, lexical=True)``) are fitted on the vocabulary of the other sets only."""
    names = sorted({name for _, features, _ in data for name in features} - set(drop))
    lexical = any(name.startswith("lex:") for name in names)
    scored: list[Scored] = []
    for held in sorted(set(sets.values())):
        train = [
            r
            for r in data
            if sets[r[0]] != held and (fit_on is None or sets[r[0]] in fit_on)
            for _ in range(blind_weight if sets[r[0]] in BLIND else 1)
        ]
        weights = fit(train, fit_names(train, sets, drop) if lexical else names, c)
        scored += [(probability(f, weights), y, i) for i, f, y in data if sets[i] == held]
    return scored


def point(scored: Sequence[Scored], gold: int, threshold: float) -> tuple[float, float]:
    found = [y for p, y, _ in scored if p >= threshold - 1e-9]
    return (sum(found) / len(found) if found else 1.0, sum(found) / max(1, gold))


def choose(scored: Sequence[Scored], gold: int) -> tuple[float | None, float]:
    """The grid's most precise threshold keeping recall ≥ 0.80 (the higher on a tie; None if
    no threshold of the grid keeps it), and the one maximising min(P − 0.75, R − 0.80)."""
    best: tuple[float, float | None] = (-1.0, None)
    margin = (-9.0, 0.0)
    for threshold in GRID:
        precision, recall = point(scored, gold, threshold)
        if recall >= 0.80 and precision >= best[0]:
            best = (precision, threshold)
        if min(precision - 0.75, recall - 0.80) >= margin[0]:
            margin = (min(precision - 0.75, recall - 0.80), threshold)
    return best[1], margin[1]


def report(
    scored: Sequence[Scored],
    articles: Sequence[GoldArticle],
    sets: dict[str, str],
    pools: dict[str, list[str]] = POOLS,
    fresh: Sequence[str] = BLIND,
    prospective: bool = True,
) -> str:
    gold = {a.id: _gold_claims(a) for a in articles}
    language = {a.id: a.language[:2] for a in articles}

    def pool_of(members: Sequence[str], key: str = "pooled") -> tuple[list[Scored], int]:
        def within(i: str) -> bool:
            return sets[i] in members and key in ("pooled", language[i])

        return [s for s in scored if within(s[2])], sum(n for i, n in gold.items() if within(i))

    summary, lines = [], []
    chosen: dict[str, tuple[float, float]] = {}
    for pool, members in pools.items():
        subsets = {key: pool_of(members, key) for key in ("pooled", "en", "zh")}
        lines.append(
            f"\n{pool}: {subsets['pooled'][1]} gold claims (en {subsets['en'][1]}, "
            f"zh {subsets['zh'][1]})"
        )
        lines.append("  threshold   pooled P / R    English P / R   Chinese P / R")
        for threshold in GRID:
            cells = [point(*subsets[key], threshold) for key in subsets]
            lines.append(
                f"  {threshold:.3f}      " + "   ".join(f"{p:.3f} / {r:.3f}" for p, r in cells)
            )
        best, margin = choose(*subsets["pooled"])
        best = GRID[0] if best is None else best
        chosen[pool] = (best, margin)
        p, r = point(*subsets["pooled"], best)
        mp, mr = point(*subsets["pooled"], margin)
        lines.append(f"  most precise with R >= 0.80: {best:.3f} (P {p:.3f} R {r:.3f})")
        lines.append(f"  max min(P-0.75, R-0.80):     {margin:.3f} (P {mp:.3f} R {mr:.3f})")
        summary.append(
            f"{pool}: most precise at R >= 0.80 P {p:.4f} R {r:.3f} at {best:.3f}; "
            f"max-min at {margin:.3f} (P {mp:.3f} R {mr:.3f})"
        )
    lines.append("\nEach fresh set's own point (P / R) at its pools' thresholds:")
    thresholds = sorted({t for pair in chosen.values() for t in pair})
    lines.append(
        "  set"
        + "".join(f"     at {t:.3f}" for t in thresholds)
        + "    own most precise, R >= 0.80"
    )
    for held in fresh:
        cells = [point(*pool_of([held]), t) for t in thresholds]
        own, _ = choose(*pool_of([held]))
        mine = (
            "none on the grid"
            if own is None
            else f"{own:.3f} (%.3f / %.3f)" % point(*pool_of([held]), own)
        )
        lines.append(
            f"  {held:>3}" + "".join(f"  {p:.3f} / {r:.3f}" for p, r in cells) + f"    {mine}"
        )
    for pool, (best, margin) in chosen.items():
        lines.append(f"  {pool}: {best:.3f} (most precise at R >= 0.80), {margin:.3f} (max-min)")
    if not prospective:
        return "\n".join(["Summary:", *summary, *lines])
    lines.append(
        "\nEach rule applied as it would have been: set k's own point at the threshold its pool "
        "chose from the sets before k only (most precise at R >= 0.80 | max-min)"
    )
    order = ["0", "train", *MEASURED_SETS]
    for pool, members in pools.items():
        lines.append(f"  {pool}:")
        tally = [[0, 0, 0], [0, 0, 0]]  # sets 9 on: claims found, shown, gold per rule
        scoring: list[str] = []
        for k in (int(name) for name in MEASURED_SETS if int(name) >= 6):
            before = [m for m in members if order.index(m) < order.index(str(k))]
            if not before:
                continue
            best, margin = choose(*pool_of(before))
            best = GRID[0] if best is None else best
            cells = [point(*pool_of([str(k)]), t) for t in (best, margin)]
            for counts, threshold in zip(tally, (best, margin), strict=True):
                found = [y for p, y, _ in pool_of([str(k)])[0] if p >= threshold - 1e-9]
                if k >= 9:
                    scoring += [] if str(k) in scoring else [str(k)]
                    counts[0] += sum(found)
                    counts[1] += len(found)
                    counts[2] += pool_of([str(k)])[1]
            lines.append(
                f"    set {k:>2}: {best:.3f} -> P {cells[0][0]:.3f} R {cells[0][1]:.3f}   |   "
                f"{margin:.3f} -> P {cells[1][0]:.3f} R {cells[1][1]:.3f}"
            )
        if tally[0][2]:
            lines.append(
                f"    sets {', '.join(scoring)} pooled, each at its threshold: "
                + "   |   ".join(f"P {f / max(1, n):.3f} R {f / g:.3f}" for f, n, g in tally)
            )
    return "\n".join(["Summary:", *summary, *lines])


def bootstrap(
    scored: Sequence[Scored],
    articles: Sequence[GoldArticle],
    sets: dict[str, str],
    members: Sequence[str],
    draws: int = 1000,
) -> str:
    """How often each threshold is the pool's most precise at R ≥ 0.80 when its articles are
    drawn again with replacement (the spread from the pool's size alone; a new set by new
    annotators scatters more)."""
    import numpy as np

    ids = sorted(a.id for a in articles if sets[a.id] in members)
    index = {i: k for k, i in enumerate(ids)}
    grid = np.array(GRID) - 1e-9
    shown, found = np.zeros((len(ids), len(GRID))), np.zeros((len(ids), len(GRID)))
    for p, y, i in scored:
        if i in index:
            shown[index[i]] += p >= grid
            found[index[i]] += (p >= grid) * y
    gold = np.array([_gold_claims(a) for a in articles if a.id in index])
    gold = gold[np.argsort([a.id for a in articles if a.id in index])]
    picks: dict[str, int] = {}
    rng = np.random.default_rng(0)
    for _ in range(draws):
        draw = rng.integers(0, len(ids), len(ids))
        hits, count = found[draw].sum(0), shown[draw].sum(0)
        precision = np.where(count > 0, hits / np.maximum(count, 1), 1.0)
        keeping = np.flatnonzero(hits / gold[draw].sum() >= 0.80)[::-1]
        key = f"{GRID[keeping[np.argmax(precision[keeping])]]:.3f}" if len(keeping) else "none"
        picks[key] = picks.get(key, 0) + 1
    return f"{len(ids)} articles: " + ", ".join(
        f"{key} {100 * n / draws:.0f}%" for key, n in sorted(picks.items())
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=0.5, help="the fit's C (shipped: 0.5)")
    parser.add_argument("--fit-on", nargs="*", help="fit only on these sets (e.g. 5 6 … 12)")
    parser.add_argument("--blind-weight", type=int, default=1, help="blind sets' rows × N")
    parser.add_argument("--drop", nargs="*", default=[], help="features left out of the fit")
    parser.add_argument(
        "--lexical",
        action="store_true",
        help="the lexical part too (claims v12): each fold's vocabulary from its training sets; "
        "without it the shipped lexicon's score (fitted on every set) is left out",
    )
    parser.add_argument(
        "--shipped-only", action="store_true", help="only v8's weights on the sets from 9 on"
    )
    args = parser.parse_args()
    articles, sets = load()
    data = rows(articles, args.lexical)
    if not args.lexical:
        # claims v12's ``lexical`` score was fitted on every set: never out of fit
        data = [(i, {n: v for n, v in f.items() if n != "lexical"}, y) for i, f, y in data]
    if args.shipped_only:
        print(shipped_report(articles, sets, data))
        return
    scored = out_of_fit(data, sets, args.c, args.fit_on, args.blind_weight, args.drop)
    print(
        f"{len(articles)} articles, {len(data)} candidate sentences; C {args.c}, fit on "
        f"{args.fit_on or 'all other sets'}, blind x{args.blind_weight}, dropped {args.drop}"
        + (", lexical part" if args.lexical else "")
    )
    print(report(scored, articles, sets))
    fresh = [s for s in scored if sets[s[2]] in FRESH]
    gold = sum(_gold_claims(a) for a in articles if sets[a.id] in FRESH)
    threshold, precision, recall = default_rule(fresh, gold)
    print(
        f"\nThe default's rule (max min(P-0.75, R-0.80) on the 0.01 grid) over {FRESH_POOL}, "
        f"out of fit: {threshold:.2f} (P {precision:.3f} R {recall:.3f})"
    )
    print("\nThe pools' most precise threshold at R >= 0.80 over 1000 draws of their articles:")
    for pool in list(POOLS)[1:]:
        print(f"  {pool}: " + bootstrap(scored, articles, sets, POOLS[pool]))
    if args.c == 0.5 and not (args.fit_on or args.drop or args.lexical) and args.blind_weight == 1:
        print(shipped_report(articles, sets, data))


def default_rule(scored: Sequence[Scored], gold: int) -> tuple[float, float, float]:
    """The default's rule (ADR 0030, eleventh round): the threshold on the preferences' 0.01
    grid 0.30–0.70 maximising min(P − 0.75, R − 0.80), the higher on a tie; with its P and R."""
    best = (-9.0, 0.0, 0.0, 0.0)
    for step in range(30, 71):
        precision, recall = point(scored, gold, step / 100)
        best = max(best, (min(precision - 0.75, recall - 0.80), step / 100, precision, recall))
    return best[1], best[2], best[3]


def shipped_report(
    articles: Sequence[GoldArticle], sets: dict[str, str], data: Sequence[Row]
) -> str:
    """v8's weights on the sets they never saw (9 on) and the default's rule there."""
    shipped = [(claims.probability(f, V8_WEIGHTS), y, i) for i, f, y in data]
    fresh = POOLS[FRESH_POOL]
    gold = sum(_gold_claims(a) for a in articles if sets[a.id] in fresh)
    threshold, precision, recall = default_rule([s for s in shipped if sets[s[2]] in fresh], gold)
    return "\n".join(
        [
            "\n\nv8's weights (shipped until claims v8.6, fitted on sets 0-8) on the sets they "
            f"never saw, 9-{FRESH[-1]} (the reader's default was chosen on these until claims v9):",
            report(
                shipped,
                articles,
                sets,
                {f"sets 9-{FRESH[-1]}, v8's weights": fresh},
                fresh,
                False,
            ),
            "  over 1000 draws: " + bootstrap(shipped, articles, sets, fresh),
            f"  the default's rule (max min(P-0.75, R-0.80) on the 0.01 grid) over sets "
            f"9-{FRESH[-1]}: "
            f"{threshold:.2f} (P {precision:.3f} R {recall:.3f})",
        ]
    )


if __name__ == "__main__":
    main()
