"""The suggestions' overlay paints the part of the reader being repainted from the stretches
the reader's own paint worked out for it, not working them out a second time (issue 14),
and what is on screen after an add is what a full paint of the viewport gives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QRegion
from PySide6.QtTest import QTest

from ..test_reader_repaint import on_screen, painted_afresh
from .test_suggestions_ui import open_sample


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_an_add_works_out_the_painted_stretches_once_a_paint(app_window) -> None:
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("reads the offscreen platform's backing store")
    open_sample(app_window)
    view = app_window.view
    view.setCursorWidth(0)  # a blinking caret would differ between two grabs
    overlay = app_window.workspace.suggestions.overlay
    assert overlay.proposals, "the sample article has suggestions"
    worked_out: list[list[tuple[int, int]]] = []
    original = view.painted_offsets

    def counted(region: QRegion) -> list[tuple[int, int]]:
        found = original(region)
        worked_out.append(found)
        return found

    view.painted_offsets = counted  # type: ignore[method-assign]
    paints = Paints()
    view.viewport().installEventFilter(paints)
    lo, hi = view.visible_offsets()
    text = view.article.text
    for start in range(lo + 20, min(hi, len(text)) - 40, max(1, (hi - lo) // 4))[:3]:
        view.select_span(start, start + 6)
        app_window.qtbot.wait(10)
        worked_out.clear()
        paints.count = 0
        QTest.keyClick(view, Qt.Key.Key_1)
        app_window.wait()
        app_window.qtbot.wait(20)
        assert paints.count > 0 and worked_out
        assert len(worked_out) == paints.count  # once a paint, for reader and overlay
        assert on_screen(view) == painted_afresh(view)
