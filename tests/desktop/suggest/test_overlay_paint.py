"""The suggestions' overlay paints the part of the reader being repainted from the stretches
the reader's own paint worked out for it, not working them out a second time (issue 14),
and what is on screen after an add is what a full paint of the viewport gives."""

from __future__ import annotations

import random
from collections.abc import Iterable

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage, QRegion
from PySide6.QtTest import QTest

from marginalia.db.suggest import Suggestion
from marginalia.desktop.reader.layers import Span
from marginalia.desktop.reader.marks import lane_y, pixel_size

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


def sample_on_screen(app_window):
    """The sample open in the offscreen reader with the caret hidden (a blinking caret would
    differ between two grabs): the screens below are compared pixel for pixel."""
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("reads the offscreen platform's backing store")
    open_sample(app_window)
    view = app_window.view
    view.setCursorWidth(0)
    app_window.qtbot.wait(20)
    return view


def suggestions_in_view(app_window) -> list[Suggestion]:
    """At least three of the sample's suggestions in view, with room after the first."""
    view = app_window.view
    lo, hi = view.visible_offsets()
    overlay = app_window.workspace.suggestions.overlay
    under = [p.suggestion for p in overlay.proposals if lo < p.suggestion.start < hi - 60]
    assert len(under) >= 3, "the sample has suggestions in view"
    return under


def test_an_add_works_out_the_painted_stretches_once_a_paint(app_window) -> None:
    view = sample_on_screen(app_window)
    overlay = app_window.workspace.suggestions.overlay
    assert overlay.proposals, "the sample article has suggestions"
    worked_out: list[list[tuple[int, int]]] = []
    original = view.painted_offsets

    def counted(region: QRegion) -> list[tuple[int, int]]:
        found = original(region)
        worked_out.append(found)
        return found

    view.painted_offsets = counted
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


def afresh(app_window) -> QImage:
    """A full paint worked out anew: the reader's memory and the overlay's forgotten."""
    app_window.workspace.suggestions.overlay.forget()
    return painted_afresh(app_window.view)


def test_an_annotation_over_a_suggestion_moves_its_underline_on_screen(app_window) -> None:
    """The overlay remembers each suggestion's lane and lines between paints (issue 14);
    an add or an undo over a suggestion drops it below the new annotation's lane and back,
    on every line it covers, and only the region repainted is drawn: after each step the
    screen equals a full paint worked out anew."""
    view = sample_on_screen(app_window)
    under = suggestions_in_view(app_window)
    assert on_screen(view) == afresh(app_window)
    lanes = []
    for s in under[:3]:
        # over the suggestion's start, and the text before it (another span: not taken)
        view.select_span(max(0, s.start - 4), s.start + 2)
        app_window.qtbot.wait(10)
        before = view.lane_below(s.start, s.end)
        QTest.keyClick(view, Qt.Key.Key_1)
        app_window.wait()
        app_window.qtbot.wait(20)
        lanes.append((before, view.lane_below(s.start, s.end)))
        assert on_screen(view) == afresh(app_window)
    assert any(after > before for before, after in lanes), lanes
    for _ in range(3):
        app_window.workspace.annotate.session.undo.undo()
        app_window.wait()
        app_window.qtbot.wait(20)
        assert on_screen(view) == afresh(app_window)


def test_a_thin_repaint_draws_every_underline_that_reaches_it(app_window) -> None:
    """Only the underlines that reach the region are drawn (the others are clipped away):
    a repaint of a few pixel rows at an underline, on its rows or just beside them, still
    draws the part of each underline inside it."""
    view = sample_on_screen(app_window)
    viewport = view.viewport()
    overlay = app_window.workspace.suggestions.overlay
    size = pixel_size(view.font())
    scroll = view.verticalScrollBar().value()
    rows = sorted(
        round(lane_y(piece, view.lane_below(s.start, s.end))) - scroll
        for p in overlay.proposals
        for s in (p.suggestion,)
        for piece in view.marks.pieces(
            view.document(), view.mapping, Span("p", s.label, s.start, s.end), size
        )
    )
    rows = [y for y in rows if 8 <= y < viewport.height() - 8]
    assert len(rows) >= 10, "the sample has suggestions in view"
    rng = random.Random(7)
    for y in rng.sample(rows, 10):
        for offset in (-4, -2, -1, 0, 1, 2):
            viewport.update(QRect(0, y + offset, viewport.width(), rng.randint(1, 2)))
            app_window.qtbot.wait(5)
            assert on_screen(view) == afresh(app_window), (y, offset)


def test_an_add_that_leaves_a_suggestions_lane_repaints_only_its_own_lines(app_window) -> None:
    """A suggestion over an add is drawn again on all its lines only when its lane moved
    (issue 14: a claim's whole sentence was repainted for every add over it)."""
    view = sample_on_screen(app_window)
    lo, hi = view.visible_offsets()
    size = pixel_size(view.font())
    tall = [
        p.suggestion
        for p in app_window.workspace.suggestions.overlay.proposals
        if lo < p.suggestion.start
        and p.suggestion.end < hi
        and (found := view._lines_between(p.suggestion.start, p.suggestion.end)) is not None
        and found[1] - found[0] > 5 * size
        and not view.index.overlapping(p.suggestion.start, p.suggestion.end)
    ]
    assert tall, "the sample has a suggestion over several lines in view, not annotated"
    s = tall[0]
    asked: list[list[tuple[int, int]]] = []
    update_lines = view.update_lines

    def recorded(spans: Iterable[tuple[int, int]]) -> None:
        spans = list(spans)
        asked[-1].extend(spans)
        update_lines(spans)

    view.update_lines = recorded
    for start, end in ((s.start, s.start + 3), (s.end - 3, s.end)):
        view.select_span(start, end)
        app_window.qtbot.wait(10)
        asked.append([])
        QTest.keyClick(view, Qt.Key.Key_1)
        app_window.wait()
        app_window.qtbot.wait(20)
        assert on_screen(view) == afresh(app_window)
    # the first add moved its lane: its lines were asked for again; the second, on its
    # last line and in the first one's lane (they do not overlap), left it where it was
    assert (s.start, s.end) in asked[0]
    assert (s.start, s.end) not in asked[1]


def test_a_selection_asks_the_overlay_about_no_lane(app_window) -> None:
    """A selection moves the outline and the handles, not an annotation: the overlay is
    not asked whether the suggestions there changed lanes (issue 14: every suggestion over
    the old and the new selection was looked up again), and the screen is a full paint."""
    view = sample_on_screen(app_window)
    under = suggestions_in_view(app_window)
    for s in under[:3]:  # annotations over suggestions
        view.select_span(s.start, s.start + 3)
        app_window.qtbot.wait(10)
        QTest.keyClick(view, Qt.Key.Key_1)
        app_window.wait()
        app_window.qtbot.wait(20)
    over = [
        a.id
        for a in view.annotations.values()
        if any(s.start < a.end and a.start < s.end for s in under[:3])
    ]
    assert len(over) >= 3
    asked: list[tuple[int, int]] = []
    lane_below = view.lane_below

    def counted(start: int, end: int) -> int:
        asked.append((start, end))
        return lane_below(start, end)

    view.lane_below = counted
    for chosen in [*over, None, over[0]]:
        view.select_annotation(chosen)
        assert asked == [], chosen
        app_window.qtbot.wait(20)
        assert on_screen(view) == afresh(app_window), chosen
        asked.clear()  # (a paint after the full one works lanes out anew)
