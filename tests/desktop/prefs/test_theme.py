"""Theme: the system palette by default, a forced light or dark palette on request."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from marginalia.desktop.prefs import apply_theme, is_dark
from marginalia.desktop.settings import Theme


def test_forcing_dark_then_light_then_back_to_the_system(qapp):
    system = QApplication.palette().color(QPalette.ColorRole.Window)
    apply_theme(Theme.DARK)
    assert is_dark()
    text = QApplication.palette().color(QPalette.ColorRole.Text)
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert text.lightness() - base.lightness() > 150  # readable contrast
    apply_theme(Theme.LIGHT)
    assert not is_dark()
    apply_theme(Theme.SYSTEM)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == system
