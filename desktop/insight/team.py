"""The lead's overview of who is where: per annotator, done of assigned, what is left, where
they last worked and when; below, the chosen annotator's articles with their status.

Data from :func:`marginalia.db.progress` and :func:`marginalia.db.annotator_articles`, read on
the database worker and again after every change the runner broadcasts (on a shared
PostgreSQL database, the live refresh brings the others' work in). The gold set is not a
person and is not listed. Enter or a double click on an article opens it in the reader.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import AnnotatorProgress, ArticleProgress, annotator_articles, progress

from ..i18n import status_names

if TYPE_CHECKING:
    from marginalia.db import Changes, Store

    from ..ops import OpRunner

#: the people table's columns
NAME, DONE, TO_DO, IN_PROGRESS, SKIPPED, OUTSIDE, ANNOTATIONS, LAST_ACTIVE, WHERE = range(9)


def local_time(moment: datetime | None) -> str:
    """A stored UTC time in the user's zone and locale, short."""
    if moment is None:
        return "—"
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    shown = QDateTime.fromSecsSinceEpoch(int(aware.timestamp())).toLocalTime()
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def _number(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ArticlesModel(QAbstractTableModel):
    """One annotator's articles (tens of thousands on a big database): a model over frozen
    rows, so the view makes nothing for rows it does not show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ArticleProgress] = []
        self._statuses = status_names()
        self._headers = [
            QCoreApplication.translate("TeamView", "Article"),
            QCoreApplication.translate("TeamView", "Assigned"),
            QCoreApplication.translate("TeamView", "Status"),
            QCoreApplication.translate("TeamView", "Annotations"),
            QCoreApplication.translate("TeamView", "Last change"),
        ]
        self._yes = QCoreApplication.translate("TeamView", "yes")

    def set_rows(self, rows: list[ArticleProgress]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.title,
                self._yes if row.assigned else "—",
                self._statuses[row.status],
                str(row.annotations),
                local_time(row.last_change),
            )[column]
        if role == Qt.ItemDataRole.UserRole:
            return row.article_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TeamView(QWidget):
    """Who is where: one row per annotator, and the chosen one's articles."""

    def __init__(
        self,
        runner: OpRunner,
        open_article: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team-view")
        self.setWindowTitle(self.tr("Team progress"))
        self.runner = runner
        self.open_article = open_article
        self.people: list[AnnotatorProgress] = []
        self.articles: list[ArticleProgress] = []
        self.chosen: str | None = None
        self._stale = False

        self.summary = QLabel(self)
        self.summary.setObjectName("team-summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("team-table")
        self.table.setAccessibleName(self.tr("Annotators"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Annotator"),
                self.tr("Done of assigned"),
                self.tr("To do"),
                self.tr("In progress"),
                self.tr("Skipped"),
                self.tr("Not assigned"),
                self.tr("Annotations"),
                self.tr("Last active"),
                self.tr("Last worked on"),
            ]
        )
        outside = self.table.horizontalHeaderItem(OUTSIDE)
        if outside is not None:
            outside.setToolTip(self.tr("Articles they worked on without being assigned them"))
        self._readonly(self.table)
        self.articles_caption = QLabel(self)
        self.article_model = ArticlesModel(self)
        self.article_table = QTableView(self)
        self.article_table.setObjectName("team-articles")
        self.article_table.setAccessibleName(self.tr("The annotator's articles"))
        self.article_table.setModel(self.article_model)
        self.article_table.setToolTip(self.tr("Enter or double-click opens the article"))
        self.article_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.article_table.verticalHeader().setDefaultSectionSize(
            self.article_table.fontMetrics().height() + 8
        )
        self._readonly(self.article_table)
        header = self.article_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.articles_caption)
        lower_layout.addWidget(self.article_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

        self.table.itemSelectionChanged.connect(self._person_chosen)
        self.article_table.activated.connect(lambda index: self._open(index.row()))
        self.refresh()

    @staticmethod
    def _readonly(table: QTableView) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)

    # -- reading ----------------------------------------------------------------------------

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes:
            return
        if changes is not None and not self.isVisible():
            self._stale = True  # read again when shown, not while hidden
            return
        self._stale = False
        chosen = self.chosen

        def work(store: Store) -> tuple[list[AnnotatorProgress], list[ArticleProgress]]:
            people = progress(store)
            names = [p.name for p in people]
            name = chosen if chosen in names else (names[0] if names else None)
            return people, annotator_articles(store, name) if name is not None else []

        self.runner.run(work, self._show)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- showing ----------------------------------------------------------------------------

    def _show(self, result: tuple[list[AnnotatorProgress], list[ArticleProgress]]) -> None:
        people, articles = result
        self.people = people
        names = [p.name for p in people]
        chosen = self.chosen if self.chosen in names else (names[0] if names else None)
        assigned = sum(p.assigned for p in people)
        done = sum(p.done for p in people)
        if not people:
            self.summary.setText(
                self.tr(
                    "Nobody has been assigned an article or started one yet. Assign articles "
                    "from the Team menu; each annotator's progress then shows here."
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "{annotators} · {done} of %Ln assigned article(s) done", "", assigned
                ).format(annotators=self.tr("%Ln annotator(s)", "", len(people)), done=done)
            )
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(people))
        for row, person in enumerate(people):
            name = QTableWidgetItem(person.name)
            name.setData(Qt.ItemDataRole.UserRole, person.name)
            table.setItem(row, NAME, name)
            bar = QProgressBar(table)
            bar.setRange(0, max(1, person.assigned))
            bar.setValue(person.done)
            bar.setFormat(
                self.tr("{done} / {assigned}").format(done=person.done, assigned=person.assigned)
                if person.assigned
                else self.tr("nothing assigned")
            )
            bar.setAccessibleName(
                self.tr(
                    "{name}: {done} of %Ln assigned article(s) done", "", person.assigned
                ).format(name=person.name, done=person.done)
            )
            table.setCellWidget(row, DONE, bar)
            done_item = _number(person.done)  # what the bar shows, for sorting and reading
            done_item.setText("")
            table.setItem(row, DONE, done_item)
            for column, value in (
                (TO_DO, person.to_do),
                (IN_PROGRESS, person.in_progress),
                (SKIPPED, person.skipped),
                (OUTSIDE, person.unassigned),
                (ANNOTATIONS, person.annotations),
            ):
                table.setItem(row, column, _number(value))
            table.setItem(row, LAST_ACTIVE, QTableWidgetItem(local_time(person.last_active)))
            where = QTableWidgetItem(person.last_title or "—")
            where.setData(Qt.ItemDataRole.UserRole, person.last_article)
            table.setItem(row, WHERE, where)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(DONE, max(header.sectionSize(DONE), 140))
        if chosen is not None:
            table.selectRow(names.index(chosen))
        table.blockSignals(False)
        self.chosen = chosen
        self._show_articles(chosen, articles)

    def _show_articles(self, name: str | None, articles: list[ArticleProgress]) -> None:
        self.articles = articles
        self.articles_caption.setText(
            self.tr("Articles of {name}").format(name=name) if name else ""
        )
        self.article_model.set_rows(articles)
        header = self.article_table.horizontalHeader()
        metrics = self.article_table.fontMetrics()
        for column in range(1, self.article_model.columnCount()):
            texts = [str(self.article_model.headerData(column, Qt.Orientation.Horizontal))]
            texts += [
                str(self.article_model.index(r, column).data())
                for r in range(min(len(articles), 50))
            ]
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + 16)

    def _person_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        name = self.people[rows[0].row()].name
        if name == self.chosen:
            return
        self.chosen = name
        self.runner.run(
            lambda store: annotator_articles(store, name),
            lambda found: self._show_articles(name, found) if self.chosen == name else None,
        )

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.articles):
            self.open_article(self.articles[row].article_id)


__all__ = ["TeamView", "local_time"]
