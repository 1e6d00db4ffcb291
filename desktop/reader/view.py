"""The reader: the article's text, read-only but with a caret, and its annotated spans.

Signals say what the user asked for; the window turns them into commands. Every position
the view hands out is a stored code-point offset, converted through the article's
:class:`~marginalia.db.offsets.OffsetMap`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from marginalia.db import Annotation, Article, OffsetMap, Schema

from ..i18n import label_name
from .document import PlacedImage, build_document, fit_images, offset_map, reader_font
from .highlight import Highlighter
from .layers import Span, covering

MIN_POINT_SIZE = 6.0
MAX_POINT_SIZE = 48.0


class ReaderView(QTextEdit):
    #: the user pressed a label's key (or Delete) with the reader focused
    tagRequested = Signal(str)
    deleteRequested = Signal()
    #: a click on an annotated span (its innermost annotation), or on plain text (None)
    annotationClicked = Signal(object)
    zoomChanged = Signal(float)

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
        self.schema = schema
        self.article: Article | None = None
        self.mapping = OffsetMap("")
        self.annotations: dict[str, Annotation] = {}
        self._placed: list[PlacedImage] = []
        self._selected: str | None = None
        self._press: QPoint | None = None
        self._highlighter: Highlighter | None = None

    # -- content --------------------------------------------------------------------------

    def colours(self) -> dict[str, QColor]:
        return {label.id: QColor(label.colour) for label in self.schema.labels}

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
        self._placed = build_document(
            document, article, dict(pictures or {}), self.mapping, self._image_width()
        )
        self.annotations = {a.id: a for a in annotations if not a.is_deleted}
        base = self.palette().base().color()
        self._highlighter = Highlighter(document, self.mapping, self.colours(), base)
        self._highlighter.reset(_span(a) for a in self.annotations.values())
        old = self.document()
        self.setDocument(document)
        if shiboken6.isValid(old) and old.parent() is self:
            old.deleteLater()
        self._selected = None
        self.setExtraSelections([])
        self.set_caret(0)

    def update_annotations(self, changed: Iterable[Annotation]) -> None:
        """Apply changed, new and deleted annotations of the shown article."""
        if self._highlighter is None or self.article is None:
            return
        live: list[Annotation] = []
        removed: list[str] = []
        for annotation in changed:
            if annotation.article_id != self.article.id:
                continue
            if annotation.is_deleted:
                removed.append(annotation.id)
                self.annotations.pop(annotation.id, None)
            else:
                live.append(annotation)
                self.annotations[annotation.id] = annotation
        self._highlighter.update([_span(a) for a in live], removed)
        selected = self._selected
        if selected is not None and (selected in removed or any(a.id == selected for a in live)):
            # the outline follows the selected annotation (moved, relabelled or gone)
            if selected not in self.annotations:
                self._selected = None
            self._show_selected()

    def clear_article(self) -> None:
        self.article = None
        self.annotations = {}
        self._highlighter = None
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
        self._selected = annotation_id if annotation_id in self.annotations else None
        self._show_selected()
        if self._selected is not None:
            annotation = self.annotations[self._selected]
            cursor = QTextCursor(self.document())
            where = annotation.start if caret is None else caret
            cursor.setPosition(self.mapping.to_document(where))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _show_selected(self) -> None:
        if self._selected is None:
            self.setExtraSelections([])
            return
        annotation = self.annotations[self._selected]
        a, b = self.mapping.span_to_document(annotation.start, annotation.end)
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        colour = self.colours().get(annotation.label, QColor("#777777"))
        selection.format.setBackground(colour)
        selection.format.setForeground(
            QColor("white") if colour.lightness() < 150 else QColor("black")
        )
        self.setExtraSelections([selection])

    def annotations_at(self, offset: int) -> list[Annotation]:
        spans = [_span(a) for a in self.annotations.values()]
        return [self.annotations[s.id] for s in covering(spans, offset)]

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
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - press).manhattanLength() > 3:
            return  # a drag selects text; only a click picks an annotation
        if self.textCursor().hasSelection():
            return
        offset = self._offset_at(event.position().toPoint())
        hits = self.annotations_at(offset) if offset is not None else []
        self.annotationClicked.emit(hits[0].id if hits else None)

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
            lines = [f"<b>{html.escape(name)}</b>"]
            for key, value in annotation.attributes.items():
                lines.append(f"{html.escape(key)}: {html.escape(str(value))}")
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
        self.zoomChanged.emit(size)

    def _image_width(self) -> int:
        return max(120, self.viewport().width() - 2 * 16 - 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._placed:
            fit_images(self.document(), self._placed, self._image_width())


def _span(annotation: Annotation) -> Span:
    return Span(annotation.id, annotation.label, annotation.start, annotation.end)
