"""Each attribute row's controls in the schema editor say which attribute they are (ADR 0117,
addendum round 16): every row's Kind box was named "Kind", and a screen reader user tabbing
through five rows heard "Kind, Choice" five times. Now "Kind of check_worthy" (Chinese
"check_worthy 的类型"), following a rename; a row's name and choices editors and the remove
button the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from .test_schema import open_editor


def said(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return str(interface.text(QAccessible.Text.Name))


def kinds(editor) -> list[str]:
    table = editor.attributes
    return [said(table.cellWidget(row, 1)) for row in range(table.rowCount())]


def test_each_row_s_kind_box_says_its_attribute(app_window) -> None:
    editor = open_editor(app_window)
    editor.select_label("claim")
    names = [a.name for a in editor.current_label().attributes]
    assert len(names) >= 2
    assert kinds(editor) == [f"Kind of {name}" for name in names]
    editor.add_attribute_row()
    row = editor.attributes.rowCount() - 1
    assert kinds(editor)[-1] == f"Kind of attribute {row + 1}"  # no name yet: its place
    editor.attributes.item(row, 0).setText("stance")
    assert kinds(editor)[-1] == "Kind of stance"
    editor.attributes.setCurrentCell(row, 2)
    assert said(editor.remove_attribute_button) == "Remove attribute stance"
    editor.attributes.setCurrentCell(0, 2)
    editor.remove_attribute_button.click()
    assert kinds(editor) == [f"Kind of {name}" for name in [*names[1:], "stance"]]
    editor.close()


def test_a_row_s_editors_say_their_attribute(app_window) -> None:
    editor = open_editor(app_window)
    editor.select_label("claim")
    first = editor.current_label().attributes[0].name
    table = editor.attributes
    seen = []
    for column in (0, 2):
        table.setCurrentCell(0, column)
        table.edit(table.currentIndex())  # as F2 or a double click opens it
        typing = table.indexWidget(table.currentIndex())
        assert isinstance(typing, QLineEdit)
        seen.append(said(typing))
        QTest.keyClick(typing, Qt.Key.Key_Escape)
        assert table.indexWidget(table.currentIndex()) is None
    assert seen == [f"Name of {first}", f"Choices of {first}"]
    editor.close()


def test_in_chinese(app_window, chinese) -> None:
    editor = open_editor(app_window)
    editor.select_label("claim")
    names = [a.name for a in editor.current_label().attributes]
    assert kinds(editor) == [f"{name} 的类型" for name in names]
    editor.add_attribute_row()
    assert kinds(editor)[-1] == f"属性 {len(names) + 1} 的类型"
    editor.attributes.setCurrentCell(0, 2)
    assert said(editor.remove_attribute_button) == f"移除属性 {names[0]}"
    editor.close()
