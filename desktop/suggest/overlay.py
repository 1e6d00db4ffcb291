"""Suggestions drawn over the reader: a dotted underline in the label's colour, no fill;
the current one in the suggestions' plum, drawn by the reader as a text selection is
(``ReaderView.set_highlight``), with a dashed outline in its label's colour.

Nothing is written into the reader's document: it is the bare text (ADR 0105) and its
positions are the offset map's (ADR 0060). The overlay paints after the reader (its fills,
text, lanes and marks), from the document's own line layout, only the suggestions in the
bands being repainted; the current one gets a thin outline as well. See ADR 0034.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLineF, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen

from marginalia.db.suggest.review import Proposal

from ..colours import suggestion_current
from ..reader.geometry import bands
from ..reader.highlight import Highlight
from ..reader.layers import Span
from ..reader.marks import LinePiece, lane_y, pixel_size

if TYPE_CHECKING:
    from ..reader import ReaderView

UNDERLINE_WIDTH = 1.6

#: a suggestion's lane, its line pieces, its lines' left end, length and height (document
#: coordinates), and the first lane below the annotations over it
_Drawn = tuple[int, list[LinePiece], list[tuple[float, float, float]], int]


class SuggestionOverlay(QObject):
    """Paints ``proposals`` of the reader's article over ``view``'s viewport."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self.view = view
        self.article_id: int | None = None
        self.proposals: list[Proposal] = []
        self.current: tuple[str, int, int] | None = None
        self._starts: list[int] = []
        self._spans: list[Span] = []
        self._longest = 0
        self._painting = False
        #: what each suggestion's underline is, by its place in ``proposals`` (``_Drawn``),
        #: for the span index it was read from (issue 14: the annotations' lanes under
        #: every suggestion in the region were looked up again on every paint). Forgotten
        #: where annotations change its lane (``spansRepainted``), for other proposals,
        #: another index (an article shown) or other pieces (a layout, ``Marks.invalidate``).
        self._drawn: dict[int, _Drawn] = {}
        self._index: object = None
        view.viewport().installEventFilter(self)
        view.spansRepainted.connect(self._follow)

    def _follow(self, stretches: list[tuple[int, int]]) -> None:
        """Annotations changed over these stretches: a suggestion there whose lane dropped
        (or rose) is drawn again on every line it covers, beyond the lines the reader
        repaints; one whose lane stayed keeps what it drew (issue 14: every suggestion
        over an add was repainted whole, a sentence's lines for a claim)."""
        if not self.proposals:
            return
        self._check_index()
        reach: list[tuple[int, int]] = []
        drawn = self._drawn
        for lo, hi in stretches:
            first = bisect_left(self._starts, lo - self._longest)
            last = bisect_right(self._starts, hi)
            for i in range(first, last):
                s = self.proposals[i].suggestion
                if s.end <= lo:
                    continue
                known = drawn.get(i)
                if known is None:
                    continue  # not on screen, or already to be painted again
                if self.view.lane_below(s.start, s.end) == known[3]:
                    continue  # (the reader repaints the changed lines; the rest is right)
                del drawn[i]
                if (s.start, s.end) != (lo, hi):
                    reach.append((s.start, s.end))
        if reach:
            self.view.update_lines(reach)

    def _check_index(self) -> None:
        """Forget every underline when the reader's spans were filled anew (an article)."""
        index = self.view.index
        if self._index != (id(index), index.resets):
            self._drawn.clear()
            self._index = (id(index), index.resets)

    def forget(self) -> None:
        """Work every underline out again on the next paint (the tests' full paint)."""
        self._drawn.clear()

    def set_proposals(
        self, article_id: int | None, proposals: Sequence[Proposal], current: object = None
    ) -> None:
        ordered = sorted(proposals, key=lambda p: (p.suggestion.start, p.suggestion.end))
        if article_id == self.article_id and ordered == self.proposals:
            self.set_current(current)  # type: ignore[arg-type]  # the same underlines
            return
        self.article_id = article_id
        self.proposals = ordered
        self._starts = [p.suggestion.start for p in self.proposals]
        # as the reader's spans, so that where their lines are is remembered with the
        # reader's until its layout changes (issue 14: worked out again on every paint)
        self._spans = [
            Span(
                f"suggestion:{p.suggestion.label}:{p.suggestion.start}:{p.suggestion.end}",
                p.suggestion.label,
                p.suggestion.start,
                p.suggestion.end,
            )
            for p in self.proposals
        ]
        self._longest = max((p.suggestion.end - p.suggestion.start for p in proposals), default=0)
        self._drawn.clear()
        self.current = current  # type: ignore[assignment]
        self._highlight()
        self.view.viewport().update()

    def set_current(self, key: tuple[str, int, int] | None) -> None:
        """Another current suggestion: only its lines and the last one's are repainted (the
        plum and the outline move; the underlines stay)."""
        if key == self.current:
            return
        before = self._span_of(self.current)
        self.current = key
        self._highlight()
        self.view.update_lines(s for s in (before, self._span_of(key)) if s is not None)

    def _span_of(self, key: object) -> tuple[int, int] | None:
        if key is None:
            return None
        found = next((p.suggestion for p in self.proposals if p.key == key), None)
        return (found.start, found.end) if found is not None else None

    def _highlight(self) -> None:
        """The current suggestion in the suggestions' plum (ADR 0034), as the reader draws a
        text selection: not the palette's blue a selected Figure annotation's fill matched."""
        span = self._span_of(self.current)
        view = self.view
        shown = view.article is not None and view.article.id == self.article_id
        if span is None or not shown:
            view.set_highlight(None)
        else:
            view.set_highlight(Highlight(span[0], span[1], suggestion_current))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painting and self.proposals:
            self._painting = True
            self.view.painting = None
            try:
                self.view.paintEvent(event)  # type: ignore[arg-type]  # the text first
                self._paint(event)  # type: ignore[arg-type]
            finally:
                self._painting = False
            return True
        return False

    # -- drawing -------------------------------------------------------------------------

    def _paint(self, event: QPaintEvent) -> None:
        view = self.view
        article = view.article
        if article is None or article.id != self.article_id:
            return
        # only what is repainted: the bands of the region, not the rectangle around them
        chosen: list[int] = []
        # (the reader's paint just worked them out: ~0.15 ms an add's frame, issue 14)
        stretches = view.painting
        if stretches is None:
            stretches = view.painted_offsets(event.region())
        for lo, hi in stretches:
            first = bisect_left(
                self._starts, max(lo - self._longest, chosen[-1] + 1 if chosen else 0)
            )
            last = bisect_right(self._starts, hi)
            chosen.extend(i for i in range(first, last) if self.proposals[i].suggestion.end > lo)
        dx = -view.horizontalScrollBar().value()
        dy = -view.verticalScrollBar().value()
        self._check_index()
        # what reaches the screen: the region's bands, with a pen's width around them
        reached = [(b.top() - 2.0, b.bottom() + 3.0) for b in bands(event.region())]
        painter = QPainter(view.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        visible = [self.proposals[i] for i in chosen]
        document, mapping, marks = view.document(), view.mapping, view.marks
        size = pixel_size(document.defaultFont())
        # lines are drawn in batches of one pen (consecutive proposals of one label), in
        # the same order as one by one: ~100 proposals in view made a Python call each
        pens: dict[str, QPen] = {}
        batch: list[QLineF] = []
        batch_label = ""
        drawn = self._drawn
        try:
            for i, proposal, depth in zip(chosen, visible, _depths(visible), strict=True):
                s = proposal.suggestion
                pieces = marks.pieces(document, mapping, self._spans[i], size)
                known = drawn.get(i)
                if known is None or known[1] is not pieces:
                    # in the lanes under the line, below the annotations' (never through
                    # the text: a raised underline once hid the decimal point of 12.5)
                    below = view.lane_below(s.start, s.end)
                    lane = below + min(depth, 2)
                    ends = [(p.x1, p.x2 - p.x1, lane_y(p, lane)) for p in pieces]
                    known = (lane, pieces, ends, below)
                    if pieces:  # (a part Qt has not laid out yet is not remembered)
                        drawn[i] = known
                # only the lines that reach the region (the others are clipped away); each
                # as before: the same numbers, so the same pixels
                shown = [
                    QLineF(left, y, left + width, y)
                    for x1, width, lane_at in known[2]
                    for left, y in ((x1 + dx, lane_at + dy),)
                    if any(top <= y <= bottom for top, bottom in reached)
                ]
                current = proposal.key == self.current and bool(pieces)
                if not shown and not current:
                    continue
                if s.label != batch_label:
                    if batch:
                        painter.drawLines(batch)
                        batch = []
                    batch_label = s.label
                    pen = pens.get(s.label)
                    if pen is None:
                        pen = pens[s.label] = QPen(view.ink(s.label), UNDERLINE_WIDTH)
                        pen.setStyle(Qt.PenStyle.DotLine)  # (the theme's readable ink)
                    painter.setPen(pen)
                batch.extend(shown)
                if current:
                    painter.drawLines(batch)
                    batch = []
                    outline = QPen(view.ink(s.label), 1.2)
                    outline.setStyle(Qt.PenStyle.DashLine)
                    painter.setPen(outline)
                    for piece in pieces:
                        rect = QRectF(
                            piece.x1, piece.top, piece.x2 - piece.x1, piece.bottom - piece.top
                        )
                        rect.translate(dx, dy)
                        painter.drawRect(rect.adjusted(-1, 0, 1, 0))
                    painter.setPen(pens[s.label])
            if batch:
                painter.drawLines(batch)
        finally:
            painter.end()


def _depths(proposals: Sequence[Proposal]) -> list[int]:
    """How many of the other ``proposals`` (sorted by start) contain each one: only those
    still open where it starts can (a few, where hundreds are in view)."""
    depths = []
    open_: list[tuple[int, int]] = []  # (start, end) of those ending after the last start
    for proposal in proposals:
        s = proposal.suggestion
        open_ = [(a, b) for a, b in open_ if b > s.start] if open_ else open_
        length = s.end - s.start
        depths.append(sum(1 for a, b in open_ if a <= s.start and s.end <= b and b - a > length))
        open_.append((s.start, s.end))
    return depths
