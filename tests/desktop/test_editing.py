"""Editing in the panel, undo/redo of each kind of edit, status and next, caption linking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from marginalia.db.values import Link, Status

from .helpers import TEXT, add_article

UNDO = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
REDO = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def tag(harness, text: str, key: Qt.Key, occurrence_from: int = 0) -> str:
    start = TEXT.index(text, occurrence_from)
    harness.view.setFocus()
    harness.view.select_span(start, start + len(text))
    QTest.keyClick(harness.view, key)
    harness.wait()
    return harness.panel.selected()


def press(harness, key) -> None:
    QTest.keyClick(harness.window, *key)
    harness.wait()


def test_undo_redo_create_and_delete(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    created = tag(app_window, "minister", Qt.Key.Key_1)
    press(app_window, UNDO)
    assert app_window.mine(article) == []
    assert created not in app_window.view.annotations
    press(app_window, REDO)
    assert [a.id for a in app_window.mine(article)] == [created]
    assert created in app_window.view.annotations
    # Delete removes the selected annotation; undo brings it back
    app_window.view.select_annotation(created)
    QTest.keyClick(app_window.view, Qt.Key.Key_Delete)
    app_window.wait()
    assert app_window.mine(article) == []
    press(app_window, UNDO)
    assert [a.id for a in app_window.mine(article)] == [created]
    press(app_window, REDO)
    assert app_window.mine(article) == []


def test_delete_in_the_annotation_list_deletes_the_selected_annotation(app_window) -> None:
    """Del (or Backspace) on an annotation's row in the list deletes it, as in the reader and
    as the Edit menu's "Delete annotation — Del" says; on a heading it does nothing."""
    article = add_article(app_window.store)
    app_window.open(article)
    kept = tag(app_window, "minister", Qt.Key.Key_1)
    gone = tag(app_window, "unemployment fell", Qt.Key.Key_1)
    listed = app_window.panel.list
    listed.setFocus()
    heading = listed.model().index(0, 0)
    listed.setCurrentIndex(heading)
    QTest.keyClick(listed, Qt.Key.Key_Delete)
    app_window.wait()
    assert sorted(a.id for a in app_window.mine(article)) == sorted([kept, gone])
    app_window.panel.select(gone)
    assert listed.currentIndex().isValid() and app_window.panel.selected() == gone
    QTest.keyClick(listed, Qt.Key.Key_Delete)
    app_window.wait()
    assert [a.id for a in app_window.mine(article)] == [kept]
    press(app_window, UNDO)
    assert sorted(a.id for a in app_window.mine(article)) == sorted([kept, gone])
    app_window.panel.select(kept)
    listed.setFocus()
    QTest.keyClick(listed, Qt.Key.Key_Backspace)
    app_window.wait()
    assert [a.id for a in app_window.mine(article)] == [gone]


def test_what_an_undo_or_redo_brings_back_is_selected_and_delete_acts_on_it(app_window) -> None:
    """Redo of an add, undo of a delete: the annotation is selected again, as after the
    gesture, so Delete removes it (it used to say "Select an annotation to delete")."""
    article = add_article(app_window.store)
    app_window.open(article)
    created = tag(app_window, "minister", Qt.Key.Key_1)
    press(app_window, UNDO)
    assert app_window.view.selected_annotation() is None
    app_window.view.setFocus()
    press(app_window, REDO)
    assert app_window.view.selected_annotation() == created
    assert app_window.panel.selected() == created
    QTest.keyClick(app_window.view, Qt.Key.Key_Delete)
    app_window.wait()
    assert app_window.mine(article) == []
    press(app_window, UNDO)  # the delete undone: selected again
    assert app_window.view.selected_annotation() == created
    app_window.view.select_annotation(None)
    press(app_window, REDO)  # the delete redone: nothing of it left to select
    assert app_window.view.selected_annotation() is None
    # an edit undone selects what it changed back, wherever the selection was
    other = tag(app_window, "unemployment fell", Qt.Key.Key_1)
    editor = app_window.panel.editor
    editor.label.setFocus()
    QTest.keyClick(editor.label, Qt.Key.Key_Down)  # Claim → Figure
    app_window.wait()
    app_window.view.select_annotation(None)
    app_window.panel.select(None)
    press(app_window, UNDO)
    assert app_window.store.annotation(other).label == "claim"
    assert app_window.view.selected_annotation() == other
    assert not app_window.errors


def test_attributes_note_label_in_the_panel_with_undo(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    claim = tag(app_window, "unemployment fell", Qt.Key.Key_1)
    editor = app_window.panel.editor
    checkworthy = editor.attribute_widgets["checkworthy"]
    checkworthy.setFocus()
    QTest.keyClick(checkworthy, Qt.Key.Key_Down)  # "—" → "yes"
    app_window.wait()
    assert dict(app_window.store.annotation(claim).attributes) == {"checkworthy": "yes"}
    speaker = editor.attribute_widgets["speaker"]
    speaker.setFocus()
    QTest.keyClicks(speaker, "the minister")
    QTest.keyClick(speaker, Qt.Key.Key_Return)
    app_window.wait()
    assert app_window.store.annotation(claim).attributes["speaker"] == "the minister"
    editor.note.setFocus()
    QTest.keyClicks(editor.note, "check the source")
    app_window.view.setFocus()  # leaving the note commits it: one step
    app_window.wait()
    assert app_window.store.annotation(claim).note == "check the source"
    press(app_window, UNDO)
    assert app_window.store.annotation(claim).note == ""
    press(app_window, UNDO)
    assert "speaker" not in app_window.store.annotation(claim).attributes
    press(app_window, UNDO)
    assert dict(app_window.store.annotation(claim).attributes) == {}
    press(app_window, REDO)
    assert dict(app_window.store.annotation(claim).attributes) == {"checkworthy": "yes"}
    # change the label with the label box
    editor.label.setFocus()
    QTest.keyClick(editor.label, Qt.Key.Key_Down)  # Claim → Figure
    app_window.wait()
    assert app_window.store.annotation(claim).label == "figure"
    assert "value" in editor.attribute_widgets  # the editor now shows the figure's attributes
    # the Edit menu names the change in words ("Undo Edit label"), translated like any other
    assert app_window.workspace.undo.undoText() == "Edit label"
    press(app_window, UNDO)
    back = app_window.store.annotation(claim)
    assert back.label == "claim" and dict(back.attributes) == {"checkworthy": "yes"}


def test_claim_links_to_a_figure_with_undo(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    figure = tag(app_window, "5%", Qt.Key.Key_2)
    claim = tag(app_window, "unemployment fell to 5%", Qt.Key.Key_1)
    links = app_window.panel.editor.links
    row = next(
        i for i in range(links.count()) if links.item(i).data(Qt.ItemDataRole.UserRole) == figure
    )
    links.setFocus()
    links.setCurrentRow(row)
    QTest.keyClick(links, Qt.Key.Key_Space)
    app_window.wait()
    assert app_window.store.annotation(claim).links == (Link(figure, "supports"),)
    press(app_window, UNDO)
    assert app_window.store.annotation(claim).links == ()
    press(app_window, REDO)
    assert app_window.store.annotation(claim).links == (Link(figure, "supports"),)


def test_caption_is_linked_to_the_image_before_it_and_can_be_relinked(app_window) -> None:
    article_id = add_article(app_window.store)
    app_window.open(article_id)
    images = {i.name: i.id for i in app_window.store.article(article_id).images}
    caption = tag(app_window, "江北工厂", Qt.Key.Key_3)
    stored = app_window.store.annotation(caption)
    assert stored.label == "caption" and stored.quote == "江北工厂"
    assert stored.image_id == images["photo.png"]
    combo = app_window.panel.editor.image
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # photo.png → missing.jpg
    app_window.wait()
    assert app_window.store.annotation(caption).image_id == images["missing.jpg"]
    press(app_window, UNDO)
    assert app_window.store.annotation(caption).image_id == images["photo.png"]


def test_status_undo_and_done_then_next(app_window) -> None:
    first = add_article(app_window.store)
    second = add_article(app_window.store, TEXT + "second", title="Second")
    app_window.open(first)
    status = app_window.panel.status
    status.setFocus()
    QTest.keyClick(status, Qt.Key.Key_Down)  # new → in progress
    app_window.wait()
    assert app_window.store.status(first, "tester").status == Status.IN_PROGRESS
    press(app_window, UNDO)
    assert app_window.store.status(first, "tester") is None
    app_window.view.setFocus()
    QTest.keyClick(app_window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()
    assert app_window.store.status(first, "tester").status == Status.DONE
    assert app_window.view.article.id == second
    assert app_window.window.windowTitle() == "Second — Marginalia"
    assert app_window.view.hasFocus()
    press(app_window, UNDO)
    assert app_window.store.status(first, "tester") is None
