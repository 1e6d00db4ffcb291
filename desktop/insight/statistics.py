"""The statistics view: progress per annotator and label by day, and totals per annotator.

Data from :func:`marginalia.db.team.stats.activity` and ``Store.stats()``, read on the
database worker. The chart shows, per day, one bar per annotator of the chosen measure
(annotations created, edited, deleted, or articles marked done), for one label or all. Both
count what exists: a tag or an accept undone the same day counts nowhere (ADR 0088). The
table gives each annotator's done of assigned articles; the gold set is no annotator and is
reported under the table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from marginalia.db import DayCount, activity

from ..accessible import NamedComboBox
from ..i18n import label_name, listed
from .chart import BarChart

if TYPE_CHECKING:
    from marginalia.db import Changes, Schema, Store

    from ..ops import OpRunner

MEASURES = ("created", "edited", "deleted", "done")
STATUSES = ("in progress", "done", "skipped")


@dataclass(frozen=True, slots=True)
class Statistics:
    days: list[DayCount]
    totals: dict[str, Any]


def measure_tips() -> dict[str, str]:
    return {
        "created": QCoreApplication.translate(
            "StatisticsView",
            "Annotations made that day that still existed at its end: a tag or an accept "
            "undone the same day is not counted",
        ),
        "edited": QCoreApplication.translate(
            "StatisticsView", "Annotations last changed that day, made on an earlier day"
        ),
        "deleted": QCoreApplication.translate(
            "StatisticsView", "Annotations deleted that day that were made on an earlier day"
        ),
        "done": QCoreApplication.translate(
            "StatisticsView", "Articles the annotator marked done that day"
        ),
    }


def measure_names() -> dict[str, str]:
    return {
        "created": QCoreApplication.translate("StatisticsView", "Annotations created"),
        "edited": QCoreApplication.translate("StatisticsView", "Annotations edited"),
        "deleted": QCoreApplication.translate("StatisticsView", "Annotations deleted"),
        "done": QCoreApplication.translate("StatisticsView", "Articles marked done"),
    }


def per_day(
    days: list[DayCount], measure: str, label: str | None
) -> tuple[list[str], list[str], list[list[float | None]]]:
    """Groups (days), series (annotators) and values of one measure, for the chart."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for count in days:
        if measure != "done" and label is not None and count.label != label:
            continue
        counts[(count.day.isoformat(), count.annotator)] += getattr(count, measure)
    day_names = sorted({d for d, _ in counts})
    who = sorted({w for _, w in counts})
    values: list[list[float | None]] = [
        [float(counts.get((d, w), 0)) for w in who] for d in day_names
    ]
    return day_names, who, values


class StatisticsView(QWidget):
    def __init__(self, runner: OpRunner, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statistics-view")
        self.setWindowTitle(self.tr("Statistics"))
        self.runner = runner
        self.schema = schema
        self.statistics: Statistics | None = None
        self._stale = False
        self._label_names = {label.id: label_name(label.name) for label in schema.labels}

        self.measure = NamedComboBox(self)
        tips = measure_tips()
        for key, text in measure_names().items():
            self.measure.addItem(text, key)
            self.measure.setItemData(
                self.measure.count() - 1, tips[key], Qt.ItemDataRole.ToolTipRole
            )
        self.measure.setAccessibleName(self.tr("Measure"))
        self.label = NamedComboBox(self)
        self.label.addItem(self.tr("All labels"), None)
        for label in schema.labels:
            self.label.addItem(label_name(label.name), label.id)
        self.label.setAccessibleName(self.tr("Label"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), self))
        bar.addWidget(self.measure)
        bar.addWidget(QLabel(self.tr("for"), self))
        bar.addWidget(self.label)
        bar.addStretch(1)

        self.chart = BarChart(self)
        self.chart.setObjectName("statistics-chart")
        self.table = QTableWidget(self)
        self.table.setObjectName("statistics-table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Totals per annotator"))
        self.gold = QLabel(self)
        self.gold.setObjectName("statistics-gold")
        self.gold.setWordWrap(True)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.table, 1)
        lower_layout.addWidget(self.gold)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.measure.currentIndexChanged.connect(self._measure_chosen)
        self._measure_chosen(0)
        self.label.currentIndexChanged.connect(lambda _i: self._draw_chart())
        self.refresh()

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes:
            return
        if changes is not None and not self.isVisible():
            self._stale = True  # read again when shown, not while hidden
            return
        self._stale = False

        def work(store: Store) -> Statistics:
            return Statistics(activity(store), store.stats())

        self.runner.run(work, self._show)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show(self, statistics: Statistics) -> None:
        self.statistics = statistics
        labels = self.schema.labels
        headers = [self.tr("Annotator"), self.tr("Annotations")]
        headers += [label_name(label.name) for label in labels]
        status_names = {
            "in progress": self.tr("In progress"),
            "done": self.tr("Done"),
            "skipped": self.tr("Skipped"),
        }
        headers += [self.tr("Done of assigned")]
        headers += [status_names[s] for s in STATUSES]
        people = statistics.totals["annotators"]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(people))
        for r, person in enumerate(people):
            cells = [person["name"], person["annotations"]]
            cells += [person["labels"].get(label.id, 0) for label in labels]
            cells += [
                self.tr("{done} / {assigned}").format(
                    done=person["assigned_done"], assigned=person["assigned"]
                )
                if person["assigned"]
                else "—"
            ]
            cells += [person["status"].get(s, 0) for s in STATUSES]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.gold.setText(self._gold_text(statistics.totals.get("gold", {})))
        self._draw_chart()

    def _gold_text(self, gold: dict[str, Any]) -> str:
        count = int(gold.get("annotations", 0))
        if not count:
            return self.tr("Gold set (adjudicated): empty.")
        parts = [
            f"{self._label_names.get(label, label)} {n}"
            for label, n in gold.get("labels", {}).items()
        ]
        return self.tr("Gold set (adjudicated): %Ln annotation(s) ({labels}).", "", count).format(
            labels=listed(parts)
        )

    def _measure_chosen(self, _index: int) -> None:
        self.measure.setToolTip(str(self.measure.currentData(Qt.ItemDataRole.ToolTipRole) or ""))
        self._draw_chart()

    def _draw_chart(self) -> None:
        if self.statistics is None:
            return
        measure = self.measure.currentData()
        label = self.label.currentData()
        self.label.setEnabled(measure != "done")
        days, who, values = per_day(self.statistics.days, measure, label)
        title = self.measure.currentText()
        if label is not None and measure != "done":
            title += f" · {self._label_names.get(label, label)}"
        self.chart.set_data(days, who, values, maximum=None, decimals=0, title=title)


__all__ = ["StatisticsView", "per_day"]
