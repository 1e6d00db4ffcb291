"""Agreement between annotators over a set of articles (ADR 0040)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise
from statistics import fmean

from .measures import (
    F1Tally,
    Interval,
    KappaTally,
    NominalAlphaTally,
    UnitizingTally,
    joint_unitizing_alpha,
)
from .values import OVERALL, AgreementReport, AgreementRow, Figure, Span

Pair = tuple[str, str]
#: Per coder of an article, per label: that coder's intervals.
LabelIntervals = dict[str, list[Interval]]


@dataclass(slots=True)
class _Basis:
    """How many articles and spans a group of figures rests on."""

    articles: int = 0
    spans: Counter[str] = field(default_factory=Counter)

    def figure(self, value: float | None, label: str) -> Figure:
        return Figure(value, self.articles, self.spans[label])

    def count(self, spans_per_coder: Iterable[Mapping[str, list[Interval]]]) -> None:
        self.articles += 1
        for spans in spans_per_coder:
            for label, intervals in spans.items():
                self.spans[label] += len(intervals)
                self.spans[OVERALL] += len(intervals)


@dataclass(slots=True)
class _Tallies:
    labels: tuple[str, ...]
    kappa: defaultdict[tuple[Pair, str], KappaTally] = field(
        default_factory=lambda: defaultdict(KappaTally)
    )
    f1: defaultdict[tuple[Pair, str], F1Tally] = field(default_factory=lambda: defaultdict(F1Tally))
    pair_alpha: defaultdict[tuple[Pair, str], NominalAlphaTally] = field(
        default_factory=lambda: defaultdict(NominalAlphaTally)
    )
    all_alpha: defaultdict[str, NominalAlphaTally] = field(
        default_factory=lambda: defaultdict(NominalAlphaTally)
    )
    pair_unitizing: dict[tuple[Pair, str], UnitizingTally] = field(default_factory=dict)
    all_unitizing: dict[str, UnitizingTally] = field(default_factory=dict)
    pair_basis: defaultdict[Pair, _Basis] = field(default_factory=lambda: defaultdict(_Basis))
    all_basis: _Basis = field(default_factory=_Basis)
    full_basis: _Basis = field(default_factory=_Basis)


def agreement(
    spans: Iterable[Span],
    lengths: Mapping[int, int],
    *,
    labels: Collection[str] | None = None,
    annotators: Collection[str] | None = None,
    coders_per_article: Mapping[int, Collection[str]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> AgreementReport:
    """Agreement per label and overall, per pair of annotators and for all of them.

    ``lengths`` maps each article id to its text length in code points. An annotator
    *coded* an article if ``coders_per_article`` lists them for it or if they have a span
    in it; an article counts only where at least two of the compared annotators coded it,
    and a coder without spans there marked nothing. ``labels`` and ``annotators`` restrict
    the comparison (default: every label and annotator seen). ``progress(done, total)`` is
    called after each article. Raises ValueError for a span outside its article or an
    article missing from ``lengths``.
    """
    every_span = list(spans)
    coders: defaultdict[int, set[str]] = defaultdict(set)
    for article, names in (coders_per_article or {}).items():
        if article not in lengths:
            raise ValueError(f"article {article} has no length")  # a bug: not for the user
        coders[article].update(names)
    for span in every_span:
        _check(span, lengths)
        coders[span.article_id].add(span.annotator)

    compared = tuple(
        sorted(set(annotators) if annotators is not None else set().union(*coders.values()))
    )
    label_names = tuple(
        sorted(set(labels) if labels is not None else {s.label for s in every_span})
    )
    kept_labels, kept_annotators = set(label_names), set(compared)

    # article -> annotator -> label -> distinct non-empty intervals (see ADR 0040 for why)
    marked: defaultdict[int, defaultdict[str, defaultdict[str, set[Interval]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(set))
    )
    for span in every_span:
        if (
            span.label in kept_labels
            and span.annotator in kept_annotators
            and span.start < span.end
        ):
            marked[span.article_id][span.annotator][span.label].add((span.start, span.end))

    tallies = _Tallies(label_names)
    for done, article in enumerate(sorted(coders), 1):
        if progress is not None:
            progress(done, len(coders))
        article_coders = tuple(sorted(coders[article] & kept_annotators))
        if len(article_coders) < 2:
            continue
        by_coder = marked[article]
        spans_per_coder: list[LabelIntervals] = [
            {label: sorted(intervals) for label, intervals in by_coder[name].items()}
            for name in article_coders
        ]
        _tally_article(
            tallies,
            lengths[article],
            article_coders,
            spans_per_coder,
            full=len(article_coders) == len(compared),
        )
    return AgreementReport(compared, label_names, tuple(_rows(tallies, compared)))


def _check(span: Span, lengths: Mapping[int, int]) -> None:
    length = lengths.get(span.article_id)
    if length is None:
        raise ValueError(f"article {span.article_id} has no length")  # a bug: not for the user
    if not 0 <= span.start <= span.end <= length:
        raise ValueError(  # a bug: not for the user (the store keeps spans inside the text)
            f"span {span} lies outside its article of length {length}"
        )


def _merged(intervals: Sequence[Interval]) -> list[Interval]:
    """The union of sorted intervals as sorted disjoint intervals (touching ones stay apart)."""
    merged: list[Interval] = []
    for start, end in intervals:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _char_patterns(
    length: int, units_per_coder: Sequence[LabelIntervals]
) -> Counter[tuple[frozenset[str], ...]]:
    """How many characters carry each combination of the coders' label sets.

    Characters between two consecutive span boundaries are alike, so the article is walked
    boundary by boundary instead of character by character.
    """
    starting: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    ending: defaultdict[int, list[tuple[int, str]]] = defaultdict(list)
    bounds = {0, length}
    for coder, units in enumerate(units_per_coder):
        for label, intervals in units.items():
            for start, end in intervals:
                starting[start].append((coder, label))
                ending[end].append((coder, label))
                bounds.update((start, end))
    active: list[set[str]] = [set() for _ in units_per_coder]
    patterns: Counter[tuple[frozenset[str], ...]] = Counter()
    for here, there in pairwise(sorted(bounds)):
        for coder, label in ending.get(here, ()):
            active[coder].discard(label)
        for coder, label in starting.get(here, ()):
            active[coder].add(label)
        patterns[tuple(frozenset(labels) for labels in active)] += there - here
    return patterns


def _tally_article(
    tallies: _Tallies,
    length: int,
    coders: tuple[str, ...],
    spans_per_coder: list[LabelIntervals],
    *,
    full: bool,
) -> None:
    labels = tallies.labels
    units_per_coder = [
        {label: _merged(spans) for label, spans in coded.items()} for coded in spans_per_coder
    ]
    patterns = _char_patterns(length, units_per_coder)
    index_pairs = list(combinations(range(len(coders)), 2))

    # Per label, only characters where somebody has the label are visited; the characters
    # where nobody has it are added at once ("out" for every coder) from what is left.
    pair_inside: defaultdict[tuple[int, int, str], Counter[tuple[bool, bool]]] = defaultdict(
        Counter
    )
    all_inside: defaultdict[str, Counter[tuple[bool, ...]]] = defaultdict(Counter)
    for values, weight in patterns.items():
        present = frozenset().union(*values)
        for i, j in index_pairs:
            first, second = values[i], values[j]
            pair = (coders[i], coders[j])
            tallies.kappa[pair, OVERALL].add(first, second, weight)
            tallies.pair_alpha[pair, OVERALL].add((first, second), weight)
            for label in first | second:
                pair_inside[i, j, label][label in first, label in second] += weight
        tallies.all_alpha[OVERALL].add(values, weight)
        for label in present:
            all_inside[label][tuple(label in value for value in values)] += weight
    for label in labels:
        for i, j in index_pairs:
            pair = (coders[i], coders[j])
            cells = pair_inside[i, j, label]
            cells[False, False] += length - sum(cells.values())
            for inside, weight in cells.items():
                tallies.kappa[pair, label].add(*inside, weight)
                tallies.pair_alpha[pair, label].add(inside, weight)
        cells_all = all_inside[label]
        cells_all[(False,) * len(coders)] += length - sum(cells_all.values())
        for inside_all, weight in cells_all.items():
            tallies.all_alpha[label].add(inside_all, weight)

    for i, j in index_pairs:
        pair = (coders[i], coders[j])
        tallies.pair_basis[pair].count((spans_per_coder[i], spans_per_coder[j]))
        for label in labels:
            tallies.f1[pair, label].add(
                spans_per_coder[i].get(label, []), spans_per_coder[j].get(label, [])
            )
            unitizing = tallies.pair_unitizing.setdefault((pair, label), UnitizingTally(2))
            unitizing.add(
                length, [units_per_coder[i].get(label, []), units_per_coder[j].get(label, [])]
            )
    tallies.all_basis.count(spans_per_coder)
    if full:
        tallies.full_basis.count(spans_per_coder)
        for label in labels:
            unitizing = tallies.all_unitizing.setdefault(label, UnitizingTally(len(coders)))
            unitizing.add(length, [units.get(label, []) for units in units_per_coder])


def _mean(values: Iterable[float | None]) -> float | None:
    defined = [value for value in values if value is not None]
    return fmean(defined) if defined else None


def _rows(tallies: _Tallies, compared: tuple[str, ...]) -> list[AgreementRow]:
    pairs = list(combinations(compared, 2))
    rows: list[AgreementRow] = []
    for label in (OVERALL, *tallies.labels):
        pair_rows = [_pair_row(tallies, pair, label) for pair in pairs]
        rows.extend(pair_rows)
        basis, full = tallies.all_basis, tallies.full_basis
        if label == OVERALL:
            unitizing = joint_unitizing_alpha(
                tallies.all_unitizing[name]
                for name in tallies.labels
                if name in tallies.all_unitizing
            )
        else:
            tally = tallies.all_unitizing.get(label)
            unitizing = None if tally is None else tally.value()
        rows.append(
            AgreementRow(
                label=label,
                annotators=compared,
                pairwise=False,
                f1_exact=basis.figure(_mean(row.f1_exact.value for row in pair_rows), label),
                f1_overlap=basis.figure(_mean(row.f1_overlap.value for row in pair_rows), label),
                cohen_kappa=basis.figure(_mean(row.cohen_kappa.value for row in pair_rows), label),
                krippendorff_alpha=basis.figure(tallies.all_alpha[label].value(), label),
                unitizing_alpha=full.figure(unitizing, label),
            )
        )
    return rows


def _pair_row(tallies: _Tallies, pair: Pair, label: str) -> AgreementRow:
    basis = tallies.pair_basis[pair]
    if label == OVERALL:
        f1 = F1Tally()
        for name in tallies.labels:
            f1.merge(tallies.f1[pair, name])
        unitizing = joint_unitizing_alpha(
            tallies.pair_unitizing[pair, name]
            for name in tallies.labels
            if (pair, name) in tallies.pair_unitizing
        )
    else:
        f1 = tallies.f1[pair, label]
        tally = tallies.pair_unitizing.get((pair, label))
        unitizing = None if tally is None else tally.value()
    return AgreementRow(
        label=label,
        annotators=pair,
        pairwise=True,
        f1_exact=basis.figure(f1.exact_f1(), label),
        f1_overlap=basis.figure(f1.overlap_f1(), label),
        cohen_kappa=basis.figure(tallies.kappa[pair, label].value(), label),
        krippendorff_alpha=basis.figure(tallies.pair_alpha[pair, label].value(), label),
        unitizing_alpha=basis.figure(unitizing, label),
    )
