"""The panel's lists at a small window: the editor's links rows leave room around their tick
boxes and are elided rather than scrolled sideways (full text in the tooltip and the
accessible name); the annotation list's selected row is scrolled into view however it was
selected (a reader's selection, Tab, undo), also when the list shows two rows and when the
editor's form takes room from the list after it scrolled; and its top row is never cut, also
scrolled to its end and after its last row is deleted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from marginalia.desktop.checklist import CHECK_ROW_PADDING

from ..check_rows import roomy_rows
from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article
from .test_layout_once import settle
from .test_window_fits import SMALL

WORDS = ("The", "minister", "said", "unemployment", "fell", "to", "in", "Last", "line")
FIGURES = ("5%", "2023")


@pytest.fixture
def harness(app_window: Harness) -> Harness:
    return app_window


def many(harness: Harness) -> dict[str, str]:
    """An article with a claim from each of WORDS to its line's end (link rows longer than
    the list is wide) and a figure on each of FIGURES, opened, the window 1024×700's; their
    ids by first word."""
    store = harness.store
    article = add_article(store)
    ids = {}
    for label, quotes in (("claim", WORDS), ("figure", FIGURES)):
        for quote in quotes:
            start = TEXT.index(quote)
            end = TEXT.index("\n", start) if label == "claim" else start + len(quote)
            made = store.create_annotation(article, label, start, end, ANNOTATOR)
            ids[quote] = made.value.id
    harness.open(article)
    harness.window.resize(*SMALL)
    settle()
    return ids


def figure_links(harness: Harness) -> QListWidget:
    """The links list with a figure selected: the claims are its link targets."""
    ids = many(harness)
    harness.session.select(ids["5%"])
    settle()
    links = harness.panel.editor.links
    assert links.count() == len(WORDS)
    return links


def test_link_rows_leave_room_around_their_boxes(harness: Harness) -> None:
    roomy_rows(figure_links(harness), CHECK_ROW_PADDING)
    # the window still fits 1024×700 (test_window_fits.py for every label and language)
    assert harness.window.minimumSizeHint().height() <= SMALL[1]


def test_link_rows_are_elided_not_scrolled_sideways(harness: Harness) -> None:
    links = figure_links(harness)
    first = links.visualItemRect(links.item(0))
    # no sideways scroll bar: no row asks to be wider than the list (a row longer than the
    # list made the list as wide as it, in X), its text elided
    option = QStyleOptionViewItem()
    option.initFrom(links)
    delegate = links.itemDelegate()
    for row in range(links.count()):
        index = links.model().index(row, 0)
        assert delegate.sizeHint(option, index).width() <= links.viewport().width(), row
    assert links.horizontalScrollBar().maximum() == 0
    assert not links.horizontalScrollBar().isVisible()
    assert first.width() <= links.viewport().width()
    item = links.item(0)
    assert links.fontMetrics().horizontalAdvance(item.text()) > first.width()  # elided
    # the full text: the accessible name, and the tooltip over the row
    cell = QAccessible.queryAccessibleInterface(links).child(0)
    assert cell is not None and cell.text(QAccessible.Text.Name) == item.text()
    inside = first.center()
    event = QHelpEvent(QEvent.Type.ToolTip, inside, links.viewport().mapToGlobal(inside))
    QApplication.sendEvent(links.viewport(), event)
    assert QToolTip.isVisible() and QToolTip.text() == item.text()
    QToolTip.hideText()


def in_sight(harness: Harness) -> bool:
    listed = harness.panel.list
    rect = listed.visualRect(listed.currentIndex())
    return rect.isValid() and listed.viewport().rect().contains(rect)


def test_the_selected_row_is_scrolled_into_view_at_two_rows(harness: Harness) -> None:
    ids = many(harness)
    listed = harness.panel.list
    # two rows in sight (the list's floor is five since ADR 0137; a short list still follows)
    two = 2 * listed.rowHeight(0) + 2 * listed.frameWidth()
    listed.setMinimumHeight(two)
    listed.setMaximumHeight(two)
    settle()
    assert listed.rowHeight(0) * 3 > listed.viewport().height()
    # selected from the reader, in an order that moves the list down and up again
    for quote in ("2023", "The", "line", "said", "5%", "minister"):
        harness.session.select(ids[quote])
        settle()
        assert harness.panel.selected() == ids[quote]
        assert in_sight(harness), quote
    # Tab in the reader walks to the next annotation, the list following
    harness.session.select(ids["The"])
    settle()
    listed.scrollToTop()
    harness.view.setFocus()
    for _ in range(len(WORDS) + len(FIGURES) - 1):
        QTest.keyClick(harness.view, Qt.Key.Key_Tab)
        settle()
        assert harness.panel.selected() is not None and in_sight(harness)
    # an annotation deleted and brought back by undo, the list scrolled away meanwhile
    harness.session.select(ids["line"])
    settle()
    QTest.keyClick(harness.view, Qt.Key.Key_Delete)
    harness.wait()
    listed.scrollToTop()
    QTest.keyClick(harness.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    harness.wait()
    settle()
    assert harness.panel.selected() == ids["line"]
    assert in_sight(harness)


def test_the_selected_row_stays_in_view_when_the_form_takes_room(harness: Harness) -> None:
    """Selected with nothing selected before, the editor's form grows after the list has
    scrolled the row into view, and the list shrinks under it (seen in X at 1024×700)."""
    ids = many(harness)
    listed = harness.panel.list
    for quote in ("line", "2023", "Last"):
        harness.session.select(None)
        settle()
        listed.scrollToTop()
        harness.session.select(ids[quote])
        settle()
        assert harness.panel.selected() == ids[quote]
        assert in_sight(harness), quote


def top_row_whole(listed: QTableView) -> bool:
    top = listed.rowAt(0)
    return top >= 0 and listed.rowViewportPosition(top) == 0


@pytest.mark.parametrize("where", ["list", "reader"])
def test_the_top_row_stays_whole_after_the_last_row_is_deleted(
    harness: Harness, where: str
) -> None:
    """Seen in X at 1024×700: the list scrolled to its last annotation, that annotation
    deleted, and the first heading was left half hidden until the next scroll (a table view
    lines its last row up with the bottom when scrolled to the end)."""
    ids = many(harness)
    listed = harness.panel.list
    height = listed.rowHeight(0)
    # two and a half rows in sight: the rows cannot line up with both edges
    listed.setFixedHeight(height * 5 // 2 + 2 * listed.frameWidth())
    settle()
    assert listed.viewport().height() % height
    bar = listed.verticalScrollBar()
    harness.session.select(ids["2023"])
    bar.setValue(bar.maximum())  # the list's end in sight: its last annotation, the captions
    settle()
    assert in_sight(harness) and bar.value() > 0
    rows = listed.model().rowCount()
    if where == "list":
        listed.setFocus()
        QTest.keyClick(listed, Qt.Key.Key_Delete)
    else:
        harness.view.setFocus()
        QTest.keyClick(harness.view, Qt.Key.Key_Delete)
    harness.wait()
    settle()
    assert ids["2023"] not in harness.panel.annotations
    assert listed.model().rowCount() == rows - 1
    assert bar.value() == bar.maximum() > 0
    assert top_row_whole(listed)
    # the last row is in sight whole too (the room left is below it)
    last = listed.visualRect(listed.model().index(rows - 2, 0))
    assert listed.viewport().rect().contains(last)
    # and scrolled by the user, up and back to the end
    bar.setValue(0)
    bar.setValue(bar.maximum())
    settle()
    assert top_row_whole(listed)
    assert listed.viewport().rect().contains(last)


def listed_row_is(harness: Harness, annotation_id: str) -> bool:
    """The list's current and only selected row is the annotation's, and in sight."""
    listed = harness.panel.list
    row = harness.panel.model.index_of(annotation_id)
    selected = listed.selectionModel().selectedRows()
    return (
        row.isValid()
        and listed.currentIndex() == row
        and [index.row() for index in selected] == [row.row()]
        and in_sight(harness)
    )


def test_a_relabelled_annotation_stays_the_lists_selected_row(harness: Harness) -> None:
    """Seen in X at 1024×700: a figure relabelled a claim in the editor moved to the claims'
    group, and the list's highlight stayed on the figure after it (another annotation, which
    Del in the list then deleted), the relabelled one out of sight."""
    ids = many(harness)
    harness.session.select(ids["5%"])
    settle()
    assert listed_row_is(harness, ids["5%"])
    editor = harness.panel.editor
    editor.label.setFocus()
    QTest.keyClick(editor.label, Qt.Key.Key_Up)  # Figure → Claim
    harness.wait()
    settle()
    assert harness.panel.annotations[ids["5%"]].label == "claim"
    assert harness.panel.selected() == ids["5%"]
    assert listed_row_is(harness, ids["5%"])
    # undone: back among the figures, still the list's row
    QTest.keyClick(harness.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    harness.wait()
    settle()
    assert harness.panel.annotations[ids["5%"]].label == "figure"
    assert listed_row_is(harness, ids["5%"])
    # Del in the list deletes the annotation the editor shows, not its neighbour
    listed = harness.panel.list
    listed.setFocus()
    QTest.keyClick(listed, Qt.Key.Key_Delete)
    harness.wait()
    settle()
    assert ids["5%"] not in harness.panel.annotations
    assert ids["2023"] in harness.panel.annotations
