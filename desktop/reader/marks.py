"""What the reader draws over its text: underlines in lanes, label marks, edge handles.

Colour is never the only cue (ADR 0062):

- every annotated span is underlined in its own **lane** below the line (``SpanIndex``), so
  two overlapping spans — of one label or of two — are two lines, and where each starts and
  ends can be read;
- each label draws its underline in its own **pattern** (solid, dashed, double, dash-dot,
  wave …, by the label's place in the schema; dotted is left to suggestions, ADR 0034);
- a small **mark with the label's key** sits above the first character of each span (the
  key the annotator presses, listed with the label's name in the menu, toolbar and panel);
- the selected annotation gets a **handle** at each end, to be dragged (ADR 0096).

All of it is painted after the text from the document's own line layout, for the spans in
view only; nothing is written into the document (it is the bare text, the fills are painted
under it by ``fills.py``, ADR 0105; its positions are the offset map's). Colours go
through :func:`~marginalia.desktop.colours.ink` with the view's current base colour, so a
theme switched while the app runs is followed at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import cast

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTextDocument,
    QTextLine,
)

from marginalia.db import Label, OffsetMap

from ..colours import LINE_CONTRAST, ink, text_on
from .document import LINE_HEIGHT
from .layers import Span, SpanIndex

#: lanes drawn under a line; deeper spans share the last one
LANES = 3
#: how many fills' stretches are remembered before starting again
STRETCHES_KEPT = 50_000


class Pattern(Enum):
    SOLID = "solid"
    DASH = "dash"
    DOUBLE = "double"
    DASH_DOT = "dash-dot"
    WAVE = "wave"
    DASH_DOT_DOT = "dash-dot-dot"


PATTERNS = tuple(Pattern)


def pattern_of(label: Label, labels: tuple[Label, ...]) -> Pattern:
    """A label's underline pattern: by its place in the schema, in turn."""
    index = next((i for i, other in enumerate(labels) if other.id == label.id), 0)
    return PATTERNS[index % len(PATTERNS)]


@dataclass(frozen=True, slots=True)
class LinePiece:
    """The part of one laid-out line a span covers (document coordinates)."""

    x1: float
    x2: float
    top: float
    baseline: float
    #: the bottom of the line's own height; the spacing below it holds the lanes
    bottom: float
    #: the font's size in pixels (what the marks scale with)
    size: float
    #: whether the span starts on this line / ends on it
    first: bool
    last: bool
    #: the bottom of the line's glyph box, unrounded (where Qt ends a text background)
    under: float = 0.0


def line_pieces(
    document: QTextDocument,
    mapping: OffsetMap,
    start: int,
    end: int,
    size: float | None = None,
    bidi: bool | None = None,
) -> list[LinePiece]:
    """The pieces of each line a code-point span covers, top to bottom (``size``: the
    font's pixel size, if the caller knows it)."""
    if size is None:
        size = pixel_size(document.defaultFont())
    a, b = mapping.span_to_document(start, end)
    block = document.findBlock(a)
    pieces: list[LinePiece] = []
    while block.isValid() and block.position() < b:
        layout = block.layout()
        origin = layout.position()
        block_start = block.position()
        lo = max(a, block_start) - block_start
        hi = min(b, block_start + block.length() - 1) - block_start
        index = max(0, layout.lineForTextPosition(lo).lineNumber()) if hi > lo else 0
        mixed = hi > lo and (
            bidi if bidi is not None else _RIGHT_TO_LEFT.search(block.text()) is not None
        )
        while hi > lo and index < layout.lineCount():
            line = layout.lineAt(index)
            index += 1
            if line.textStart() >= hi:
                break
            line_lo = max(lo, line.textStart())
            line_hi = min(hi, line.textStart() + line.textLength())
            if line_hi <= line_lo:
                continue
            top = origin.y() + line.y()
            under = top + line.ascent() + line.descent()
            if line.leadingIncluded():
                under += line.leading()
            for x1, x2 in _extents(line, line_lo, line_hi, mixed):
                pieces.append(
                    LinePiece(
                        origin.x() + x1,
                        origin.x() + x2,
                        top,
                        top + line.ascent(),
                        top + line.height(),
                        size,
                        not pieces,
                        False,
                        under,
                    )
                )
        block = block.next()
    if pieces:
        last = pieces[-1]
        pieces[-1] = LinePiece(
            last.x1,
            last.x2,
            last.top,
            last.baseline,
            last.bottom,
            size,
            last.first,
            True,
            last.under,
        )
    return pieces


def _x(line: QTextLine, position: int) -> float:
    x, _position = cast(tuple[float, int], line.cursorToX(position))
    return x


#: characters of scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko …)
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def _extents(line: QTextLine, lo: int, hi: int, bidi: bool) -> list[tuple[float, float]]:
    """The x ranges of a line that positions ``[lo, hi)`` of its block are drawn in: one
    for text of one direction, one per visual run where directions mix (from the glyph
    runs, as Qt fills a format's background)."""
    if not bidi:
        x1, x2 = _x(line, lo), _x(line, hi)
        return [(min(x1, x2), max(x1, x2))]
    found: list[tuple[float, float]] = []
    for run in sorted(
        (r.boundingRect() for r in line.glyphRuns(lo, hi - lo)), key=lambda r: r.left()
    ):
        if found and run.left() <= found[-1][1] + 0.01:
            found[-1] = (found[-1][0], max(found[-1][1], run.right()))
        else:
            found.append((run.left(), run.right()))
    return found


def lane_y(piece: LinePiece, lane: int) -> float:
    """Where lane ``lane`` runs under a line: in the spacing below it, never through the
    text (a decimal point sits on the baseline, well above)."""
    return piece.bottom + piece.size * (0.08 + 0.18 * min(lane, LANES - 1))


def line_width(piece: LinePiece) -> float:
    return line_width_for(piece.size)


def line_width_for(size: float) -> float:
    """Underlines are a whole number of pixels wide (crisp without antialiasing)."""
    return float(max(1, round(size / 12)))


class Marks:
    """Paints the underlines, label marks and handles of one view's spans."""

    def __init__(self, labels: tuple[Label, ...]) -> None:
        self.set_labels(labels)

    def set_labels(self, labels: tuple[Label, ...]) -> None:
        self.labels = {label.id: label for label in labels}
        self.patterns = {label.id: pattern_of(label, labels) for label in labels}
        self._stamps: dict[tuple[str, int, float, float], QPixmap] = {}
        self._inks: dict[tuple[str, int], QColor] = {}
        self._pieces: dict[str, tuple[int, int, list[LinePiece]]] = {}
        self._stretches: dict[tuple[int, int], list[LinePiece]] = {}
        #: the top and bottom (document y) of what is drawn for a stretch's lines, as the
        #: reader repaints them (``geometry.lines_between``): an add works out the new
        #: span's lines for its own repaint and again for its selection's (issue 14)
        self.extents: dict[tuple[int, int], tuple[float, float]] = {}
        #: blocks' tops, and their positions and lines (the reader's binary search for the
        #: lines a paint's region covers), by block number
        self.blocks: dict[int, float] = {}
        self.block_lines: dict[int, tuple[int, list[tuple[float, int, int]]]] = {}
        #: what :meth:`paint` draws for each span: its underline's segments and the line
        #: its mark goes on, for its place, label, lane and size (issue 14: worked out
        #: again for every span of every line painted, though an add changes a few)
        self._drawn: dict[
            str, tuple[tuple[int, int, str, int, float], list[QLineF], LinePiece | None]
        ] = {}
        self._bidi: tuple[int, bool] | None = None

    def invalidate(self) -> None:
        """Forget where spans' lines are: the layout changed (another article, another
        width or text size, an image fitted). Edits lay nothing out (the fills are painted,
        ADR 0105), so they keep it."""
        self._pieces.clear()
        self._stretches.clear()
        self.extents.clear()
        self.blocks.clear()
        self.block_lines.clear()
        self._drawn.clear()
        self._bidi = None

    def _has_bidi(self, document: QTextDocument) -> bool:
        """Whether the document has any right-to-left text (worked out once per layout:
        a paragraph's text read for every line cost more than the line itself)."""
        if self._bidi is None or self._bidi[0] != id(document):
            found = _RIGHT_TO_LEFT.search(document.toPlainText()) is not None
            self._bidi = (id(document), found)
        return self._bidi[1]

    def stretch(
        self, document: QTextDocument, mapping: OffsetMap, start: int, end: int, size: float
    ) -> list[LinePiece]:
        """:func:`line_pieces` of a stretch of text (a fill's), remembered as :meth:`pieces`."""
        known = self._stretches.get((start, end))
        if known is not None:
            return known
        found = line_pieces(document, mapping, start, end, size, self._has_bidi(document))
        if found:
            if len(self._stretches) > STRETCHES_KEPT:
                self._stretches.clear()
            self._stretches[(start, end)] = found
        return found

    def pieces(
        self, document: QTextDocument, mapping: OffsetMap, span: Span, size: float
    ) -> list[LinePiece]:
        """:func:`line_pieces` of a span, remembered until :meth:`invalidate`."""
        known = self._pieces.get(span.id)
        if known is not None and known[0] == span.start and known[1] == span.end:
            return known[2]
        found = line_pieces(document, mapping, span.start, span.end, size, self._has_bidi(document))
        if found:  # nothing is remembered for a part Qt has not laid out yet
            self._pieces[span.id] = (span.start, span.end, found)
        return found

    def colour(self, label: str, base: QColor) -> QColor:
        """A label's ink on ``base`` (worked out once per label and background)."""
        key = (label, base.rgba())
        colour = self._inks.get(key)
        if colour is None:
            found = self.labels.get(label)
            colour = ink(found.colour if found else "#777777", base, LINE_CONTRAST)
            self._inks[key] = colour
        return colour

    def paint(
        self,
        painter: QPainter,
        document: QTextDocument,
        mapping: OffsetMap,
        index: SpanIndex,
        visible: Sequence[tuple[int, int]],
        base: QColor,
        font: QFont,
        handles: Span | None = None,
    ) -> None:
        """Draw the spans that reach into the stretches ``visible``, each once; lines are
        batched per label (one pen, one ``drawLines``) and marks are stamped from cached
        pixmaps, so a paint costs little more than finding where each span's lines are."""
        size = pixel_size(font)
        inks: dict[str, QColor] = {}
        lines: dict[str, list[QLineF]] = {}
        waves: dict[str, QPainterPath] = {}
        stamps: list[tuple[QRectF, str]] = []
        marks_at: dict[int, int] = {}  # start offset → marks already drawn there
        width = line_width_for(size)
        drawn_before = self._drawn
        for span in spans_in(index, visible):
            label = span.label
            if label not in inks:
                inks[label] = self.colour(label, base)
            key = (span.start, span.end, label, index.lane(span.id), size)
            drawn = drawn_before.get(span.id)
            if drawn is None or drawn[0] != key:
                drawn = self._draw(document, mapping, span, key, width)
            _key, segments, first = drawn
            if self.patterns.get(label) is Pattern.WAVE:
                path = waves.setdefault(label, QPainterPath())
                for segment in segments:
                    _wave(path, segment.x1(), segment.x2(), segment.y1(), width)
            else:
                found = lines.get(label)
                if found is None:
                    lines[label] = list(segments)
                else:
                    found.extend(segments)
            if first is not None:
                slot = marks_at.get(span.start, 0)
                marks_at[span.start] = slot + 1
                stamps.append((mark_rect(first, slot), label))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for label, segments in lines.items():
            painter.setPen(self._pen(inks[label], width, self.patterns.get(label, Pattern.SOLID)))
            painter.drawLines(segments)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for label, path in waves.items():
            painter.setPen(self._pen(inks[label], width, Pattern.WAVE))
            painter.drawPath(path)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        for rect, label in stamps:
            painter.drawPixmap(rect.topLeft(), self._stamp(label, inks[label], size, font, ratio))
        if handles is not None:
            colour = self.colour(handles.label, base)
            pieces = self.pieces(document, mapping, handles, size)  # (its lines, as remembered)
            if pieces:
                _handle(painter, pieces[0].x1, pieces[0], colour)
                _handle(painter, pieces[-1].x2, pieces[-1], colour)

    def _draw(
        self,
        document: QTextDocument,
        mapping: OffsetMap,
        span: Span,
        key: tuple[int, int, str, int, float],
        width: float,
    ) -> tuple[tuple[int, int, str, int, float], list[QLineF], LinePiece | None]:
        """A span's underline segments in its lane (a wave's as the line it follows) and
        the line piece its mark sits on, remembered while ``key`` holds."""
        _start, _end, label, lane, size = key
        double = self.patterns.get(label) is Pattern.DOUBLE
        segments: list[QLineF] = []
        first: LinePiece | None = None
        pieces = self.pieces(document, mapping, span, size)
        for piece in pieces:
            y = round(lane_y(piece, lane)) + 0.5
            x1, x2 = piece.x1 + (1 if piece.first else 0), piece.x2 - (1 if piece.last else 0)
            if double:
                segments.append(QLineF(x1, y - width, x2, y - width))
                segments.append(QLineF(x1, y + width, x2, y + width))
            else:
                segments.append(QLineF(x1, y, x2, y))
            if piece.first:
                first = piece
        drawn = (key, segments, first)
        if pieces:  # nothing is remembered for a part Qt has not laid out yet
            self._drawn[span.id] = drawn
        return drawn

    @staticmethod
    def _pen(colour: QColor, width: float, pattern: Pattern) -> QPen:
        pen = QPen(colour, width * (0.7 if pattern is Pattern.DOUBLE else 1.0))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        dashes = DASHES.get(pattern)
        if dashes:
            pen.setDashPattern(dashes)
        return pen

    def _stamp(
        self, label_id: str, colour: QColor, size: float, font: QFont, ratio: float
    ) -> QPixmap:
        """The mark of a label (its key on a rounded box of its ink), drawn once per size."""
        cache_key = (label_id, colour.rgba(), size, ratio)
        stamp = self._stamps.get(cache_key)
        if stamp is None:
            label = self.labels.get(label_id)
            key = label.key if label else "?"
            width, height = mark_size(size)
            stamp = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
            stamp.setDevicePixelRatio(ratio)
            stamp.fill(Qt.GlobalColor.transparent)
            painter = QPainter(stamp)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            box = QRectF(0, 0, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, height / 4, height / 4)
            small = QFont(font)
            small.setPixelSize(max(7, round(height * 0.82)))
            small.setBold(True)
            painter.setFont(small)
            painter.setPen(text_on(colour))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, key)
            painter.end()
            self._stamps[cache_key] = stamp
        return stamp


def spans_in(index: SpanIndex, stretches: Sequence[tuple[int, int]]) -> list[Span]:
    """The spans that reach into any of ``stretches`` (sorted, apart), each once, in the
    index's order."""
    if len(stretches) == 1:
        return index.overlapping(*stretches[0])
    found: dict[str, Span] = {}
    for lo, hi in stretches:
        for span in index.overlapping(lo, hi):
            found.setdefault(span.id, span)
    return sorted(found.values(), key=lambda s: (s.start, -s.end, s.id))


def pixel_size(font: QFont) -> float:
    """A font's size in pixels, whether it was set in points or pixels."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return QFontInfo(font).pixelSize() or font.pointSizeF() * 96 / 72


def mark_size(size: float) -> tuple[float, float]:
    """The width and height of a label mark for a font of ``size`` pixels."""
    height = max(8.0, size * 0.55)
    return height * 0.9, height


def mark_rect(piece: LinePiece, slot: int = 0) -> QRectF:
    """Where the label mark of a span starting on ``piece`` goes: just above the glyphs (a
    Han character's top on a line with CJK, a capital's on a Latin line), at the start; the
    next span's mark at the same place beside it."""
    size = piece.size
    width, height = mark_size(size)
    cjk_line = piece.baseline - piece.top > size * 1.05  # a CJK font's taller ascent
    bottom = piece.baseline - size * (0.88 if cjk_line else 0.74)
    return QRectF(piece.x1 + slot * (width + 1), bottom - height, width, height)


#: dash patterns in pen widths (dotted is the suggestions', ADR 0034)
DASHES: dict[Pattern, list[float]] = {
    Pattern.DASH: [4.0, 2.0],
    Pattern.DASH_DOT: [4.0, 1.5, 1.0, 1.5],
    Pattern.DASH_DOT_DOT: [4.0, 1.5, 1.0, 1.5, 1.0, 1.5],
}


def _wave(path: QPainterPath, x1: float, x2: float, y: float, width: float) -> None:
    path.moveTo(QPointF(x1, y))
    step = width * 2.5
    x, up = x1, True
    while x < x2:
        following = min(x + step, x2)
        bend = (-width if up else width) * 1.3
        path.quadTo(QPointF((x + following) / 2, y + bend), QPointF(following, y))
        x, up = following, not up


def knob_centre(piece: LinePiece, x: float) -> QPointF:
    """Where a handle's knob is: below the lanes of underlines, on the edge."""
    return QPointF(x, piece.bottom + piece.size * 0.58)


def _handle(painter: QPainter, x: float, piece: LinePiece, colour: QColor) -> None:
    width = line_width(piece)
    centre = knob_centre(piece, x)
    painter.setPen(QPen(colour, width * 1.5))
    painter.drawLine(QPointF(x, piece.top), centre)
    radius = max(2.5, piece.size * 0.2)
    painter.setBrush(colour)
    painter.drawEllipse(centre, radius, radius)


def handle_rects(
    document: QTextDocument, mapping: OffsetMap, span: Span
) -> tuple[QRectF, QRectF] | None:
    """The places (document coordinates) where the selected span's start and end handles
    can be grabbed: the edge's line height and the knob below, a few pixels either side."""
    pieces = list(line_pieces(document, mapping, span.start, span.end))
    if not pieces:
        return None
    first, last = pieces[0], pieces[-1]

    def around(x: float, piece: LinePiece) -> QRectF:
        reach = max(4.0, line_width(piece) * 3)
        height = piece.bottom - piece.top
        return QRectF(x - reach, piece.top, 2 * reach, height * (LINE_HEIGHT / 100))

    return around(first.x1, first), around(last.x2, last)


__all__ = [
    "LANES",
    "PATTERNS",
    "LinePiece",
    "Marks",
    "Pattern",
    "handle_rects",
    "knob_centre",
    "lane_y",
    "line_pieces",
    "mark_rect",
    "pattern_of",
]
