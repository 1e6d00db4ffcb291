"""The current suggestion in the reader is drawn in the suggestions' plum, not as Qt's text
selection in the palette's blue, which a selected Figure annotation's fill (#0072b2) matched
(round 7's visual check, ADR 0034): read from the pixels, light and dark, beside a selected
annotation that keeps its look; moving to another suggestion repaints only the lines that
change, and what is on screen then is what a full paint worked out anew gives."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QPalette, QRegion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from marginalia.desktop.colours import suggestion_current
from marginalia.desktop.prefs import apply_theme
from marginalia.desktop.reader.marks import line_pieces
from marginalia.desktop.settings import Theme

from ..test_reader_repaint import on_screen, painted_afresh
from ..test_tagging import fill_at
from .test_current_colours import delta_e2000
from .test_suggestions_ui import open_sample


@pytest.fixture
def system_theme_after(qapp) -> Iterator[None]:
    yield
    apply_theme(Theme.SYSTEM)


#: the least difference the plum keeps from whatever it can be drawn beside or over
APART = 10.0


def _colours_in(view, start: int, end: int, inset: int = 2) -> Counter[int]:
    """The pixels of the lines a stretch covers (``inset`` in from the top and bottom, two
    from either end: the caret positions)."""
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    dx = -view.horizontalScrollBar().value()
    dy = -view.verticalScrollBar().value()
    counts: Counter[int] = Counter()
    for piece in line_pieces(view.document(), view.mapping, start, end):
        top, bottom = math.floor(piece.top) + dy, math.ceil(piece.bottom) + dy
        for y in range(top + inset, bottom - inset):
            for x in range(int(piece.x1) + dx + 2, int(piece.x2) + dx - 1):
                counts[image.pixel(x, y)] += 1
    assert counts, (start, end)
    return counts


def _tag(app_window, article: int, key: Qt.Key, start: int, length: int):
    view = app_window.view
    view.setFocus()
    view.select_span(start, start + length)
    QTest.keyClick(view, key)
    app_window.wait()
    [made] = [a for a in app_window.mine(article) if a.start == start]
    return made


def _visible_proposals(app_window, taken: list[tuple[int, int]]):
    """The proposals wholly in view, touching none of the ``taken`` spans."""
    view = app_window.view
    lo, hi = view.visible_offsets()
    return [
        p
        for p in sorted(
            app_window.workspace.suggestions.proposals, key=lambda p: p.suggestion.start
        )
        if lo <= p.suggestion.start
        and p.suggestion.end <= hi
        and all(p.suggestion.end <= a or b <= p.suggestion.start for a, b in taken)
    ]


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_current_suggestion_is_plum_beside_a_selected_figure(
    app_window,
    system_theme_after,
    theme,
) -> None:
    apply_theme(theme)
    QApplication.processEvents()
    article = open_sample(app_window)
    view = app_window.view
    view.setCursorWidth(0)
    text = app_window.store.text(article)
    made = {
        label: _tag(app_window, article, key, text.index(quote), len(quote))
        for key, label, quote in (
            (Qt.Key.Key_1, "claim", "港务局局长"),
            (Qt.Key.Key_3, "caption", "夜间装卸"),
            (Qt.Key.Key_2, "figure", "1.86亿吨"),
        )
    }
    figure = made["figure"]
    # the fills the plum can be drawn beside or over: each label's, and a selected one's
    fills = {label: fill_at(view, a.start + 1) for label, a in made.items() if a is not figure}
    app_window.session.select(None)
    fills["figure"] = fill_at(view, figure.start + 1)
    app_window.session.select(figure.id)
    assert view.selected_annotation() == figure.id
    selected_look = fill_at(view, figure.start + 1)
    fills["selected figure"] = selected_look
    assert selected_look == QColor(view.colours()["figure"])  # a selected one is its colour
    fills |= {f"selected {label}": colour for label, colour in view.colours().items()}
    taken = [(a.start, a.end) for a in made.values()]
    candidates = _visible_proposals(app_window, taken)
    assert candidates, "a suggestion in view beside the tagged ones"
    near = min(candidates, key=lambda p: abs(p.suggestion.start - figure.end))
    controller = app_window.workspace.suggestions
    controller.list.set_current(near.key)
    app_window.wait()
    s = near.suggestion
    assert controller.current() == near
    # still the text selection (the keys, the Tag action and a screen reader act on it)
    assert view.selected_span() == (s.start, s.end)
    accessible = QAccessible.queryAccessibleInterface(view).textInterface()
    assert accessible.selectionCount() == 1
    assert accessible.cursorPosition() == view.mapping.to_document(s.end)
    plum = suggestion_current(view.palette())
    counts = _colours_in(view, s.start, s.end)
    assert QColor.fromRgb(counts.most_common(1)[0][0]) == plum, theme
    whole = _colours_in(view, s.start, s.end, inset=0)  # each line's top to its bottom
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        blue = view.palette().color(group, QPalette.ColorRole.Highlight).rgb()
        assert whole[blue] == 0, (theme, group)  # no sliver of Qt's own selection is left
        assert delta_e2000(plum, QColor.fromRgb(blue)) >= APART
    for label, fill in fills.items():
        assert delta_e2000(plum, fill) >= APART, (theme, label, fill.name())
    # the selected annotation keeps its look beside it, and stays the selected one
    assert view.selected_annotation() == figure.id
    assert fill_at(view, figure.start + 1) == selected_look
    # the theme switched while it is current: the other theme's plum at once
    apply_theme(Theme.DARK if theme is Theme.LIGHT else Theme.LIGHT)
    QApplication.processEvents()
    other = suggestion_current(view.palette())
    assert other != plum
    switched = _colours_in(view, s.start, s.end)
    assert QColor.fromRgb(switched.most_common(1)[0][0]) == other
    apply_theme(theme)
    QApplication.processEvents()
    # no current suggestion: the stretch is drawn as before (no plum left)
    controller.list.set_current(None)
    app_window.wait()
    assert plum.rgb() not in _colours_in(view, s.start, s.end)


class Regions(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = QRegion()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = self.painted.united(event.region())  # type: ignore[attr-defined]
        return False


def test_the_next_suggestion_repaints_only_its_lines_and_the_last_ones(app_window) -> None:
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("reads the offscreen platform's backing store")
    open_sample(app_window)
    view = app_window.view
    view.setCursorWidth(0)  # a blinking caret would differ between two grabs
    controller = app_window.workspace.suggestions
    shown = _visible_proposals(app_window, [])
    assert len(shown) >= 3
    first, second, third = shown[0], shown[len(shown) // 2], shown[-1]
    controller.list.set_current(first.key)
    app_window.wait()
    app_window.qtbot.wait(20)
    regions = Regions()
    view.viewport().installEventFilter(regions)
    for before, after in ((first, second), (second, third), (third, first)):
        regions.painted = QRegion()
        controller.list.set_current(after.key)
        app_window.wait()
        app_window.qtbot.wait(20)
        assert controller.current() == after
        # only the two suggestions' lines: far less than the viewport
        lines = QRegion()
        dy = view.verticalScrollBar().value()
        for p in (before, after):
            top, bottom = view._lines_between(p.suggestion.start, p.suggestion.end)
            lines = lines.united(
                QRect(0, int(top - dy) - 1, view.viewport().width(), int(bottom - top) + 3)
            )
        assert not regions.painted.isEmpty()
        assert regions.painted.subtracted(lines).isEmpty(), (before.quote, after.quote)
        assert on_screen(view) == painted_afresh(view)
