"""Painting annotated spans into the document's character formats (ADR 0062).

Spans are painted as character formats of the document itself (``QTextCursor``), not as
``setExtraSelections`` (which re-lays out everything on each change: 20–30 ms per add with
thousands of spans). Overlaps stay distinguishable: every layer adds a translucent fill of
its label's colour, so a stretch covered twice is visibly darker and mixed; a stretch inside
two spans is underlined in the inner span's colour, inside three or more with a wave.
Only the stretch an edit touches is repainted.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Mapping

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

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
    ) -> None:
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
        self._run_offsets = sorted({run.offset for run in mapping.insertions})

    def _format(self, layers: tuple[Span, ...]) -> QTextCharFormat:
        key = (layers[0].label,) if len(layers) == 1 else tuple(s.label for s in layers)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            fmt.setBackground(blend((self._colour(k) for k in key), self.base))
            if len(key) >= 2:
                fmt.setFontUnderline(True)
                style = (
                    QTextCharFormat.UnderlineStyle.SingleUnderline
                    if len(key) == 2
                    else QTextCharFormat.UnderlineStyle.WaveUnderline
                )
                fmt.setUnderlineStyle(style)
                fmt.setUnderlineColor(self._colour(key[-1]).darker(130))
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
            fmt = self._format(segment.layers)
            for a, b in self._ranges(segment.start, segment.end):
                if a < b:
                    cursor.setPosition(a)
                    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
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
        for lo, hi in _merge(touched):
            for a, b in self._ranges(lo, hi):
                if a < b:
                    cursor.setPosition(a)
                    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(self._plain)
            self._paint(cursor, segments(self._touching(lo, hi), lo, hi))
        cursor.endEditBlock()


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged
