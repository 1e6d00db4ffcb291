"""Unticked check boxes stand out from their background in both themes (WCAG 1.4.11, 3:1).

Measured on the rendered pixels of the Export dialog's Labels list and Article status boxes:
Fusion's own outline on the dark theme was 1.1:1 against the window and 1.7:1 against the
list's base, so an unticked box was all but invisible.
"""

from __future__ import annotations

from collections.abc import Iterator
from statistics import median

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListWidget,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from marginalia.desktop.colours import LINE_CONTRAST, contrast, ink
from marginalia.desktop.prefs import apply_theme
from marginalia.desktop.settings import Theme


@pytest.fixture
def system_theme_after(qapp) -> Iterator[None]:
    yield
    apply_theme(Theme.SYSTEM)


def _edge_contrast(widget: QWidget, rect: QRect, background: QColor) -> float:
    """The median contrast of the pixels on ``rect``'s edge (the indicator's outline)."""
    image: QImage = widget.grab().toImage()
    ratio = image.width() / widget.width()  # the grab is in device pixels
    left, top = round(rect.left() * ratio), round(rect.top() * ratio)
    right, bottom = round((rect.right() + 1) * ratio) - 1, round((rect.bottom() + 1) * ratio) - 1
    edge = [(x, top) for x in range(left, right + 1)] + [
        (x, bottom) for x in range(left, right + 1)
    ]
    edge += [(left, y) for y in range(top + 1, bottom)] + [
        (right, y) for y in range(top + 1, bottom)
    ]
    return median(contrast(image.pixelColor(x, y), background) for x, y in edge)


def _box_indicator(box: QCheckBox) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(box)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)


def _item_indicator(view: QListWidget, row: int) -> QRect:
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualItemRect(view.item(row))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    option.text = view.item(row).text()
    option.font = view.font()
    element = QStyle.SubElement.SE_ItemViewItemCheckIndicator
    return view.style().subElementRect(element, option, view)


@pytest.mark.parametrize("theme", [Theme.DARK, Theme.LIGHT])
def test_the_export_dialogs_unticked_boxes_stand_out(app_window, system_theme_after, theme):
    apply_theme(theme)
    QTest.keyClick(app_window.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()
    feature = app_window.workspace.interchange
    app_window.qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible())
    dialog = feature.dialog
    QApplication.processEvents()
    try:
        labels = dialog.labels
        base = labels.palette().color(QPalette.ColorRole.Base)
        for row in range(labels.count()):
            assert labels.item(row).checkState() == Qt.CheckState.Unchecked
            rect = _item_indicator(labels, row)
            seen = _edge_contrast(labels.viewport(), rect, base)
            assert seen >= LINE_CONTRAST, (theme, row, round(seen, 2))
        for box in dialog.statuses.values():
            box.setChecked(False)
            window = box.palette().color(QPalette.ColorRole.Window)
            seen = _edge_contrast(box, _box_indicator(box), window)
            assert seen >= LINE_CONTRAST, (theme, box.text(), round(seen, 2))
    finally:
        dialog.reject()


def test_a_radio_buttons_outline_stands_out_on_dark(qapp, system_theme_after):
    apply_theme(Theme.DARK)
    button = QRadioButton()
    button.resize(40, 30)
    button.show()
    QApplication.processEvents()
    image = button.grab().toImage()
    window = button.palette().color(QPalette.ColorRole.Window)
    strongest = max(
        contrast(image.pixelColor(x, y), window)
        for x in range(image.width())
        for y in range(image.height())
    )
    assert strongest >= LINE_CONTRAST, round(strongest, 2)


def test_the_outline_is_worked_out_once_for_each_pair_of_backgrounds(qapp, monkeypatch):
    """Every check box painted asked for its outline, and ``ink``'s bisection ran up to twice
    (~0.3 ms each; the editor's links rows on every add, issue 14): now once a palette."""
    from marginalia.desktop.prefs import indicators
    from marginalia.desktop.prefs.theme import dark_palette, light_palette

    calls: list[str] = []

    def counted(colour: QColor, background: QColor, minimum: float) -> QColor:
        calls.append(background.name())
        return ink(colour, background, minimum)

    monkeypatch.setattr(indicators, "ink", counted)
    monkeypatch.setattr(indicators, "_OUTLINES", {})
    palettes = (dark_palette(), light_palette())
    fresh = []
    for palette in palettes:
        window = palette.color(QPalette.ColorRole.Window)
        base = palette.color(QPalette.ColorRole.Base)
        fresh.append(indicators._outline(window, base))
    once = len(calls)
    calls.clear()
    for _ in range(3):
        for palette, expected in zip(palettes, fresh, strict=True):
            outline = indicators.indicator_outline(palette)
            assert outline == expected
            outline.setRed(0)  # a caller's change does not reach the next caller
    assert len(calls) == once
    nearly = QPalette(palettes[0])  # another window colour, close to the first one
    window = nearly.color(QPalette.ColorRole.Window)
    nearly.setColor(
        QPalette.ColorRole.Window,
        QColor.fromRgba64(
            window.rgba64().red() + 1, window.rgba64().green(), window.rgba64().blue()
        ),
    )
    indicators.indicator_outline(nearly)
    assert len(calls) > once
