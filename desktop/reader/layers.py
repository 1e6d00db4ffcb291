"""Which annotations cover which stretch of text: the segments the reader fills, and the
lanes of the underlines it draws.

Pure Python (no Qt) so that the overlap rules are easy to test and to reason about.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, pairwise


@dataclass(frozen=True, slots=True)
class Span:
    id: str
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    #: the covering spans, outermost (longest) first
    layers: tuple[Span, ...]


def segments(spans: Iterable[Span], lo: int = 0, hi: int | None = None) -> list[Segment]:
    """The maximal stretches of ``[lo, hi)`` covered by one set of spans (bare text left out)."""
    chosen = [s for s in spans if s.end > lo and (hi is None or s.start < hi)]
    if not chosen:
        return []
    bounds = {lo} if hi is None else {lo, hi}
    for s in chosen:
        bounds.add(max(s.start, lo))
        bounds.add(s.end if hi is None else min(s.end, hi))
    points = sorted(bounds)
    starts = sorted(chosen, key=lambda s: s.start)
    active: list[Span] = []
    found: list[Segment] = []
    next_start = 0
    for a, b in pairwise(points):
        while next_start < len(starts) and starts[next_start].start <= a:
            active.append(starts[next_start])
            next_start += 1
        active = [s for s in active if s.end > a]
        if len(active) == 1:
            found.append(Segment(a, b, (active[0],)))
        elif active:
            layers = tuple(sorted(active, key=lambda s: (s.start - s.end, s.start, s.id)))
            found.append(Segment(a, b, layers))
    return found


def covering(spans: Sequence[Span], offset: int) -> list[Span]:
    """The spans that contain ``offset``, innermost (shortest) first."""
    hits = [s for s in spans if s.start <= offset < s.end]
    return sorted(hits, key=lambda s: (s.end - s.start, s.start, s.id))


class SpanIndex:
    """The spans of one article in order of start, for what the reader draws over the text:
    which spans reach into a stretch (the part in view), and the **lane** of each — the row
    of underlines it is drawn in, so that overlapping spans, of one label or of several,
    never share a line (ADR 0062).

    Lanes are given per cluster of overlapping spans, greedily in order of start (the longer
    first at one start): each span takes the lowest lane free where it starts. They are
    worked out when first asked for and forgotten at every change, so an edit costs one
    sorted insert however many spans the article has.
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._by_id: dict[str, Span] = {}
        self._order: list[tuple[int, int, str]] = []  # (start, -end, id)
        self._reach: list[int] = []  # the furthest end among _order[: i + 1]
        self._lanes: dict[str, int] = {}
        self.reset(spans)

    def reset(self, spans: Iterable[Span]) -> None:
        self._by_id = {s.id: s for s in spans}
        self._order = sorted(_key(s) for s in self._by_id.values())
        self._reindex()

    def update(self, changed: Iterable[Span], removed: Iterable[str]) -> None:
        for span_id in removed:
            old = self._by_id.pop(span_id, None)
            if old is not None:
                self._drop(old)
        for span in changed:
            old = self._by_id.get(span.id)
            if old is not None:
                self._drop(old)
            self._by_id[span.id] = span
            insort(self._order, _key(span))
        self._reindex()

    def _drop(self, span: Span) -> None:
        index = bisect_left(self._order, _key(span))
        if index < len(self._order) and self._order[index] == _key(span):
            del self._order[index]

    def _reindex(self) -> None:
        self._reach = list(accumulate((-key[1] for key in self._order), max))
        self._lanes.clear()

    def __len__(self) -> int:
        return len(self._order)

    def get(self, span_id: str) -> Span | None:
        return self._by_id.get(span_id)

    def overlapping(self, lo: int, hi: int) -> list[Span]:
        """The spans that reach into ``[lo, hi)``, in order of start (longer first)."""
        index = bisect_left(self._order, (hi,)) - 1
        found: list[Span] = []
        while index >= 0 and self._reach[index] > lo:
            _start, minus_end, span_id = self._order[index]
            if -minus_end > lo:
                found.append(self._by_id[span_id])
            index -= 1
        found.reverse()
        return found

    def covering(self, offset: int) -> list[Span]:
        """The spans that contain ``offset``, innermost (shortest) first."""
        return covering(self.overlapping(offset, offset + 1), offset)

    def lane(self, span_id: str) -> int:
        lane = self._lanes.get(span_id)
        if lane is None:
            self._lay_out_cluster(bisect_left(self._order, _key(self._by_id[span_id])))
            lane = self._lanes[span_id]
        return lane

    def _lay_out_cluster(self, index: int) -> None:
        first = index
        while first > 0 and self._order[first][0] < self._reach[first - 1]:
            first -= 1
        ends: list[int] = []  # the end of the last span in each lane
        position = first
        while position < len(self._order):
            start, minus_end, span_id = self._order[position]
            if position > first and start >= self._reach[position - 1]:
                break  # the next cluster
            lane = next((i for i, end in enumerate(ends) if end <= start), len(ends))
            if lane == len(ends):
                ends.append(-minus_end)
            else:
                ends[lane] = -minus_end
            self._lanes[span_id] = lane
            position += 1


def _key(span: Span) -> tuple[int, int, str]:
    return (span.start, -span.end, span.id)
