"""The reader: the article's text, read-only but with a caret, and its annotated spans.

Signals say what the user asked for; the window turns them into commands. Every position
the view hands out is a stored code-point offset, converted through the article's
:class:`~marginalia.db.offsets.OffsetMap`.

A mouse selection snaps to whole words and figures when the button is released (hold Ctrl
to keep it exactly as dragged); the selected annotation's ends can be dragged by their
handles, snapping the same way (ADR 0096). Spans are filled under the text (``fills.py``,
ADR 0105: the document itself is the bare text, never formatted by an annotation) and
underlined, marked and handled over it (``marks.py``).
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from marginalia.db import Annotation, Article, OffsetMap, Schema, drag, snap
from marginalia.db.spans import Edge

from ..colours import base_of, text_on
from ..i18n import attribute_name, attribute_value, label_and_key, label_name, labelled
from .document import (
    PlacedImage,
    build_document,
    fit_images,
    offset_map,
    reader_font,
    style_captions,
)
from .fills import Fills, merge_ranges
from .geometry import bands, lines_between, position_at
from .highlight import Highlight, paint_highlight
from .layers import Span, SpanIndex
from .marks import LANES, Marks, handle_rects, pixel_size
from .typography import cjk_punctuation

MIN_POINT_SIZE = 6.0
MAX_POINT_SIZE = 48.0
#: a press that moves less than this (pixels) is a click, not a drag
CLICK_SLOP = 3


@dataclass(slots=True)
class _EdgeDrag:
    annotation_id: str
    edge: Edge
    span: tuple[int, int]


class ReaderView(QTextEdit):
    #: the user pressed a label's key (or Delete) with the reader focused
    tagRequested = Signal(str)
    deleteRequested = Signal()
    #: a click on an annotated span (its innermost annotation), or on plain text (None)
    annotationClicked = Signal(object)
    #: an edge of an annotation was dragged: (annotation id, new start, new end)
    adjustRequested = Signal(str, int, int)
    #: the context menu was asked for at this global position
    menuRequested = Signal(QPoint)
    zoomChanged = Signal(float)
    #: stretches of text (stored offsets) repainted because their spans changed: what is
    #: drawn over them (the suggestions' underlines, which sit below the annotations'
    #: lanes) follows
    spansRepainted = Signal(list)
    #: annotations of the shown article applied by ``update_annotations``, as stored
    #: (deleted ones included): the suggestions filter their last computation by them
    annotationsUpdated = Signal(object)

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Article text"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setFont(reader_font())
        self.document().setDefaultFont(self.font())
        self.document().setDocumentMargin(16)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self._schema = schema
        self.marks = Marks(schema.labels)
        self.article: Article | None = None
        self.mapping = OffsetMap("")
        self.annotations: dict[str, Annotation] = {}
        self.index = SpanIndex()
        self._placed: list[PlacedImage] = []
        self._selected: str | None = None
        self._press: QPoint | None = None
        self._edge: _EdgeDrag | None = None
        #: a dragged span shown until the change comes back from the database
        self._preview: tuple[str, int, int] | None = None
        self._base = base_of(self.palette())
        self.fills = Fills()
        self.fills.set_colours(self.colours(), self._base)
        #: the stretches the paint under way draws (:meth:`painted_offsets` of its region),
        #: for the suggestions' overlay, which paints the same region right after the text
        self.painting: list[tuple[int, int]] | None = None
        #: a stretch drawn as a text selection in a colour of its own (highlight.py)
        self.highlight: Highlight | None = None

    # -- content --------------------------------------------------------------------------

    @property
    def schema(self) -> Schema:
        return self._schema

    @schema.setter
    def schema(self, schema: Schema) -> None:
        self._schema = schema
        self.marks.set_labels(schema.labels)
        self.fills.set_colours(self.colours(), self._base)
        self.viewport().update()

    def colours(self) -> dict[str, QColor]:
        return {label.id: QColor(label.colour) for label in self.schema.labels}

    def ink(self, label_id: str) -> QColor:
        """A label's colour as drawn on this view's background (lines, marks)."""
        return self.marks.colour(label_id, self._base)

    def show_article(
        self,
        article: Article,
        annotations: Iterable[Annotation],
        pictures: Mapping[int, QImage] | None = None,
    ) -> None:
        """Show an article with its annotations; the caret goes to the start of the text."""
        self.article = article
        self.mapping = offset_map(article)
        document = QTextDocument(self)
        document.setDefaultFont(self.font())
        document.setDocumentMargin(16)
        punctuation = cjk_punctuation(article.text)
        self._placed = build_document(
            document,
            article,
            dict(pictures or {}),
            self.mapping,
            self._image_width(),
            punctuation,
        )
        style_captions(document, self._placed, self.palette())
        self.annotations = {a.id: a for a in annotations if not a.is_deleted}
        spans = [_span(a) for a in self.annotations.values()]
        self.index.reset(spans)
        self._base = base_of(self.palette())
        self.fills.set_colours(self.colours(), self._base)
        self.marks.invalidate()
        old = self.document()
        self.setDocument(document)
        if shiboken6.isValid(old) and old.parent() is self:
            old.deleteLater()
        self._selected = None
        self._preview = None
        self._edge = None
        self.highlight = None
        self.setExtraSelections([])
        self.set_caret(0)

    def update_annotations(self, changed: Iterable[Annotation]) -> None:
        """Apply changed, new and deleted annotations of the shown article."""
        if self.article is None:
            return
        live: list[Span] = []
        removed: list[str] = []
        applied: list[Annotation] = []
        for annotation in changed:
            if annotation.article_id != self.article.id:
                continue
            applied.append(annotation)
            pending = self._preview if self._preview and self._preview[0] == annotation.id else None
            if annotation.is_deleted:
                removed.append(annotation.id)
                self.annotations.pop(annotation.id, None)
                self._preview = None if pending else self._preview
                continue
            self.annotations[annotation.id] = annotation
            if pending is not None and (annotation.start, annotation.end) == pending[1:]:
                self._preview = pending = None  # the database caught up with the drag
            span = _span(annotation)
            if pending is not None:  # a later step is on its way: keep showing it
                span = Span(annotation.id, annotation.label, pending[1], pending[2])
            live.append(span)
        touched = [(s.start, s.end) for s in live]
        for span_id in [*removed, *(s.id for s in live)]:
            old = self.index.get(span_id)
            if old is not None:
                touched.append((old.start, old.end))
        lanes_moved = self.index.update(live, removed)
        self.fills.forget(touched)
        touched.extend((s.start, s.end) for s in lanes_moved)
        selected = self._selected
        if selected is not None and (selected in removed or any(s.id == selected for s in live)):
            # the outline follows the selected annotation (moved, relabelled or gone)
            if selected not in self.annotations:
                self._selected = None
            self._show_selected()
        self.repaint_spans(touched)
        if applied:
            self.annotationsUpdated.emit(applied)

    def repaint_spans(self, spans: Iterable[tuple[int, int]]) -> None:
        """Have the lines of these stretches (stored offsets) painted again — their fills,
        lanes, marks and handles — and nothing else of the viewport (issue 14: a whole
        viewport of mixed-script text took ~3 ms to paint after every edit). Nothing is laid
        out again (the fills are painted, ADR 0105), so the lines are all that changes."""
        stretches = set(spans)
        if stretches:
            # each stretch's lines, not the joined ones': a span's are remembered (an add's
            # span is repainted again when it is selected), a join of two rarely recurs
            self.update_lines(stretches)
            self.spansRepainted.emit(merge_ranges(list(stretches)))

    def update_lines(self, spans: Iterable[tuple[int, int]]) -> None:
        """Schedule the lines of these stretches (stored offsets) for painting."""
        viewport = self.viewport()
        width = viewport.width()
        dy = self.verticalScrollBar().value()
        height = viewport.height()
        for start, end in spans:
            found = self._lines_between(start, end)
            if found is None:
                continue
            top, bottom = found
            if bottom - dy < 0 or top - dy > height:
                continue  # out of view: painted when scrolled to
            viewport.update(QRect(0, math.floor(top - dy), width, math.ceil(bottom - top) + 1))

    def _lines_between(self, start: int, end: int) -> tuple[float, float] | None:
        """The top and bottom (document y) of what is drawn for the lines of a stretch."""
        if self.article is None:
            return None
        return lines_between(self.document(), self.mapping, self.marks, self.font(), start, end)

    def clear_article(self) -> None:
        self.article = None
        self.highlight = None
        self.annotations = {}
        self.index.reset(())
        self.fills.forget_all()
        self._preview = None
        self.mapping = OffsetMap("")
        self.setPlainText("")

    # -- caret and selection, in code points ----------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.mapping.span_to_offsets(cursor.anchor(), cursor.position())
        return (start, end) if start < end else None

    def caret_offset(self) -> int:
        return self.mapping.to_offset(self.textCursor().position())

    def set_caret(self, offset: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.mapping.to_document(offset))
        self.setTextCursor(cursor)

    def select_span(self, start: int, end: int) -> None:
        a, b = self.mapping.span_to_document(start, end)
        cursor = self.textCursor()
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selected_annotation(self) -> str | None:
        return self._selected

    def select_annotation(self, annotation_id: str | None, caret: int | None = None) -> None:
        """Mark an annotation as the selected one (outlined) and scroll to it; the caret goes
        to its start, or to ``caret`` (a stored offset)."""
        before = self._selected
        self._selected = annotation_id if annotation_id in self.annotations else None
        self._show_selected()
        # the handles move from the one selected before to this one
        ends = [self.shown_span(i) for i in (before, self._selected) if i in self.annotations]
        if self._selected is not None:
            annotation = self.annotations[self._selected]
            cursor = QTextCursor(self.document())
            where = annotation.start if caret is None else caret
            cursor.setPosition(self.mapping.to_document(where))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()
        if before != self._selected:
            # only the handles move: no annotation changed, so the overlay is not asked
            # whether a suggestion's lane moved (issue 14: it looked them all up again)
            self.update_lines(set(ends))

    def set_highlight(self, highlight: Highlight | None) -> None:
        """Mark a stretch (or none) in a colour of its own; repaints the old and new lines."""
        if highlight == self.highlight:
            return
        old, self.highlight = self.highlight, highlight
        self.update_lines((h.start, h.end) for h in (old, highlight) if h is not None)

    def shown_span(self, annotation_id: str) -> tuple[int, int]:
        """Where an annotation is shown: its stored span, or where it was just dragged."""
        if self._preview is not None and self._preview[0] == annotation_id:
            return self._preview[1], self._preview[2]
        annotation = self.annotations[annotation_id]
        return annotation.start, annotation.end

    def _show_selected(self) -> None:
        if self._selected is None:
            self.setExtraSelections([])
            return
        annotation = self.annotations[self._selected]
        a, b = self.mapping.span_to_document(*self.shown_span(self._selected))
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        colour = self.colours().get(annotation.label, QColor("#777777"))
        selection.format.setBackground(colour)
        selection.format.setForeground(text_on(colour))
        self.setExtraSelections([selection])

    def lane_below(self, start: int, end: int) -> int:
        """The first lane under ``[start, end)`` below every annotation's there (where a
        suggestion's underline goes)."""
        lanes = [self.index.lane(span.id) for span in self.index.overlapping(start, end)]
        return min(max(lanes) + 1, LANES - 1) if lanes else 0

    def annotations_at(self, offset: int) -> list[Annotation]:
        return [self.annotations[s.id] for s in self.index.covering(offset)]

    # -- painting and the theme -----------------------------------------------------------

    def visible_offsets(self, rect: QRect | None = None) -> tuple[int, int]:
        """The code-point range in view, or in a part of the view, with the lines just
        above and below (their marks and lanes reach into it).

        Read from the blocks' and lines' own geometry, not from hit tests: a point in the
        spacing between two blocks, or below a part Qt has not laid out yet, hits the end of
        the document, which would make a paint walk every span."""
        rect = self.viewport().rect() if rect is None else rect
        # a line's marks reach above it, its lanes and handles into the spacing below
        margin = round(pixel_size(self.font()))
        scroll = self.verticalScrollBar().value()
        document, marks = self.document(), self.marks
        top = position_at(document, marks, rect.top() + scroll - margin, first=True)
        bottom = position_at(document, marks, rect.bottom() + scroll + margin, first=False)
        return self.mapping.to_offset(top), self.mapping.to_offset(bottom) + 1

    def painted_offsets(self, region: QRegion) -> list[tuple[int, int]]:
        """:meth:`visible_offsets` of each band of a region being painted, joined where they
        meet (an edit's lines and the handles it took from an annotation elsewhere are two
        bands: the lines between them are not drawn)."""
        return merge_ranges([self.visible_offsets(rect) for rect in bands(region)])

    def paintEvent(self, event: QPaintEvent) -> None:
        """The fills under the text, then the text (Qt: the text selection and the selected
        annotation over them), then the lines, marks and handles over it."""
        bare = not len(self.index) and self._selected is None and self.highlight is None
        if self.article is None or bare:
            self.painting = None
            super().paintEvent(event)
            return
        visible = self.painting = self.painted_offsets(event.region())
        document, size = self.document(), pixel_size(self.font())
        dx, dy = -self.horizontalScrollBar().value(), -self.verticalScrollBar().value()
        painter = QPainter(self.viewport())
        try:
            painter.translate(dx, dy)  # (clipped to the region being painted)
            self.fills.paint(painter, document, self.mapping, self.index, visible, self.marks, size)
        finally:
            painter.end()
        self._paint_text(event)
        painter = QPainter(self.viewport())
        try:
            painter.translate(dx, dy)
            if (h := self.highlight) is not None and any(
                h.start < b and a < h.end for a, b in visible
            ):
                pieces = self.marks.stretch(document, self.mapping, h.start, h.end, size)
                colour = h.colour(self.palette())
                paint_highlight(painter, document, self.mapping, h, pieces, colour)
            handles = None
            if self._selected is not None:
                label = self.annotations[self._selected].label
                handles = Span(self._selected, label, *self.shown_span(self._selected))
            self.marks.paint(
                painter,
                document,
                self.mapping,
                self.index,
                visible,
                self._base,
                self.font(),
                handles,
            )
        finally:
            painter.end()

    def _paint_text(self, event: QPaintEvent) -> None:
        """Qt's text, selections and caret, band by band: QTextEdit draws every line that
        meets the rectangle *around* the region it paints (``QPaintEvent.rect``), so an add
        and the handles it takes from the annotation selected before, 500 px above, had it
        shape and draw the ~20 lines between them, which the region then clipped away
        (issue 14). Each band is drawn as Qt draws a region of one band; the clip is the
        region's, so what reaches the screen is the same."""
        parts = bands(event.region())
        if len(parts) < 2:
            super().paintEvent(event)
            return
        for band in parts:
            super().paintEvent(QPaintEvent(band))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()

    def restyle(self) -> None:
        """Follow a new palette (the theme switched): fills, captions, lines and marks."""
        base = base_of(self.palette())
        if base == self._base:
            return
        self._base = base
        self.fills.set_colours(self.colours(), base)
        if self.article is not None:
            style_captions(self.document(), self._placed, self.palette())
        self._show_selected()
        self.viewport().update()

    # -- input ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not modifiers:
            self.deleteRequested.emit()
            return
        text = event.text()
        if text and modifiers in (Qt.KeyboardModifier.NoModifier,):
            label = self.schema.by_key(text)
            if label is not None:
                self.tagRequested.emit(label.id)
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton:
            edge = self._edge_at(event.position())
            if edge is not None and self._selected is not None:
                span = self.shown_span(self._selected)
                self._edge = _EdgeDrag(self._selected, edge, span)
                return  # the text selection stays as it is while an edge moves
            if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                # a press inside the selection starts a new one (Qt would drag the text
                # out, which a read-only reader has no use for)
                cursor = self.textCursor()
                if cursor.hasSelection():
                    cursor.clearSelection()
                    self.setTextCursor(cursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._edge is not None:
            self._drag_to(event.position(), event.modifiers())
            return
        if event.buttons() == Qt.MouseButton.NoButton:
            over_edge = self._edge_at(event.position()) is not None
            self.viewport().setCursor(
                Qt.CursorShape.SizeHorCursor if over_edge else Qt.CursorShape.IBeamCursor
            )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._edge is not None:
            self._finish_drag(event.position(), event.modifiers())
            self._press = None
            return
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - press).manhattanLength() > CLICK_SLOP:
            self._snap_selection(event.modifiers())
            return  # a drag selects text; only a click picks an annotation
        if self.textCursor().hasSelection():
            return
        offset = self._offset_at(event.position().toPoint())
        hits = self.annotations_at(offset) if offset is not None else []
        self.annotationClicked.emit(hits[0].id if hits else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self._snap_selection(event.modifiers())

    def _snap_selection(self, modifiers: Qt.KeyboardModifier) -> None:
        """A selection made with the mouse grows to whole words and figures, unless Ctrl
        is held (ADR 0096)."""
        span = self.selected_span()
        if span is None or self.article is None:
            return
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            return
        snapped = snap(self.article.text, *span)
        if snapped != span:
            self.select_span(*snapped)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-click on a span selects it (unless the click is inside the selected
        text); then the annotating feature shows its menu (``menuRequested``)."""
        offset = self._offset_at(event.pos())
        selection = self.selected_span()
        inside = (
            selection is not None and offset is not None and (selection[0] <= offset < selection[1])
        )
        if offset is not None and not inside:
            hits = self.annotations_at(offset)
            if hits:
                cursor = self.textCursor()
                cursor.clearSelection()
                self.setTextCursor(cursor)
                self.annotationClicked.emit(hits[0].id)
        self.menuRequested.emit(event.globalPos())

    # -- dragging an edge -----------------------------------------------------------------

    def _edge_at(self, point: QPointF) -> Edge | None:
        """Which handle of the selected annotation is under a viewport point, if any."""
        if self._selected is None or self.article is None:
            return None
        span = Span(self._selected, "", *self.shown_span(self._selected))
        rects = handle_rects(self.document(), self.mapping, span)
        if rects is None:
            return None
        at = QPointF(
            point.x() + self.horizontalScrollBar().value(),
            point.y() + self.verticalScrollBar().value(),
        )
        start_rect, end_rect = rects
        if end_rect.contains(at):
            return "end"
        if start_rect.contains(at):
            return "start"
        return None

    def _dragged_span(
        self, point: QPointF, modifiers: Qt.KeyboardModifier
    ) -> tuple[int, int] | None:
        if self._edge is None or self.article is None:
            return None
        position = self.mapping.to_offset(self.cursorForPosition(point.toPoint()).position())
        snapping = not modifiers & Qt.KeyboardModifier.ControlModifier
        start, end = self._edge.span
        return drag(self.article.text, start, end, self._edge.edge, position, snapping=snapping)

    def _drag_to(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        span = self._dragged_span(point, modifiers)
        if span is None or self._edge is None:
            return
        self._preview = (self._edge.annotation_id, *span)
        self._show_selected()
        self.viewport().update()

    def _finish_drag(self, point: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        span = self._dragged_span(point, modifiers)
        edge, self._edge = self._edge, None
        self._preview = None  # the session shows the new span as pending (show_pending)
        if edge is None or span is None or span == edge.span:
            self._show_selected()
            self.viewport().update()
            return
        self.adjustRequested.emit(edge.annotation_id, *span)

    def show_pending(self, annotation_id: str, start: int, end: int) -> None:
        """Show an annotation at a new span before the database has it (an adjustment on its
        way); the next adjustment starts from here (:meth:`shown_span`)."""
        annotation = self.annotations.get(annotation_id)
        if annotation is None:
            return
        self._preview = (annotation_id, start, end)
        self._repaint_span(Span(annotation_id, annotation.label, start, end))

    def cancel_preview(self) -> None:
        """Show the stored span again (an adjustment was refused)."""
        pending, self._preview = self._preview, None
        annotation = self.annotations.get(pending[0]) if pending else None
        if annotation is not None:
            self._repaint_span(_span(annotation))
        else:
            self._show_selected()
            self.viewport().update()

    def _repaint_span(self, span: Span) -> None:
        old = self.index.get(span.id)
        touched = [(span.start, span.end)] + ([(old.start, old.end)] if old else [])
        self.fills.forget(touched)
        touched.extend((s.start, s.end) for s in self.index.update([span], []))
        self._show_selected()
        self.repaint_spans(touched)

    # -- hovering -------------------------------------------------------------------------

    def _offset_at(self, point: QPoint) -> int | None:
        if self.article is None:
            return None
        position = self.cursorForPosition(point).position()
        return self.mapping.to_offset(position)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.viewport().mapFromGlobal(event.globalPos())
            offset = self._offset_at(point)
            hits = self.annotations_at(offset) if offset is not None else []
            if hits:
                QToolTip.showText(event.globalPos(), self.tooltip_html(hits), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_html(self, hits: list[Annotation]) -> str:
        parts = []
        for annotation in hits:
            label = self.schema.label(annotation.label)
            name = label_name(label.name) if label else annotation.label
            bold = f"<b>{html.escape(name)}</b>"
            lines = [label_and_key(bold, html.escape(label.key)) if label else bold]
            for attribute, value in annotation.attributes.items():
                definition = label.attribute(attribute) if label else None
                shown = attribute_value(definition.kind if definition else None, value)
                lines.append(labelled(html.escape(attribute_name(attribute)), html.escape(shown)))
            if annotation.note:
                lines.append(f"<i>{html.escape(annotation.note)}</i>")
            parts.append("<br>".join(lines))
        return "<hr>".join(parts)

    # -- zoom and layout ------------------------------------------------------------------

    def zoom(self, steps: int) -> None:
        size = self.font().pointSizeF() + steps
        self.set_point_size(size)

    def set_point_size(self, size: float) -> None:
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        font = self.font()
        font.setPointSizeF(size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.marks.invalidate()
        self.fills.forget_all()
        self.zoomChanged.emit(size)

    def _image_width(self) -> int:
        return max(120, self.viewport().width() - 2 * 16 - 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.marks.invalidate()  # lines break elsewhere
        self.fills.forget_all()
        if self._placed:
            fit_images(self.document(), self._placed, self._image_width())


def _span(annotation: Annotation) -> Span:
    return Span(annotation.id, annotation.label, annotation.start, annotation.end)
