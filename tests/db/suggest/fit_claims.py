"""Fit the claim detector's weights on the development, training and measured held-out gold sets
(each measured once before it joined them).

    MARGINALIA_CORPUS=../shared/corpus MARGINALIA_SUGGEST_PAGES=… \
        .venv/bin/python -m tests.db.suggest.fit_claims

Every candidate sentence of the 20 development articles, the 17 training pages and the pages of
the held-out sets measured (``sets.MEASURED_SETS``; 1 to 16, 311 pages, for claims v9) is
labelled by the gold (a claim if a gold claim overlaps it with IoU ≥ 0.5), a logistic regression
(scikit-learn, L2) is fitted on the features of ``db/suggest/claims.py`` (the sentence's own and
its context's), and the weights are printed as the ``WEIGHTS`` constant to paste there (with
``ARTICLE_PRIORS``, the shares an article's own are drawn towards: paste those first and fit
again). Leave-one-set-out cross-validation (each set scored by weights fitted without it) prints
the precision/recall to expect on an unseen set by another annotator, pooled and per set, and
the most precise threshold that keeps recall at 0.80 there, pooled and per language;
leave-one-article-out (skipped with ``--sets-only``) the same for unseen articles of the fitting
sets' kind. ``--leave-out heldout10`` reproduces the fit without a set (the figures before it
joined).
"""

from __future__ import annotations

import argparse
import json
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from marginalia.db.suggest import DEFAULT_THRESHOLD
from marginalia.db.suggest.captions import find_captions
from marginalia.db.suggest.claims import ARTICLE_FEATURES, claim_candidates
from marginalia.db.suggest.claims_lexicon import (
    MIN_SENTENCES,
    MIN_SETS,
    TOKEN_VALUE,
    lexical_tokens,
)
from marginalia.db.suggest.figures import find_figures

from .gold import GoldArticle, gold_articles, iou
from .imported import imported_articles, missing_pages
from .sets import MEASURED_SETS, TRAIN

Row = tuple[str, dict[str, float], int]  # article id, features, label


def rows(articles: Sequence[GoldArticle], lexical: bool = False) -> list[Row]:
    """Each candidate sentence's features and label; with ``lexical`` its tokens as features
    ``lex:<token>`` of value ``TOKEN_VALUE`` in place of the shipped ``lexical`` score."""
    result = []
    for article in articles:
        figures = find_figures(article.text)
        # The captions as suggest() finds them: with the import's own (an HTML <figcaption>),
        # the images' alt texts and the title
        found = find_captions(
            article.text, article.images, article.image_captions, article.image_alts, article.title
        )
        captions = [(c.start, c.end) for c in found]
        gold = [(s["start"], s["end"]) for s in article.spans if s["label"] == "claim"]
        for start, end, features in claim_candidates(
            article.text, figures, captions, article.title
        ):
            if any(low <= start and end <= high for low, high in article.exclude):
                continue
            label = int(any(iou((start, end), g) >= 0.5 for g in gold))
            if lexical:
                features = {n: v for n, v in features.items() if n != "lexical"}
                tokens = lexical_tokens(article.text[start:end])
                features.update({f"lex:{t}": TOKEN_VALUE for t in tokens})
            result.append((article.id, features, label))
    return result


def fit(train: Sequence[Row], names: Sequence[str], c: float) -> dict[str, float]:
    from sklearn.linear_model import LogisticRegression

    y = [label for _, _, label in train]
    model = LogisticRegression(C=c, max_iter=2000)
    if any(name.startswith("lex:") for name in names):
        model.fit(_sparse(train, names), y)
    else:
        x = [[features.get(name, 0.0) for name in names] for _, features, _ in train]
        model.fit(x, y)
    weights = {"bias": float(model.intercept_[0])}
    weights.update({name: float(w) for name, w in zip(names, model.coef_[0], strict=True)})
    return weights


def _sparse(data: Sequence[Row], names: Sequence[str]) -> object:
    """The rows as a sparse matrix over ``names`` (the lexical fit's thousands of tokens)."""
    from scipy import sparse

    column = {name: k for k, name in enumerate(names)}
    cells = [
        (r, column[name], value)
        for r, (_, features, _) in enumerate(data)
        for name, value in features.items()
        if name in column
    ]
    return sparse.csr_matrix(
        ([v for _, _, v in cells], ([r for r, _, _ in cells], [k for _, k, _ in cells])),
        shape=(len(data), len(names)),
    )


def vocabulary(data: Sequence[Row], sets: dict[str, str]) -> list[str]:
    """The ``lex:`` tokens of ``data`` in at least ``MIN_SETS`` sets and ``MIN_SENTENCES``
    rows: the lexical part's vocabulary (claims_lexicon.py)."""
    count: dict[str, int] = {}
    seen: dict[str, set[str]] = {}
    for article, features, _ in data:
        for name in features:
            if name.startswith("lex:"):
                count[name] = count.get(name, 0) + 1
                seen.setdefault(name, set()).add(sets[article])
    return sorted(
        name for name, n in count.items() if n >= MIN_SENTENCES and len(seen[name]) >= MIN_SETS
    )


def fit_names(data: Sequence[Row], sets: dict[str, str], drop: Sequence[str] = ()) -> list[str]:
    """The features a fit on ``data`` reads: the hand features, and the lexical vocabulary."""
    hand = {n for _, features, _ in data for n in features if not n.startswith("lex:")}
    return sorted(hand - set(drop)) + vocabulary(data, sets)


def probability(features: dict[str, float], weights: dict[str, float]) -> float:
    score = weights["bias"] + sum(weights.get(n, 0.0) * v for n, v in features.items())
    return 1 / (1 + math.exp(-score))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="*", default=[0.2, 0.5, 1.0], help="CV's C")
    parser.add_argument("--final-c", type=float, default=0.5, help="C of the printed weights")
    parser.add_argument(
        "--sets-only", action="store_true", help="only leave-one-set-out, then the weights"
    )
    parser.add_argument("--leave-out", nargs="*", default=[], help="sets not read (e.g. heldout8)")
    parser.add_argument(
        "--lexical", action="store_true", help="the tokens as features (claims v12, shipped)"
    )
    parser.add_argument("--write-lexicon", help="write the fitted token weights to this file")
    args = parser.parse_args()
    articles = gold_articles()
    # Every held-out set measured once (docs/suggest-gold.md) became fitting data; a set not
    # measured yet is never read (tests/db/suggest/sets.py, NOT_MEASURED).
    sets = {a.id: "development" for a in articles}
    folders = (TRAIN, *MEASURED_SETS.values())
    for folder in folders:
        if folder.name.removeprefix("suggest_gold_") in args.leave_out:
            print(f"{folder.name} left out (--leave-out)")
        elif missing := missing_pages(folder):
            print(f"pages of {folder.name} not installed ({len(missing)}): left out")
        else:
            # The set is part of the id: held-out 7 and 9 both have a page fd-bbc, and with one
            # id the two pages' rows were scored in one set and one page's claims not counted
            imported = [replace(a, id=f"{folder.name}/{a.id}") for a in imported_articles(folder)]
            sets.update({a.id: folder.name for a in imported})
            articles += imported
    data = rows(articles, args.lexical)
    # The vocabulary of all sets: the leave-one-out fits below read it too (only which tokens
    # are common, no label; claims_oof.py --lexical chooses it again without each set)
    names = fit_names(data, sets)
    gold = {a.id: _gold_claims(a) for a in articles}
    print(f"{len(articles)} articles, {len(data)} candidate sentences, {sum(gold.values())} claims")
    ids = sorted(gold)
    chinese_english = {a.id for a in articles if a.language in ("en", "zh-Hans", "zh-Hant")}
    print("\nleave-one-set-out (each set scored by weights fitted without it):")
    languages = {a.id: a.language[:2] for a in articles}
    for c in args.c:
        _leave_one_set_out(data, names, gold, sets, languages, c)
    for c in [] if args.sets_only else args.c:
        predictions: list[tuple[float, int, str]] = []
        for held in ids:
            weights = fit([r for r in data if r[0] != held], names, c)
            predictions += [(probability(f, weights), y, i) for i, f, y in data if i == held]
        print(f"C={c}: leave-one-article-out (all | Chinese and English articles)")
        keeping = 0.0
        for step in range(8, 29):
            threshold = step / 40
            cells = []
            for subset in (ids, chinese_english):
                found = [y for p, y, i in predictions if p >= threshold and i in subset]
                total = sum(n for i, n in gold.items() if i in subset)
                precision = sum(found) / len(found) if found else 1.0
                cells.append(f"P {precision:.3f} R {sum(found) / total:.3f}")
                if subset is chinese_english and sum(found) / total >= 0.80:
                    keeping = threshold
            print(f"  ≥{threshold:.3f}: " + "  |  ".join(cells))
        print(f"  highest threshold keeping recall ≥ 0.80 (Chinese and English): {keeping:.3f}")
    print("\nARTICLE_PRIORS (the share of all candidate sentences with each feature):")
    for name in ARTICLE_FEATURES:
        share = sum(1 for _, features, _ in data if name in features) / len(data)
        print(f'        "{name}": {share:.4f},')
    weights = fit(data, names, args.final_c)
    lexicon = {n[4:]: w * TOKEN_VALUE for n, w in weights.items() if n.startswith("lex:")}
    if args.lexical:
        weights = {n: w for n, w in weights.items() if not n.startswith("lex:")}
        weights["lexical"] = 1.0
    print(f"\nWEIGHTS (C={args.final_c}, all {len(articles)} articles):")
    for name, value in sorted(weights.items(), key=lambda item: -abs(item[1])):
        print(f'        "{name}": {value:.3f},')
    if args.write_lexicon:
        _write_lexicon(args.write_lexicon, lexicon, len(articles))


def _write_lexicon(path: str, lexicon: dict[str, float], articles: int) -> None:
    """``claims_lexicon_weights.py``: the fitted tokens' weights times ``TOKEN_VALUE``, rounded
    to 0.001 (a token rounded to 0 is left out), four to a line, fewer where four would pass
    the line length (100; claims v12.10's `w:investigations`)."""
    entries = [
        f"{json.dumps(t, ensure_ascii=False)}: {w:.3f},"
        for t, w in sorted(lexicon.items())
        if round(w, 3)
    ]
    lines: list[list[str]] = []
    for entry in entries:
        if lines and len(lines[-1]) < 4 and _width("    " + " ".join([*lines[-1], entry])) <= 100:
            lines[-1].append(entry)
        else:
            lines.append([entry])
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '"""Generated by ``python -m tests.db.suggest.fit_claims --lexical --write-lexicon`` '
            f"on {articles} articles\n(claims_lexicon.py; ADR 0132). Not edited by hand.\n"
            '"""\n\nfrom __future__ import annotations\n\nfrom typing import Final\n\n'
            "#: token -> fitted weight x claims_lexicon.TOKEN_VALUE\n"
            "LEXICON: Final[dict[str, float]] = {\n"
            + "".join(f"    {' '.join(line)}\n" for line in lines)
            + "}  # fmt: skip\n"
        )


def _width(line: str) -> int:
    """The line's width as ruff measures it (a wide or full-width character counts two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _leave_one_set_out(
    data: Sequence[Row],
    names: Sequence[str],
    gold: dict[str, int],
    sets: dict[str, str],
    languages: dict[str, str],
    c: float,
) -> None:
    predictions: list[tuple[float, int, str]] = []
    for held in sorted(set(sets.values())):
        weights = fit([r for r in data if sets[r[0]] != held], names, c)
        predictions += [(probability(f, weights), y, i) for i, f, y in data if sets[i] == held]
    total = sum(gold.values())
    print(f"C={c}: all sets pooled, then per set at 0.35, the default and 0.50")
    best = (0.0, 0.0, 0.0)
    for step in range(8, 29):
        threshold = step / 40
        found = [y for p, y, _ in predictions if p >= threshold]
        precision = sum(found) / len(found) if found else 1.0
        recall = sum(found) / total
        if recall >= 0.80 and precision > best[0]:
            best = (precision, recall, threshold)
        print(f"  ≥{threshold:.3f}: P {precision:.3f} R {recall:.3f}")
    print(f"  most precise with R ≥ 0.80: P {best[0]:.3f} R {best[1]:.3f} at {best[2]:.3f}")
    for language in ("en", "zh"):
        subset = [(p, y) for p, y, i in predictions if languages[i] == language]
        count = sum(n for i, n in gold.items() if languages[i] == language)
        point = _most_precise(subset, count)
        shown = [y for p, y in subset if p >= DEFAULT_THRESHOLD]
        print(
            f"  {language}: most precise with R ≥ 0.80 (0.005 steps): P {point[0]:.4f} "
            f"R {point[1]:.3f} at {point[2]:.3f}; at the default {DEFAULT_THRESHOLD}: "
            f"P {sum(shown) / max(1, len(shown)):.3f} R {sum(shown) / max(1, count):.3f}"
        )
    point = _most_precise([(p, y) for p, y, _ in predictions], total)
    print(
        f"  all: most precise with R ≥ 0.80 (0.005 steps): P {point[0]:.4f} R {point[1]:.3f} "
        f"at {point[2]:.3f}"
    )
    for held in sorted(set(sets.values())):
        cells = []
        for threshold in (0.35, DEFAULT_THRESHOLD, 0.5):
            found = [y for p, y, i in predictions if p >= threshold and sets[i] == held]
            count = sum(n for i, n in gold.items() if sets[i] == held)
            precision = sum(found) / len(found) if found else 1.0
            cells.append(f"≥{threshold}: P {precision:.3f} R {sum(found) / max(1, count):.3f}")
        print(f"  {held}: " + "  ".join(cells))


def _most_precise(predictions: Sequence[tuple[float, int]], gold: int) -> tuple[float, ...]:
    """(precision, recall, threshold) of the most precise threshold in steps of 0.005 that
    keeps recall ≥ 0.80, the higher threshold on a tie (bench/suggest_heldout.py's rule)."""
    best = (0.0, 0.0, 0.0)
    for step in range(201):
        threshold = step / 200
        found = [y for p, y in predictions if p >= threshold]
        precision = sum(found) / len(found) if found else 1.0
        recall = sum(found) / max(1, gold)
        if recall >= 0.80 and (precision, threshold) >= best[::2]:
            best = (precision, recall, threshold)
    return best


def _gold_claims(article: GoldArticle) -> int:
    return sum(
        1
        for s in article.spans
        if s["label"] == "claim"
        and not any(low <= s["start"] and s["end"] <= high for low, high in article.exclude)
    )


if __name__ == "__main__":
    main()
