"""Filling annotated spans into the document's character formats (ADR 0062).

Spans are filled as character formats of the document itself (``QTextCursor``), not as
``setExtraSelections`` (which re-lays out everything on each change: 20–30 ms per add with
thousands of spans). Every layer adds a translucent fill of its label's colour over the
view's background, so a stretch covered twice is visibly darker and mixed. Where a run of
punctuation has a font of its own (``typography.cjk_punctuation``) the fill is *merged*
into its format, so the font survives; elsewhere it is simply set (faster). Only the
stretch an edit touches is refilled; a new background (the theme switched) refills
everything. Underlines, lanes and label marks are drawn over the text by ``marks.py``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument

from marginalia.db import OffsetMap

from .layers import Segment, Span, segments

FILL_ALPHA = 0.30


def blend(colours: Iterable[QColor], base: QColor) -> QColor:
    r, g, b = base.redF(), base.greenF(), base.blueF()
    for colour in colours:
        r = r * (1 - FILL_ALPHA) + colour.redF() * FILL_ALPHA
        g = g * (1 - FILL_ALPHA) + colour.greenF() * FILL_ALPHA
        b = b * (1 - FILL_ALPHA) + colour.blueF() * FILL_ALPHA
    return QColor.fromRgbF(r, g, b)


class Highlighter:
    def __init__(
        self,
        document: QTextDocument,
        mapping: OffsetMap,
        colours: Mapping[str, QColor],
        base: QColor,
        fonted: Sequence[tuple[int, int]] = (),
    ) -> None:
        """``fonted``: code-point runs that carry a font of their own (CJK punctuation); a
        fill is merged into them, and simply set everywhere else (faster)."""
        self.document = document
        self.mapping = mapping
        self.colours = colours
        self.base = base
        self.spans: dict[str, Span] = {}
        #: (start, id) of every span, sorted, and the longest span's length: the spans that
        #: touch a stretch are found by bisection, not by a scan of all of them
        self._starts: list[tuple[int, str]] = []
        self._longest = 0
        self._formats: dict[tuple[str, ...], QTextCharFormat] = {}
        self._plain = QTextCharFormat()
        self._plain.setBackground(QBrush(Qt.BrushStyle.NoBrush))
        self._run_offsets = sorted({run.offset for run in mapping.insertions})
        self._fonted_starts = [a for a, _b in fonted]
        self._fonted_ends = [b for _a, b in fonted]

    def _has_font(self, start: int, end: int) -> bool:
        """Whether a run with a font of its own reaches into ``[start, end)``."""
        index = bisect_right(self._fonted_starts, end - 1) - 1
        return index >= 0 and self._fonted_ends[index] > start

    def _format(self, layers: tuple[Span, ...]) -> QTextCharFormat:
        key = (layers[0].label,) if len(layers) == 1 else tuple(s.label for s in layers)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setBackground(blend((self._colour(k) for k in key), self.base))
            self._formats[key] = fmt
        return fmt

    def _colour(self, label: str) -> QColor:
        return self.colours.get(label, QColor("#999999"))

    def _ranges(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Document ranges of a code-point stretch, skipping inserted images and captions."""
        index = bisect_right(self._run_offsets, start)
        if index == len(self._run_offsets) or self._run_offsets[index] >= end:
            return (self.mapping.span_to_document(start, end),)  # the common case
        return self._split_ranges(start, end, index)

    def _split_ranges(self, start: int, end: int, index: int) -> Iterable[tuple[int, int]]:
        cut = start
        while index < len(self._run_offsets) and self._run_offsets[index] < end:
            inner = self._run_offsets[index]
            yield self.mapping.span_to_document(cut, inner)
            cut = inner
            index += 1
        yield self.mapping.span_to_document(cut, end)

    def _paint(self, cursor: QTextCursor, segment_list: Iterable[Segment]) -> None:
        for segment in segment_list:
            self._apply(cursor, segment.start, segment.end, self._format(segment.layers))

    def _apply(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        keep_fonts = bool(self._fonted_starts) and self._has_font(start, end)
        for a, b in self._ranges(start, end):
            if a < b:
                cursor.setPosition(a)
                cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                if keep_fonts:
                    cursor.mergeCharFormat(fmt)
                else:
                    cursor.setCharFormat(fmt)

    def _touching(self, lo: int, hi: int) -> list[Span]:
        """The spans that overlap ``[lo, hi)`` (a superset is fine: ``segments`` clips)."""
        first = bisect_left(self._starts, (lo - self._longest, ""))
        last = bisect_left(self._starts, (hi, ""))
        spans = self.spans
        return [spans[span_id] for _start, span_id in self._starts[first:last]]

    def _index(self, span: Span) -> None:
        insort(self._starts, (span.start, span.id))
        self._longest = max(self._longest, span.end - span.start)

    def _unindex(self, span: Span) -> None:
        at = bisect_left(self._starts, (span.start, span.id))
        if at < len(self._starts) and self._starts[at] == (span.start, span.id):
            del self._starts[at]

    def reset(self, spans: Iterable[Span]) -> None:
        """Paint all spans of a freshly built document."""
        self.spans = {s.id: s for s in spans}
        self._starts = sorted((s.start, s.id) for s in self.spans.values())
        self._longest = max((s.end - s.start for s in self.spans.values()), default=0)
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        self._paint(cursor, segments(self.spans.values()))
        cursor.endEditBlock()

    def set_colours(self, colours: Mapping[str, QColor], base: QColor) -> None:
        """New label colours or a new background (the theme): every span filled again."""
        self.colours, self.base = colours, base
        self._formats.clear()
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        self._paint(cursor, segments(self.spans.values()))
        cursor.endEditBlock()

    def update(self, changed: Iterable[Span], removed: Iterable[str]) -> None:
        """Add or change some spans and remove others, repainting only what they touch."""
        touched: list[tuple[int, int]] = []
        for span_id in removed:
            old = self.spans.pop(span_id, None)
            if old is not None:
                self._unindex(old)
                touched.append((old.start, old.end))
        for span in changed:
            old = self.spans.get(span.id)
            if old is not None:
                self._unindex(old)
                touched.append((old.start, old.end))
            self.spans[span.id] = span
            self._index(span)
            touched.append((span.start, span.end))
        if not touched:
            return
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for lo, hi in merge_ranges(touched):
            self._apply(cursor, lo, hi, self._plain)
            self._paint(cursor, segments(self._touching(lo, hi), lo, hi))
        cursor.endEditBlock()


def merge_ranges(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching stretches joined, in order."""
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged
