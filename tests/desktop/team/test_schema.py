"""The label schema editor, driven with keys and clicks; results read from the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem

from marginalia.db.values import Label
from marginalia.desktop import ask
from marginalia.desktop.team.schema_editor import SchemaEditor

from ..helpers import TEXT, add_article

UNDO = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def open_editor(harness, *, locked: bool = False) -> SchemaEditor:
    editor = SchemaEditor(harness.workspace, locked=locked)
    editor.show()
    harness.qtbot.waitExposed(editor)
    return editor


def current(editor: SchemaEditor) -> Label:
    """The label the editor shows (there is one)."""
    label = editor.current_label()
    assert label is not None
    return label


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def kind_box(editor: SchemaEditor, row: int) -> QComboBox:
    """The Kind list of an attribute's row."""
    box = editor.attributes.cellWidget(row, 1)
    assert isinstance(box, QComboBox), box
    return box


def type_into(harness, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)
    harness.wait()
    harness.wait()  # the follower reads the new schema after the change's broadcast


def tag(harness, text: str, key: Qt.Key) -> None:
    start = TEXT.index(text)
    harness.view.setFocus()
    harness.view.select_span(start, start + len(text))
    QTest.keyClick(harness.view, key)
    harness.wait()


def toolbar_texts(harness) -> list[str]:
    from PySide6.QtWidgets import QToolBar

    toolbar = harness.window.findChild(QToolBar, "annotate-toolbar")
    return [a.iconText() for a in toolbar.actions()]


def test_rename_and_rekey_then_the_new_key_tags(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    editor = open_editor(app_window)
    editor.select_label("claim")
    type_into(app_window, editor.name, "Assertion")
    type_into(app_window, editor.key, "a")
    label = app_window.store.label("claim")
    assert (label.name, label.key) == ("Assertion", "a")
    assert len(app_window.store.schema().labels) == 3  # Return only finished the edit
    # the toolbar, the menu action and the panel follow the rename and the re-key
    assert "a Assertion" in toolbar_texts(app_window)
    assert "1 Claim" not in toolbar_texts(app_window)
    assert app_window.registry.action("label:claim").text().startswith("Assertion\ta")
    assert app_window.panel.editor.label.itemText(0) == "Assertion (a)"
    # the old key no longer tags; the new one does
    tag(app_window, "minister", Qt.Key.Key_1)
    assert app_window.mine(article) == []
    tag(app_window, "minister", Qt.Key.Key_A)
    [created] = app_window.mine(article)
    assert created.label == "claim" and created.quote == "minister"
    # a key already used by another label is refused with the reason, nothing changes
    type_into(app_window, editor.key, "2")
    assert any("key" in reason for reason in editor.last_refusal)
    assert app_window.store.label("claim").key == "a"
    assert editor.key.text() == "a"
    # undo: the tag, the re-key, the rename, one step each
    for _ in range(3):  # Ctrl+Z works in the editor too
        QTest.keyClick(editor.table, *UNDO)
        app_window.wait()
        app_window.wait()
    label = app_window.store.label("claim")
    assert (label.name, label.key) == ("Claim", "1")
    assert "1 Claim" in toolbar_texts(app_window)
    assert editor.name.text() == "Claim"
    editor.close()


def test_deleting_a_used_label_is_refused_then_migrated_and_undone(
    app_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    tag(app_window, "5%", Qt.Key.Key_2)
    [figure] = app_window.mine(article)
    asked: list[str] = []
    answer = {"yes": False}

    def confirm(_parent, _title, text) -> bool:
        asked.append(text)
        return answer["yes"]

    monkeypatch.setattr(ask, "confirm", confirm)
    editor = open_editor(app_window)
    editor.select_label("figure")
    editor.delete_button.click()
    app_window.wait()
    app_window.wait()
    assert asked == ["Delete the label Figure and its 1 annotation?"]
    assert app_window.store.label("figure").name == "Figure"  # declined: nothing changed
    assert [a.id for a in app_window.mine(article)] == [figure.id]

    answer["yes"] = True
    editor.delete_button.click()
    app_window.wait()
    app_window.wait()
    assert [lb.id for lb in app_window.store.schema().labels] == ["claim", "caption"]
    assert app_window.mine(article) == []
    assert figure.id not in app_window.view.annotations
    assert "2 Figure" not in toolbar_texts(app_window)
    assert editor.table.rowCount() == 2

    QTest.keyClick(editor.table, *UNDO)
    app_window.wait()
    app_window.wait()
    assert [lb.id for lb in app_window.store.schema().labels] == ["claim", "figure", "caption"]
    assert [a.id for a in app_window.mine(article)] == [figure.id]
    assert figure.id in app_window.view.annotations
    assert "2 Figure" in toolbar_texts(app_window)
    editor.close()


def test_add_label_attributes_and_schema_files(app_window, tmp_path) -> None:
    editor = open_editor(app_window)
    editor.add_button.click()
    app_window.wait()
    app_window.wait()
    labels = app_window.store.schema().labels
    assert len(labels) == 4 and labels[3].key == "4"
    assert current(editor).id == labels[3].id
    editor.add_attribute_row()
    row = editor.attributes.rowCount() - 1
    cell(editor.attributes, row, 0).setText("stance")
    kind_box(editor, row).setCurrentIndex(0)  # choice
    cell(editor.attributes, row, 2).setText("for, against")
    editor.apply_attributes_button.click()
    app_window.wait()
    app_window.wait()
    [stance] = app_window.store.label(labels[3].id).attributes
    assert (stance.name, str(stance.kind), stance.choices) == (
        "stance",
        "choice",
        ("for", "against"),
    )
    out = tmp_path / "schema.json"
    editor.export_schema(out)
    app_window.wait()
    assert "stance" in out.read_text(encoding="utf-8")
    editor.close()


def test_locked_schema_opens_read_only(app_window) -> None:
    editor = open_editor(app_window, locked=True)
    assert editor.lock_note.isVisible() and "IT" in editor.lock_note.text()
    assert not editor.name.isEnabled() and not editor.delete_button.isEnabled()
    editor.select_label("claim")
    editor.name.setText("Changed")
    editor._name_edited()
    app_window.wait()
    assert app_window.store.label("claim").name == "Claim"
    editor.close()


def test_attribute_kinds_read_in_chinese_and_store_the_english_word(app_window, chinese) -> None:
    """The Kind lists showed choice, text, number, boolean, image in the Chinese window (the
    stored word went to tr, which lupdate cannot read); they are Chinese now, and what is
    stored is still the English word other databases and exports read."""
    editor = open_editor(app_window)
    editor.add_attribute_row()
    row = editor.attributes.rowCount() - 1
    kind = kind_box(editor, row)
    shown = [kind.itemText(i) for i in range(kind.count())]
    assert shown == ["选项", "文本", "数值", "是/否", "图片"]
    cell(editor.attributes, row, 0).setText("stance")
    kind.setCurrentIndex(shown.index("数值"))
    editor.apply_attributes_button.click()
    app_window.wait()
    app_window.wait()
    stored = app_window.store.label(current(editor).id)
    assert stored is not None
    stance = next(a for a in stored.attributes if a.name == "stance")
    assert str(stance.kind) == "number"
    editor.close()


def test_the_label_table_names_labels_as_the_panel_does_in_chinese(app_window, chinese) -> None:
    """The table showed the stored names ("Claim") in the Chinese window, where the panel and
    the reader say 主张; the Name field still edits the stored name, and a label the lead
    named shows as named."""
    editor = open_editor(app_window)
    names = [cell(editor.table, r, 0).text() for r in range(editor.table.rowCount())]
    assert names == ["主张", "数字", "图片说明"]
    editor.select_label("claim")
    assert editor.name.text() == "Claim"
    type_into(app_window, editor.name, "Assertion")
    names = [cell(editor.table, r, 0).text() for r in range(editor.table.rowCount())]
    assert names == ["Assertion", "数字", "图片说明"]
    assert current(editor).id == "claim"
    editor.close()


def test_the_name_field_says_it_edits_the_stored_name_beside_the_shown_one(
    app_window, chinese
) -> None:
    """The table says 主张, the Name field "Claim": beside the field a note says which is
    which, and the screen reader hears it as the field's description; an empty field's
    placeholder says what goes in (ADR 0117, round 18)."""
    editor = open_editor(app_window)
    editor.select_label("claim")
    assert editor.name.text() == "Claim"
    assert editor.name.placeholderText() == "存储名称，导出时使用"
    note = "本窗口中显示为“主张”；存储和导出时为“Claim”。"
    assert editor.name_note.text() == note and editor.name_note.isVisibleTo(editor)
    said = QAccessible.queryAccessibleInterface(editor.name)
    assert said is not None and said.text(QAccessible.Text.Description) == note
    type_into(app_window, editor.name, "Assertion")
    assert editor.name_note.text() == "存储名称，在各种语言和导出中都相同。"
    editor.close()
