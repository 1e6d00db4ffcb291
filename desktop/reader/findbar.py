"""Find in the article (Ctrl+F): the match is selected in the reader; Escape returns there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, reader: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find")
        self.edit.setPlaceholderText(self.tr("Find in article"))
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel(self)
        previous = QToolButton(self)
        previous.setText("▲")
        previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        previous.setAccessibleName(self.tr("Previous match"))
        following = QToolButton(self)
        following.setText("▼")
        following.setToolTip(self.tr("Next match (Enter)"))
        following.setAccessibleName(self.tr("Next match"))
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Escape)"))
        close.setAccessibleName(self.tr("Close find bar"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.status)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.edit.textEdited.connect(lambda _text: self.search(from_start=True))
        self.edit.returnPressed.connect(lambda: self.search())
        previous.clicked.connect(lambda: self.search(backward=True))
        following.clicked.connect(lambda: self.search())
        close.clicked.connect(self.dismiss)
        self.hide()

    def open(self) -> None:
        selected = self.reader.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.edit.setText(selected)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def search(self, backward: bool = False, from_start: bool = False) -> bool:
        needle = self.edit.text()
        if not needle:
            self.status.clear()
            return False
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if from_start:
            cursor = self.reader.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.reader.setTextCursor(cursor)
        found = self.reader.find(needle, flags)
        if not found:  # wrap around
            cursor = self.reader.textCursor()
            cursor.movePosition(
                cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            )
            self.reader.setTextCursor(cursor)
            found = self.reader.find(needle, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def dismiss(self) -> None:
        self.hide()
        self.reader.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.search(backward=True)
            return
        super().keyPressEvent(event)
