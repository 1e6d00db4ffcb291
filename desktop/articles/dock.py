"""The article list dock: filters, search, the table and "Next to do"."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import ArticleQuery, Changes, Status

from ..accessible import NamedComboBox
from ..i18n import label_name, status_names
from ..icons import icon
from .model import FIRST_LABEL, STATUS, TITLE, ArticleListModel
from .source import ArticleSource

#: Milliseconds of quiet typing before a search runs.
SEARCH_DELAY_MS = 300
#: The title keeps at least this many characters; the columns beside it give way first.
TITLE_MIN_CHARS = 14

TO_DO = frozenset({Status.NEW, Status.IN_PROGRESS})
#: The status filter's choice "assigned to me, not done": the annotator's assigned articles
#: that are new or in progress (skipped is a decision, as done is).
MINE_TO_DO = "assigned-to-me-to-do"


class ArticleTable(QTableView):
    """The table, wide enough at first for a readable title beside the other columns."""

    TITLE_WIDTH = 220
    #: the view's width changed (its columns are fitted again)
    resized = Signal()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        header = self.horizontalHeader()
        others = sum(
            header.sectionSize(c) for c in range(1, header.count()) if not header.isSectionHidden(c)
        )
        width = others + self.TITLE_WIDTH + self.verticalScrollBar().sizeHint().width() + 4
        return QSize(max(hint.width(), width), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Narrow: the columns beside the title give way (``ArticleListDock._fit_columns``)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 120), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.resized.emit()


class ArticleListDock(QDockWidget):
    """The list of articles, filtered by status, label and text.

    ``articleActivated(id)`` is emitted when the user opens an article (a click, Enter,
    "Next to do"); moving the selection with the keys and :meth:`select_article` open
    nothing.
    """

    articleActivated = Signal(int)

    def __init__(
        self,
        source: ArticleSource,
        parent: QWidget | None = None,
        *,
        annotator: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleListDock")  # QMainWindow.saveState needs it
        self.setWindowTitle(self.tr("Articles"))
        self._source: ArticleSource = source
        self._annotator = annotator or None
        #: The article the user has selected; kept selected when the list is re-read.
        self._selected: int | None = None
        #: The article last opened from here, and when: the second half of a double click
        #: (a click, then "activated") does not open it again.
        self._last_opened: tuple[int, float] | None = None
        #: each column's width beside the title, also while it is hidden (``_fit_columns``)
        self._widths: dict[int, int] = {}
        #: an article just stored, to scroll into sight once the list has it (``show_new``)
        self._reveal: int | None = None
        self.model = ArticleListModel(source, self)

        self.status_filter = NamedComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.label_filter = NamedComboBox()
        self.label_filter.setAccessibleName(self.tr("Label filter"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles and text"))
        self.search.setAccessibleName(self.tr("Search articles"))
        self.search.setClearButtonEnabled(True)
        self.next_action = QAction(self.tr("&Next to Do"), self)
        self.next_action.setIcon(icon("next-article"))
        self.next_action.setToolTip(self.tr("Open the next article that is new or in progress"))
        self.next_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_J))
        self.next_action.triggered.connect(self.open_next_to_do)
        self.addAction(self.next_action)  # the shortcut works while the window is active
        next_button = QToolButton()
        next_button.setDefaultAction(self.next_action)
        next_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        next_button.setAccessibleName(self.tr("Next to do"))
        self.next_button = next_button
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of articles shown"))

        self.view = ArticleTable()
        self.view.setAccessibleName(self.tr("Article list"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.verticalHeader().hide()
        # Fixed row heights: the view never asks the model about rows it does not show.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setHighlightSections(False)
        # a narrow count column shows the start of its label's name ("Image c…"), not a cut
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.horizontalHeader().setMinimumSectionSize(24)
        # one click opens, as in doccano and Label Studio; the arrow keys only move
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.resized.connect(self._fit_columns)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)

        # Alt+T is the Team menu's, Alt+L the editor's label (tests/desktop/test_mnemonics.py)
        status_caption = QLabel(self.tr("Stat&us:"))
        status_caption.setBuddy(self.status_filter)
        label_caption = QLabel(self.tr("La&bel:"))
        label_caption.setBuddy(self.label_filter)
        self.search.setToolTip(self.tr("Search titles and text (Ctrl+Shift+F)"))
        self.search_action = QAction(self.tr("&Search articles"), self)
        self.search_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_F)
        )
        self.search_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.search_action.triggered.connect(self._focus_search)
        self.addAction(self.search_action)

        filters = QGridLayout()
        filters.addWidget(status_caption, 0, 0)
        filters.addWidget(self.status_filter, 0, 1)
        filters.addWidget(label_caption, 1, 0)
        filters.addWidget(self.label_filter, 1, 1)
        filters.addWidget(self.search, 2, 0, 1, 2)
        filters.setColumnStretch(1, 1)
        footer = QGridLayout()
        footer.addWidget(self.count_label, 0, 0)
        footer.addWidget(next_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)
        self.setWidget(body)
        # Tab from outside enters the dock at its proxy and skips what comes before it in
        # the chain, so the proxy is the first control (the filters), not the list.
        self.setFocusProxy(self.status_filter)
        QWidget.setTabOrder(self.status_filter, self.label_filter)
        QWidget.setTabOrder(self.label_filter, self.search)
        QWidget.setTabOrder(self.search, self.view)
        QWidget.setTabOrder(self.view, next_button)

        self._loaded = False
        self._fill_status_filter()
        self._fill_label_filter()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.label_filter.currentIndexChanged.connect(self._apply_filters)
        self._apply_filters()
        self._size_columns()

    # -- the interface the main window uses -----------------------------------------------

    @property
    def annotator(self) -> str | None:
        return self._annotator

    def set_annotator(self, name: str | None) -> None:
        """Show statuses and counts of this annotator (None: everybody's)."""
        self._annotator = name or None
        self._apply_filters()

    def current_article(self) -> int | None:
        """The selected article, or None."""
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        return self.model.article_id(index.row())

    def select_article(self, article_id: int | None) -> bool:
        """Select and show an article's row without opening it; False if it is not listed.

        The article stays selected when the list is re-read, as soon as it is listed again.
        """
        self._selected = article_id
        row = None if article_id is None else self.model.row_of(article_id)
        if row is None:
            self.view.selectionModel().clear()
            return False
        index = self.model.index(row, TITLE)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def refresh(self, changes: Changes) -> None:
        """Update after a change; re-reads only the changed rows when the list stays the same."""
        if changes.schema:
            self._fill_label_filter()
        self.model.refresh(changes)
        if changes.schema:
            self._size_columns()

    def show_new(self, article_ids: Sequence[int], hidden: Callable[[int], None]) -> None:
        """Articles just stored (an import) are listed (ADR 0124): if the filters hide any
        of them, every filter is cleared, ``hidden(n)`` says how many they hid, and the
        first of them is scrolled into sight. Filters that hide none of them stay."""
        wanted = list(article_ids)
        query = self.query()
        if not wanted or query == ArticleQuery(self._annotator):
            return

        def answered(ids: Sequence[int]) -> None:
            if self.query() != query:
                return  # the user changed the filters meanwhile: theirs stand
            listed = set(ids)
            missing = sum(1 for article_id in wanted if article_id not in listed)
            if missing:
                self._reveal = wanted[0]
                self.clear_filters()
                hidden(missing)

        self._source.fetch_ids(query, answered)

    def clear_filters(self) -> None:
        """All statuses, any label, no search: the list shows every article."""
        combos = (self.status_filter, self.label_filter)
        blocked = [combo.blockSignals(True) for combo in combos]  # one query, not three
        try:
            for combo in combos:
                combo.setCurrentIndex(0)
        finally:
            for combo, was in zip(combos, blocked, strict=True):
                combo.blockSignals(was)
        self.search.clear()  # (its signals on: the clear button hides with the text)
        self._apply_filters()  # (and stops the search's timer the clearing started)

    def open_next_to_do(self) -> None:
        """Open the next article that is new or in progress for the annotator."""
        if not self._annotator:
            return
        self._source.next_article(self._annotator, self.current_article(), self._open_found)

    def _open_found(self, article_id: int | None) -> None:
        if article_id is None:
            self.count_label.setText(self.tr("Nothing left to do"))
            return
        self.select_article(article_id)
        self.articleActivated.emit(article_id)  # even the open one: the user asked

    # -- inside ---------------------------------------------------------------------------

    def query(self) -> ArticleQuery:
        chosen = self.status_filter.currentData()
        mine = chosen == MINE_TO_DO
        statuses = TO_DO if mine else (chosen or frozenset())
        label = self.label_filter.currentData() or None
        search = self.search.text().strip() or None
        return ArticleQuery(self._annotator, frozenset(statuses), label, search, assigned=mine)

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.query()
        if self._loaded and query == self.model.query:
            return
        self._loaded = True
        self.model.set_query(query)

    def _fill_status_filter(self) -> None:
        self.status_filter.addItem(self.tr("All statuses"), frozenset())
        self.status_filter.addItem(self.tr("To do (new or in progress)"), TO_DO)
        self.status_filter.addItem(self.tr("Assigned to me, not done"), MINE_TO_DO)
        for status, name in status_names().items():
            self.status_filter.addItem(name, frozenset({status}))

    def _fill_label_filter(self) -> None:
        chosen = self.label_filter.currentData()
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(self.tr("Any label"), None)
        for label in self._source.schema().labels:
            self.label_filter.addItem(
                self.tr("With %1").replace("%1", label_name(label.name)), label.id
            )
        at = self.label_filter.findData(chosen)
        self.label_filter.setCurrentIndex(max(0, at))
        self.label_filter.blockSignals(False)

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        metrics = self.view.fontMetrics()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Interactive)
        widest = max(metrics.horizontalAdvance(name) for name in status_names().values())
        header.resizeSection(STATUS, max(widest + 16, header.sectionSizeHint(STATUS)))
        # a count column is as wide as its numbers and the label's colour; its name shows
        # as far as it fits (and whole in its tooltip)
        count = metrics.horizontalAdvance("8888") + 16
        self._widths = {STATUS: max(widest + 16, header.sectionSizeHint(STATUS))}
        for column in range(FIRST_LABEL, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            width = max(count, min(header.sectionSizeHint(column), 96))
            header.resizeSection(column, width)
            self._widths[column] = width
        self._fit_columns()
        self.view.updateGeometry()

    def _fit_columns(self) -> None:
        """The title keeps its room: count columns, then the status, are hidden (last first)
        while the title would be narrower than :data:`TITLE_MIN_CHARS` characters."""
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        if room <= 0:
            return
        title = self.view.fontMetrics().averageCharWidth() * TITLE_MIN_CHARS
        others = list(range(STATUS, self.model.columnCount()))
        # the status first, then the counts in the schema's order: what is hidden first is
        # the last of them
        keep = 0
        used = title
        for column in others:
            # a hidden section is 0 wide to Qt: it counts the width it comes back with
            # (else every hidden column came back at once and squeezed the title to "…")
            if not header.isSectionHidden(column):
                self._widths[column] = header.sectionSize(column)
            used += self._widths.get(column, header.defaultSectionSize())
            if used > room:
                break
            keep += 1
        for position, column in enumerate(others):
            header.setSectionHidden(column, position >= keep)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 article")
            if count == 1
            else self.tr("%1 articles").replace("%1", f"{count:,}")
        )

    def _after_reset(self) -> None:
        self._show_count()
        if self._selected is not None:
            wanted = self._selected
            self.select_article(wanted)
            self._selected = wanted  # still wanted if this query does not list it
        if self._reveal is not None:
            row = self.model.row_of(self._reveal)
            if row is not None:
                self._reveal = None
                # after the view has laid the new rows out (a scroll now went nowhere)
                index = self.model.index(row, TITLE)
                QTimer.singleShot(
                    0,
                    self.view,
                    lambda: self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible),
                )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected = self.model.article_id(current.row())

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        article_id = self.model.article_id(index.row())
        now = time.monotonic()
        if self._last_opened is not None:
            last, when = self._last_opened
            if last == article_id and now - when < QApplication.doubleClickInterval() / 1000:
                return
        self._last_opened = (article_id, now)
        self.articleActivated.emit(article_id)

    def _focus_search(self) -> None:
        if not self.isVisible():
            self.show()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
