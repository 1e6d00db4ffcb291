"""A stretch the reader marks in a colour of its own, drawn as Qt draws a text selection.

What the suggestions use for the current suggestion (ADR 0034): Qt's text selection there
stays what the keyboard, the Tag action and a screen reader act on, but it is drawn over in
the plum of the suggestions, not the palette's blue, which a selected Figure annotation's
fill matched. The reader paints it after Qt's text (fills, text, the text selection and the
selected annotation) and before its lanes, marks and handles (ADR 0105, 0108).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPalette,
    QRegion,
    QTextCharFormat,
    QTextDocument,
    QTextLayout,
)

from marginalia.db import OffsetMap

from ..colours import text_on
from .marks import LinePiece


@dataclass(frozen=True, slots=True)
class Highlight:
    """``[start, end)`` (stored offsets) in ``colour(palette)``, its text in black or
    white, whichever reads better on it."""

    start: int
    end: int
    colour: Callable[[QPalette], QColor]


def paint_highlight(
    painter: QPainter,
    document: QTextDocument,
    mapping: OffsetMap,
    highlight: Highlight,
    pieces: list[LinePiece],
    background: QColor,
) -> None:
    """Draw ``highlight`` as Qt draws a text selection, in ``background``, inside its
    ``pieces``' rectangles (whole pixels, each line's top to its own bottom: where Qt fills
    a selection, so Qt's own selection of the same text is covered). ``painter`` is in
    document coordinates, clipped to the region being painted."""
    if not pieces:
        return
    a, b = mapping.span_to_document(highlight.start, highlight.end)
    clip = QRegion()
    for piece in pieces:
        left, right = math.floor(piece.x1), math.ceil(piece.x2)
        top, bottom = math.floor(piece.top), math.ceil(piece.bottom)
        clip = clip.united(QRect(left, top, max(1, right - left), bottom - top))
    selected = QTextCharFormat()
    selected.setBackground(background)
    selected.setForeground(text_on(background))
    painter.save()
    try:
        painter.setClipRegion(clip, Qt.ClipOperation.IntersectClip)
        block = document.findBlock(a)
        while block.isValid() and block.position() < b:
            start = max(a, block.position()) - block.position()
            end = min(b, block.position() + block.length() - 1) - block.position()
            if end > start:
                found = QTextLayout.FormatRange()
                found.start, found.length, found.format = start, end - start, selected
                # (QTextLayout.draw adds the layout's own position, as the document's does)
                block.layout().draw(painter, QPointF(), [found], QRectF())
            block = block.next()
    finally:
        painter.restore()
