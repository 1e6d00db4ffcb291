"""Does a refit beat v8's claim weights on the fresh sets, out of fit? (issue 15, twelfth round)

    MARGINALIA_CORPUS=../shared/corpus MARGINALIA_SUGGEST_PAGES=… \
        .venv/bin/python -m tests.db.suggest.claims_refit > /work/scratch/r10/claims-refit.txt

Every fresh set (9 on, ``claims_oof.FRESH``: built blind by annotators new to the detectors) is
scored by weights fitted on every other set of ``claims_oof.load()`` (the development set, the
training pages and every held-out set measured, that set left out), for several fits: C, the
fresh sets' rows weighted up, each set given equal weight, only the fresh sets. v8's weights
(shipped until claims v8.6, ``claims_v8_weights.py``) are out of fit on sets 9 on already
(fitted on sets 0–8); claims v9 ships the plain refit (C 0.5, all sets). For each, over the
fresh sets pooled: the default's rule (ADR 0030, eleventh round: the threshold on the 0.01 grid
0.30–0.70 maximising min(P − 0.75, R − 0.80), the higher on a tie) with its margin, P and R; the
most precise threshold keeping R ≥ 0.80 on that grid; English and Chinese apart and each set at
the pooled pick; and a bootstrap over sets (the fresh sets drawn again with replacement) of the
difference against v8's weights in the margin and in the most precise P at R ≥ 0.80 (and over
the fresh sets' articles drawn again). A refit ships only if that difference is above the
bootstrap's noise. ``--rows`` caches the candidate rows (a pickle outside the repository): the
detectors then run once.
"""

from __future__ import annotations

import argparse
import pickle
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from marginalia.db.suggest import claims

from .claims_oof import FRESH, load
from .claims_v8_weights import V8_WEIGHTS
from .fit_claims import _gold_claims, rows

Array = NDArray[Any]

GRID = np.array([step / 100 for step in range(30, 71)])


class Data:
    """The candidate rows as arrays, with each row's set, article and language."""

    def __init__(self, path: Path | None) -> None:
        if path is not None and path.exists():
            cached = pickle.loads(path.read_bytes())
        else:
            articles, sets = load()
            data = rows(articles)
            cached = {
                "rows": data,
                "sets": sets,
                "gold": {a.id: _gold_claims(a) for a in articles},
                "language": {a.id: a.language[:2] for a in articles},
            }
            if path is not None:
                path.write_bytes(pickle.dumps(cached))
        data = cached["rows"]
        self.sets: dict[str, str] = cached["sets"]
        self.gold: dict[str, int] = cached["gold"]
        self.language: dict[str, str] = cached["language"]
        self.names = sorted({name for _, features, _ in data for name in features})
        column = {name: k for k, name in enumerate(self.names)}
        self.x = np.zeros((len(data), len(self.names)))
        for k, (_, features, _) in enumerate(data):
            for name, value in features.items():
                self.x[k, column[name]] = value
        self.y = np.array([label for _, _, label in data])
        self.ids = np.array([i for i, _, _ in data])
        self.set_of = np.array([self.sets[i] for i in self.ids])
        self.shipped = np.array([claims.probability(f, V8_WEIGHTS) for _, f, _ in data])

    def gold_of(self, members: Sequence[str], language: str = "") -> int:
        return sum(
            n
            for i, n in self.gold.items()
            if self.sets[i] in members and language in ("", self.language[i])
        )


def fit(data: Data, train: Array, c: float, weight: Array) -> Array:
    """The fitted logistic regression's (bias, weights) on the rows ``train`` (a mask)."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(data.x[train], data.y[train], sample_weight=weight[train])
    return np.concatenate([model.intercept_, model.coef_[0]])


def row_weights(data: Data, variant: str, held: str) -> Array:
    """Each row's weight in the fit without ``held`` for ``variant``."""
    weight = np.ones(len(data.y))
    fresh = np.isin(data.set_of, FRESH)
    if variant.startswith("fresh x"):
        weight[fresh] = float(variant.removeprefix("fresh x"))
    elif variant == "equal per set":
        # every set but the held one counts as much as any other, however many rows it has
        for name in set(data.set_of) - {held}:
            mask = data.set_of == name
            weight[mask] = len(data.y) / mask.sum()
        weight /= weight[data.set_of != held].mean()
    elif variant == "fresh only":
        weight[~fresh] = 0.0
    return weight


def out_of_fit(data: Data, c: float, variant: str) -> Array:
    """Each fresh set's rows scored by weights fitted on every other set (NaN elsewhere)."""
    scores = np.full(len(data.y), np.nan)
    for held in FRESH:
        weight = row_weights(data, variant, held)
        coefficients = fit(data, (data.set_of != held) & (weight > 0), c, weight)
        mask = data.set_of == held
        scores[mask] = 1 / (1 + np.exp(-(coefficients[0] + data.x[mask] @ coefficients[1:])))
    return scores


def counts(data: Data, scores: Array, mask: Array) -> tuple[Array, Array]:
    """Per threshold of the grid: claims found and sentences shown among ``mask``'s rows."""
    shown = scores[mask][:, None] >= GRID[None, :] - 1e-9
    return (shown * data.y[mask][:, None]).sum(0), shown.sum(0)


def curve(found: Array, shown: Array, gold: int) -> tuple[Array, Array]:
    precision = np.where(shown > 0, found / np.maximum(shown, 1), 1.0)
    return precision, found / max(1, gold)


def rule(precision: Array, recall: Array) -> tuple[int, float]:
    """The grid index the default's rule picks (the higher on a tie) and its margin."""
    margin = np.minimum(precision - 0.75, recall - 0.80)
    index = len(GRID) - 1 - int(np.argmax(margin[::-1]))
    return index, float(margin[index])


def most_precise(precision: Array, recall: Array) -> tuple[int | None, float]:
    """The grid index of the most precise threshold keeping R ≥ 0.80 (the higher on a tie)."""
    keeping = np.flatnonzero(recall >= 0.80)
    if not len(keeping):
        return None, float("nan")
    index = int(keeping[::-1][np.argmax(precision[keeping][::-1])])
    return index, float(precision[index])


def per_set(data: Data, scores: Array) -> dict[str, tuple[Array, Array, int]]:
    return {
        name: (*counts(data, scores, data.set_of == name), data.gold_of([name])) for name in FRESH
    }


def summary(data: Data, scores: Array, title: str) -> list[str]:
    pooled = np.isin(data.set_of, FRESH)
    precision, recall = curve(*counts(data, scores, pooled), data.gold_of(FRESH))
    pick, margin = rule(precision, recall)
    best, best_precision = most_precise(precision, recall)
    lines = [
        f"{title}: the rule picks {GRID[pick]:.2f} (P {precision[pick]:.3f} R {recall[pick]:.3f},"
        f" margin {margin:+.4f}); most precise at R >= 0.80: "
        + (
            "none"
            if best is None
            else f"{GRID[best]:.2f} (P {best_precision:.4f} R {recall[best]:.3f})"
        )
    ]
    for language in ("en", "zh"):
        mask = pooled & (np.array([data.language[i] for i in data.ids]) == language)
        p, r = curve(*counts(data, scores, mask), data.gold_of(FRESH, language))
        own, own_margin = rule(p, r)
        lines.append(
            f"    {language}: at {GRID[pick]:.2f} P {p[pick]:.3f} R {r[pick]:.3f}; its own rule "
            f"{GRID[own]:.2f} (P {p[own]:.3f} R {r[own]:.3f}, margin {own_margin:+.4f})"
        )
    cells: list[str] = []
    own_rules: list[str] = []
    for name, (found, shown, gold) in per_set(data, scores).items():
        p, r = curve(found, shown, gold)
        cells.append(f"{name} {p[pick]:.3f}/{r[pick]:.3f}")
        index, own_margin = rule(p, r)
        own_rules.append(f"{name} {GRID[index]:.2f} {own_margin:+.3f}")
    lines.append(f"    each set at {GRID[pick]:.2f}: " + ", ".join(cells))
    lines.append("    each set's own rule (threshold, margin): " + ", ".join(own_rules))
    return lines


def bootstrap(data: Data, scores: Array, draws: int = 2000) -> tuple[Array, Array, Array, Array]:
    """The margin and the most precise P at R ≥ 0.80 of ``scores`` and of v8's weights
    over the fresh sets drawn again with replacement (the same draws for both)."""
    ours, shipped = per_set(data, scores), per_set(data, data.shipped)
    rng = np.random.default_rng(12)
    result = np.zeros((4, draws))
    for k in range(draws):
        drawn = rng.integers(0, len(FRESH), len(FRESH))
        for row, table in ((0, ours), (2, shipped)):
            found = np.sum([table[FRESH[d]][0] for d in drawn], axis=0)
            shown = np.sum([table[FRESH[d]][1] for d in drawn], axis=0)
            gold = sum(table[FRESH[d]][2] for d in drawn)
            precision, recall = curve(found, shown, gold)
            result[row, k] = rule(precision, recall)[1]
            result[row + 1, k] = most_precise(precision, recall)[1]
    return result[0], result[1], result[2], result[3]


def bootstrap_articles(data: Data, scores: Array, draws: int = 1000) -> tuple[Array, Array]:
    """The difference against v8's weights in the margin and the most precise P at
    R ≥ 0.80 when the fresh sets' articles (not the sets) are drawn again with replacement."""
    ids = sorted(i for i in data.gold if data.sets[i] in FRESH)
    index = {i: k for k, i in enumerate(ids)}
    rows_of = np.array([index.get(i, -1) for i in data.ids])
    tables = []
    for table in (scores, data.shipped):
        shown = np.zeros((len(ids), len(GRID)))
        found = np.zeros((len(ids), len(GRID)))
        keep = rows_of >= 0
        above = table[keep][:, None] >= GRID[None, :] - 1e-9
        np.add.at(shown, rows_of[keep], above)
        np.add.at(found, rows_of[keep], above * data.y[keep][:, None])
        tables.append((found, shown))
    gold = np.array([data.gold[i] for i in ids])
    rng = np.random.default_rng(12)
    result = np.zeros((4, draws))
    for k in range(draws):
        drawn = rng.integers(0, len(ids), len(ids))
        for row, (found, shown) in zip((0, 2), tables, strict=True):
            precision, recall = curve(found[drawn].sum(0), shown[drawn].sum(0), gold[drawn].sum())
            result[row, k] = rule(precision, recall)[1]
            result[row + 1, k] = most_precise(precision, recall)[1]
    return result[0] - result[2], result[1] - result[3]


def difference(ours: Array, shipped: Array | float = 0.0) -> str:
    delta = ours - shipped
    delta = delta[~np.isnan(delta)]
    low, high = np.percentile(delta, [5, 95])
    return (
        f"mean {delta.mean():+.4f}, 90% interval [{low:+.4f}, {high:+.4f}], "
        f"> 0 in {100 * (delta > 0).mean():.0f}% of draws"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=Path, help="the candidate rows' cache (a pickle)")
    parser.add_argument("--c", type=float, nargs="*", default=[0.1, 0.5, 2.0])
    parser.add_argument(
        "--variants",
        nargs="*",
        default=["all sets", "fresh x2", "fresh x4", "equal per set", "fresh only"],
    )
    args = parser.parse_args()
    data = Data(args.rows)
    print(
        f"{len(data.gold)} articles, {len(data.y)} candidate sentences; fresh sets "
        f"{', '.join(FRESH)}: {data.gold_of(FRESH)} gold claims"
    )
    print(
        "\n".join(summary(data, data.shipped, "v8 weights (shipped to v8.6, fitted on sets 0-8)"))
    )
    for c in args.c:
        for variant in args.variants:
            if variant != "all sets" and c != 0.5:
                continue
            scores = out_of_fit(data, c, variant)
            print("\n".join(summary(data, scores, f"\nrefit, C {c}, {variant}")))
            margin, precision, shipped_margin, shipped_precision = bootstrap(data, scores)
            print("    over sets drawn again, against v8's weights:")
            print("      margin:                    " + difference(margin, shipped_margin))
            print("      most precise P at R>=0.80: " + difference(precision, shipped_precision))
            margin_delta, precision_delta = bootstrap_articles(data, scores)
            print("    over the fresh sets' articles drawn again, against v8's weights:")
            print("      margin:                    " + difference(margin_delta))
            print("      most precise P at R>=0.80: " + difference(precision_delta))


if __name__ == "__main__":
    main()
