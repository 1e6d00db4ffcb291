"""Each attribute row's controls in the schema editor say which attribute they are (ADR 0117,
addendum round 16): every row's Kind box was named "Kind", and a screen reader user tabbing
through five rows heard "Kind, Choice" five times. Now "Kind of check_worthy" (Chinese
"check_worthy 的类型"), following a rename; a row's name and choices editors and the remove
button the same. Through AT-SPI in a real X window too, in English and Chinese.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget

from marginalia.db.store import Store

from ..helpers import add_article
from ..test_real_window import run, x_session  # noqa: F401  (the fixture)
from .test_schema import cell, current, open_editor


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
    names = [a.name for a in current(editor).attributes]
    assert len(names) >= 2
    assert kinds(editor) == [f"Kind of {name}" for name in names]
    editor.add_attribute_row()
    row = editor.attributes.rowCount() - 1
    assert kinds(editor)[-1] == f"Kind of attribute {row + 1}"  # no name yet: its place
    editor.attributes.setCurrentCell(row, 2)
    assert said(editor.remove_attribute_button) == f"Remove attribute {row + 1}"
    cell(editor.attributes, row, 0).setText("stance")
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
    first = current(editor).attributes[0].name
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
    names = [a.name for a in current(editor).attributes]
    assert kinds(editor) == [f"{name} 的类型" for name in names]
    editor.add_attribute_row()
    assert kinds(editor)[-1] == f"属性 {len(names) + 1} 的类型"
    editor.attributes.setCurrentCell(0, 2)
    assert said(editor.remove_attribute_button) == f"移除属性 {names[0]}"
    editor.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "heard"),
    [
        ("en", ("Kind of checkworthy", "Kind of type", "choice")),
        ("zh_CN", ("checkworthy 的类型", "type 的类型", "选项")),
    ],
)
def test_a_screen_reader_hears_each_kind_box_by_its_row(
    x_session: None,  # noqa: F811
    tmp_path: Path,
    language: str,
    heard: tuple[str, str, str],
) -> None:
    """In a real X window at 1024×700 through AT-SPI: Alt+E, S opens the editor; Alt+K, Tab,
    Tab, Tab reaches the first row's Kind box, and Down in the table the second row's — each
    heard by its row, holding its kind (a cell's box is not in the tree: a screen reader
    meets it when it gets the keyboard, which is what the probe listens for)."""
    first, second, choice = heard
    database = tmp_path / "schema.sqlite"
    with Store.open(database) as store:
        article = add_article(store, images=False)
    seen = run("schema_fields", "1024x700", database, tmp_path / "home", article, language)
    assert seen["exit"] == 0, seen["stderr"]
    boxes = [(f["name"], f["holds"]) for f in seen["focused"] if f["role"] == "combo box"]
    assert boxes == [(first, [choice]), (second, [choice])], seen["focused"]
    names = {f["name"] for f in seen["fields"]}
    assert names >= ({"Name", "Key"} if language == "en" else {"名称", "按键"}), seen["fields"]
