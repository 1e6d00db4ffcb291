"""The article list's table model: ids and a row cache, never texts (ADR 0070).

The model knows every id of the current query up front (one cheap query, kept in a compact
``array``), so the scroll bar is true from the start. Rows are fetched by the page, only when
the view asks ``data()`` for one of them, and kept in a bounded cache keyed by article id.
"""

from __future__ import annotations

import dataclasses
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from marginalia.db import ArticleQuery, ArticleRow, Changes, Label

from ..i18n import label_name, status_names
from .source import ArticleSource

#: Rows fetched at once when the view reaches a row that is not cached.
PAGE_SIZE = 200
#: Rows kept in memory at most (by article id, least recently shown dropped first).
CACHE_ROWS = 4_000

TITLE, STATUS = 0, 1
FIRST_LABEL = 2

#: Role that gives the article id of a row, for any column.
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role that gives the row's :class:`Status`.
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex


def _now(start: Callable[[], None]) -> None:
    start()


def swatch(colour: str, size: int = 12) -> QIcon:
    """A small square of a label's colour, with a dark border so that pale colours show."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    painter = QPainter(pixmap)
    painter.setPen(QColor(0, 0, 0, 160))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


class ArticleListModel(QAbstractTableModel):
    """Articles of one :class:`ArticleQuery`: title, status and a count column per label.

    Every read goes through the :class:`ArticleSource` and may answer later (from the
    database worker): until a page arrives its rows show a placeholder, and answers to an
    older query are dropped.
    """

    def __init__(self, source: ArticleSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = ArticleQuery()
        self._ids: array[int] = array("q")
        self._rows: OrderedDict[int, ArticleRow | None] = OrderedDict()
        self._labels: tuple[Label, ...] = source.schema().labels
        self._swatches = {label.id: swatch(label.colour) for label in self._labels}
        self._status_names = status_names()
        #: Bumped whenever the ids are replaced; answers for older generations are dropped.
        self._generation = 0
        self._pages_in_flight: set[int] = set()
        self._answering_now = False
        #: Changed rows read again whose answer has not come yet (article id: reads).
        self._reading_again: dict[int, int] = {}
        #: Rows answered while another read of theirs was on its way: a read runs after
        #: every write queued before it, so they may count an add not shown yet.
        self._maybe_ahead: set[int] = set()
        #: How many times rows were requested (tests and benchmarks read it).
        self.pages_fetched = 0
        #: how the rows of an edit are read again: by default at once; the window's list
        #: reads them after the edit's frame (``OpRunner.after_frame``, ADR 0133)
        self.after_frame: Callable[[Callable[[], None]], None] = _now

    # -- what it shows --------------------------------------------------------------------

    @property
    def query(self) -> ArticleQuery:
        """The query shown, or being fetched."""
        return self._query

    @property
    def labels(self) -> tuple[Label, ...]:
        return self._labels

    def set_query(self, query: ArticleQuery) -> None:
        """Show the articles of another query (a filter, a search or another annotator)."""
        forget_rows = query.annotator != self._query.annotator  # statuses and counts differ
        self._query = query
        self._generation += 1
        generation = self._generation
        self._source.fetch_ids(query, lambda ids: self._got_ids(generation, ids, forget_rows))

    def _got_ids(self, generation: int, ids: list[int], forget_rows: bool) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        if forget_rows:
            self._rows.clear()
        self._ids = array("q", ids)
        self._pages_in_flight.clear()
        self.endResetModel()

    def reload(self) -> None:
        """Read everything again: ids, rows and the label schema."""
        self.beginResetModel()
        self._labels = self._source.schema().labels
        self._swatches = {label.id: swatch(label.colour) for label in self._labels}
        self._rows.clear()
        self._ids = array("q")
        self.endResetModel()
        self.set_query(self._query)

    def refresh(self, changes: Changes) -> None:
        """Bring the list up to date after a change, re-reading as little as possible.

        Changed articles that are cached are read again at once, and show their old values
        until the new ones arrive; the others are read when shown. The id list
        is read again only when the change can alter which articles the query selects: a
        status or label filter is on, or an article is new to the list.
        """
        if changes.schema:
            self.reload()
            return
        if not changes.articles:
            return
        if self._may_change_ids(changes.articles):
            for article_id in changes.articles:
                self._rows.pop(article_id, None)
            generation = self._generation
            self._source.fetch_ids(
                self._query, lambda ids: self._got_new_ids(generation, ids, changes.articles)
            )
        else:
            self._read_again(changes.articles)

    def _read_again(self, changed: Iterable[int]) -> None:
        """Read the changed rows that are cached again; each keeps showing what it said
        until its new values arrive (no "…" for a frame after every edit, and one repaint,
        not two: issue 14). Rows not cached are read when shown."""
        stale = sorted(article_id for article_id in changed if article_id in self._rows)
        if not stale:
            return
        annotator = self._query.annotator
        for article_id in stale:
            self._reading_again[article_id] = self._reading_again.get(article_id, 0) + 1
        # (marked as being read at once: ``count_added`` counts the edit in the same frame)
        self.after_frame(
            lambda: self._source.fetch_rows(
                stale, annotator, lambda rows: self._got_again(annotator, stale, rows)
            )
        )

    def count_added(self, article_id: int, label_id: str, annotator: str) -> None:
        """An annotation this window added is shown: count it in its row at once, so the
        row is painted in the same frame as the reader (issue 14). Only while the row's own
        read, asked for after the write, is still on its way and the row shows what was
        read before the write: that read then says the same (and repaints nothing) or
        corrects it."""
        if not self._reading_again.get(article_id) or article_id in self._maybe_ahead:
            return
        if self._query.annotator not in (None, annotator):
            return
        row = self._rows.get(article_id)
        if row is None:
            return
        counts = dict(row.counts)
        counts[label_id] = counts.get(label_id, 0) + 1
        self._rows[article_id] = dataclasses.replace(row, counts=counts)
        column = next(
            (FIRST_LABEL + at for at, label in enumerate(self._labels) if label.id == label_id),
            None,
        )
        at = self.row_of(article_id)
        if column is None or at is None:
            self._rows_changed([article_id])
            return
        # only the label's count changed: its cell alone is repainted (the row's three
        # visible cells asked the model 21 times an add, issue 14), and a screen reader
        # is told of that cell's text
        cell = self.index(at, column)
        self.dataChanged.emit(cell, cell, _COUNT_ROLES)

    def _got_again(self, annotator: str | None, asked: list[int], rows: list[ArticleRow]) -> None:
        for article_id in asked:
            left = self._reading_again.pop(article_id, 0) - 1
            if left > 0:
                self._reading_again[article_id] = left
                self._maybe_ahead.add(article_id)
            else:
                self._maybe_ahead.discard(article_id)
        if annotator != self._query.annotator:
            # another annotator's counts: read again when shown (another query of the same
            # annotator keeps them: a row says the same in every query)
            for article_id in asked:
                self._rows.pop(article_id, None)
            return
        found = {row.id: row for row in rows}
        differ = []
        for article_id in asked:
            row = found.get(article_id)  # None: it vanished
            if article_id not in self._rows or self._rows[article_id] != row:
                differ.append(article_id)
            self._rows[article_id] = row
        self._rows_changed(differ)  # a row that says what it said is not painted again

    def _got_new_ids(self, generation: int, ids: list[int], changed: frozenset[int]) -> None:
        if generation != self._generation:
            return
        if ids != self._ids.tolist():
            self._generation += 1
            self._got_ids(self._generation, ids, False)
        else:
            self._rows_changed(changed)

    def _rows_changed(self, changed: Iterable[int]) -> None:
        last = self.columnCount() - 1
        for article_id in changed:
            row = self.row_of(article_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _may_change_ids(self, changed: Iterable[int]) -> bool:
        if self._query.statuses or self._query.label:
            return True
        return any(self.row_of(article_id) is None for article_id in changed)

    def article_id(self, row: int) -> int:
        return self._ids[row]

    def article_ids(self) -> Sequence[int]:
        return self._ids

    def row_of(self, article_id: int) -> int | None:
        """The row that shows an article, or None if the query does not select it."""
        ids = self._ids
        at = bisect_left(ids, article_id)  # ids come sorted: try the fast way first
        if at < len(ids) and ids[at] == article_id:
            return at
        try:
            return ids.index(article_id)
        except ValueError:
            return None

    def article_row(self, row: int) -> ArticleRow | None:
        """The list row's values; None while its page is being fetched (or if it vanished)."""
        article_id = self._ids[row]
        if article_id not in self._rows:
            self._fetch_page(row // PAGE_SIZE)
            if article_id not in self._rows:
                return None
        self._rows.move_to_end(article_id)
        return self._rows[article_id]

    def _fetch_page(self, page: int) -> None:
        if page in self._pages_in_flight:
            return
        wanted = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        missing = [i for i in wanted if i not in self._rows]
        if not missing:
            return
        self._pages_in_flight.add(page)
        self.pages_fetched += 1
        generation = self._generation
        # A source that answers at once does so inside data(): no dataChanged from there.
        self._answering_now = True
        try:
            self._source.fetch_rows(
                missing,
                self._query.annotator,
                lambda rows: self._got_rows(generation, page, missing, rows),
            )
        finally:
            self._answering_now = False

    def _got_rows(
        self, generation: int, page: int, asked: list[int], rows: list[ArticleRow]
    ) -> None:
        if generation != self._generation:
            return
        self._pages_in_flight.discard(page)
        found = {row.id: row for row in rows}
        for article_id in asked:
            # None remembers an article that vanished, so it is not fetched again and again.
            self._rows[article_id] = found.get(article_id)
        while len(self._rows) > max(CACHE_ROWS, PAGE_SIZE):
            self._rows.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(len(self._ids), first + PAGE_SIZE) - 1
        if last >= first and not self._answering_now:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def cached_rows(self) -> int:
        return len(self._rows)

    # -- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_LABEL + len(self._labels)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ARTICLE_ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= FIRST_LABEL:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.article_row(index.row())
        if row is None:
            if column == TITLE and role == Qt.ItemDataRole.DisplayRole:
                return "…"
            return None
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if column == TITLE:
            return row.title or self.tr("(untitled)")
        if column == STATUS:
            return self._status_names[row.status]
        label = self._labels[column - FIRST_LABEL]
        count = row.counts.get(label.id, 0)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1: %2").replace("%1", label_name(label.name)).replace("%2", str(count))
        return count

    def _tooltip(self, row: ArticleRow) -> str:
        lines = [row.title or self.tr("(untitled)")]
        if row.source:
            lines.append(row.source)
        lines.append(self.tr("Characters: %1").replace("%1", f"{row.chars:,}"))
        if row.images:
            lines.append(self.tr("Images: %1").replace("%1", str(row.images)))
        lines.append(self.tr("Status: %1").replace("%1", self._status_names[row.status]))
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == TITLE:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Title")
            return None
        if section == STATUS:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Status")
            return None
        if not FIRST_LABEL <= section < self.columnCount():
            return None
        label = self._labels[section - FIRST_LABEL]
        if role == Qt.ItemDataRole.DisplayRole:
            return label_name(label.name)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._swatches[label.id]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("Number of %1 annotations").replace("%1", label_name(label.name))
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


#: what an added annotation changes in its article's row: the count cell's text
_COUNT_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole]

_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.AccessibleTextRole,
        STATUS_ROLE,
    }
)
