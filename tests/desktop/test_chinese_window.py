"""The window in Simplified Chinese is Chinese throughout: menus, docks, the editor's attribute
names and choices (the default schema's), the suggestions' labels and values, the reader's
hover text — while the stored values stay the schema's words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from .conftest import Harness
from .helpers import TEXT, add_article

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")
#: words that stay as they are in any language
UNTRANSLATED = re.compile(
    r"^(Marginalia|[\d\s.,:%/—–…()&+\-=]*|[A-Za-z]:?|Ctrl\+.*|test\.sqlite|tester|Del|"
    r"photo\.png|missing\.jpg|.*\.sqlite)$"
)


def visible_words(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a user reads in a window: labels, buttons, combo items, docks'
    titles, menus and their actions."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            yield name, widget.text()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield f"{name}[{index}]", widget.itemText(index)
        elif isinstance(widget, QDockWidget):
            yield name, widget.windowTitle()
    for menu in root.findChildren(QMenu):
        yield f"menu {menu.objectName()}", menu.title()
        for action in menu.actions():
            if action.text() and not action.isSeparator():
                yield f"action {action.objectName()}", action.text().split("\t")[0]


def english_left(root: QWidget) -> list[tuple[str, str]]:
    left = []
    for where, text in visible_words(root):
        plain = re.sub(r"<[^>]+>", "", text).replace("&", "").strip()
        if not plain or CJK.search(plain) or UNTRANSLATED.match(plain):
            continue
        left.append((where, plain))
    return left


def test_the_chinese_window_has_no_english_left(qtbot, store, chinese) -> None:
    article = add_article(store)
    harness = Harness(qtbot, store)
    harness.open(article)
    start = TEXT.index("5%")
    harness.view.select_span(start, start + 2)
    QTest.keyClick(harness.view, Qt.Key.Key_2)
    harness.wait()
    qtbot.waitUntil(lambda: harness.panel.editor.attribute_widgets != {})
    # the quote shown in the editor and the titles of articles are the article's own words
    shown = [
        (where, text)
        for where, text in english_left(harness.window)
        if text not in (TEXT, "T") and "“" not in text and "minister" not in text
    ]
    assert shown == []
    seen = list(visible_words(harness.window))
    assert len(seen) > 60 and sum(bool(CJK.search(text)) for _where, text in seen) > 50
    harness.wait()
    harness.window.close()
    harness.runner.shutdown()


def test_attribute_names_and_choices_are_chinese_and_stored_as_the_schema_says(
    qtbot, store, chinese
) -> None:
    article = add_article(store)
    harness = Harness(qtbot, store)
    harness.open(article)
    start = TEXT.index("unemployment fell")
    harness.view.select_span(start, start + len("unemployment fell"))
    QTest.keyClick(harness.view, Qt.Key.Key_1)
    harness.wait()
    editor = harness.panel.editor
    form = editor.form
    checkworthy = editor.attribute_widgets["checkworthy"]
    assert isinstance(checkworthy, QComboBox)
    caption = form.labelForField(checkworthy)
    assert isinstance(caption, QLabel) and caption.text() == "值得核查"
    assert [checkworthy.itemText(i) for i in range(checkworthy.count())] == [
        "—",
        "是",
        "否",
        "不确定",
    ]
    speaker = editor.attribute_widgets["speaker"]
    assert isinstance(speaker, QLineEdit) and speaker.accessibleName() == "说话人"
    qtbot.waitUntil(checkworthy.isVisible)
    checkworthy.setFocus()
    QTest.keyClick(checkworthy, Qt.Key.Key_Down)  # — → 是
    harness.wait()
    (claim,) = harness.mine(article)
    assert dict(claim.attributes) == {"checkworthy": "yes"}  # the schema's word, not 是
    assert "值得核查：是" in harness.view.tooltip_html([claim])
    assert isinstance(form.labelForField(speaker), QLabel)
    # a new label from the label box: the Edit menu names the field in Chinese too
    editor.label.setFocus()
    QTest.keyClick(editor.label, Qt.Key.Key_Down)  # 主张 → 数字
    harness.wait()
    assert harness.workspace.undo.undoText() == "编辑标签"
    harness.wait()
    harness.window.close()
    harness.runner.shutdown()
