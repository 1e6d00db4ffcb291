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

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QRectF
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

    def set_colours(self, colours: Mapping[str, QColor], base: QColor) -> None:
        """New label colours or a new background (the theme): blends worked out again."""
        self._colours = dict(colours)
        self._base = QColor(base)
        self._blends.clear()

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
        for rect, colour in self.rects(document, mapping, index, visible, marks, size):
            # whole pixels, outward: as Qt fills a format's background (an offscreen test
            # compares the two pixel for pixel)
            painter.fillRect(rect.toAlignedRect(), colour)


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
