"""Theme: the system palette by default, a forced light or dark palette on request."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QListWidget

from marginalia.db.schema.defaults import DEFAULT_LABELS
from marginalia.desktop.colours import TEXT_CONTRAST, contrast, suggestion_current
from marginalia.desktop.prefs import apply_theme, is_dark
from marginalia.desktop.reader.fills import blend
from marginalia.desktop.settings import Theme

from ..suggest.test_current_colours import delta_e2000

#: colours told apart at a glance (ΔE2000; 2.3 is "just noticeable")
DISTINCT = 10.0


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


def _painted_selected_row(qtbot) -> tuple[QColor, QColor]:
    """A list with its current row selected and focused, as the theme paints it: the row's
    commonest colour, and the palette's highlighted text colour."""
    view = QListWidget()
    qtbot.addWidget(view)
    view.addItems(["first", "second", "third"])
    view.resize(240, 120)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    view.setCurrentRow(1)
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rect = view.visualItemRect(view.item(1))
    counts: Counter[int] = Counter()
    for y in range(rect.top() + 1, rect.bottom()):
        for x in range(rect.left() + 1, rect.right()):
            counts[image.pixel(round(x * ratio), round(y * ratio))] += 1
    row = QColor.fromRgb(counts.most_common(1)[0][0])
    return row, view.palette().color(QPalette.ColorRole.HighlightedText)


def test_the_dark_selection_carries_its_text_and_is_no_label_or_suggestion_colour(
    qapp, qtbot
) -> None:
    """The dark highlight (#3d7bd9) gave white text 4.17:1 and was 8.5 ΔE2000 from a selected
    Figure annotation's fill (the label's Okabe–Ito blue): it carries its text at WCAG's
    4.5:1 and is at least 10 from each default label's selected fill and plain fill and from
    the current suggestion's plum (ADR 0073)."""
    apply_theme(Theme.DARK)
    try:
        palette = QApplication.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        row, text = _painted_selected_row(qtbot)
        assert row.name() == highlight.name()  # what the lists paint is the palette's
        assert contrast(text, row) >= TEXT_CONTRAST, (row.name(), contrast(text, row))
        base = palette.color(QPalette.ColorRole.Base)
        others = {"suggestion": suggestion_current(palette)}
        for label in DEFAULT_LABELS:
            colour = QColor(str(label["colour"]))
            others[f"{label['id']} selected"] = colour  # the reader's selected annotation
            others[f"{label['id']} fill"] = blend([colour], base)  # and its fill
        for name, other in others.items():
            assert delta_e2000(row, other) >= DISTINCT, (name, row.name(), other.name())
    finally:
        apply_theme(Theme.SYSTEM)
