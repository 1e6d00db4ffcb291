"""The agreement view: every figure per label and pair (or all annotators), and a chart.

Computed by :func:`marginalia.db.team.stats.store_agreement` on the database worker; the
table shows each figure with the articles and spans it rests on, "—" where a figure is
undefined (with the reason as a tooltip). Each comparison is listed once
(``AgreementReport.shown_rows``: two annotators are one pair, not also "all"); when there is
nothing to compare, a sentence says why in place of the table (ADR 0040). The gold set is
offered unticked: it is what annotators are measured against, not one of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import GOLD, OVERALL, AgreementReport, AgreementRow, store_agreement
from marginalia.db.agreement import NO_ANNOTATORS, NO_SHARED_ARTICLES, ONE_ANNOTATOR

from ..accessible import NamedComboBox
from ..checklist import roomy_check_rows
from ..i18n import label_name, listed
from .chart import BarChart

if TYPE_CHECKING:
    from marginalia.db import Changes, Schema, Store

    from ..ops import OpRunner

FIGURES = ("f1_exact", "f1_overlap", "cohen_kappa", "krippendorff_alpha", "unitizing_alpha")


def figure_names() -> dict[str, str]:
    return {
        "f1_exact": QCoreApplication.translate("AgreementView", "F1 exact"),
        "f1_overlap": QCoreApplication.translate("AgreementView", "F1 overlap"),
        "cohen_kappa": QCoreApplication.translate("AgreementView", "Cohen's κ"),
        "krippendorff_alpha": QCoreApplication.translate("AgreementView", "Krippendorff's α"),
        "unitizing_alpha": QCoreApplication.translate("AgreementView", "Unitizing α"),
    }


def undefined_reason(name: str, articles: int, spans: int) -> str:
    if articles == 0:
        return QCoreApplication.translate(
            "AgreementView", "Undefined: no article was coded by these annotators."
        )
    if spans == 0:
        return QCoreApplication.translate("AgreementView", "Undefined: nobody marked a span here.")
    if name.startswith("f1"):
        return QCoreApplication.translate(
            "AgreementView", "Undefined: no pair with spans to compare."
        )
    return QCoreApplication.translate(
        "AgreementView",
        "Undefined: no variation that chance could explain (everyone agrees on all or none).",
    )


def _check_list(names: list[tuple[str, str]], parent: QWidget) -> QListWidget:
    box = QListWidget(parent)
    roomy_check_rows(box)
    for key, text in names:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        box.addItem(item)
    box.setMaximumHeight(110)
    return box


def _checked(box: QListWidget) -> list[str]:
    return [
        box.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]


class AgreementView(QWidget):
    """Filters on top, the table, and a chart of one figure per label and annotator pair."""

    def __init__(self, runner: OpRunner, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreement-view")
        self.setWindowTitle(self.tr("Agreement"))
        self.runner = runner
        self.schema = schema
        self.report: AgreementReport | None = None
        self._stale = False
        self._label_names = {label.id: label_name(label.name) for label in schema.labels}
        self._label_names[OVERALL] = self.tr("All labels")

        self.labels = _check_list([(lb.id, label_name(lb.name)) for lb in schema.labels], self)
        self.labels.setAccessibleName(self.tr("Labels"))
        self.annotators = _check_list([], self)
        self.annotators.setAccessibleName(self.tr("Annotators"))
        self.figure = NamedComboBox(self)
        for key, text in figure_names().items():
            self.figure.addItem(text, key)
        self.figure.setAccessibleName(self.tr("Figure in the chart"))
        self.compute_button = QPushButton(self.tr("&Compute"), self)
        self.status = QLabel(self)

        filters = QHBoxLayout()
        for title, widget in (
            (self.tr("Labels"), self.labels),
            (self.tr("Annotators"), self.annotators),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(widget)
            filters.addLayout(column)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Chart shows"), self))
        side.addWidget(self.figure)
        side.addWidget(self.compute_button)
        side.addWidget(self.status)
        side.addStretch(1)
        filters.addLayout(side)

        self.table = QTableWidget(self)
        self.table.setObjectName("agreement-table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.chart = BarChart(self)
        self.chart.setObjectName("agreement-chart")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        #: why there is nothing to compare, shown in place of table and chart
        self.empty = QLabel(self)
        self.empty.setObjectName("agreement-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)

        self.compute_button.clicked.connect(self.compute)
        self.figure.currentIndexChanged.connect(lambda _i: self._draw_chart())
        self._reread()

    def _fill_annotators(self, names: list[str]) -> None:
        """List the annotators (new ones ticked, gold not), keep the ticks already given,
        then compute."""
        box = self.annotators
        ticks = {
            box.item(i).data(Qt.ItemDataRole.UserRole): box.item(i).checkState()
            for i in range(box.count())
        }
        box.clear()
        for name in sorted(names, key=lambda n: (n == GOLD, n)):
            gold = name == GOLD
            item = QListWidgetItem(self.tr("gold (the adjudicated set)") if gold else name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            default = Qt.CheckState.Unchecked if gold else Qt.CheckState.Checked
            item.setCheckState(ticks.get(name, default))
            if gold:
                item.setToolTip(self.tr("Tick to measure annotators against the gold set"))
            box.addItem(item)
        self.compute()

    def _people(self) -> list[str]:
        """Every annotator the list offers but the gold set."""
        return [
            name
            for i in range(self.annotators.count())
            if (name := self.annotators.item(i).data(Qt.ItemDataRole.UserRole)) != GOLD
        ]

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.annotations or changes.schema or changes.annotators:
            if self.isVisible():
                self._reread()
            else:
                self._stale = True  # recomputed when shown again, not while hidden

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._reread()

    def _reread(self) -> None:
        """The annotators again (somebody new may have started), then the figures."""
        self.runner.run(lambda store: store.annotators(), self._fill_annotators)

    def compute(self) -> None:
        # everything checked means no restriction: the report then holds what has data
        labels: list[str] | None = _checked(self.labels)
        if len(labels or ()) == self.labels.count():
            labels = None
        # every person ticked and gold not: the library's default (everybody but gold)
        annotators: list[str] | None = _checked(self.annotators)
        if annotators is not None and sorted(annotators) == sorted(self._people()):
            annotators = None
        self.status.setText(self.tr("Computing…"))

        def work(store: Store) -> AgreementReport:
            return store_agreement(store, labels=labels, annotators=annotators)

        self.runner.run(work, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        from ..db_messages import error_sentence

        reason = error_sentence(error)
        self.status.setText(self.tr("Could not compute: {reason}").format(reason=reason))

    def _show(self, report: AgreementReport) -> None:
        self.report = report
        self.status.setText(
            self.tr("{annotators}, {labels}").format(
                annotators=self.tr("%Ln annotator(s)", "", len(report.annotators)),
                labels=self.tr("%Ln label(s)", "", len(report.labels)),
            )
        )
        reason = self.why_nothing(report)
        self.empty.setText(reason or "")
        self.pages.setCurrentIndex(1 if reason else 0)
        rows = report.shown_rows()
        names = figure_names()
        headers = [self.tr("Label"), self.tr("Annotators")]
        for key in FIGURES:
            headers += [names[key], self.tr("articles"), self.tr("spans")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self._put(r, 0, self._label_names.get(row.label, row.label))
            self._put(r, 1, self.pair_text(row))
            for f, key in enumerate(FIGURES):
                figure = row.figures()[key]
                item = self._put(
                    r, 2 + 3 * f, "—" if figure.value is None else f"{figure.value:.3f}"
                )
                item.setData(Qt.ItemDataRole.UserRole, figure.value)
                if figure.value is None:
                    item.setToolTip(undefined_reason(key, figure.articles, figure.spans))
                self._put(r, 3 + 3 * f, str(figure.articles))
                self._put(r, 4 + 3 * f, str(figure.spans))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._draw_chart()

    def why_nothing(self, report: AgreementReport) -> str | None:
        """A sentence saying why there is nothing to compare, or None."""
        reason = report.nothing_to_show()
        if reason == NO_ANNOTATORS:
            return self.tr(
                "Nothing to compare yet: no annotator has coded an article.\n\n"
                "Agreement compares two or more annotators who worked on the same articles: "
                "assign the same articles to several annotators from the Team menu."
            )
        if reason == ONE_ANNOTATOR:
            (name,) = report.annotators
            if len(self._people()) > 1:
                return self.tr(
                    "Only {name} is ticked: tick at least two annotators to compare them."
                ).format(name=name)
            return self.tr(
                "Nothing to compare yet: only {name} has coded articles.\n\n"
                "Agreement needs at least two annotators on the same articles: assign some of "
                "{name}'s articles to a second annotator from the Team menu."
            ).format(name=name)
        if reason == NO_SHARED_ARTICLES:
            return self.tr(
                "Nothing to compare: {names} have not coded any article in common.\n\n"
                "Agreement is measured on articles that at least two of them coded: assign "
                "the same articles to several annotators from the Team menu."
            ).format(names=listed(report.annotators))
        return None

    def pair_text(self, row: AgreementRow) -> str:
        if row.pairwise:
            return " × ".join(row.annotators)
        return self.tr("all ({names})").format(names=listed(row.annotators))

    def _put(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if column >= 2:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, column, item)
        return item

    def _draw_chart(self) -> None:
        report = self.report
        if report is None:
            return
        key = self.figure.currentData()
        labels = [OVERALL, *report.labels]
        series_rows = [r for r in report.shown_rows() if r.label == OVERALL]
        series = [self.pair_text(r) for r in series_rows]
        values = []
        for label in labels:
            values.append(
                [
                    report.row(label, _pair(r) if r.pairwise else None).figures()[key].value
                    for r in series_rows
                ]
            )
        self.chart.set_data(
            [self._label_names.get(label, label) for label in labels],
            series,
            values,
            minimum=0.0,
            maximum=1.0,
            title=self.figure.currentText(),
        )


__all__ = ["AgreementView"]


def _pair(row: AgreementRow) -> tuple[str, str]:
    first, second = row.annotators
    return first, second
