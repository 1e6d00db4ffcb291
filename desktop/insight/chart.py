"""A small grouped bar chart drawn with QPainter (PySide6-Essentials has no QtCharts).

Groups (e.g. labels or days) along the x axis, one bar per series in each group; the value
axis spans ``minimum..maximum`` and grows below zero when a value is negative (kappa and
alpha can be). Each bar carries its value as text and each series a hatch pattern as well
as a colour, so that the chart reads without colour. ``data()`` returns what is drawn, for
tests.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..i18n import listed

#: Okabe–Ito colours (readable for colour-blind readers), then hatches for a second cue.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.DiagCrossPattern,
)


class BarChart(QWidget):
    """Grouped bars; ``None`` values are left out and marked "—" under their slot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)
        self._groups: list[str] = []
        self._series: list[str] = []
        self._values: list[list[float | None]] = []
        self._minimum = 0.0
        self._maximum: float | None = 1.0
        self._decimals = 2
        self.title = ""
        #: the bars' rectangles of the last paint, (group, series) -> rect (tests, tooltips)
        self.bar_rects: dict[tuple[int, int], QRectF] = {}

    def set_data(
        self,
        groups: Sequence[str],
        series: Sequence[str],
        values: Sequence[Sequence[float | None]],
        *,
        minimum: float = 0.0,
        maximum: float | None = 1.0,
        decimals: int = 2,
        title: str = "",
    ) -> None:
        """``values[g][s]``: series ``s`` in group ``g``; ``maximum`` None fits the data."""
        if len(values) != len(groups) or any(len(row) != len(series) for row in values):
            raise ValueError("values must be one row per group, one value per series")
        self._groups = list(groups)
        self._series = list(series)
        self._values = [list(row) for row in values]
        self._minimum, self._maximum, self._decimals = minimum, maximum, decimals
        self.title = title
        self.setAccessibleDescription(self.summary())
        self.update()

    def data(self) -> dict[str, object]:
        low, high = self.value_range()
        return {
            "groups": list(self._groups),
            "series": list(self._series),
            "values": [list(row) for row in self._values],
            "range": (low, high),
        }

    def summary(self) -> str:
        """The chart as one line of text per group (screen readers, tooltips)."""
        lines = []
        for group, row in zip(self._groups, self._values, strict=True):
            parts = [f"{name} {self._format(v)}" for name, v in zip(self._series, row, strict=True)]
            #: Translators: one line of a chart's summary (for screen readers, tooltips): a
            #: group (a label, a day), then each series' name and value.
            line = QCoreApplication.translate("BarChart", "{group}: {values}")
            lines.append(line.format(group=group, values=listed(parts)))
        return "\n".join(lines)

    def _format(self, value: float | None) -> str:
        return "—" if value is None else f"{value:.{self._decimals}f}"

    def value_range(self) -> tuple[float, float]:
        present = [v for row in self._values for v in row if v is not None]
        low = min([self._minimum, *present])
        high = self._maximum if self._maximum is not None else max([1.0, *present])
        high = max([high, *present])
        if low < 0:
            low = math.floor(low * 4) / 4  # a clean tick below the lowest value
        if self._maximum is None and high > 1:
            high = _nice_ceiling(high)
        return low, high

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = painter.fontMetrics()
        line = metrics.height()
        self.bar_rects = {}
        if not self._groups or not self._series:
            painter.setPen(text)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to show yet.")
            )
            painter.end()
            return
        legend_h = self._draw_legend(painter, line)
        top = 8 + (line + 4 if self.title else 0)
        if self.title:
            bold = QFont(painter.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(QPointF(8, 8 + metrics.ascent()), self.title)
            painter.setFont(self.font())
        low, high = self.value_range()
        left = 8 + metrics.horizontalAdvance("-0.00") + 6
        plot = QRectF(
            left, top, self.width() - left - 10, self.height() - top - legend_h - 2 * line - 8
        )
        if plot.height() < 20 or plot.width() < 20:
            painter.end()
            return

        def y_of(value: float) -> float:
            return plot.bottom() - (value - low) / (high - low) * plot.height()

        # value axis with ticks and grid
        grid = QColor(text)
        grid.setAlpha(50)
        for tick in _ticks(low, high):
            y = y_of(tick)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(0, y - line / 2, left - 4, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{tick:g}",
            )
        zero = y_of(0.0) if low < 0 < high or low == 0 else plot.bottom()
        painter.setPen(QPen(text, 1.5))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))

        group_w = plot.width() / len(self._groups)
        bar_w = min(56.0, max(2.0, group_w * 0.8 / len(self._series)))
        inset = (group_w - bar_w * len(self._series)) / 2  # the group's bars centred
        show_values = bar_w >= metrics.horizontalAdvance("-0.00") * 0.9
        for g, (group, row) in enumerate(zip(self._groups, self._values, strict=True)):
            x0 = plot.left() + g * group_w + inset
            for s, value in enumerate(row):
                x = x0 + s * bar_w
                if value is None:
                    painter.setPen(text)
                    painter.drawText(
                        QRectF(x, zero - line, bar_w, line), Qt.AlignmentFlag.AlignCenter, "—"
                    )
                    continue
                y = y_of(value)
                rect = QRectF(x, min(y, zero), bar_w - 1, abs(zero - y)).normalized()
                self.bar_rects[(g, s)] = rect
                self._fill_bar(painter, rect, s)
                if show_values:
                    painter.setPen(text)
                    label_y = rect.top() - line if value >= 0 else rect.bottom()
                    painter.drawText(
                        QRectF(x - 4, label_y, bar_w + 8, line),
                        Qt.AlignmentFlag.AlignCenter,
                        self._format(value),
                    )
            painter.setPen(text)
            name = metrics.elidedText(group, Qt.TextElideMode.ElideRight, int(group_w) - 4)
            painter.drawText(
                QRectF(plot.left() + g * group_w, plot.bottom() + 4, group_w, line),
                Qt.AlignmentFlag.AlignCenter,
                name,
            )
        painter.end()

    def _fill_bar(self, painter: QPainter, rect: QRectF, series: int) -> None:
        colour = QColor(COLOURS[series % len(COLOURS)])
        painter.setPen(QPen(colour.darker(140), 1))
        light = QColor(colour)
        light.setAlpha(90)
        painter.setBrush(QBrush(light))
        painter.drawRect(rect)
        painter.setBrush(QBrush(colour, PATTERNS[series % len(PATTERNS)]))
        painter.drawRect(rect)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_legend(self, painter: QPainter, line: int) -> float:
        """The legend in rows along the bottom; returns its height."""
        metrics = painter.fontMetrics()
        x, rows = 8.0, 1
        placed: list[tuple[float, int, int, str]] = []
        for s, name in enumerate(self._series):
            width = line + 6 + metrics.horizontalAdvance(name) + 16
            if x + width > self.width() - 8 and x > 8:
                x, rows = 8.0, rows + 1
            placed.append((x, rows, s, name))
            x += width
        height = rows * (line + 4) + 4
        base = self.height() - height
        for x, row, s, name in placed:
            y = base + (row - 1) * (line + 4) + 4
            self._fill_bar(painter, QRectF(x, y + 1, line - 2, line - 2), s)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(QPointF(x + line + 4, y + metrics.ascent()), name)
        return height


def _nice_ceiling(value: float) -> float:
    magnitude = 10.0 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _ticks(low: float, high: float) -> list[float]:
    span = high - low
    step = _nice_ceiling(span / 5) if span > 0 else 1.0
    first = math.ceil(low / step) * step
    ticks, tick = [], first
    while tick <= high + step * 1e-9:
        ticks.append(round(tick, 10))
        tick += step
    return ticks


__all__ = ["BarChart"]
