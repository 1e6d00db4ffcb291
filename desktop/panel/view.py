"""The annotation panel: the article's status, its annotations grouped by label, and the
editor of the selected one. It shows values it is given and emits requests; it never reads
or writes the database itself.

The list is a model/view (ADR 0095): :class:`~.model.AnnotationListModel` holds the ids in
text order per label and the frozen values the session hands it; :class:`AnnotationList`
shows headings and annotations in one column and behaves like the tree it replaced
(arrows, Home/End, Left to the heading and to collapse, Right to expand, double-click).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import Annotation, Article, Schema, Status

from ..accessible import NamedComboBox
from ..i18n import status_names
from .editor import AnnotationEditor
from .fence import LayoutFence
from .model import (
    EXPANDED_ROLE,
    ICON_HEIGHT,
    ICON_WIDTH,
    ID_ROLE,
    LABEL_ROLE,
    AnnotationListModel,
    readable,
)
from .split import EditorArea, EditorHeight

ModelIndex = QModelIndex | QPersistentModelIndex

# looked up once (the delegate paints every row of every frame)
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_ENABLED = QStyle.StateFlag.State_Enabled.value
_WINDOW_ACTIVE = QStyle.StateFlag.State_Active.value
_SELECTED = QStyle.StateFlag.State_Selected.value
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus.value
_ACTIVE, _INACTIVE, _DISABLED = (
    QPalette.ColorGroup.Active,
    QPalette.ColorGroup.Inactive,
    QPalette.ColorGroup.Disabled,
)
_TEXT, _BASE, _HIGHLIGHTED_TEXT = (
    QPalette.ColorRole.Text,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.HighlightedText,
)
_ELIDE = Qt.TextElideMode.ElideRight
# laid-out row texts kept by the delegate (a few screens' worth, at any width)
TEXTS_KEPT = 1_000
#: the annotation list's smallest height, in rows: the editor scrolls instead (ADR 0137)
MIN_ROWS = 5


class RowDelegate(QStyledItemDelegate):
    """Paints a row from one :meth:`AnnotationListModel.look` call: the style's item panel
    (selection, hover), the arrow or swatch, and the text, elided.

    The stock delegate asks the model for eight roles per row (each a call into Python) and
    shapes each text twice (to elide, to draw). Here the elided texts are kept as laid-out
    :class:`QStaticText`, so a row that only moved (an annotation was inserted above it) is
    drawn without shaping its text again.
    """

    def __init__(self, model: AnnotationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._texts: OrderedDict[tuple[str, int, bool], QStaticText] = OrderedDict()
        self.set_font(QFont())

    def set_font(self, font: QFont) -> None:
        """The view's font (and its bold for headings); the laid-out texts are dropped."""
        self._font = QFont(font)
        self._bold = QFont(font)
        self._bold.setBold(True)
        self._metrics = QFontMetrics(self._font)
        self._bold_metrics = QFontMetrics(self._bold)
        self._texts.clear()

    def _static(self, text: str, width: int, bold: bool) -> QStaticText:
        key = (text, width, bold)
        laid_out = self._texts.get(key)
        if laid_out is not None:
            self._texts.move_to_end(key)
            return laid_out
        metrics = self._bold_metrics if bold else self._metrics
        laid_out = QStaticText(metrics.elidedText(text, _ELIDE, width))
        laid_out.setTextFormat(Qt.TextFormat.PlainText)
        laid_out.prepare(QTransform(), self._bold if bold else self._font)
        self._texts[key] = laid_out
        if len(self._texts) > TEXTS_KEPT:
            self._texts.popitem(last=False)
        return laid_out

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        look = self._model.look(index.row())
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(_PANEL, option, painter, widget)
        state = option.state.value  # plain int: enum operations are slow in Python
        palette: QPalette = option.palette
        rect: QRect = option.rect
        group = (
            _DISABLED if not state & _ENABLED else _ACTIVE if state & _WINDOW_ACTIVE else _INACTIVE
        )
        x, y, width, height = rect.x(), rect.y(), rect.width(), rect.height()
        painter.drawPixmap(x + 2, y + (height - ICON_HEIGHT) // 2, look.icon)
        bold = look.colour is not None
        if state & _SELECTED:
            colour = palette.color(group, _HIGHLIGHTED_TEXT)
        elif look.colour is not None:
            colour = readable(look.colour, palette.color(group, _BASE))
        else:
            colour = palette.color(group, _TEXT)
        left = x + ICON_WIDTH + 6
        text = self._static(look.text, max(0, width - (left - x) - 4), bold)
        painter.save()
        painter.setPen(colour)
        painter.setFont(self._bold if bold else self._font)
        top = y + (height - (self._bold_metrics if bold else self._metrics).height()) // 2
        painter.drawStaticText(left, top, text)
        painter.restore()
        if state & _HAS_FOCUS:
            focus = QStyleOptionFocusRect()
            if widget is not None:
                focus.initFrom(widget)
            focus.rect = rect
            focus.state = option.state | QStyle.StateFlag.State_KeyboardFocusChange
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)


class AnnotationList(QTableView):
    """Headings and annotations in one column.

    A table view, not a tree view: a tree view lays out every row again when one is
    inserted (asking the model for each, 5,000 Python calls at 5,000 annotations); a table
    view with fixed row heights places a row by arithmetic and asks only for the rows it
    paints.
    """

    #: Del or Backspace on an annotation's row (its id)
    deleteRequested = Signal(str)

    def __init__(self, model: AnnotationListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # opaque, as the editor: its scroll bar, repainted on every row added, repaints from
        # here, not from the main window (issue 14, ADR 0106)
        self.setAutoFillBackground(True)
        self.setModel(model)
        self._model = model
        # a group is being collapsed: the current row moves to its heading, but the
        # selected annotation stays selected (hidden), as in a tree
        self.collapsing = False
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it left the tree
        self.setCornerButtonEnabled(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setIconSize(QSize(ICON_WIDTH, ICON_HEIGHT))
        self._delegate = RowDelegate(model, self)
        self.setItemDelegate(self._delegate)
        columns = self.horizontalHeader()
        columns.hide()
        columns.setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_rows()

    def _fit_rows(self) -> None:
        self._delegate.set_font(self.font())
        height = max(self.fontMetrics().height(), ICON_HEIGHT) + 6
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(height)
        # five rows at the least, whatever the screen: on a short one the editor scrolls
        # (two rows, ADR 0107, left the list useless at 1024×700; ADR 0137)
        self.setMinimumHeight(MIN_ROWS * height + 2 * self.frameWidth())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_rows()
        if kind in (
            QEvent.Type.StyleChange,
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self._model.forget_drawings()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The current row, in sight before the list shrank, is kept in sight: selected from
        the reader, it is scrolled to before the editor's form takes its room (a row at
        80–100 px was left under a 58 px list at 1024×700). Rows have fixed heights: a row's
        place is arithmetic, no layout pass (ADR 0103)."""
        super().resizeEvent(event)
        lost = event.oldSize().height() - event.size().height()
        if event.oldSize().height() < 0 or lost <= 0 or self.collapsing:
            return
        shrunk = self.viewport().height()
        before = shrunk + lost
        current = self.currentIndex()
        if not current.isValid():
            return
        row = self.visualRect(current)
        if row.top() >= 0 and row.bottom() < before and row.bottom() >= shrunk:
            self.scrollTo(current)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._top_row_whole()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._top_row_whole()

    def _top_row_whole(self) -> None:
        """At the scroll bar's end a table view lines its last row up with the bottom and
        cuts the top row (after the last row was deleted at 1024×700, the first heading was
        half hidden until the next scroll). As in the tree it replaced, the top row is
        whole there too: the bar's value is the first row whose rows to the end all fit,
        and the spare pixels stay below the last row (ADR 0123)."""
        bar = self.verticalScrollBar()
        value = bar.value()
        if value == 0 or value != bar.maximum():
            return
        rows = self.verticalHeader()
        if rows.offset() != rows.sectionPosition(value):
            rows.setOffsetToSectionPosition(value)
            self.viewport().update()

    # -- like a tree ----------------------------------------------------------------------

    def _toggle(self, heading: ModelIndex) -> None:
        label = heading.data(LABEL_ROLE)
        if not heading.data(EXPANDED_ROLE):
            self._model.set_expanded(label, True)
            return
        self.collapsing = True
        try:
            current = self.currentIndex()
            if current.isValid() and self._model.heading_of(current).row() == heading.row():
                self.selectionModel().setCurrentIndex(
                    self._model.index(heading.row(), 0),
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )
            self._model.set_expanded(label, False)
        finally:
            self.collapsing = False

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        rows = self._model.rowCount()
        if rows and cursorAction == QAbstractItemView.CursorAction.MoveHome:
            return self._model.index(0, 0)
        if rows and cursorAction == QAbstractItemView.CursorAction.MoveEnd:
            return self._model.index(rows - 1, 0)
        return super().moveCursor(cursorAction, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not modifiers:
            # as in the reader: the Edit menu's "Delete annotation" names Del, and an
            # annotation selected in the list was not deleted by it
            if current.isValid() and current.data(ID_ROLE) is not None:
                self.deleteRequested.emit(current.data(ID_ROLE))
            return
        if current.isValid() and key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Minus,
            Qt.Key.Key_Plus,
        ):
            heading = current.data(ID_ROLE) is None
            expanded = bool(current.data(EXPANDED_ROLE))
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
                if heading and expanded:
                    self._toggle(current)
                elif not heading and key == Qt.Key.Key_Left:
                    self.setCurrentIndex(self._model.heading_of(current))
            elif heading and not expanded:
                self._toggle(current)
            elif heading and key == Qt.Key.Key_Right:
                below = self._model.index(current.row() + 1, 0)
                if below.isValid() and below.data(ID_ROLE) is not None:
                    self.setCurrentIndex(below)
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and index.data(ID_ROLE) is None
            and event.position().x() < self.visualRect(index).left() + ICON_WIDTH
        ):
            self.setCurrentIndex(index)
            self._toggle(index)  # a click on a heading's arrow
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.data(ID_ROLE) is None:
            self._toggle(index)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class AnnotationPanel(QWidget):
    annotationSelected = Signal(object)  # str | None
    statusRequested = Signal(object)  # Status
    doneAndNextRequested = Signal()

    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.schema = schema
        self.article: Article | None = None
        self._quiet = False

        self.status = NamedComboBox(self)
        self.status.setObjectName("status")
        self.status.setAccessibleName(self.tr("Article status"))
        for status, name in status_names().items():
            self.status.addItem(name, status)
        self.status.activated.connect(
            lambda _i: self.statusRequested.emit(self.status.currentData())
        )
        self.done_next = QPushButton(self.tr("Done && next"), self)
        self.done_next.setToolTip(
            self.tr("Mark the article done and open the next to do (Ctrl+Enter)")
        )
        self.done_next.clicked.connect(self.doneAndNextRequested)
        status_row = QHBoxLayout()
        status_label = QLabel(self.tr("&Status"), self)
        status_label.setBuddy(self.status)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.done_next)

        self.model = AnnotationListModel(schema, self)
        self.list = AnnotationList(self.model, self)
        self.list.setObjectName("annotations")
        self.list.setAccessibleName(self.tr("Annotations"))
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.editor = AnnotationEditor(schema, self)
        # the editor scrolls on a short screen, the list keeps its rows (ADR 0137)
        self.editor_area = EditorArea(self.editor, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("panel-splitter")
        splitter.addWidget(self.list)
        splitter.addWidget(self.editor_area)
        splitter.setStretchFactor(0, 1)
        # neither is dragged away: the list keeps its rows, the editor its quote and label
        splitter.setChildrenCollapsible(False)
        # the editor as tall as its form where there is room, the list the rest, whatever the
        # panel's height: the editor asked the height its links and note could grow to, and
        # the list kept ~3 rows at 1600×1000 (ADR 0107); the editor then keeps the tallest
        # form's height, so a shorter form (another label) does not move the divider and the
        # form under it, until the user moves the divider (their height is kept, ADR 0137)
        self.editor_height = EditorHeight(splitter, self.list, self.editor_area)
        self._splitter = splitter
        # a new quote in the editor does not lay the whole window out again (ADR 0103)
        self.fence = LayoutFence(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(status_row)
        layout.addWidget(splitter, 1)

    @property
    def annotations(self) -> Mapping[str, Annotation]:
        """The article's live annotations, by id."""
        return self.model.annotations

    def set_schema(self, schema: Schema) -> None:
        """Follow a schema change (labels renamed, re-keyed, added, deleted); the article
        is shown again afterwards with :meth:`show_article`."""
        self._quiet = True
        try:
            self.schema = schema
            self.model.set_schema(schema)
            self.editor.set_schema(schema)
        finally:
            self._quiet = False

    # -- content --------------------------------------------------------------------------

    def show_article(
        self, article: Article | None, annotations: Iterable[Annotation], status: Status
    ) -> None:
        self.article = article
        self._quiet = True
        try:
            self.model.reset(annotations)
            self.set_status(status)
        finally:
            self._quiet = False
        self._select_item(None)

    def update_annotations(self, changed: Iterable[Annotation]) -> None:
        if self.article is None:
            return
        selected = self.selected()
        mine = [a for a in changed if a.article_id == self.article.id]
        self._quiet = True
        try:
            self.model.apply(mine)
        finally:
            self._quiet = False
        self._refresh_editor_context()
        if selected is not None and selected in self.annotations:
            if any(a.id == selected for a in mine):
                self.editor.show_annotation(self.annotations[selected])
                self._keep_row(selected)
        elif selected is not None:
            self._select_item(None)

    def _refresh_editor_context(self) -> None:
        images = self.article.images if self.article else ()
        self.editor.set_context(images, self.model)

    def set_status(self, status: Status) -> None:
        self.status.setCurrentIndex(max(0, self.status.findData(status)))

    # -- selection --------------------------------------------------------------------------

    def selected(self) -> str | None:
        return self.editor.annotation.id if self.editor.annotation else None

    def select(self, annotation_id: str | None) -> None:
        """Select an annotation (from the reader) without echoing it back."""
        self._quiet = True
        try:
            self._select_item(annotation_id)
        finally:
            self._quiet = False

    def _select_item(self, annotation_id: str | None) -> None:
        index = self.model.index_of(annotation_id) if annotation_id else QModelIndex()
        if index.isValid():
            if index == self.list.currentIndex() and self.selected() == annotation_id:
                return
            self.list.setCurrentIndex(index)
        else:
            self.list.setCurrentIndex(QModelIndex())
            self.list.clearSelection()
        self._refresh_editor_context()
        self.editor.show_annotation(self.annotations.get(annotation_id) if annotation_id else None)

    def _keep_row(self, annotation_id: str) -> None:
        """The selected annotation, moved (relabelled, or undone back), stays the list's
        row: its row was removed and put back elsewhere, and Qt had made the row after it
        current (another annotation, which Del in the list then deleted)."""
        index = self.model.index_of(annotation_id)
        if index.isValid() and index != self.list.currentIndex():
            self._quiet = True
            try:
                self.list.setCurrentIndex(index)
            finally:
                self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or self.list.collapsing:
            return
        annotation_id = current.data(ID_ROLE) if current.isValid() else None
        self.editor.commit_note()
        self._refresh_editor_context()
        self.editor.show_annotation(self.annotations.get(annotation_id) if annotation_id else None)
        self.annotationSelected.emit(annotation_id)
