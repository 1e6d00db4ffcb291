"""Light and dark: follow the system unless the user forces one (ADR 0073)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..settings import Theme
from .indicators import install_indicator_style

_system_palette: QPalette | None = None

#: The dark theme's selection, an indigo-leaning blue (ADR 0073): white text on it 5.0:1, and
#: 12.2 ΔE2000 from a selected Figure annotation (the label's Okabe–Ito blue, #0072B2), 21.6
#: from the current suggestion's plum. #3d7bd9 gave white text 4.17:1 and was 8.5 from the blue.
DARK_HIGHLIGHT = "#4a66d9"


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for long reading (WCAG AA for body text)."""
    p = QPalette()
    window, base, text = QColor("#2b2b2b"), QColor("#1e1e1e"), QColor("#e6e6e6")
    disabled = QColor("#7f7f7f")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#262626"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#3a3a3a"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#353535"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ff6b6b"))
    p.setColor(QPalette.ColorRole.Link, QColor("#6cb4ff"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(DARK_HIGHLIGHT))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Light, QColor("#4a4a4a"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#3e3e3e"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#303030"))
    p.setColor(QPalette.ColorRole.Dark, QColor("#1a1a1a"))
    p.setColor(QPalette.ColorRole.Shadow, QColor("#000000"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def light_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#f3f3f3"), QColor("#ffffff"), QColor("#1b1b1b")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f7fa"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffdc"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6e6e6e"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#e9e9e9"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#c00000"))
    p.setColor(QPalette.ColorRole.Link, QColor("#0b5cad"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2a64c5"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Light, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#e3e3e3"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#b8b8b8"))
    p.setColor(QPalette.ColorRole.Dark, QColor("#9f9f9f"))
    p.setColor(QPalette.ColorRole.Shadow, QColor("#767676"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8c8c8c"))
    return p


def apply_theme(theme: Theme | str) -> None:
    """Follow the system's light or dark look, or force one.

    Forcing sets the style hint's colour scheme (styles that know it redraw themselves) and
    an explicit palette (for styles that do not); "system" undoes both.
    """
    global _system_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("apply_theme needs a QApplication")
    theme = Theme(theme)
    install_indicator_style(app)
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    hints = QGuiApplication.styleHints()
    if theme is Theme.SYSTEM:
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        app.setPalette(_system_palette)
        return
    dark = theme is Theme.DARK
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setPalette(dark_palette() if dark else light_palette())


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
