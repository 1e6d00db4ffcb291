"""The agreement coefficients, each a tally that is filled article by article.

Every tally keeps exact integer (or ``Fraction``) sums and divides once, at the end, so
perfect agreement gives exactly 1.0 and an undefined coefficient gives None, never NaN.
Formulas and sources: docs/adr/0040-agreement.md.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from fractions import Fraction
from itertools import accumulate, combinations

#: A half-open interval ``(start, end)`` of code points.
Interval = tuple[int, int]


class KappaTally:
    """Cohen's kappa (1960) of two coders over weighted units (here: characters).

    kappa = (p_o - p_e) / (1 - p_e) with p_o the share of units both coders put in the
    same category and p_e = sum_k (row_k / n)(col_k / n). Undefined (None) when p_e = 1,
    i.e. both coders used one and the same category throughout, or when there are no units.
    """

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts: Counter[tuple[Hashable, Hashable]] = Counter()

    def add(self, first: Hashable, second: Hashable, weight: int = 1) -> None:
        if weight:
            self.counts[first, second] += weight

    def value(self) -> float | None:
        n = sum(self.counts.values())
        rows: Counter[Hashable] = Counter()
        cols: Counter[Hashable] = Counter()
        agreed = 0
        for (first, second), weight in self.counts.items():
            rows[first] += weight
            cols[second] += weight
            if first == second:
                agreed += weight
        chance = sum(weight * cols[category] for category, weight in rows.items())
        # (p_o - p_e) / (1 - p_e), multiplied through by n² to stay in integers.
        denominator = n * n - chance
        if denominator == 0:
            return None
        return (n * agreed - chance) / denominator


class NominalAlphaTally:
    """Krippendorff's alpha for nominal data, with missing values (Krippendorff 2011).

    Each unit brings the values of the coders who coded it; a unit with fewer than two
    values is not pairable and ignored. alpha = 1 - (n - 1) * sum_{c != k} o_ck /
    sum_{c != k} n_c n_k, with o_ck the coincidences (each unit's ordered value pairs
    weighted 1 / (m_u - 1)) and n_c the pairable values of category c. Undefined (None)
    when all pairable values are one category (or there are none).
    """

    __slots__ = ("disagreeing", "totals")

    def __init__(self) -> None:
        self.totals: Counter[Hashable] = Counter()
        #: per number of values m in a unit: the weighted count of disagreeing ordered pairs.
        self.disagreeing: defaultdict[int, int] = defaultdict(int)

    def add(self, values: Sequence[Hashable], weight: int = 1) -> None:
        m = len(values)
        if m < 2 or weight == 0:
            return
        if m == 2:  # the common case of a pair, without building a Counter
            first, second = values
            self.totals[first] += weight
            self.totals[second] += weight
            if first != second:
                self.disagreeing[2] += 2 * weight
            return
        counts = Counter(values)
        for category, count in counts.items():
            self.totals[category] += weight * count
        pairs = m * m - sum(count * count for count in counts.values())
        if pairs:
            self.disagreeing[m] += weight * pairs

    def value(self) -> float | None:
        n = sum(self.totals.values())
        expected = n * n - sum(count * count for count in self.totals.values())
        if expected == 0:
            return None
        observed = sum(
            (Fraction(pairs, m - 1) for m, pairs in self.disagreeing.items()), Fraction()
        )
        return float(1 - (n - 1) * observed / expected)


def _segments(length: int, units: Sequence[Interval]) -> list[tuple[int, int, bool]]:
    """The continuum ``[0, length)`` cut into units and the gaps between them."""
    segments: list[tuple[int, int, bool]] = []
    position = 0
    for start, end in units:
        if start > position:
            segments.append((position, start, False))
        segments.append((start, end, True))
        position = end
    if position < length:
        segments.append((position, length, False))
    return segments


def unitizing_distance(first: tuple[int, int, bool], second: tuple[int, int, bool]) -> int:
    """Krippendorff's squared distance between two segments (start, end, is_unit).

    Two overlapping units differ by the squares of their start and end differences; a unit
    lying entirely inside the other coder's gap counts its squared length; everything else
    (units that do not overlap, a unit only partly in a gap, two gaps) is 0.
    """
    start1, end1, unit1 = first
    start2, end2, unit2 = second
    if unit1 and unit2:
        if start1 < end2 and start2 < end1:
            return (start1 - start2) ** 2 + (end1 - end2) ** 2
        return 0
    if unit1 and not unit2 and start2 <= start1 and end1 <= end2:
        return (end1 - start1) ** 2
    if unit2 and not unit1 and start1 <= start2 and end2 <= end1:
        return (end2 - start2) ** 2
    return 0


def _observed_pair(first: list[tuple[int, int, bool]], second: list[tuple[int, int, bool]]) -> int:
    """Sum of distances over all segment pairs; both lists tile the same continuum.

    Only overlapping segments can have a non-zero distance, and a merge walk visits each
    overlapping pair exactly once.
    """
    total = i = j = 0
    while i < len(first) and j < len(second):
        total += unitizing_distance(first[i], second[j])
        end1, end2 = first[i][1], second[j][1]
        if end1 <= end2:
            i += 1
        if end2 <= end1:
            j += 1
    return total


class UnitizingTally:
    """Krippendorff's unitizing alpha (uα) for one category, m coders, one continuum.

    Krippendorff (1995), Sociological Methodology 25; (2004) Content Analysis, 2nd ed.,
    ch. 12, and Quality & Quantity 38: 787-800. Articles are laid end to end; a gap never
    crosses an article boundary. Every coder must have coded every article added (uα has no
    provision for missing data).
    """

    __slots__ = ("coders", "gaps", "length", "observed", "units")

    def __init__(self, coders: int) -> None:
        self.coders = coders
        self.length = 0
        #: sum over unordered coder pairs of the distances of their segments
        self.observed = 0
        self.units: list[int] = []
        self.gaps: list[int] = []

    def add(self, length: int, units_per_coder: Sequence[Sequence[Interval]]) -> None:
        """One article: per coder, sorted non-overlapping non-empty units of the category."""
        if len(units_per_coder) != self.coders:
            raise ValueError(f"expected units of {self.coders} coders")  # a bug: not for the user
        segmented = [_segments(length, units) for units in units_per_coder]
        for first, second in combinations(segmented, 2):
            self.observed += _observed_pair(first, second)
        for segments in segmented:
            for start, end, is_unit in segments:
                (self.units if is_unit else self.gaps).append(end - start)
        self.length += length

    def disagreements(self) -> tuple[Fraction, Fraction] | None:
        """(uD_o, uD_e), or None where the expected disagreement is 0 or undefined."""
        m, total = self.coders, self.length
        if m < 2 or total == 0 or not self.units:
            return None
        gaps = sorted(self.gaps)
        gap_sums = [0, *accumulate(gaps)]
        count = len(self.units)
        expected_sum = 0
        for unit in self.units:
            # Units of the same length l overlapping at every shift: sum of 2 d², d < l.
            expected_sum += (count - 1) * unit * (unit - 1) * (2 * unit - 1) // 3
            first_fitting = bisect_left(gaps, unit)
            fitting = len(gaps) - first_fitting
            placements = gap_sums[-1] - gap_sums[first_fitting] - (unit - 1) * fitting
            expected_sum += unit * unit * placements
        pairable = m * total * (m * total - 1) - sum(unit * (unit - 1) for unit in self.units)
        if expected_sum == 0 or pairable <= 0:
            return None
        observed = Fraction(2 * self.observed, m * (m - 1) * total * total)
        expected = Fraction(2 * expected_sum, total * pairable)
        return observed, expected

    def value(self) -> float | None:
        found = self.disagreements()
        if found is None:
            return None
        observed, expected = found
        return float(1 - observed / expected)


def joint_unitizing_alpha(tallies: Iterable[UnitizingTally]) -> float | None:
    """uα over all categories: 1 - sum_c uD_o,c / sum_c uD_e,c (Krippendorff 2004)."""
    observed = expected = Fraction()
    for tally in tallies:
        found = tally.disagreements()
        if found is not None:
            observed += found[0]
            expected += found[1]
    if expected == 0:
        return None
    return float(1 - observed / expected)


class F1Tally:
    """Span F1 between two coders, exact and overlap match.

    Exact: a span matches a span of the other coder with the same bounds;
    F1 = 2 * matches / (|A| + |B|). Overlap: a span counts as found if it shares at least one
    character with some span of the other coder; precision = found_A / |A|, recall =
    found_B / |B|, F1 their harmonic mean. Undefined (None) when neither coder has a span.
    """

    __slots__ = ("exact", "found_first", "found_second", "spans_first", "spans_second")

    def __init__(self) -> None:
        self.spans_first = self.spans_second = 0
        self.exact = self.found_first = self.found_second = 0

    def add(self, first: Sequence[Interval], second: Sequence[Interval]) -> None:
        """Distinct non-empty spans of one article and one label."""
        self.spans_first += len(first)
        self.spans_second += len(second)
        self.exact += len(set(first) & set(second))
        self.found_first += _count_overlapping(first, second)
        self.found_second += _count_overlapping(second, first)

    def merge(self, other: F1Tally) -> None:
        self.spans_first += other.spans_first
        self.spans_second += other.spans_second
        self.exact += other.exact
        self.found_first += other.found_first
        self.found_second += other.found_second

    def exact_f1(self) -> float | None:
        spans = self.spans_first + self.spans_second
        return None if spans == 0 else 2 * self.exact / spans

    def overlap_f1(self) -> float | None:
        if self.spans_first + self.spans_second == 0:
            return None
        if self.found_first == 0 or self.found_second == 0:
            return 0.0
        # 2PR / (P + R) with P = f1/|A|, R = f2/|B|, multiplied through by |A||B|.
        numerator = 2 * self.found_first * self.found_second
        return numerator / (
            self.found_first * self.spans_second + self.found_second * self.spans_first
        )


def _count_overlapping(spans: Sequence[Interval], others: Sequence[Interval]) -> int:
    """How many of ``spans`` share a character with at least one of ``others``."""
    if not spans or not others:
        return 0
    ordered = sorted(others)
    starts = [start for start, _ in ordered]
    reach = list(accumulate((end for _, end in ordered), max))
    found = 0
    for start, end in spans:
        # The others starting before ``end``; one of them overlaps iff it reaches past start.
        before = bisect_right(starts, end - 1)
        if before and reach[before - 1] > start:
            found += 1
    return found
