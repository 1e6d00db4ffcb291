"""The editor with nothing selected is one form, whatever was shown before: after a delete it
is the form of a first run, with none of the deleted annotation's values left in it (the
window walk of the tenth round found the deleted caption's label and image still there,
greyed, and read by a screen reader)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QListWidget, QWidget

from marginalia.desktop.panel.editor import AnnotationEditor

from ..helpers import TEXT, add_article


def _shown(widget: QWidget) -> object:
    """What a field says (and so what a screen reader reads of it)."""
    if isinstance(widget, QComboBox):
        return ("combo", widget.currentText(), widget.currentIndex())
    if isinstance(widget, QLineEdit):
        return ("line", widget.text())
    if isinstance(widget, QListWidget):
        return ("list", [widget.item(row).text() for row in range(widget.count())])
    text = getattr(widget, "toPlainText", None)
    return (type(widget).__name__, text() if text else None)


def form(editor: AnnotationEditor) -> list[tuple[str, object]]:
    """The editor's visible rows, top to bottom: each row's caption and what its field says."""
    rows = []
    layout = editor.form
    for row in range(layout.rowCount()):
        field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        spanning = layout.itemAt(row, QFormLayout.ItemRole.SpanningRole)
        item = field or spanning
        widget = item.widget() if item is not None else None
        if widget is None or not widget.isVisibleTo(editor):
            continue
        caption = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = caption.widget() if caption is not None else None
        rows.append((label.text() if isinstance(label, QLabel) else "", _shown(widget)))
    return rows


def tag(harness, text: str, key: Qt.Key) -> str:
    start = TEXT.index(text)
    harness.view.setFocus()
    harness.view.select_span(start, start + len(text))
    QTest.keyClick(harness.view, key)
    harness.wait()
    return harness.panel.selected()


def delete(harness, annotation_id: str) -> None:
    harness.view.select_annotation(annotation_id)
    harness.view.setFocus()
    QTest.keyClick(harness.view, Qt.Key.Key_Delete)
    harness.wait()


def test_after_a_delete_the_editor_is_the_empty_form_of_a_first_run(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    editor = app_window.panel.editor
    empty = form(editor)
    assert not editor.isEnabled()
    # nothing selected says no label and no image (a first run said "Claim (1)")
    assert editor.label.currentText() == "" and editor.image.currentText() == ""
    assert [caption for caption, _ in empty] == ["&Label", "&Image", "Lin&ks", "&Note", ""]

    caption = tag(app_window, "江北工厂", Qt.Key.Key_3)  # a caption, with its image
    assert editor.label.currentText() == "Image caption (3)"
    assert editor.image.currentText() == "photo.png"
    delete(app_window, caption)
    assert app_window.mine(article) == [] and app_window.panel.selected() is None
    assert not editor.isEnabled()
    assert form(editor) == empty

    claim = tag(app_window, "unemployment fell", Qt.Key.Key_1)  # a claim: no image row
    assert not editor.image.isVisibleTo(editor)
    editor.note.setFocus()
    QTest.keyClicks(editor.note, "checked twice")
    figure = tag(app_window, "5%", Qt.Key.Key_2)
    app_window.panel.select(claim)
    app_window.wait()
    assert editor.note.toPlainText() == "checked twice"
    assert any(editor.links.item(r).text().endswith("5%") for r in range(editor.links.count()))
    delete(app_window, claim)
    assert [a.id for a in app_window.mine(article)] == [figure]
    assert form(editor) == empty

    # and showing an annotation again fills every row as before
    app_window.panel.select(figure)
    app_window.wait()
    assert editor.isEnabled() and editor.label.currentText() == "Figure (2)"
    assert not app_window.errors
