"""The current suggestion and the selected annotation are told apart by colour, light and
dark (the visual check of round 7: the Suggestions list's current row and a selected Figure
annotation in the reader were one blue, 8.4 ΔE2000 apart)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from marginalia.desktop.colours import (
    SUGGESTION_CURRENT_DARK,
    SUGGESTION_CURRENT_LIGHT,
    contrast,
)
from marginalia.desktop.prefs import apply_theme
from marginalia.desktop.settings import Theme

from ..test_tagging import fill_at
from .test_suggestions_ui import focus_list, open_sample

#: a difference anyone sees at a glance (2.3 is "just noticeable"; the two blues were 8.4)
VISIBLE = 20.0


def _lab(colour: QColor) -> tuple[float, float, float]:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e2000(one: QColor, other: QColor) -> float:
    """CIEDE2000 colour difference of two sRGB colours."""
    return _de2000(_lab(one), _lab(other))


def _de2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """CIEDE2000 (Sharma, Wu and Dalal's formulation) of two CIELAB colours."""
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    h1 = math.degrees(math.atan2(b1, a1)) % 360
    h2 = math.degrees(math.atan2(b2, a2)) % 360
    dh = 0.0 if c1 * c2 == 0 else (h2 - h1 + 180) % 360 - 180
    d_l, d_c = l2 - l1, c2 - c1
    d_h = 2 * math.sqrt(c1 * c2) * math.sin(math.radians(dh / 2))
    l_mean, c_mean = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        h_mean = h1 + h2
    elif abs(h1 - h2) <= 180:
        h_mean = (h1 + h2) / 2
    else:
        h_mean = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c, s_h = 1 + 0.045 * c_mean, 1 + 0.015 * c_mean * t
    rotation = -math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2)))) * (
        2 * math.sqrt(c_mean**7 / (c_mean**7 + 25**7))
    )
    return math.sqrt(
        (d_l / s_l) ** 2
        + (d_c / s_c) ** 2
        + (d_h / s_h) ** 2
        + rotation * (d_c / s_c) * (d_h / s_h)
    )


@pytest.mark.parametrize(
    ("lab1", "lab2", "expected"),
    [  # Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17 and 25
        ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
        ((50, 0, 0), (50, -1, 2), 2.3669),
        ((50, 2.5, 0), (73, 25, -18), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ],
)
def test_the_colour_difference_is_ciede2000(lab1, lab2, expected) -> None:
    assert _de2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert delta_e2000(QColor("#000000"), QColor("#ffffff")) == pytest.approx(100, abs=0.01)


def _row_colour(tree, item) -> QColor:
    """The colour painted behind ``item``'s row (the commonest in its rectangle)."""
    tree.viewport().repaint()
    image = tree.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rect = tree.visualItemRect(item)
    counts: Counter[int] = Counter()
    for y in range(rect.top() + 1, rect.bottom()):
        for x in range(rect.left() + 1, min(rect.right(), tree.viewport().width() - 1)):
            counts[image.pixel(round(x * ratio), round(y * ratio))] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


@pytest.fixture
def system_theme_after(qapp) -> Iterator[None]:
    yield
    apply_theme(Theme.SYSTEM)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_current_suggestion_is_not_the_selected_annotations_blue(
    app_window, system_theme_after, theme
) -> None:
    apply_theme(theme)
    QApplication.processEvents()
    article = open_sample(app_window)
    view = app_window.view
    text = app_window.store.text(article)
    # a selected annotation of each default label, as the reader fills it
    fills = {}
    for key, label, quote in (
        (Qt.Key.Key_1, "claim", "港务局局长"),
        (Qt.Key.Key_2, "figure", "1.86亿吨"),
        (Qt.Key.Key_3, "caption", "夜间装卸"),
    ):
        start = text.index(quote)
        view.setFocus()
        view.select_span(start, start + len(quote))
        QTest.keyClick(view, key)  # tagged, and selected
        app_window.wait()
        [made] = [a for a in app_window.mine(article) if a.start == start]
        assert (made.label, view.selected_annotation()) == (label, made.id)
        fills[label] = fill_at(view, start + 1)
    app_window.session.select(None)
    # the current suggestion's row, with the list focused and with the reader focused
    tree = focus_list(app_window)
    QTest.keyClick(tree, Qt.Key.Key_Tab)
    item = tree.currentItem()
    assert item is not None and item.isSelected()
    rows = {"focused": _row_colour(tree, item)}
    view.setFocus()
    app_window.qtbot.waitUntil(view.hasFocus)
    rows["reader focused"] = _row_colour(tree, item)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    base = tree.palette().color(QPalette.ColorRole.Base)
    for state, row in rows.items():
        assert row != base, state  # the row is marked at all
        assert contrast(QColor("#ffffff"), row) >= 4.5, (theme, state, row.name())
        assert delta_e2000(row, highlight) >= VISIBLE, (theme, state, row.name())
        for label, fill in fills.items():
            assert delta_e2000(row, fill) >= VISIBLE, (theme, state, label, row.name(), fill.name())
    # a theme switched while the row is current: the row takes the other theme's plum
    other = Theme.DARK if theme is Theme.LIGHT else Theme.LIGHT
    apply_theme(other)
    QApplication.processEvents()
    switched = _row_colour(tree, item)
    assert switched.name() == (
        SUGGESTION_CURRENT_DARK if other is Theme.DARK else SUGGESTION_CURRENT_LIGHT
    )
    assert delta_e2000(switched, view.palette().color(QPalette.ColorRole.Highlight)) >= VISIBLE
