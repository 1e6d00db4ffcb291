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
import re

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPalette, QTextDocument
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QScrollArea, QWidget

from ..colours import quiet

#: the quote's box shows this many lines of the panel's font (zoom changes only the reader's)
QUOTE_LINES = 3

_LAYOUT_REQUEST = QEvent.Type.LayoutRequest.value
_META_CALL = QEvent.Type.MetaCall.value
_UPDATE_LATER = QEvent.Type.UpdateLater.value
# a line of each script the quotes are in: a CJK fallback font's line can be taller
_PROBE_LINE = "Mg中"
#: px to spare beyond the bound of the widest word for the label's own hints to be left
#: unasked (a label's document margin, rounding, kerning)
WORD_SLACK = 16
# where a line may always break (Unicode's line breaking, UAX #14): at spaces between two
# letters or digits (the rules that keep a space with its neighbour all involve punctuation
# or symbols: "word !", "( word", "— —"), and between two ideographs (ID ÷ ID)
_SPACE_BREAK = re.compile(r"(?<=\w) +(?=\w)")
_IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_IDEOGRAPH_BREAK = re.compile(f"(?<=[{_IDEOGRAPHS}])(?=[{_IDEOGRAPHS}])")
# all three at once, over the whole text: a line's end, or either of the above (none of
# them looks past a line's end, and no two can match at one place: the same pieces as
# splitting the lines, their words and those words' ideographs in turn, in one pass)
_BREAK = re.compile(f"\n|{_SPACE_BREAK.pattern}|{_IDEOGRAPH_BREAK.pattern}")
# characters' advances kept for the bound (a few screens of quotes' worth of characters)
ADVANCES_KEPT = 10_000


def lines_height(font_owner: QWidget, lines: int = QUOTE_LINES) -> int:
    """The height of ``lines`` lines of the widget's font, as a label lays them out."""
    probe = QTextDocument()
    probe.setDocumentMargin(0)
    probe.setDefaultFont(font_owner.font())
    probe.setPlainText("\n".join([_PROBE_LINE] * lines))
    return math.ceil(probe.size().height())


def scroll_parts(box: QAbstractScrollArea) -> tuple[QWidget, ...]:
    """A scrolled box's scroll bars and their containers, for the box to hold on to: a Qt
    object handed to Python with no Python object left for it gets a new one, its class
    worked out by the bindings (for the containers, a private class: up the whole
    hierarchy) — ~20 µs of every add for :func:`settle_scroll_bars` of the quote and the
    links list (issue 14). Held, each is found again by its address."""
    parts: list[QWidget] = []
    for bar in (box.horizontalScrollBar(), box.verticalScrollBar()):
        parts.append(bar)
        container = bar.parentWidget()
        if container is not None and container is not box:
            parts.append(container)
    return tuple(parts)


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


class QuoteLabel(QLabel):
    """The quote's label. While :attr:`sized_by_box` is set, it answers its size hints with
    nothing: the box then sizes it as a stock label whose widest word fits the box's width
    (the box's width, and the height of its text at that width), without working out a
    word-wrapped label's hints for each new quote — the quote's document laid out again at
    up to five widths (an ideal width tried at up to three, one line, a word a line), only
    to be clamped away by the box (issue 14: ~0.1 ms of the box's ~0.36 in X)."""

    sized_by_box = False
    #: its font or style changed since the box measured its characters
    restyled = True
    _NOTHING = QSize(0, 0)

    def sizeHint(self) -> QSize:
        return self._NOTHING if self.sized_by_box else super().sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        # With no annotation selected the editor is disabled and the label says what to do
        # ("Select an annotation …"): in the disabled grey it read at ~2.7:1; the disabled
        # text is the hints' quiet grey instead, 4.5:1 on either theme (ADR 0114).
        kind = event.type()
        if kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.read_when_disabled()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.restyled = True
        super().changeEvent(event)

    def read_when_disabled(self) -> None:
        palette = self.palette()
        wanted = quiet(palette)
        group, role = QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText
        if palette.color(group, role) != wanted:
            palette.setColor(group, role, wanted)
            self.setPalette(palette)

    def minimumSizeHint(self) -> QSize:
        return self._NOTHING if self.sized_by_box else super().minimumSizeHint()


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
        self.label = QuoteLabel(self)
        self.label.read_when_disabled()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setWidget(self.label)
        self._scroll_parts = scroll_parts(self)
        #: whether a quote whose words fit the box is sized without the label's own hints
        self.quick_hints = True
        # each character's advance in the label's font, for the bound of its widest word,
        # and the scroll bar's width: measured again after a change of font or style (not
        # asked of Qt on every quote: ~30 µs of an add in X, issue 14)
        self._advances: dict[str, int] = {}
        self._metrics: QFontMetrics | None = None
        self._bar_width = 0
        self._fit()

    def _fit(self) -> None:
        self.setFixedHeight(lines_height(self))

    def _words_fit(self) -> bool:
        """Whether the quote's widest word (what the label cannot wrap) surely fits the box's
        width, less its scroll bar, with :data:`WORD_SLACK` to spare: the label's smallest
        width is then less than the box's, and the box gives it the box's width whatever its
        hints say. A word is bounded by its length times the widest of the quote's
        characters, each measured once; a quote that might not fit gets the label's hints.
        (Laying the quote out with a word a line to measure it cost as much as the hints.)"""
        text = self.label.text()
        longest = max(map(len, _BREAK.split(text)))
        advances = self._advances
        metrics = self._metrics
        if metrics is None or self.label.restyled or len(advances) > ADVANCES_KEPT:
            metrics = self._metrics = QFontMetrics(self.label.font())
            self._bar_width = self.verticalScrollBar().sizeHint().width()
            self.label.restyled = False
            advances.clear()
        chars = set(text)
        for char in chars - advances.keys():
            advances[char] = metrics.horizontalAdvance(char)
        widest = max(map(advances.__getitem__, chars), default=0)
        # the box's width less its scroll bar: the narrowest the label is given
        narrowest = self.maximumViewportSize().width() - self._bar_width
        return longest * widest + WORD_SLACK <= narrowest

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
            self._metrics = None

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
        label = self.label
        label.sized_by_box = self.quick_hints and self._words_fit()
        try:
            QCoreApplication.sendPostedEvents(self.viewport(), _LAYOUT_REQUEST)
            QCoreApplication.sendPostedEvents(self, _META_CALL)
            settle_scroll_bars(self)
        finally:
            label.sized_by_box = False
        # a selectable label lays its text out for its width when first asked after a
        # change; asked first by its paint, that layout asked for another paint (ADR 0103)
        self.label.heightForWidth(self.label.width())
