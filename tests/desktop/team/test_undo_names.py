"""Edit ▸ Undo names the step in the window's language (ADR 0117, addendum of round 13): an
annotation added, a label added or renamed in the schema editor read Chinese in the Chinese
window, with the label's name as it is shown; English is unchanged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ..conftest import Harness
from ..helpers import TEXT, add_article
from .test_schema import open_editor, type_into


def undo_text(harness: Harness) -> str:
    return harness.registry.action("edit.undo").text()


def redo_text(harness: Harness) -> str:
    return harness.registry.action("edit.redo").text()


def add_claim(harness: Harness) -> None:
    article = add_article(harness.store, images=False)
    harness.open(article)
    word = TEXT.index(TEXT.split()[1])
    harness.view.select_span(word, word + 3)
    QTest.keyClick(harness.view, Qt.Key.Key_1)
    harness.wait()
    assert len(harness.mine(article)) == 1


def test_undo_names_an_added_annotation_in_chinese(chinese_window: Harness) -> None:
    add_claim(chinese_window)
    assert undo_text(chinese_window) == "撤销(&U) 添加“主张”"
    QTest.keyClick(chinese_window.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    chinese_window.wait()
    assert redo_text(chinese_window) == "重做(&R) 添加“主张”"
    assert undo_text(chinese_window) == "撤销(&U)"


def test_undo_names_the_schema_editors_steps_in_chinese(chinese_window: Harness) -> None:
    editor = open_editor(chinese_window)
    editor.add_label()
    chinese_window.wait()
    chinese_window.wait()
    assert undo_text(chinese_window) == "撤销(&U) 添加标签“新标签 4”"
    editor.select_label("claim")
    editor.name.setFocus()
    editor.name.setText("论断")  # keyClicks types no Chinese (Qt aborts)
    QTest.keyClick(editor.name, Qt.Key.Key_Return)
    chinese_window.wait()
    chinese_window.wait()
    # the default label's name as the window shows it (主张), the new one as typed
    assert undo_text(chinese_window) == "撤销(&U) 将标签“主张”重命名为“论断”"
    type_into(chinese_window, editor.key, "a")
    assert undo_text(chinese_window) == "撤销(&U) 更改“论断”的按键"
    editor.close()


def test_undo_names_the_schema_editors_steps_in_english(app_window: Harness) -> None:
    editor = open_editor(app_window)
    editor.select_label("claim")
    type_into(app_window, editor.name, "Assertion")
    assert undo_text(app_window) == "&Undo Rename label Claim to Assertion"
    assert app_window.workspace.undo.undoText() == "Rename label Claim to Assertion"
    editor.close()


def test_undo_names_an_added_annotation_in_english(app_window: Harness) -> None:
    add_claim(app_window)
    assert undo_text(app_window) == "&Undo Add Claim"
