"""Agreement figures against independent references.

Cohen's kappa is checked against scikit-learn and Krippendorff's alpha against the
``krippendorff`` package, both on per-character label sequences that this module builds
naively (one Python set per character), not with the library's boundary walk. The
unitizing alpha is checked against published worked examples and against a brute-force
transcription of Krippendorff's definition (every pair of segments, every unit against
every gap).
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import warnings
from fractions import Fraction
from itertools import combinations
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score

from marginalia.db.agreement import OVERALL, AgreementReport, Span, agreement
from marginalia.db.agreement.measures import UnitizingTally, joint_unitizing_alpha

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("MARGINALIA_CORPUS", REPO / ".." / "shared" / "corpus"))

NAMES = ("ann", "bob", "cy")
LABELS = ("claim", "figure", "quote")

Study = tuple[list[Span], dict[int, int], dict[int, set[str]]]


# --- naive per-character references ---------------------------------------------------


def coders_of(study: Study) -> dict[int, set[str]]:
    spans, _, coders = study
    found = {article: set(names) for article, names in coders.items()}
    for span in spans:
        found.setdefault(span.article_id, set()).add(span.annotator)
    return found


def char_labels(spans: list[Span], article: int, annotator: str, length: int) -> list[set[str]]:
    chars: list[set[str]] = [set() for _ in range(length)]
    for span in spans:
        if span.article_id == article and span.annotator == annotator:
            for i in range(span.start, span.end):
                chars[i].add(span.label)
    return chars


def category(labels: set[str], label: str) -> str:
    """The per-character value: the set of labels overall, in/out for one label."""
    if label == OVERALL:
        return "+".join(sorted(labels))
    return "in" if label in labels else "out"


def reference_kappa(study: Study, pair: tuple[str, str], label: str) -> float | None:
    spans, lengths, _ = study
    first: list[str] = []
    second: list[str] = []
    for article, names in coders_of(study).items():
        if pair[0] in names and pair[1] in names:
            length = lengths[article]
            first += [category(c, label) for c in char_labels(spans, article, pair[0], length)]
            second += [category(c, label) for c in char_labels(spans, article, pair[1], length)]
    if not first:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = float(cohen_kappa_score(first, second))
    return None if math.isnan(value) else value


def reference_alpha(study: Study, annotators: tuple[str, ...], label: str) -> float | None:
    """Reliability data: one row per annotator, one column per character, NaN = not coded."""
    spans, lengths, _ = study
    columns: list[list[str | None]] = []
    for article, names in sorted(coders_of(study).items()):
        per_coder = [
            char_labels(spans, article, name, lengths[article]) if name in names else None
            for name in annotators
        ]
        for i in range(lengths[article]):
            columns.append([None if c is None else category(c[i], label) for c in per_coder])
    codes: dict[str, int] = {}
    data = np.full((len(annotators), len(columns)), np.nan)
    for j, column in enumerate(columns):
        for i, value in enumerate(column):
            if value is not None:
                data[i, j] = codes.setdefault(value, len(codes))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            alpha = float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
    except ValueError:  # the package refuses a single value or no pairable unit
        return None
    return None if math.isnan(alpha) else alpha


# --- brute-force unitizing alpha, transcribed from Krippendorff (2004) -------------------


def distance(b1: int, l1: int, w1: bool, b2: int, l2: int, w2: bool) -> int:
    """δ²(ig, jh) with begin b, length l and w = 1 for a unit, 0 for a gap."""
    if w1 and w2 and b1 - l2 < b2 < b1 + l1:
        return (b1 - b2) ** 2 + (b1 + l1 - b2 - l2) ** 2
    if w1 and not w2 and l2 >= l1 and b2 <= b1 and b1 + l1 <= b2 + l2:
        return l1**2
    if not w1 and w2 and l1 >= l2 and b1 <= b2 and b2 + l2 <= b1 + l1:
        return l2**2
    return 0


def sections(length: int, units: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(begin, length, is_unit) for units and the gaps around them, by scanning characters."""
    starts = {start: end for start, end in units}
    out, position, gap_start = [], 0, 0
    while position < length:
        if position in starts:
            if gap_start < position:
                out.append((gap_start, position - gap_start, False))
            out.append((position, starts[position] - position, True))
            position = gap_start = starts[position]
        else:
            position += 1
    if gap_start < length:
        out.append((gap_start, length - gap_start, False))
    return out


def brute_unitizing(
    articles: list[tuple[int, list[list[tuple[int, int]]]]],
) -> tuple[Fraction, Fraction]:
    m = len(articles[0][1])
    total = sum(length for length, _ in articles)
    observed = 0
    units: list[int] = []
    gaps: list[int] = []
    for length, per_coder in articles:
        cut = [sections(length, units_of_coder) for units_of_coder in per_coder]
        for i in range(m):
            for j in range(m):
                if i != j:
                    observed += sum(distance(*g, *h) for g in cut[i] for h in cut[j])
        for coder in cut:
            units += [section[1] for section in coder if section[2]]
            gaps += [section[1] for section in coder if not section[2]]
    count = len(units)
    expected = sum(
        Fraction((count - 1) * (2 * u**3 - 3 * u**2 + u), 3)
        + u**2 * sum(g - u + 1 for g in gaps if g >= u)
        for u in units
    )
    pairable = m * total * (m * total - 1) - sum(u * (u - 1) for u in units)
    return (
        Fraction(observed, m * (m - 1) * total**2),
        Fraction(2, total) * expected / pairable,
    )


def merged(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(set(intervals)):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def unitizing_parts(
    study: Study, annotators: tuple[str, ...], label: str
) -> tuple[Fraction, Fraction] | None:
    spans, lengths, _ = study
    articles = []
    for article, names in sorted(coders_of(study).items()):
        if set(annotators) <= names:
            per_coder = [
                merged(
                    [
                        (s.start, s.end)
                        for s in spans
                        if s.article_id == article
                        and s.annotator == name
                        and s.label == label
                        and s.start < s.end
                    ]
                )
                for name in annotators
            ]
            articles.append((lengths[article], per_coder))
    if not articles or not any(any(units) for _, units in articles):
        return None
    return brute_unitizing(articles)


def reference_unitizing(study: Study, annotators: tuple[str, ...], label: str) -> float | None:
    """uα of one label, or for OVERALL 1 - sum of uD_o / sum of uD_e over the labels."""
    if len(annotators) < 2:
        return None
    labels = sorted({s.label for s in study[0]}) if label == OVERALL else [label]
    observed = expected = Fraction()
    for name in labels:
        parts = unitizing_parts(study, annotators, name)
        if parts is not None:
            observed += parts[0]
            expected += parts[1]
    return None if expected == 0 else float(1 - observed / expected)


# --- generated studies -----------------------------------------------------------------


@st.composite
def studies(draw: st.DrawFn, names: tuple[str, ...] = NAMES) -> Study:
    lengths: dict[int, int] = {}
    coders: dict[int, set[str]] = {}
    spans: list[Span] = []
    for article in range(draw(st.integers(1, 3))):
        length = lengths[article] = draw(st.integers(1, 30))
        coders[article] = draw(st.sets(st.sampled_from(names)))
        for name in sorted(coders[article]):
            for _ in range(draw(st.integers(0, 4))):
                start = draw(st.integers(0, length))
                end = draw(st.integers(start, min(length, start + 12)))
                spans.append(Span(article, name, draw(st.sampled_from(LABELS)), start, end))
    return spans, lengths, coders


def all_labels(report: AgreementReport) -> tuple[str, ...]:
    return (OVERALL, *report.labels)


# --- kappa and alpha against scikit-learn and krippendorff ----------------------------


@settings(max_examples=50, deadline=None)
@given(studies())
def test_kappa_and_alpha_equal_the_reference_packages(study: Study) -> None:
    report = agreement(*study[:2], coders_per_article=study[2])
    for label in all_labels(report):
        pair_kappas = []
        for pair in combinations(report.annotators, 2):
            row = report.row(label, pair)
            expected = reference_kappa(study, pair, label)
            assert row.cohen_kappa.value == pytest.approx(expected, abs=1e-9)
            pair_kappas.append(expected)
            assert row.krippendorff_alpha.value == pytest.approx(
                reference_alpha(study, pair, label), abs=1e-9
            )
        everyone = report.row(label)
        defined = [kappa for kappa in pair_kappas if kappa is not None]
        light = sum(defined) / len(defined) if defined else None
        assert everyone.cohen_kappa.value == pytest.approx(light, abs=1e-9)
        assert everyone.krippendorff_alpha.value == pytest.approx(
            reference_alpha(study, report.annotators, label), abs=1e-9
        )


def test_kappa_and_alpha_on_a_real_article_with_overlapping_labels() -> None:
    """Two simulated annotators on the Chinese seed article; offsets are code points."""
    text = (CORPUS / "seed" / "000_412f5390a92e7522.txt").read_text(encoding="utf-8")
    spans = []
    for match in re.finditer(r"\d+(?:\.\d+)?", text):  # ann: bare numbers
        spans.append(Span(1, "ann", "figure", match.start(), match.end()))
    for match in re.finditer(r"\d+(?:\.\d+)?[億万萬家臺台%]*", text):  # bob: with the unit
        spans.append(Span(1, "bob", "figure", match.start(), match.end()))
    for match in re.finditer(r"[^。\n]*\d[^。\n]*。", text):  # sentences holding a figure
        spans.append(Span(1, "ann" if match.start() % 2 else "bob", "claim", *match.span()))
    study: Study = (spans, {1: len(text)}, {1: {"ann", "bob", "cy"}})
    report = agreement(*study[:2], coders_per_article=study[2])

    exact = report.row("figure", ("ann", "bob")).f1_exact.value
    assert exact is not None and exact < 1.0
    assert report.row("figure", ("ann", "bob")).f1_overlap.value == 1.0
    for label in all_labels(report):
        for pair in combinations(NAMES, 2):
            row = report.row(label, pair)
            assert row.cohen_kappa.value == pytest.approx(
                reference_kappa(study, pair, label), abs=1e-9
            )
            assert row.krippendorff_alpha.value == pytest.approx(
                reference_alpha(study, pair, label), abs=1e-9
            )
        assert report.row(label).krippendorff_alpha.value == pytest.approx(
            reference_alpha(study, NAMES, label), abs=1e-9
        )
        assert report.row(label).krippendorff_alpha.articles == 1


def reference_f1(study: Study, pair: tuple[str, str], label: str) -> tuple[float | None, ...]:
    """Exact and overlap F1 by comparing every span with every span (distinct, non-empty)."""
    spans, _, _ = study
    coded = coders_of(study)

    def marked(name: str) -> set[tuple[int, str, int, int]]:
        return {
            (s.article_id, s.label, s.start, s.end)
            for s in spans
            if s.annotator == name
            and s.start < s.end
            and (label == OVERALL or s.label == label)
            and set(pair) <= coded[s.article_id]
        }

    first, second = marked(pair[0]), marked(pair[1])
    if not first and not second:
        return None, None

    def found(mine: set[tuple[int, str, int, int]], theirs: set[tuple[int, str, int, int]]) -> int:
        return sum(
            any(a == b and lb == la and s2 < e1 and s1 < e2 for b, lb, s2, e2 in theirs)
            for a, la, s1, e1 in mine
        )

    exact = 2 * len(first & second) / (len(first) + len(second))
    precision = found(first, second) / len(first) if first else 0.0
    recall = found(second, first) / len(second) if second else 0.0
    overlap = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return exact, overlap


@settings(max_examples=50, deadline=None)
@given(studies())
def test_span_f1_equals_naive_matching(study: Study) -> None:
    report = agreement(*study[:2], coders_per_article=study[2])
    for label in all_labels(report):
        exact_values, overlap_values = [], []
        for pair in combinations(report.annotators, 2):
            row = report.row(label, pair)
            exact, overlap = reference_f1(study, pair, label)
            assert row.f1_exact.value == pytest.approx(exact, abs=1e-12)
            assert row.f1_overlap.value == pytest.approx(overlap, abs=1e-12)
            exact_values.append(exact)
            overlap_values.append(overlap)
        for value, values in (
            (report.row(label).f1_exact.value, exact_values),
            (report.row(label).f1_overlap.value, overlap_values),
        ):
            defined = [v for v in values if v is not None]
            assert value == pytest.approx(sum(defined) / len(defined) if defined else None)


# --- unitizing alpha ---------------------------------------------------------------------


def test_unitizing_alpha_reproduces_krippendorff_2004_worked_example() -> None:
    # Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology, 2nd ed.,
    # Sage, §11 (unitizing), example on p. 254: two observers unitize the continuum from 150
    # to 450 into categories c and k. Published (rounded to 4 places): c: uD_o = .0144,
    # uD_e = .0532; k: uD_o = 0, uD_e = .0490, uα_k = 1. We know the data and numbers through
    # DKPro Statistics' Krippendorff2004Test, which reproduces them; uα_c from the rounded
    # inputs is 1 - .0144/.0532 = .729. The data below are shifted by -150.
    def tally(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> UnitizingTally:
        result = UnitizingTally(2)
        result.add(300, [first, second])
        return result

    c = tally([(75, 145), (220, 250)], [(70, 150), (205, 225), (250, 270)])
    k = tally([(30, 90), (150, 200)], [(30, 90), (150, 200)])
    c_disagreements, k_disagreements = c.disagreements(), k.disagreements()
    assert c_disagreements is not None and k_disagreements is not None
    c_observed, c_expected = c_disagreements
    k_observed, k_expected = k_disagreements
    assert round(float(c_observed), 4) == 0.0144
    assert round(float(c_expected), 4) == 0.0532
    assert c.value() == pytest.approx(0.729, abs=0.001)
    assert k_observed == 0
    assert round(float(k_expected), 4) == 0.0490
    assert k.value() == 1.0
    # All categories: 1 - (.0144 + 0) / (.0532 + .0490) = .859.
    assert joint_unitizing_alpha([c, k]) == pytest.approx(0.859, abs=0.001)


def test_unitizing_observed_disagreement_of_krippendorff_1995_examples() -> None:
    # Krippendorff, K. (1995). On the reliability of unitizing continuous data. Sociological
    # Methodology 25: 47-76, the four two-observer examples A-D over 24 positions (p. 57).
    # The observed disagreements are also asserted by DKPro Statistics' Krippendorff1995Test;
    # B checked by hand: John's unit (0, 18) against Jill's seven units gives
    # 256 + 229 + 205 + 185 + 169 + 117 + 145 = 1306, and 2 * 1306 / (2 * 1 * 24²) = 2.26736.
    # (The paper's expected disagreements contain a slip, so only uD_o is compared here.)
    examples = {
        "A": ([(2, 10), (14, 20)], [(4, 8), (15, 17)], 0.03125),
        "B": ([(0, 18)], [(0, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 9), (9, 10)], 2.26736),
        "C": (
            [(2, 8), (10, 12), (14, 18), (20, 22)],
            [(0, 2), (4, 8), (10, 14), (16, 18), (20, 22)],
            0.02777,
        ),
        "D": (
            [(0, 2), (2, 10), (10, 14), (14, 20), (20, 24)],
            [(0, 4), (4, 8), (8, 15), (15, 17), (17, 24)],
            0.38715,
        ),
    }
    for first, second, published in examples.values():
        tally = UnitizingTally(2)
        tally.add(24, [first, second])
        found = tally.disagreements()
        assert found is not None
        assert float(found[0]) == pytest.approx(published, abs=1e-5)
        assert found == brute_unitizing([(24, [first, second])])


@settings(max_examples=50, deadline=None)
@given(studies())
def test_unitizing_alpha_equals_brute_force_definition(study: Study) -> None:
    report = agreement(*study[:2], coders_per_article=study[2])
    for label in all_labels(report):
        for pair in combinations(report.annotators, 2):
            assert report.row(label, pair).unitizing_alpha.value == pytest.approx(
                reference_unitizing(study, pair, label), abs=1e-9
            )
        assert report.row(label).unitizing_alpha.value == pytest.approx(
            reference_unitizing(study, report.annotators, label), abs=1e-9
        )


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(1, 8)), max_size=4), st.integers(0, 3))
def test_three_coder_unitizing_equals_brute_force(raw: list[tuple[int, int]], shift: int) -> None:
    length = 30
    first = merged([(start, start + size) for start, size in raw])
    second = merged([(start + shift, start + shift + size) for start, size in raw])
    third = merged([(start, start + size + shift) for start, size in raw[:-1]])
    tally = UnitizingTally(3)
    tally.add(length, [first, second, third])
    if not (first or second or third):
        assert tally.disagreements() is None
    else:
        assert tally.disagreements() == brute_unitizing([(length, [first, second, third])])


# --- properties --------------------------------------------------------------------------


@st.composite
def agreed_studies(draw: st.DrawFn) -> Study:
    """Every coder marks the same spans; each article ends in an unmarked character, so
    every coefficient has variation to work with and must be exactly 1."""
    names = draw(st.sampled_from([NAMES[:2], NAMES]))
    lengths: dict[int, int] = {}
    spans: list[Span] = []
    for article in range(draw(st.integers(1, 3))):
        length = lengths[article] = draw(st.integers(2, 30))
        for _ in range(draw(st.integers(1, 4))):
            start = draw(st.integers(0, length - 2))
            end = draw(st.integers(start + 1, length - 1))
            label = draw(st.sampled_from(LABELS))
            spans += [Span(article, name, label, start, end) for name in names]
    return spans, lengths, {article: set(names) for article in lengths}


@settings(max_examples=50, deadline=None)
@given(agreed_studies())
def test_perfect_agreement_gives_one_everywhere(study: Study) -> None:
    report = agreement(*study[:2], coders_per_article=study[2])
    for row in report.rows:
        for name, figure in row.figures().items():
            assert figure.value == 1.0, (row.label, row.annotators, name)


def swapped(study: Study, first: str, second: str) -> Study:
    swap = {first: second, second: first}
    spans, lengths, coders = study
    return (
        [
            Span(s.article_id, swap.get(s.annotator, s.annotator), s.label, s.start, s.end)
            for s in spans
        ],
        lengths,
        {article: {swap.get(name, name) for name in names} for article, names in coders.items()},
    )


@settings(max_examples=50, deadline=None)
@given(studies())
def test_pairwise_figures_do_not_depend_on_pair_order(study: Study) -> None:
    report = agreement(*study[:2], coders_per_article=study[2])
    mirrored = agreement(
        *swapped(study, "ann", "bob")[:2], coders_per_article=swapped(study, "ann", "bob")[2]
    )
    if {"ann", "bob"} <= set(report.annotators):
        for label in all_labels(report):
            assert (
                report.row(label, ("ann", "bob")).figures()
                == mirrored.row(label, ("bob", "ann")).figures()
            )


@settings(max_examples=50, deadline=None)
@given(studies())
def test_exact_f1_never_exceeds_overlap_f1(study: Study) -> None:
    report = agreement(*study[:2], coders_per_article=study[2])
    for row in report.rows:
        exact, overlap = row.f1_exact.value, row.f1_overlap.value
        assert (exact is None) == (overlap is None)
        if exact is not None and overlap is not None:
            assert exact <= overlap


# --- behaviour at the edges --------------------------------------------------------------


def test_a_coder_who_marked_nothing_disagrees_rather_than_missing() -> None:
    spans = [Span(1, "ann", "claim", 0, 5), Span(1, "bob", "claim", 0, 5)]
    without = agreement(spans, {1: 10}, annotators=NAMES)
    assert without.row(OVERALL).krippendorff_alpha.value == 1.0
    assert without.row(OVERALL, ("ann", "cy")).krippendorff_alpha.articles == 0
    assert without.row(OVERALL, ("ann", "cy")).cohen_kappa.value is None

    seen = agreement(spans, {1: 10}, coders_per_article={1: NAMES})
    assert seen.row(OVERALL, ("ann", "cy")).krippendorff_alpha.articles == 1
    assert seen.row(OVERALL, ("ann", "cy")).f1_exact.value == 0.0
    alpha = seen.row(OVERALL).krippendorff_alpha.value
    assert alpha is not None and alpha < 1.0
    assert seen.row(OVERALL).unitizing_alpha.articles == 1


def test_no_variation_is_none_not_nan() -> None:
    everything = [Span(1, name, "claim", 0, 10) for name in NAMES[:2]]
    report = agreement(everything, {1: 10})
    row = report.row("claim", ("ann", "bob"))
    assert row.cohen_kappa.value is None
    assert row.krippendorff_alpha.value is None
    assert row.f1_exact.value == 1.0
    nothing = agreement([], {1: 10}, coders_per_article={1: NAMES[:2]})
    assert nothing.labels == ()
    assert all(f.value is None for f in nothing.row(OVERALL).figures().values())
    text = json.dumps(report.to_dict(), allow_nan=False)
    assert json.loads(text)["rows"][0]["cohen_kappa"]["value"] is None


def test_overlapping_spans_of_one_label_count_once_per_character() -> None:
    spans = [
        Span(1, "ann", "claim", 0, 6),
        Span(1, "ann", "claim", 4, 10),
        Span(1, "ann", "claim", 4, 10),  # a duplicate counts once
        Span(1, "bob", "claim", 0, 10),
        Span(1, "bob", "figure", 2, 3),
        Span(1, "ann", "figure", 3, 3),  # empty: no characters, not a span
    ]
    report = agreement(spans, {1: 20})
    claim = report.row("claim", ("ann", "bob"))
    assert claim.cohen_kappa.value == 1.0  # the union 0-10 is what ann marked
    assert claim.unitizing_alpha.value == pytest.approx(
        reference_unitizing((spans, {1: 20}, {}), ("ann", "bob"), "claim")
    )
    assert claim.f1_exact.value == 0.0
    assert claim.f1_overlap.value == 1.0
    assert claim.f1_exact.spans == 3
    assert report.row(OVERALL, ("ann", "bob")).f1_exact.spans == 4


def test_labels_and_annotators_restrict_the_comparison() -> None:
    spans = [
        Span(1, "ann", "claim", 0, 5),
        Span(1, "bob", "claim", 0, 5),
        Span(1, "cy", "claim", 5, 9),
        Span(1, "ann", "figure", 6, 8),
    ]
    report = agreement(spans, {1: 10}, labels=["claim"], annotators=["bob", "ann"])
    assert report.annotators == ("ann", "bob")
    assert report.labels == ("claim",)
    assert [row.annotators for row in report.rows] == [("ann", "bob")] * 4
    assert report.row(OVERALL, ("bob", "ann")).cohen_kappa.value == 1.0


def test_spans_outside_their_article_are_refused() -> None:
    with pytest.raises(ValueError):
        agreement([Span(1, "ann", "claim", 0, 11)], {1: 10})
    with pytest.raises(ValueError):
        agreement([Span(2, "ann", "claim", 0, 1)], {1: 10})
    with pytest.raises(ValueError):
        agreement([], {1: 10}, coders_per_article={3: ["ann"]})


def test_table_and_dict_show_every_row() -> None:
    spans = [Span(1, "ann", "claim", 0, 5), Span(1, "bob", "claim", 1, 5)]
    report = agreement(spans, {1: 10}, coders_per_article={1: ("cy", "dee")})
    table = report.to_table().splitlines()
    assert table[0].split() == [
        "label", "annotators", "F1", "exact", "F1", "overlap",
        "kappa", "alpha", "u-alpha", "articles", "spans",
    ]  # fmt: skip
    assert len(table) == 2 + len(report.rows) == 2 + 2 * 7
    # ann / bob by hand: no exact match, one overlap; 9 of 10 characters agree, chance
    # agreement .5 * .4 + .5 * .6 = .5, so kappa = (.9 - .5) / (1 - .5) = .8.
    assert table[2].split()[:7] == ["*", "ann", "/", "bob", "0.000", "1.000", "0.800"]
    cy_dee = next(line.split() for line in table if "cy / dee" in line)
    assert cy_dee == ["*", "cy", "/", "dee", "–", "–", "–", "–", "–", "1", "0"]
    assert table[8].split()[:2] == ["*", "all"]
    data = report.to_dict()
    assert len(data["rows"]) == len(report.rows)
    assert data["rows"][0]["annotators"] == ["ann", "bob"]
    assert data["rows"][0]["cohen_kappa"] == {"value": 0.8, "articles": 1, "spans": 2}
    json.dumps(data, allow_nan=False)


def test_touching_spans_do_not_overlap() -> None:
    spans = [
        Span(1, "ann", "figure", 0, 5),
        Span(1, "bob", "figure", 5, 8),
        Span(1, "ann", "claim", 2, 6),
        Span(1, "bob", "claim", 0, 2),
        Span(1, "bob", "claim", 6, 9),
    ]
    study: Study = (spans, {1: 10}, {})
    report = agreement(spans, {1: 10})
    for label in ("figure", "claim", OVERALL):
        row = report.row(label, ("ann", "bob"))
        assert (row.f1_exact.value, row.f1_overlap.value) == (0.0, 0.0)
        assert (row.f1_exact.value, row.f1_overlap.value) == reference_f1(
            study, ("ann", "bob"), label
        )


def test_alpha_with_missing_coders_equals_krippendorff_package() -> None:
    """Three coders, each article coded by a different subset (fixed pseudo-random spans)."""
    rng = random.Random(6)
    lengths = {1: 300, 2: 200, 3: 250, 4: 120}
    coders = {1: {"ann", "bob"}, 2: {"ann", "bob", "cy"}, 3: {"bob", "cy"}, 4: {"cy"}}
    spans = []
    for article, names in coders.items():
        for name in sorted(names):
            for _ in range(rng.randrange(2, 8)):
                start = rng.randrange(lengths[article] - 1)
                end = rng.randrange(start + 1, min(lengths[article], start + 60) + 1)
                spans.append(Span(article, name, rng.choice(LABELS), start, end))
    study: Study = (spans, lengths, coders)
    report = agreement(spans, lengths, coders_per_article=coders)
    for label in all_labels(report):
        everyone = report.row(label)
        assert everyone.krippendorff_alpha.articles == 3
        expected = reference_alpha(study, NAMES, label)
        assert expected is not None
        assert everyone.krippendorff_alpha.value == pytest.approx(expected, abs=1e-9)
        assert everyone.unitizing_alpha.articles == 1
        assert everyone.unitizing_alpha.value == pytest.approx(
            reference_unitizing(study, NAMES, label), abs=1e-9
        )


def test_progress_follows_the_articles() -> None:
    spans = [Span(a, who, "claim", 0, 3) for a in (1, 2, 3) for who in ("ana", "ben")]
    seen: list[tuple[int, int]] = []
    agreement(spans, {1: 10, 2: 10, 3: 10}, progress=lambda *p: seen.append(p))
    assert seen == [(1, 3), (2, 3), (3, 3)]
