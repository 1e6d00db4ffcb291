"""The reader: the article text with images, highlighted spans, caret and find bar."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from marginalia.db import Schema

from .findbar import FindBar
from .view import ReaderView


class Reader(QWidget):
    """The centre of the window: :class:`ReaderView` above a hidden :class:`FindBar`."""

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ReaderView(schema, self)
        self.find_bar = FindBar(self.view, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.find_bar)
        self.setFocusProxy(self.view)


__all__ = ["FindBar", "Reader", "ReaderView"]
