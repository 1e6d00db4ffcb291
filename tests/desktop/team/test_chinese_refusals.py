"""The schema's, the team's and agreement's refusals read Chinese in the Chinese window
(ADR 0117, addendum of round 13): the real widgets driven into a refusal, the dialog's text
read back — the Chinese sentence with the values (a key, a version, a file, a label) in it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from marginalia.db.schema.edit import add_label
from marginalia.db.store import Store
from marginalia.desktop.team.work import WorkDialog

from ..conftest import Dialogs, Harness
from ..helpers import add_article
from .test_schema import open_editor


def test_the_schema_editor_refuses_a_taken_key_in_chinese(
    chinese_window: Harness, dialogs: Dialogs
) -> None:
    editor = open_editor(chinese_window)
    editor.select_label("claim")
    editor.key.setFocus()
    editor.key.selectAll()
    QTest.keyClicks(editor.key, "2")  # the key of Figure
    QTest.keyClick(editor.key, Qt.Key.Key_Return)
    text = dialogs.first(chinese_window)
    assert text == "未做此修改：\n• 按键 '2' 被使用了 2 次"
    assert editor.last_refusal == ("the key '2' is used 2 times",)  # the library's English
    assert chinese_window.store.label("claim").key == "1"
    editor.close()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            {"format": "marginalia-schema", "version": 2, "labels": []},
            "不支持标签方案版本 2",
        ),
        (
            {"format": "marginalia-schema", "version": 1, "labels": [{"id": "x"}]},
            "该标签方案格式有误（KeyError: 'name'）",
        ),
    ],
)
def test_a_schema_file_the_editor_cannot_take_is_refused_in_chinese(
    chinese_window: Harness, dialogs: Dialogs, tmp_path: Path, content, expected: str
) -> None:
    schema = tmp_path / "新的方案.json"
    schema.write_text(json.dumps(content), encoding="utf-8")
    editor = open_editor(chinese_window)
    editor.import_schema(schema)
    assert dialogs.first(chinese_window) == expected
    assert [lb.id for lb in chinese_window.store.schema().labels] == ["claim", "figure", "caption"]
    editor.close()


def test_a_schema_file_that_is_not_json_is_refused_in_chinese(
    chinese_window: Harness, dialogs: Dialogs, tmp_path: Path
) -> None:
    schema = tmp_path / "坏的.json"
    schema.write_text('{"format" "marginalia-schema"}', encoding="utf-8")
    editor = open_editor(chinese_window)
    editor.import_schema(schema)
    text = dialogs.first(chinese_window)
    assert text == f"{schema}：不是 JSON（第 1 行第 11 列，字符位置 10：此处应有分隔符“:”）"
    editor.close()


def test_a_merge_names_each_source_it_refused_in_chinese(
    chinese_window: Harness, dialogs: Dialogs, tmp_path: Path
) -> None:
    notes = tmp_path / "笔记.sqlite"
    notes.write_text("只是一些文字，不是数据库", encoding="utf-8")
    other = tmp_path / "别的.sqlite"
    with Store.open(other) as theirs:
        add_label(theirs, "stance", "Stance", "4", "#aa3377").apply(theirs)
    missing = tmp_path / "没有.sqlite"
    merger = chinese_window.workspace.team.merger
    with chinese_window.qtbot.waitSignal(merger.finished, timeout=10_000):
        merger.start([notes, other, missing])
    lines = dialogs.first(chinese_window).splitlines()
    # each source named once, then why (its path is not repeated after its name)
    assert lines == [
        "• 笔记.sqlite：未合并——不是 Marginalia 数据库（不是 SQLite 文件）",
        "• 别的.sqlite：未合并——标签 'Stance'（stance）不在目标数据库的标签方案中",
        "• 没有.sqlite：未合并——没有这个数据库文件",
    ]


def test_a_package_onto_an_existing_file_is_refused_in_chinese(
    chinese_window: Harness, dialogs: Dialogs, tmp_path: Path
) -> None:
    article = add_article(chinese_window.store, images=False)
    chinese_window.open(article)
    out = tmp_path / "alice.marginalia"
    out.write_bytes(b"")
    dialog = WorkDialog(chinese_window.workspace)
    dialog.show()
    chinese_window.wait()
    dialog.annotator.setEditText("alice")
    dialog.make_package(out)
    assert dialogs.first(chinese_window) == f"{out}：已存在；请为工作包选择一个新文件"
    assert out.read_bytes() == b""
    dialog.close()


def test_agreement_with_one_annotator_says_why_in_chinese(chinese_window: Harness) -> None:
    store = chinese_window.store
    article = add_article(store, images=False)
    store.create_annotation(article, "claim", 2, 9, "小王")
    view = chinese_window.workspace.insight.agreement()
    chinese_window.wait()
    assert view.pages.currentWidget() is view.empty and view.empty.isVisible()
    assert view.empty.text().startswith("还没有可比较的内容：目前只有 小王 标注过文章。")
    assert "请在“团队”菜单中把 小王 的部分文章再分配给另一位标注员" in view.empty.text()
    assert not re.search("[a-z]{3}", view.empty.text())
