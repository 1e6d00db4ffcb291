"""Checkable lists' rows, for the tests of every list that uses ``roomy_check_rows``
(desktop/checklist.py): the Export, Work and Agreement lists and the editor's links."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QListWidget, QStyle


@contextmanager
def app_font(points: int | None) -> Iterator[None]:
    """The application's font at ``points`` (as it is with ``None``) for the block."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    if points is not None:
        large = app.font()
        large.setPointSize(points)
        app.setFont(large)
    try:
        yield
    finally:
        app.setFont(font)


def roomy_rows(view: QListWidget, padding: int = 4) -> list[QRect]:
    """The view's rows, each checked to be the style's tick box plus ``padding`` pixels and
    a line of the view's font at least (the rows were as tall as the box, boxes touching)."""
    indicator = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, view)
    rows = [view.visualItemRect(view.item(i)) for i in range(view.count())]
    for row in rows:
        assert row.height() >= indicator + padding, (view.objectName(), row.height(), indicator)
        assert row.height() >= view.fontMetrics().height(), (view.objectName(), row.height())
    return rows
