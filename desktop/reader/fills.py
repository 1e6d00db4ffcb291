"""The annotated spans' fills, painted by the reader under its text (ADR 0105).

Every layer adds a translucent fill of its label's colour over the view's background, so a
stretch covered twice is visibly darker and mixed (ADR 0062): each stretch covered by one
set of spans (``layers.segments``) gets the blend of their colours, outermost first, as one
opaque rectangle per line, from the document's own line layout. Nothing is written into the
document: the text is laid out and drawn exactly as the bare text, so a tag never moves a
glyph, and an edit lays nothing out again (issue 14). Inserted images and captions are not
filled. Underlines, lanes and label marks are drawn over the text by ``marks.py``.
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections.abc import Iterable, Iterator, Mapping, Sequence

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QTextDocument

from marginalia.db import OffsetMap

from .layers import SpanIndex, segments
from .marks import LinePiece, Marks

FILL_ALPHA = 0.30


def blend(colours: Iterable[QColor], base: QColor) -> QColor:
    """``colours`` laid over ``base`` in turn, each at :data:`FILL_ALPHA`."""
    r, g, b = base.redF(), base.greenF(), base.blueF()
    for colour in colours:
        r = r * (1 - FILL_ALPHA) + colour.redF() * FILL_ALPHA
        g = g * (1 - FILL_ALPHA) + colour.greenF() * FILL_ALPHA
        b = b * (1 - FILL_ALPHA) + colour.blueF() * FILL_ALPHA
    return QColor.fromRgbF(r, g, b)


class Fills:
    """The fill colours of one view (per set of labels and background, remembered) and
    where each stretch's fill goes."""

    def __init__(self) -> None:
        self._colours: dict[str, QColor] = {}
        self._base = QColor()
        self._blends: dict[tuple[str, ...], QColor] = {}
        #: what each painted line is filled with, by the line's first offset: its end and
        #: the rectangles (issue 14: an add's frame worked out the fills of every line in
        #: its bands again; only the new span's lines changed)
        self._lines: dict[int, tuple[int, list[tuple[QRect, QColor]]]] = {}
        self._starts: list[int] = []  # the keys of _lines, in order

    def set_colours(self, colours: Mapping[str, QColor], base: QColor) -> None:
        """New label colours or a new background (the theme): blends worked out again."""
        self._colours = dict(colours)
        self._base = QColor(base)
        self._blends.clear()
        self.forget_all()

    def forget_all(self) -> None:
        """The lines' fills are worked out again when painted: another article, layout or
        set of colours."""
        self._lines.clear()
        self._starts.clear()

    def forget(self, stretches: Iterable[tuple[int, int]]) -> None:
        """The spans over these stretches (stored offsets) changed: their lines' fills are
        worked out again when painted."""
        starts = self._starts
        for lo, hi in stretches:
            index = max(0, bisect_right(starts, lo) - 1)
            while index < len(starts) and starts[index] < max(hi, lo + 1):
                if self._lines[starts[index]][0] > lo:
                    del self._lines[starts[index]]
                    del starts[index]
                else:
                    index += 1

    def colour(self, labels: tuple[str, ...]) -> QColor:
        """The fill of a stretch covered by spans of ``labels``, outermost first."""
        found = self._blends.get(labels)
        if found is None:
            grey = QColor("#999999")
            found = blend((self._colours.get(k, grey) for k in labels), self._base)
            self._blends[labels] = found
        return found

    def rects(
        self,
        document: QTextDocument,
        mapping: OffsetMap,
        index: SpanIndex,
        visible: Sequence[tuple[int, int]],
        marks: Marks,
        size: float,
    ) -> list[tuple[QRectF, QColor]]:
        """The rectangles (document coordinates) to fill for the spans in the stretches
        ``visible``."""
        runs = [run.offset for run in mapping.insertions]
        found: list[tuple[QRectF, QColor]] = []
        for lo, hi in visible:
            self._stretch_rects(document, mapping, index, lo, hi, marks, size, runs, found)
        return found

    def _stretch_rects(
        self,
        document: QTextDocument,
        mapping: OffsetMap,
        index: SpanIndex,
        lo: int,
        hi: int,
        marks: Marks,
        size: float,
        runs: list[int],
        found: list[tuple[QRectF, QColor]],
    ) -> None:
        chosen = index.overlapping(lo, hi)
        for segment in segments(chosen):
            if segment.end <= lo or segment.start >= hi:
                continue  # (its layers are only sure inside the visible stretch)
            colour = self.colour(tuple(s.label for s in segment.layers))
            for piece in stretch_pieces(
                document, mapping, marks, segment.start, segment.end, runs, size
            ):
                found.append(
                    (
                        QRectF(piece.x1, piece.top, piece.x2 - piece.x1, piece.under - piece.top),
                        colour,
                    )
                )

    def paint(
        self,
        painter: QPainter,
        document: QTextDocument,
        mapping: OffsetMap,
        index: SpanIndex,
        visible: Sequence[tuple[int, int]],
        marks: Marks,
        size: float,
    ) -> None:
        """Fill the lines of the stretches ``visible``, each line's rectangles as worked out
        when it was last painted unless its spans changed since (:meth:`forget`)."""
        runs = [run.offset for run in mapping.insertions]
        for lo, hi in visible:
            for start, end, top in _lines(document, mapping, lo, hi):
                known = self._lines.get(start)
                if known is None or known[0] != end:
                    rects = self._line_rects(
                        document, mapping, index, start, end, top, marks, size, runs
                    )
                    if start not in self._lines:
                        insort(self._starts, start)
                    known = self._lines[start] = (end, rects)
                for rect, colour in known[1]:
                    painter.fillRect(rect, colour)

    def _line_rects(
        self,
        document: QTextDocument,
        mapping: OffsetMap,
        index: SpanIndex,
        start: int,
        end: int,
        top: float,
        marks: Marks,
        size: float,
        runs: list[int],
    ) -> list[tuple[QRect, QColor]]:
        found: list[tuple[QRectF, QColor]] = []
        self._stretch_rects(document, mapping, index, start, end, marks, size, runs, found)
        # whole pixels, outward: as Qt fills a format's background (an offscreen test
        # compares the two pixel for pixel); only this line's pieces of the segments that
        # go on (their layers are only sure here)
        return [(rect.toAlignedRect(), colour) for rect, colour in found if rect.top() == top]


def stretch_pieces(
    document: QTextDocument,
    mapping: OffsetMap,
    marks: Marks,
    start: int,
    end: int,
    runs: list[int],
    size: float,
) -> list[LinePiece]:
    """The line pieces of a code-point stretch, skipping inserted images and captions."""
    first = bisect_right(runs, start)
    if first == len(runs) or runs[first] >= end:
        return marks.stretch(document, mapping, start, end, size)  # the common case
    pieces: list[LinePiece] = []
    cut = start
    while first < len(runs) and runs[first] < end:
        pieces.extend(marks.stretch(document, mapping, cut, runs[first], size))
        cut = runs[first]
        first += 1
    pieces.extend(marks.stretch(document, mapping, cut, end, size))
    return pieces


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching stretches joined, in order."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _lines(
    document: QTextDocument, mapping: OffsetMap, lo: int, hi: int
) -> Iterator[tuple[int, int, float]]:
    """The laid-out lines a stretch (stored offsets) covers: each one's first and end offset
    and its top (document y, as :func:`~.marks.line_pieces` gives it)."""
    a, b = mapping.span_to_document(lo, min(hi, mapping.text_length))
    block = document.findBlock(a)
    while block.isValid() and block.position() < b:
        layout = block.layout()
        origin = layout.position().y()
        position = block.position()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            first = position + line.textStart()
            last = first + line.textLength()
            if last <= a:
                continue
            if first >= b:
                return
            start, end = mapping.to_offset(first), mapping.to_offset(last)
            if start < end:  # (an inserted image's or caption's line is not filled)
                yield start, end, origin + line.y()
        block = block.next()
