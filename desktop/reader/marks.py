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
view only; nothing is written into the document (its formats are the fills', its positions
the offset map's). Colours go through :func:`~marginalia.desktop.colours.ink` with the
view's current base colour, so a theme switched while the app runs is followed at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QPainter,
    QPainterPath,
    QPen,
    QTextDocument,
    QTextLine,
)

from marginalia.db import Label, OffsetMap

from ..colours import LINE_CONTRAST, ink, text_on
from .document import LINE_HEIGHT
from .layers import Span, SpanIndex

#: lanes drawn under a line; deeper spans share the last one
LANES = 3


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


def line_pieces(
    document: QTextDocument, mapping: OffsetMap, start: int, end: int
) -> Iterator[LinePiece]:
    """The pieces of each line a code-point span covers, top to bottom."""
    size = pixel_size(document.defaultFont())
    a, b = mapping.span_to_document(start, end)
    block = document.findBlock(a)
    first = True
    pieces: list[LinePiece] = []
    while block.isValid() and block.position() < b:
        layout = block.layout()
        origin = layout.position()
        block_start = block.position()
        lo = max(a, block_start) - block_start
        hi = min(b, block_start + block.length() - 1) - block_start
        if hi > lo:
            for index in range(layout.lineCount()):
                line = layout.lineAt(index)
                line_lo = max(lo, line.textStart())
                line_hi = min(hi, line.textStart() + line.textLength())
                if line_hi <= line_lo:
                    continue
                x1, x2 = _x(line, line_lo), _x(line, line_hi)
                top = origin.y() + line.y()
                pieces.append(
                    LinePiece(
                        origin.x() + min(x1, x2),
                        origin.x() + max(x1, x2),
                        top,
                        top + line.ascent(),
                        top + line.height(),
                        size,
                        first,
                        False,
                    )
                )
                first = False
        block = block.next()
    if pieces:
        last = pieces[-1]
        pieces[-1] = LinePiece(
            last.x1, last.x2, last.top, last.baseline, last.bottom, size, last.first, True
        )
    yield from pieces


def _x(line: QTextLine, position: int) -> float:
    x, _position = cast(tuple[float, int], line.cursorToX(position))
    return x


def lane_y(piece: LinePiece, lane: int) -> float:
    """Where lane ``lane`` runs under a line: in the spacing below it, never through the
    text (a decimal point sits on the baseline, well above)."""
    return piece.bottom + piece.size * (0.08 + 0.18 * min(lane, LANES - 1))


def line_width(piece: LinePiece) -> float:
    return max(1.0, piece.size / 12)


class Marks:
    """Paints the underlines, label marks and handles of one view's spans."""

    def __init__(self, labels: tuple[Label, ...]) -> None:
        self.set_labels(labels)

    def set_labels(self, labels: tuple[Label, ...]) -> None:
        self.labels = {label.id: label for label in labels}
        self.patterns = {label.id: pattern_of(label, labels) for label in labels}

    def colour(self, label: str, base: QColor) -> QColor:
        found = self.labels.get(label)
        return ink(found.colour if found else "#777777", base, LINE_CONTRAST)

    def paint(
        self,
        painter: QPainter,
        document: QTextDocument,
        mapping: OffsetMap,
        index: SpanIndex,
        visible: tuple[int, int],
        base: QColor,
        font: QFont,
        handles: Span | None = None,
    ) -> None:
        colours: dict[str, QColor] = {}
        marks_at: dict[int, int] = {}  # start offset -> marks already drawn there
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for span in index.overlapping(*visible):
            colour = colours.get(span.label)
            if colour is None:
                colour = colours[span.label] = self.colour(span.label, base)
            lane = index.lane(span.id)
            pattern = self.patterns.get(span.label, Pattern.SOLID)
            for piece in line_pieces(document, mapping, span.start, span.end):
                _underline(painter, piece, lane, colour, pattern)
                if piece.first:
                    slot = marks_at.get(span.start, 0)
                    marks_at[span.start] = slot + 1
                    self._mark(painter, piece, span.label, colour, font, slot)
        if handles is not None:
            colour = self.colour(handles.label, base)
            pieces = list(line_pieces(document, mapping, handles.start, handles.end))
            if pieces:
                _handle(painter, pieces[0].x1, pieces[0], colour)
                _handle(painter, pieces[-1].x2, pieces[-1], colour)

    def _mark(
        self,
        painter: QPainter,
        piece: LinePiece,
        label_id: str,
        colour: QColor,
        font: QFont,
        slot: int,
    ) -> None:
        label = self.labels.get(label_id)
        key = label.key if label else "?"
        rect = mark_rect(piece, slot)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        radius = rect.height() / 4
        painter.drawRoundedRect(rect, radius, radius)
        small = QFont(font)
        small.setPixelSize(max(7, round(rect.height() * 0.82)))
        small.setBold(True)
        painter.setFont(small)
        painter.setPen(text_on(colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, key)


def pixel_size(font: QFont) -> float:
    """A font's size in pixels, whether it was set in points or pixels."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return QFontInfo(font).pixelSize() or font.pointSizeF() * 96 / 72


def mark_rect(piece: LinePiece, slot: int = 0) -> QRectF:
    """Where the label mark of a span starting on ``piece`` goes: just above the glyphs (a
    Han character's top on a line with CJK, a capital's on a Latin line), at the start; the
    next span's mark at the same place beside it."""
    size = piece.size
    height = max(8.0, size * 0.55)
    width = height * 0.9
    cjk_line = piece.baseline - piece.top > size * 1.05  # a CJK font's taller ascent
    bottom = piece.baseline - size * (0.88 if cjk_line else 0.74)
    return QRectF(piece.x1 + slot * (width + 1), bottom - height, width, height)


def _underline(
    painter: QPainter, piece: LinePiece, lane: int, colour: QColor, pattern: Pattern
) -> None:
    y = lane_y(piece, lane)
    width = line_width(piece)
    x1, x2 = piece.x1 + (0.5 if piece.first else 0), piece.x2 - (0.5 if piece.last else 0)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if pattern is Pattern.WAVE:
        painter.setPen(pen)
        path = QPainterPath(QPointF(x1, y))
        step = width * 2.5
        x, up = x1, True
        while x < x2:
            nxt = min(x + step, x2)
            path.quadTo(
                QPointF((x + nxt) / 2, y + (-width if up else width) * 1.3), QPointF(nxt, y)
            )
            x, up = nxt, not up
        painter.drawPath(path)
        return
    if pattern is Pattern.DOUBLE:
        thin = QPen(colour, max(1.0, width * 0.6))
        thin.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(thin)
        painter.drawLine(QPointF(x1, y - width * 0.8), QPointF(x2, y - width * 0.8))
        painter.drawLine(QPointF(x1, y + width * 0.8), QPointF(x2, y + width * 0.8))
        return
    dashes: Mapping[Pattern, list[float]] = {
        Pattern.DASH: [4.0, 2.0],
        Pattern.DASH_DOT: [4.0, 1.5, 1.0, 1.5],
        Pattern.DASH_DOT_DOT: [4.0, 1.5, 1.0, 1.5, 1.0, 1.5],
    }
    if pattern in dashes:
        pen.setDashPattern(dashes[pattern])
    painter.setPen(pen)
    painter.drawLine(QPointF(x1, y), QPointF(x2, y))


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
