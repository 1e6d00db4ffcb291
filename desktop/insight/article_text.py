"""The article's text beside the adjudication table: every candidate span underlined in its
label's colour (dashed where not everybody marked it), the selected one marked and scrolled
into view — the context a lead needs to decide, without leaving the view."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from marginalia.db import Candidate, OffsetMap, Schema

#: how strongly the selected span's label colour fills its background (0–255)
SELECTED_ALPHA = 110


class ArticleText(QTextBrowser):
    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudication-text")
        self.setAccessibleName(self.tr("Article text"))
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.schema = schema
        self.offsets = OffsetMap("")
        self.marked: Candidate | None = None

    def show_article(
        self, text: str, candidates: Sequence[Candidate], disputed: Sequence[bool] = ()
    ) -> None:
        """The text, with each candidate underlined in its label's colour."""
        scroll = self.verticalScrollBar().value()
        self.setPlainText(text)
        self.offsets = OffsetMap(text)
        for index, candidate in enumerate(candidates):
            label = self.schema.label(candidate.label)
            colour = QColor(label.colour if label is not None else "#888888")
            underline = QTextCharFormat()
            underline.setUnderlineColor(colour)
            dashed = index < len(disputed) and disputed[index]
            underline.setUnderlineStyle(
                QTextCharFormat.UnderlineStyle.DashUnderline
                if dashed
                else QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            self._cursor(candidate.start, candidate.end).mergeCharFormat(underline)
        self.verticalScrollBar().setValue(scroll)
        self.mark(self.marked)

    def mark(self, candidate: Candidate | None) -> None:
        """Fill the candidate's span with its label's colour, bold, and scroll to it."""
        self.marked = candidate
        if candidate is None or candidate.end > self.offsets.text_length:
            self.setExtraSelections([])
            return
        label = self.schema.label(candidate.label)
        fill = QColor(label.colour if label is not None else "#888888")
        fill.setAlpha(SELECTED_ALPHA)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(candidate.start, candidate.end)
        chosen = QTextCharFormat()
        chosen.setBackground(fill)
        chosen.setFontWeight(QFont.Weight.Bold)
        selection.format = chosen
        self.setExtraSelections([selection])
        caret = self._cursor(candidate.start, candidate.start)
        self.setTextCursor(caret)
        self.ensureCursorVisible()

    def marked_text(self) -> str:
        """What the mark covers (for tests and the accessible description)."""
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.utf16_position(start))
        cursor.setPosition(self.offsets.utf16_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor


__all__ = ["ArticleText"]
