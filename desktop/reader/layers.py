"""Which annotations cover which stretch of text: the segments the reader paints.

Pure Python (no Qt) so that the overlap rules are easy to test and to reason about.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise


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
    return sorted(hits, key=lambda s: (s.end - s.start, s.start))
