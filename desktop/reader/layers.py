"""Which annotations cover which stretch of text: the segments the reader fills, and the
lanes of the underlines it draws.

Pure Python (no Qt) so that the overlap rules are easy to test and to reason about.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from heapq import heappop, heappush
from itertools import accumulate, pairwise

#: how far the running furthest end is followed in Python after an edit before the rest of
#: it is worked out again in one go
REACH_STEPS = 64


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

    Lanes are laid out greedily when an article is shown (in order of start, the longer
    first at one start, each span takes the lowest lane free where it starts). An edit then
    changes only what it touches: a new or moved span takes the lowest lane free among the
    spans it overlaps, and the spans that overlapped a removed or moved one move down into
    lanes it freed. Nobody else's underline jumps, and an edit costs a few lookups however
    many spans the article has.
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._by_id: dict[str, Span] = {}
        self._order: list[tuple[int, int, str]] = []  # (start, -end, id)
        self._ends: list[int] = []  # the end of _order[i]
        self._reach: list[int] = []  # the furthest end among _order[: i + 1]
        self._lanes: dict[str, int] = {}
        #: how many times the index was filled anew (what was read from it before is stale)
        self.resets = 0
        self.reset(spans)

    def reset(self, spans: Iterable[Span]) -> None:
        self.resets += 1
        self._by_id = {s.id: s for s in spans}
        self._order = sorted(_key(s) for s in self._by_id.values())
        self._ends = [-key[1] for key in self._order]
        self._reach = list(accumulate(self._ends, max))
        self._lanes = {}
        ends: list[tuple[int, int]] = []  # (end, lane) of the spans still open, a heap
        free: list[int] = []  # lanes given back, a heap
        for start, minus_end, span_id in self._order:
            while ends and ends[0][0] <= start:
                heappush(free, heappop(ends)[1])
            lane = heappop(free) if free else len(ends)
            self._lanes[span_id] = lane
            heappush(ends, (-minus_end, lane))

    def update(self, changed: Iterable[Span], removed: Iterable[str]) -> list[Span]:
        """Apply an edit; returns the other spans whose lane changed (they moved down into
        a lane the edit freed), whose underlines are to be drawn again."""
        freed: list[Span] = []
        for span_id in removed:
            old = self._by_id.pop(span_id, None)
            if old is not None:
                self._drop(old)
                self._lanes.pop(span_id, None)
                freed.append(old)
        placed: list[Span] = []
        for span in changed:
            old = self._by_id.get(span.id)
            if old is not None:
                self._drop(old)
                freed.append(old)
            self._by_id[span.id] = span
            index = bisect_left(self._order, _key(span))
            self._order.insert(index, _key(span))
            self._ends.insert(index, span.end)
            self._reach.insert(index, span.end)
            self._settle_reach(index)
            self._lanes.pop(span.id, None)
            placed.append(span)
        for span in placed:
            self._lanes[span.id] = self._lowest_free(span)
        # the neighbours of what left a lane move down into it, in order of start
        moved = {p.id for p in placed}
        neighbours = {
            other.id: other
            for old in freed
            for other in self.overlapping(old.start, old.end)
            if other.id not in moved
        }
        lowered: list[Span] = []
        for other in sorted(neighbours.values(), key=_key):
            lane = self._lowest_free(other)
            if lane < self._lanes[other.id]:
                self._lanes[other.id] = lane
                lowered.append(other)
        return lowered

    def _lowest_free(self, span: Span) -> int:
        taken = {
            self._lanes[other.id]
            for other in self.overlapping(span.start, span.end)
            if other.id != span.id and other.id in self._lanes
        }
        return next(lane for lane in range(len(taken) + 1) if lane not in taken)

    def _drop(self, span: Span) -> None:
        index = bisect_left(self._order, _key(span))
        if index < len(self._order) and self._order[index] == _key(span):
            del self._order[index]
            del self._ends[index]
            del self._reach[index]
            self._settle_reach(index)

    def _settle_reach(self, first: int) -> None:
        """The running furthest end again from ``first`` (where a span came or went) on,
        as far as it changes: usually a few entries (issue 14: worked out again to the end,
        ~0.15 ms an add at 5,000 spans)."""
        reach, ends = self._reach, self._ends
        before = reach[first - 1] if first > 0 else -1
        for i in range(first, min(len(ends), first + REACH_STEPS)):
            value = max(before, ends[i])
            if value == reach[i] and i > first:
                return  # (from here on it is what it was: the same ends, the same start)
            reach[i] = before = value
        else:
            rest = first + REACH_STEPS
            if rest < len(ends):  # a long span came or went: the rest in C
                tail = list(accumulate(ends[rest:], max, initial=before))
                reach[rest:] = tail[1:]

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
        return self._lanes[span_id]


def _key(span: Span) -> tuple[int, int, str]:
    return (span.start, -span.end, span.id)
