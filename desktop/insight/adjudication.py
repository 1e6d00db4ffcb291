"""The adjudication view: one article, every annotator's spans as lanes and as a table, and
the article's text.

Each row of the table is a candidate span (:mod:`marginalia.db.team.adjudication`): where, what
it quotes, its label and attributes (in words: ``Check-worthy: yes · Type: statistical``),
which annotators marked exactly it, and the decision. Rows not every annotator agrees on are
highlighted. The text beside the table shows every candidate underlined in its label's colour
and the selected one marked, scrolled into view. Accept, Edit and Reject go through the
window's undo stack; Export gold writes the gold annotator's annotations with
:mod:`marginalia.db.interchange`.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import iter_bundles
from marginalia.db.interchange import FORMATS, ExportFilter, ExportOptions, export
from marginalia.db.team.adjudication import (
    ACCEPTED,
    EDITED,
    GOLD,
    REJECTED,
    AcceptCandidate,
    Adjudication,
    Candidate,
    RejectCandidate,
    adjudication,
)

from ..accessible import NamedComboBox
from ..i18n import label_name, listed
from ..interchange.dialog import SUFFIXES, format_names
from .article_text import ArticleText
from .edit_candidate import EditDialog
from .lanes import Lanes
from .readable import describe_attributes

if TYPE_CHECKING:
    from marginalia.db import Changes, Schema, Store

    from ..ops import OpRunner
    from ..undo import UndoStack

DISPUTED = QColor(255, 214, 102, 120)


def export_gold(store: Store, fmt: str, out: Path) -> int:
    """Write the gold set in ``fmt`` to ``out``; the number of annotations written."""
    chosen = ExportFilter(annotators=(GOLD,))
    bundles = iter_bundles(store, chosen)
    first = next(bundles, None)
    if first is None:
        raise ValueError("the gold set is empty: accept some spans first")
    options = ExportOptions(export_filter=chosen)
    result = export(itertools.chain([first], bundles), store.schema(), fmt, out, options)
    return result.counts.annotations


class AdjudicationView(QWidget):
    """Decide, span by span, what goes into the gold set of one article."""

    #: emitted after every refresh with the number of open candidates
    refreshed = Signal(int)

    def __init__(
        self,
        runner: OpRunner,
        schema: Schema,
        undo_stack: UndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adjudication-view")
        self.setWindowTitle(self.tr("Adjudication"))
        self.runner = runner
        self.schema = schema
        self.undo_stack = undo_stack
        self.article_id: int | None = None
        self.length = 0
        self.text = ""
        self.state: Adjudication | None = None
        self._label_names = {label.id: label_name(label.name) for label in schema.labels}

        self.article = NamedComboBox(self)
        self.article.setAccessibleName(self.tr("Article"))
        self.summary = QLabel(self)
        self.lanes = Lanes(schema, self)
        self.table = QTableWidget(self)
        self.table.setObjectName("adjudication-table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Candidate spans"))
        self.article_text = ArticleText(schema, self)
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.reject_button = QPushButton(self.tr("&Reject"), self)
        self.export_button = QPushButton(self.tr("E&xport gold…"), self)
        for button, tip in (
            (self.accept_button, self.tr("Copy the span into the gold set")),
            (self.edit_button, self.tr("Change boundaries, label or attributes, then accept")),
            (self.reject_button, self.tr("Leave the span out of the gold set")),
            (self.export_button, self.tr("Export the gold annotator's annotations")),
        ):
            button.setToolTip(tip)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Article"), self))
        top.addWidget(self.article, 1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.article_text)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lanes)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.export_button.clicked.connect(self.export_clicked)
        self.article.activated.connect(lambda _i: self.open(self.article.currentData()))
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self._enable()
        self.runner.run(lambda store: store.article_rows(store.article_ids()), self._fill_articles)

    def _fill_articles(self, rows: list[Any]) -> None:
        self.article.clear()
        for row in rows:
            self.article.addItem(f"{row.id} · {row.title}", row.id)
        if self.article_id is not None:
            self.article.setCurrentIndex(max(0, self.article.findData(self.article_id)))
        elif rows:
            self.open(rows[0].id)

    # -- showing ---------------------------------------------------------------------------

    def open(self, article_id: int) -> None:
        self.article_id = article_id
        index = self.article.findData(article_id)
        if index >= 0:
            self.article.setCurrentIndex(index)
        self.reload()

    def refresh(self, changes: Changes | None = None) -> None:
        if self.article_id is not None and (changes is None or self.article_id in changes.articles):
            self.reload()

    def reload(self) -> None:
        article_id = self.article_id
        if article_id is None:
            return

        def work(store: Store) -> tuple[Adjudication, str]:
            return adjudication(store, article_id), store.text(article_id)

        self.runner.run(work, self._show)

    def _show(self, result: tuple[Adjudication, str]) -> None:
        state, text = result
        if state.article_id != self.article_id:
            return
        keep = self.selected()
        self.state = state
        self.text, self.length = text, len(text)
        self.lanes.set_adjudication(state, self.length)
        self.article_text.show_article(
            text, state.candidates, [state.disputed(c) for c in state.candidates]
        )
        headers = [self.tr("Start"), self.tr("End"), self.tr("Quote"), self.tr("Label")]
        headers += [self.tr("Attributes"), *state.annotators, self.tr("Decision")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(state.candidates))
        decisions = {
            ACCEPTED: self.tr("accepted"),
            EDITED: self.tr("accepted, edited"),
            REJECTED: self.tr("rejected"),
        }
        for r, candidate in enumerate(state.candidates):
            disputed = state.disputed(candidate)
            cells = [
                str(candidate.start),
                str(candidate.end),
                candidate.quote,
                self._label_names.get(candidate.label, candidate.label),
                describe_attributes(self.schema.label(candidate.label), candidate.attributes),
            ]
            cells += ["✓" if who in candidate.annotators else "✗" for who in state.annotators]
            decision = state.decisions.get(candidate.key)
            cells.append(decisions.get(decision, self.tr("open")) if decision else self.tr("open"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, candidate.key)
                if disputed:
                    item.setBackground(QBrush(DISPUTED))
                    item.setToolTip(
                        self.tr("Only {who} marked exactly this span.").format(
                            who=listed(candidate.annotators)
                        )
                    )
                if decision:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        left = len(state.open)
        self.summary.setText(
            self.tr(
                "{open} of %Ln span(s) left to decide · {gold} in gold", "", len(state.candidates)
            ).format(open=left, gold=len(state.gold))
        )
        if keep is not None:
            self.select(keep.key)
        self._enable()
        self._show_selected()
        self.refreshed.emit(left)

    def _show_selected(self) -> None:
        candidate = self.selected()
        self.article_text.mark(candidate)

    # -- deciding --------------------------------------------------------------------------

    def select(self, key: str) -> None:
        for row in range(self.table.rowCount()):
            if _key(self.table, row) == key:
                self.table.selectRow(row)
                return

    def selected(self) -> Candidate | None:
        if self.state is None:
            return None
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        key = _key(self.table, rows[0].row())
        return next((c for c in self.state.candidates if c.key == key), None)

    def _enable(self) -> None:
        candidate = self.selected()
        open_ = (
            candidate is not None
            and self.state is not None
            and candidate.key not in self.state.decisions
        )
        for button in (self.accept_button, self.edit_button, self.reject_button):
            button.setEnabled(open_)

    def _do(self, command: AcceptCandidate | RejectCandidate) -> None:
        self.undo_stack.do(command, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        from ..db_messages import error_sentence

        self.summary.setText(self.tr("Not done: {reason}").format(reason=error_sentence(error)))

    def accept_selected(self) -> None:
        candidate = self.selected()
        if candidate is not None and self.article_id is not None:
            self._do(AcceptCandidate(self.article_id, candidate, text=self.tr("Accept span")))

    def edit_selected(self) -> None:
        candidate = self.selected()
        if candidate is None or self.article_id is None:
            return
        dialog = EditDialog(candidate, self.schema, self.text, self)
        self.edit_dialog = dialog  # tests fill it in
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        label, start, end, attributes = dialog.values()
        self._do(
            AcceptCandidate(
                self.article_id,
                candidate,
                label=label,
                start=start,
                end=end,
                attributes=attributes,
                text=self.tr("Accept edited span"),
            )
        )

    def reject_selected(self) -> None:
        candidate = self.selected()
        if candidate is not None and self.article_id is not None:
            self._do(RejectCandidate(self.article_id, candidate, text=self.tr("Reject span")))

    def export_clicked(self) -> None:
        """Ask for a file and a format, named as the Export dialog names them."""
        names = format_names()
        filters = {f"{names[fmt]} (*{SUFFIXES[fmt]})": fmt for fmt in FORMATS}
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export gold annotations"),
            f"gold{SUFFIXES[FORMATS[0]]}",
            ";;".join(filters),
        )
        if path:
            self.export_to(Path(path), filters.get(chosen, FORMATS[0]))

    def export_to(self, out: Path, fmt: str) -> None:
        def done(n: int) -> None:
            self.summary.setText(self.tr("Exported %Ln gold annotation(s).", "", n))

        # write: a file, finished even if the window closes at once
        self.runner.run(lambda store: export_gold(store, fmt, out), done, self._failed, write=True)


__all__ = ["AdjudicationView", "EditDialog", "export_gold"]


def _key(table: QTableWidget, row: int) -> object:
    """What the row's first cell holds (its candidate's key), or None for an empty row."""
    item = table.item(row, 0)
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None
