"""The annotation list above, the editor below: on a short screen the list keeps its five
rows and the editor scrolls (ADR 0137).

At 1024×700 the editor's form (the quote, a claim's four fields, the links, the note, the
delete button) took all of the panel but two rows of the list. The editor now sits in a
scroll area (:class:`EditorArea`) whose smallest height is the quote and the label's row:
the splitter gives the list its floor (:data:`~.view.MIN_ROWS` rows) and the editor the
rest, scrolled. Where there is room the editor is as tall as its form, as before (ADR 0107),
and the list gets the rest.

:class:`EditorHeight` keeps the editor's height: the tallest form's while the user has not
moved the divider, the user's once they have (saved in the window's state and restored after
a relaunch, ADR 0064).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QSplitter, QWidget

from .editor import AnnotationEditor

#: px kept below a field the focus moved to, when the area scrolls it into sight
FOCUS_MARGIN = 8
_RESIZE = QEvent.Type.Resize
_LAYOUT_REQUEST = QEvent.Type.LayoutRequest
_FONT_CHANGE = QEvent.Type.FontChange
_STYLE_CHANGE = QEvent.Type.StyleChange


class EditorArea(QScrollArea):
    """The editor, scrolled when the panel is shorter than its form.

    Not a Tab stop and without a frame: the form looks and is tabbed through as before. A
    field that gets the focus (Tab, a mnemonic such as Alt+N, a click) is scrolled into
    sight. The area's smallest width is the form's, with room for the scroll bar while it is
    shown, so the dock never narrows the fields; its smallest height is the quote and the
    label's row.

    (No Python ``eventFilter`` here: the scroll area filters its widget's events, and an
    override would be called for every event the editor gets, each paint of an add.)"""

    #: the form's smallest size may have changed (a new form, the scroll bar shown or hidden)
    formChanged = Signal()

    def __init__(self, editor: AnnotationEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor-area")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.editor = editor
        self._floor = 0
        self._bar = 0
        self.setWidget(editor)
        self._measure()
        self._width = self._smallest_width()
        # the editor's layout requests come to the viewport, and a scroll area keeps them:
        # a change of the form's smallest width is passed on (the dock's smallest width), as
        # is the scroll bar's coming or going (the viewport is resized)
        self._viewport_events = _ViewportEvents(self)
        self.viewport().installEventFilter(self._viewport_events)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _measure(self) -> None:
        """The floor (the quote and the label's row, with the form's margins) and the scroll
        bar's width; again after a change of font or style."""
        editor = self.editor
        outer = editor.layout()
        margins = editor.contentsMargins()
        spacing = outer.spacing() if outer is not None else 0
        self._floor = (
            margins.top()
            + editor.quote_box.height()
            + max(0, spacing)
            + editor.label.sizeHint().height()
            + margins.bottom()
        )
        if outer is not None:
            inner = outer.contentsMargins()
            self._floor += inner.top() + inner.bottom()
        self._bar = self.verticalScrollBar().sizeHint().width()

    def floor(self) -> int:
        """The area's smallest height."""
        return self._floor

    def form_height(self) -> int:
        """The height at which the whole form shows, unscrolled."""
        return self.editor.minimumSizeHint().height() + 2 * self.frameWidth()

    def _smallest_width(self) -> int:
        """The form's smallest width, and the scroll bar's while it is shown: the fields are
        never narrowed under it. (Kept for the form alone while the whole form shows: a
        claim's form at the dock's smallest width would otherwise widen the dock, and a
        figure's narrow it, at every add that changes the label.)"""
        bar = self._bar if self.verticalScrollBar().isVisibleTo(self) else 0
        return self.editor.minimumSizeHint().width() + bar + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._smallest_width(), self._floor)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (_FONT_CHANGE, _STYLE_CHANGE):  # (the editor's follow the area's)
            self._measure()
            self.updateGeometry()

    def form_changed(self) -> None:
        """The editor asked to be laid out again, or the viewport was resized."""
        width = self._smallest_width()
        if width != self._width:
            self._width = width
            self.updateGeometry()
        self.formChanged.emit()

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or now is self.editor or not self.editor.isAncestorOf(now):
            return
        field = now  # the form's field it is part of (a combo box's line edit, the quote)
        while (parent := field.parentWidget()) is not None and parent is not self.editor:
            field = parent
        self.show_whole(field)

    def show_whole(self, widget: QWidget) -> None:
        """Scroll the whole of a field into sight, its top first if it is taller than the
        area (``ensureWidgetVisible`` shows a text field's cursor line only: a note of two
        lines was left cut in half)."""
        top = widget.mapTo(self.editor, QPoint()).y() - FOCUS_MARGIN
        bottom = top + widget.height() + 2 * FOCUS_MARGIN
        bar = self.verticalScrollBar()
        value = bar.value()
        if bottom > value + self.viewport().height():
            value = bottom - self.viewport().height()
        value = min(value, top)
        bar.setValue(max(0, value))


class _ViewportEvents(QObject):
    """Tells the area of its viewport's layout requests (the editor's) and resizes.

    It finds the area as its parent when told, not in an attribute: the area keeps it, and
    the two would be a reference cycle that holds the editor, and through it the panel's
    list model and its pixmaps, until a full collection once the panel is gone."""

    def __init__(self, area: EditorArea) -> None:
        super().__init__(area)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (_LAYOUT_REQUEST, _RESIZE):
            area = self.parent()
            if isinstance(area, EditorArea):
                area.form_changed()
        return False


class EditorHeight(QObject):
    """The height the splitter keeps for the editor's area (the list is the stretching
    child and takes the rest).

    Until the user moves the divider the area is kept as tall as the tallest form shown
    (ADR 0107: a shorter form, another label's, does not move the divider); once they have,
    their height is kept, and :meth:`chosen` is what the window saves."""

    def __init__(self, splitter: QSplitter, above: QWidget, area: EditorArea) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.above = above
        self.area = area
        self._kept = area.form_height()
        self._chosen = False
        splitter.setSizes([above.sizeHint().height(), self._kept])
        splitter.splitterMoved.connect(self._moved)
        area.formChanged.connect(self._form_changed)

    def kept(self) -> int:
        return self._kept

    def chosen(self) -> int | None:
        """The editor's height the user chose by moving the divider, or None."""
        return self._kept if self._chosen else None

    def choose(self, height: int) -> None:
        """Keep ``height`` (a saved choice, restored), no less than the area's floor."""
        self._kept = max(self.area.floor(), height)
        self._chosen = True
        self._apply()

    def _apply(self) -> None:
        sizes = self.splitter.sizes()
        if len(sizes) == 2:
            above = sizes[0] or self.above.sizeHint().height()
            self.splitter.setSizes([above, self._kept])

    def _moved(self, _position: int, _index: int) -> None:
        sizes = self.splitter.sizes()
        if len(sizes) == 2:
            self._kept = sizes[1]
            self._chosen = True

    def _form_changed(self) -> None:
        if self._chosen:
            return
        # a taller form (a claim's after none) would scroll where there is room: keep the
        # tallest form's height (a shorter one, another label's, leaves it, ADR 0107)
        wanted = self.area.form_height()
        if wanted > self._kept:
            self._kept = wanted
            self._apply()
