"""The annotation panel's list in the main window, driven with keys and the mouse: it walks,
selects, collapses and expands as the tree it replaced did, keeps reader, editor and list in
step, and paints what it says."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtTest import QTest

from marginalia.desktop.panel.model import ID_ROLE

from ..helpers import TEXT, add_article

SPANS = (("minister", "1"), ("unemployment", "1"), ("5%", "2"))


def tagged(harness) -> dict[str, str]:
    """Open an article and tag two claims and a figure with the keys; their ids by quote."""
    article = add_article(harness.store)
    harness.open(article)
    for quote, key in SPANS:
        start = TEXT.index(quote)
        harness.view.select_span(start, start + len(quote))
        QTest.keyClicks(harness.view, key)
        harness.wait()
    return {a.quote: a.id for a in harness.mine(article)}


def current(harness) -> str | None:
    """The annotation id of the list's current row (None on a heading)."""
    return harness.panel.list.currentIndex().data(ID_ROLE)


def press(harness, key: Qt.Key) -> None:
    QTest.keyClick(harness.panel.list, key)


def test_arrows_walk_headings_and_annotations_and_select_in_the_reader(app_window) -> None:
    ids = tagged(app_window)
    panel, listed = app_window.panel, app_window.panel.list
    listed.setFocus()
    press(app_window, Qt.Key.Key_Home)
    assert listed.currentIndex().row() == 0 and current(app_window) is None
    assert panel.selected() is None and app_window.view.selected_annotation() is None
    walked = []
    for _ in range(5):
        press(app_window, Qt.Key.Key_Down)
        walked.append(current(app_window))
        assert panel.selected() == current(app_window)
        assert app_window.view.selected_annotation() == current(app_window)
    # text order within a label: "The minister …" comes before "… unemployment …"
    assert walked == [ids["minister"], ids["unemployment"], None, ids["5%"], None]
    press(app_window, Qt.Key.Key_Up)
    assert current(app_window) == ids["5%"]
    press(app_window, Qt.Key.Key_End)
    assert listed.currentIndex().row() == panel.model.rowCount() - 1
    # the editor follows the list: the selected annotation's label is shown
    press(app_window, Qt.Key.Key_Home)
    press(app_window, Qt.Key.Key_Down)
    assert panel.editor.annotation is not None and panel.editor.annotation.id == ids["minister"]


def test_left_and_right_collapse_and_expand_like_a_tree(app_window) -> None:
    ids = tagged(app_window)
    panel, listed, model = app_window.panel, app_window.panel.list, app_window.panel.model
    listed.setFocus()
    listed.setCurrentIndex(model.index_of(ids["unemployment"]))
    shown = model.rowCount()
    press(app_window, Qt.Key.Key_Left)  # to the heading
    assert listed.currentIndex().row() == 0 and current(app_window) is None
    press(app_window, Qt.Key.Key_Left)  # collapses the claims
    assert model.rowCount() == shown - 2 and not model.is_expanded("claim")
    assert model.index(0, 0).data().startswith("Claim")
    press(app_window, Qt.Key.Key_Down)  # the next heading: Figure
    assert model.index(listed.currentIndex().row(), 0).data().startswith("Figure")
    press(app_window, Qt.Key.Key_Up)
    press(app_window, Qt.Key.Key_Right)  # expands
    assert model.rowCount() == shown and model.is_expanded("claim")
    press(app_window, Qt.Key.Key_Right)  # into the group
    assert current(app_window) == ids["minister"] == panel.selected()
    press(app_window, Qt.Key.Key_Minus)  # an annotation does not collapse its group
    assert model.is_expanded("claim")


def test_collapsing_keeps_the_selection_and_a_reader_click_opens_the_group(app_window) -> None:
    ids = tagged(app_window)
    panel, listed, model = app_window.panel, app_window.panel.list, app_window.panel.model
    panel.select(ids["5%"])
    heading = model.heading_of(model.index_of(ids["5%"]))
    # a double-click on the heading collapses; what was selected stays selected (hidden)
    QTest.mouseDClick(
        listed.viewport(), Qt.MouseButton.LeftButton, pos=listed.visualRect(heading).center()
    )
    assert not model.is_expanded("figure")
    assert panel.selected() == ids["5%"] and app_window.view.selected_annotation() == ids["5%"]
    # a click on the claims' arrow collapses them too
    arrow = listed.visualRect(model.index(0, 0))
    QTest.mouseClick(
        listed.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(arrow.left() + 6, arrow.center().y()),
    )
    assert not model.is_expanded("claim") and model.rowCount() == 3
    # choosing the figure in the text opens its group and selects its row
    start = TEXT.index("5%")
    cursor = app_window.view.textCursor()
    cursor.setPosition(app_window.view.mapping.to_document(start) + 1)
    point = app_window.view.cursorRect(cursor).center()
    QTest.mouseClick(app_window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert model.is_expanded("figure") and current(app_window) == ids["5%"]
    assert listed.selectionModel().isSelected(listed.currentIndex())


def test_deleting_the_selected_annotation_removes_its_row_and_the_selection(app_window) -> None:
    ids = tagged(app_window)
    panel, model = app_window.panel, app_window.panel.model
    app_window.session.select(ids["unemployment"])
    app_window.view.setFocus()
    QTest.keyClick(app_window.view, Qt.Key.Key_Delete)
    app_window.wait()
    assert ids["unemployment"] not in panel.annotations
    assert not model.index_of(ids["unemployment"]).isValid()
    assert panel.selected() is None and current(app_window) is None
    assert model.index(0, 0).data().endswith("— 1")
    # and undo brings it back, in its place
    QTest.keyClick(app_window.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()
    assert model.index_of(ids["unemployment"]).row() == 2
    assert model.index(0, 0).data().endswith("— 2")


def test_a_screen_reader_hears_label_and_quote(app_window) -> None:
    ids = tagged(app_window)
    listed = app_window.panel.list
    table = QAccessible.queryAccessibleInterface(listed)
    assert table.text(QAccessible.Text.Name) == "Annotations"
    names = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())]
    assert "Claim: minister" in names and "Figure: 5%" in names
    assert any(name.startswith("Claim (1) — 2") for name in names)
    assert ids  # every row header names its label, as a tree's parent did
    headers = [
        table.child(i).text(QAccessible.Text.Name)
        for i in range(table.childCount())
        if table.child(i).role() == QAccessible.Role.RowHeader
    ]
    assert headers[:4] == ["Claim", "Claim", "Claim", "Figure"]


def test_the_selected_row_is_painted_highlighted(app_window) -> None:
    ids = tagged(app_window)
    panel, listed = app_window.panel, app_window.panel.list
    listed.setFocus()
    panel.select(ids["5%"])
    rect = listed.visualRect(listed.currentIndex())
    image = listed.viewport().grab().toImage()
    highlight = listed.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)

    def near_highlight(x: int, y: int) -> bool:  # the style may shade it a little
        colour = image.pixelColor(x, y)
        return (
            max(
                abs(colour.red() - highlight.red()),
                abs(colour.green() - highlight.green()),
                abs(colour.blue() - highlight.blue()),
            )
            <= 8
        )

    assert near_highlight(rect.right() - 3, rect.center().y())
    other = listed.visualRect(panel.model.index_of(ids["minister"]))
    assert not near_highlight(other.right() - 3, other.center().y())
