"""Where the reader's lines are: the lines a stretch of text covers (what a repaint of its
spans must reach) and the stretches a region being painted covers, read from the document's
own layout and remembered in :class:`~.marks.Marks` until the layout changes (issue 14:
looked up again on every edit and every paint)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QRegion, QTextDocument

from marginalia.db import OffsetMap

from .marks import STRETCHES_KEPT, Marks, pixel_size


def lines_between(
    document: QTextDocument, mapping: OffsetMap, marks: Marks, font: QFont, start: int, end: int
) -> tuple[float, float] | None:
    """The top and bottom (document y) of what is drawn for the lines of a stretch: the
    marks reach above the first line, lanes and handles into the spacing below the
    last."""
    known = marks.extents.get((start, end))
    if known is not None:  # (nothing is laid out again until the marks forget it)
        return known
    size = pixel_size(font)
    a, b = mapping.span_to_document(start, max(start, end))
    last = max(0, document.characterCount() - 1)
    a, b = min(a, last), min(max(a, b - 1), last)
    top = line_edge(document, a, bottom=False)
    bottom = line_edge(document, b, bottom=True)
    if top is None or bottom is None or bottom <= top:
        return None  # not laid out yet: it is painted when Qt lays it out
    if len(marks.extents) > STRETCHES_KEPT:
        marks.extents.clear()
    found = marks.extents[(start, end)] = (top - size, bottom + size)
    return found


def line_edge(document: QTextDocument, position: int, *, bottom: bool) -> float | None:
    """The top (or the bottom, its spacing below included) of the line of a position."""
    block = document.findBlock(position)
    if not block.isValid():
        return None
    rect = document.documentLayout().blockBoundingRect(block)
    if rect.height() <= 0:
        return None
    line = block.layout().lineForTextPosition(position - block.position())
    if not line.isValid():
        return rect.bottom() if bottom else rect.top()
    origin = block.layout().position().y()
    if not bottom:
        return origin + line.y()
    following = block.layout().lineAt(line.lineNumber() + 1)
    return origin + following.y() if following.isValid() else rect.bottom()


def position_at(document: QTextDocument, marks: Marks, y: float, *, first: bool) -> int:
    """The first (or last) document position of the line at height ``y``."""
    low, high = 0, document.blockCount() - 1
    while low < high:  # the last laid-out block whose top is at or above y
        middle = (low + high + 1) // 2
        top = block_top(document, marks, middle)
        if top is not None and top <= y:  # Qt lays out lazily, top down
            low = middle
        else:
            high = middle - 1
    position, lines = block_lines(document, marks, low)
    chosen = None
    for line in lines:
        if line[0] > y:
            break
        chosen = line
    if chosen is None:
        return position
    return position + chosen[1] + (0 if first else chosen[2])


def block_top(document: QTextDocument, marks: Marks, number: int) -> float | None:
    """A laid-out block's top (document y), remembered until the layout changes (issue
    14: a paint's region looked up the same blocks on every frame)."""
    known = marks.blocks.get(number)
    if known is not None:
        return known
    rect = document.documentLayout().blockBoundingRect(document.findBlockByNumber(number))
    if rect.height() <= 0:
        return None  # not laid out yet
    marks.blocks[number] = rect.top()
    return rect.top()


def block_lines(
    document: QTextDocument, marks: Marks, number: int
) -> tuple[int, list[tuple[float, int, int]]]:
    """A block's position and its lines' tops (document y), starts and lengths."""
    known = marks.block_lines.get(number)
    if known is not None:
        return known
    block = document.findBlockByNumber(number)
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    found = (
        block.position(),
        [(rect.top() + ln.y(), ln.textStart(), ln.textLength()) for ln in lines],
    )
    if rect.height() > 0:
        marks.block_lines[number] = found
    return found


def bands(region: QRegion) -> list[QRect]:
    """The rectangles of a region joined where their heights meet or touch, top down: a
    band of lines each (Qt splits a region of rectangles of several widths into rows)."""
    rects = sorted(cast(Iterable[QRect], region), key=QRect.top)  # (iterable at run time)
    found: list[QRect] = []
    for rect in rects:
        if found and rect.top() <= found[-1].bottom() + 1:
            found[-1] = found[-1].united(rect)
        else:
            found.append(QRect(rect))
    return found
