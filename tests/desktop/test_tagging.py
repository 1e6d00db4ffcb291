"""Tagging with the keyboard and the mouse, read back from the database in code points."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from marginalia.db import Changes
from marginalia.desktop.articles.model import FIRST_LABEL

from .helpers import TEXT, add_article


def caret_to(harness, offset: int) -> None:
    """Walk the caret with Right from the start of the text, like a user would."""
    view = harness.view
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.caret_offset() == 0
    steps = 0
    while view.caret_offset() < offset:
        QTest.keyClick(view, Qt.Key.Key_Right)
        steps += 1
        assert steps < 500
    assert view.caret_offset() == offset


def test_keyboard_selection_after_emoji_and_cjk_extension_b(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    start = TEXT.index("unemployment")
    caret_to(app_window, start)
    for _ in range(len("unemployment")):
        QTest.keyClick(app_window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(app_window.view, Qt.Key.Key_1)
    app_window.wait()
    (stored,) = app_window.mine(article)
    assert stored.label == "claim"
    assert (stored.start, stored.end) == (start, start + len("unemployment"))
    assert stored.quote == "unemployment" == TEXT[stored.start : stored.end]
    assert stored.annotator == "tester"
    assert app_window.workspace.saved_label.text() == "Saved"
    # the new annotation is selected in the panel, and tagged text is highlighted
    assert app_window.panel.selected() == stored.id


def test_keyboard_selection_across_the_astral_characters(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    caret_to(app_window, 0)
    for _ in range(4):  # "😀 标题": four code points, five UTF-16 units
        QTest.keyClick(app_window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(app_window.view, Qt.Key.Key_2)
    app_window.wait()
    (stored,) = app_window.mine(article)
    assert (stored.start, stored.end, stored.quote) == (0, 4, "😀 标题")


def point_of(view, offset: int) -> QPoint:
    cursor = view.textCursor()
    cursor.setPosition(view.mapping.to_document(offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 1, rect.center().y())


def test_mouse_drag_selects_and_key_tags(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    start = TEXT.index("5%")
    end = TEXT.index(" in 2023")
    viewport = app_window.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=point_of(app_window.view, start))
    QTest.mouseMove(viewport, point_of(app_window.view, end))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=point_of(app_window.view, end))
    assert app_window.view.selected_span() == (start, end)
    QTest.keyClick(app_window.view, Qt.Key.Key_2)
    app_window.wait()
    (stored,) = app_window.mine(article)
    assert (stored.label, stored.quote) == ("figure", "5%")


def test_toolbar_button_tags_the_selection(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    start = TEXT.index("2023")
    app_window.view.select_span(start, start + 4)
    toolbar_action = app_window.registry.action("label:figure")
    toolbar_action.trigger()
    app_window.wait()
    (stored,) = app_window.mine(article)
    assert stored.quote == "2023" and stored.label == "figure"


def test_click_on_span_selects_it_in_the_panel_and_back(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    start = TEXT.index("minister")
    app_window.view.select_span(start, start + len("minister"))
    QTest.keyClick(app_window.view, Qt.Key.Key_1)
    app_window.wait()
    (stored,) = app_window.mine(article)
    app_window.panel.select(None)
    app_window.view.select_annotation(None)
    QTest.mouseClick(
        app_window.view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=point_of(app_window.view, start + 3),
    )
    assert app_window.panel.selected() == stored.id
    assert app_window.view.selected_annotation() == stored.id
    # and back: choosing in the panel's list outlines it in the reader
    app_window.panel.select(None)
    app_window.view.select_annotation(None)
    listed = app_window.panel.list
    rect = listed.visualRect(app_window.panel.model.index_of(stored.id))
    QTest.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert app_window.panel.selected() == stored.id
    assert app_window.view.selected_annotation() == stored.id


def fill_at(view, offset: int) -> QColor:
    """The colour painted under the character at ``offset`` (the commonest one in its
    cell: the glyph's own pixels are fewer), as on screen."""
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    cursor = view.textCursor()
    cursor.setPosition(view.mapping.to_document(offset))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.mapping.to_document(offset + 1))
    right = view.cursorRect(cursor)
    counts: Counter[int] = Counter()
    for y in range(left.top() + 1, left.bottom() - 1):
        for x in range(min(left.x(), right.x()) + 1, max(left.x(), right.x()) - 1):
            counts[image.pixel(round(x * ratio), round(y * ratio))] += 1
    assert counts, offset
    return QColor.fromRgb(counts.most_common(1)[0][0])


def test_overlapping_spans_are_stored_and_stay_distinguishable(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    outer_start = TEXT.index("unemployment")
    outer_end = TEXT.index(" in 2023") + len(" in 2023")
    inner_start = TEXT.index("5%")
    app_window.view.select_span(outer_start, outer_end)
    QTest.keyClick(app_window.view, Qt.Key.Key_1)
    app_window.wait()
    app_window.view.select_span(inner_start, inner_start + 2)
    QTest.keyClick(app_window.view, Qt.Key.Key_2)
    app_window.wait()
    stored = {a.label: a for a in app_window.mine(article)}
    assert stored["claim"].quote == TEXT[outer_start:outer_end]
    assert stored["figure"].quote == "5%"
    app_window.view.select_annotation(None)
    only_outer = fill_at(app_window.view, outer_start)
    both = fill_at(app_window.view, inner_start)
    plain = fill_at(app_window.view, 0)
    assert plain == app_window.view.palette().base().color()
    assert only_outer != plain
    assert both != only_outer
    # each span is underlined in a lane of its own (tests/desktop/test_reader_marks.py)
    index = app_window.view.index
    assert index.lane(stored["claim"].id) != index.lane(stored["figure"].id)
    # hovering names both labels
    tooltip = app_window.view.tooltip_html(app_window.view.annotations_at(inner_start))
    assert "Figure" in tooltip and "Claim" in tooltip


def test_an_add_is_counted_in_the_article_list_with_the_refresh_that_shows_it(app_window) -> None:
    article = add_article(app_window.store)
    app_window.runner.announce(Changes(articles=frozenset({article})))  # as an import does
    app_window.open(article)
    model = app_window.workspace.articles.dock.model
    row = model.row_of(article)
    assert row is not None
    model.article_row(row)  # the row is cached, as a shown row is
    app_window.wait()
    claim = FIRST_LABEL + [label.id for label in model.labels].index("claim")
    assert model.data(model.index(row, claim)) == 0
    # connected after the list: sees the row as the session's refresh leaves it, before
    # the list's own read of the row (queued behind the session's) has come
    seen: list[tuple[tuple[int, str, str], int]] = []
    app_window.session.context.annotationShown.connect(
        lambda *shown: seen.append((shown, model.data(model.index(row, claim))))
    )
    painted: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: painted.append(top.row()))

    start = TEXT.index("unemployment")
    app_window.view.select_span(start, start + len("unemployment"))
    QTest.keyClick(app_window.view, Qt.Key.Key_1)
    app_window.wait()
    assert seen == [((article, "claim", "tester"), 1)]
    assert painted == [row]  # once: the list's read said the same
    assert model.data(model.index(row, claim)) == 1
    QTest.keyClick(app_window.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    app_window.wait()  # its end moved: shown again, not counted again
    assert app_window.mine(article)[0].end > start + len("unemployment")
    QTest.keyClick(app_window.view, Qt.Key.Key_Delete)
    app_window.wait()  # a delete, and its undo, are read, not guessed
    assert not app_window.mine(article)
    assert model.data(model.index(row, claim)) == 0
    QTest.keyClick(app_window.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()
    assert model.data(model.index(row, claim)) == 1
    assert len(seen) == 1

    figure = FIRST_LABEL + [label.id for label in model.labels].index("figure")
    start = TEXT.index("2023")
    app_window.view.select_span(start, start + 4)
    QTest.keyClick(app_window.view, Qt.Key.Key_2)
    app_window.wait()
    assert seen[1] == ((article, "figure", "tester"), 1)
    QTest.keyClick(app_window.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()  # the undo of an add too
    assert model.data(model.index(row, figure)) == 0
    assert model.data(model.index(row, claim)) == 1
    assert len(seen) == 2
    assert not app_window.errors
