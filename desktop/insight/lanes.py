"""Per-annotator lanes: each annotator's spans (and the gold set's) drawn along the article.

One lane per annotator, the article's characters from left to right; a span is a block in
its label's colour with the label's key written on it. A span that not every annotator
marked the same way is drawn with a thick dashed outline — the difference, not colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from marginalia.db import GOLD, Adjudication, Schema


class Lanes(QWidget):
    def __init__(self, schema: Schema, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schema = schema
        self.adjudication: Adjudication | None = None
        self.length = 1
        self.selected: str | None = None
        self.setMinimumHeight(60)

    def set_adjudication(self, adjudication: Adjudication, length: int) -> None:
        self.adjudication = adjudication
        self.length = max(1, length)
        lanes = len(adjudication.annotators) + 1
        self.setMinimumHeight(12 + lanes * (self.fontMetrics().height() + 8))
        self.update()

    def lane_names(self) -> list[str]:
        if self.adjudication is None:
            return []
        return [*self.adjudication.annotators, GOLD]

    def sizeHint(self) -> QSize:
        return QSize(600, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        adjudication = self.adjudication
        if adjudication is None:
            painter.end()
            return
        metrics = painter.fontMetrics()
        line = metrics.height() + 8
        names = self.lane_names()
        left = 8 + max(metrics.horizontalAdvance(n) for n in names) + 8
        width = self.width() - left - 8
        labels = {label.id: label for label in self.schema.labels}
        spans: dict[str, list[tuple[str, int, int, bool]]] = {n: [] for n in names}
        for candidate in adjudication.candidates:
            for who in candidate.annotators:
                spans[who].append(
                    (
                        candidate.label,
                        candidate.start,
                        candidate.end,
                        adjudication.disputed(candidate),
                    )
                )
        for annotation in adjudication.gold:
            spans[GOLD].append((annotation.label, annotation.start, annotation.end, False))
        for row, name in enumerate(names):
            y = 6 + row * line
            painter.setPen(text)
            painter.drawText(
                QRectF(8, y, left - 16, line - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            guide = QColor(text)
            guide.setAlpha(40)
            painter.fillRect(QRectF(left, y + line / 2 - 1, width, 2), guide)
            for label_id, start, end, disputed in spans[name]:
                x0 = left + start / self.length * width
                x1 = left + end / self.length * width
                rect = QRectF(x0, y + 2, max(3.0, x1 - x0), line - 8)
                label = labels.get(label_id)
                colour = QColor(label.colour if label else "#888888")
                fill = QColor(colour)
                fill.setAlpha(150)
                painter.fillRect(rect, fill)
                pen = QPen(text if disputed else colour.darker(150), 2.5 if disputed else 1)
                if disputed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawRect(rect)
                if label and rect.width() > metrics.horizontalAdvance(label.key) + 2:
                    painter.setPen(text)
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label.key)
        painter.end()


__all__ = ["Lanes"]
