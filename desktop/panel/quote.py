"""The editor's quote: three lines high whatever it says, the whole quote scrolled inside
(the lead's decision, ADR 0107).

The quote used to be a label with the height of its lines (up to 160 characters, cut with
"…"), so the form under it moved whenever the selection went from a quote of one line to
one of two, and an add whose quote changed the editor's smallest height laid the whole
main window out again in a frame of its own (ADR 0103). In a box of a fixed height a new
quote is laid out inside the box: nothing outside it moves or is asked to.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QScrollArea, QWidget

#: the quote's box shows this many lines of the panel's font (zoom changes only the reader's)
QUOTE_LINES = 3

_LAYOUT_REQUEST = QEvent.Type.LayoutRequest.value
_META_CALL = QEvent.Type.MetaCall.value
_UPDATE_LATER = QEvent.Type.UpdateLater.value
# a line of each script the quotes are in: a CJK fallback font's line can be taller
_PROBE_LINE = "Mg中"


def lines_height(font_owner: QWidget, lines: int = QUOTE_LINES) -> int:
    """The height of ``lines`` lines of the widget's font, as a label lays them out."""
    probe = QTextDocument()
    probe.setDocumentMargin(0)
    probe.setDefaultFont(font_owner.font())
    probe.setPlainText("\n".join([_PROBE_LINE] * lines))
    return math.ceil(probe.size().height())


def settle_scroll_bars(box: QAbstractScrollArea) -> None:
    """Place a scrolled box's scroll bars and repaint them before the frame: a scroll bar
    whose range changed asks the box to lay them out (a posted layout request), which
    raises their containers and asks for their repaint (posted again, ``UpdateLater``).
    Posted behind the frame's own request, they were handled after it and painted the
    bars in a frame of their own (the links list: 33 of 150 adds in X, issue 14)."""
    QCoreApplication.sendPostedEvents(box, _LAYOUT_REQUEST)
    for bar in (box.horizontalScrollBar(), box.verticalScrollBar()):
        QCoreApplication.sendPostedEvents(bar, _UPDATE_LATER)
        container = bar.parentWidget()
        if container is not None and container is not box:
            QCoreApplication.sendPostedEvents(container, _UPDATE_LATER)


class QuoteBox(QScrollArea):
    """A label of the whole quote in a box of :data:`QUOTE_LINES` lines; a longer quote
    scrolls (the wheel, the scroll bar), and a screen reader gets the label's whole text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quote")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as the label it replaces: not a stop of Tab (the reader shows the quote in full)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWidget(self.label)
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(lines_height(self))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> bool:
        """Show ``text`` from its first line; whether it changed."""
        if self.label.text() == text:
            return False
        self.label.setText(text)
        bar = self.verticalScrollBar()
        if bar.value():
            bar.setValue(0)
        return True

    def lay_out_now(self) -> None:
        """Size the label for its new text and show or hide the scroll bar before the frame
        is painted: Qt posts both (a layout request, a queued call), and they came after the
        frame and asked for another (ADR 0103)."""
        QCoreApplication.sendPostedEvents(self.viewport(), _LAYOUT_REQUEST)
        QCoreApplication.sendPostedEvents(self, _META_CALL)
        settle_scroll_bars(self)
        # a selectable label lays its text out for its width when first asked after a
        # change; asked first by its paint, that layout asked for another paint (ADR 0103)
        self.label.heightForWidth(self.label.width())
