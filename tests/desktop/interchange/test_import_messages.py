"""Why a record of an annotation file was left out, in the window's language (ADR 0117 and
its addendum): a bad Label Studio export, a doccano line with an offset inside a character,
a brat .ann with a broken line and a file of broken JSON, each imported through the real
"Import annotations" dialog; the summary names the file, the record and the reason —
Chinese in the Chinese window, English in the English one, as the command line says it. And
what an export's format could not hold, in its summary."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from marginalia.db.store import Store
from marginalia.desktop.i18n import install_translators
from marginalia.desktop.settings import Language

from ..conftest import Harness
from ..helpers import add_article

#: 𠀋 is two UTF-16 units: doccano's offset 1 falls inside it.
TEXT = "𠀋 The minister said unemployment fell to 5% in 2023.\n"
WORD = TEXT.index("minister")


@pytest.fixture(params=[Language.CHINESE_SIMPLIFIED, Language.ENGLISH], ids=["zh", "en"])
def window(request, qtbot, store: Store, qm_folder: Path) -> Iterator[Harness]:
    """The main window built in the language (widgets translate their words when made)."""
    install_translators(request.param, qm_folder)
    harness = Harness(qtbot, store)
    harness.chinese = request.param == Language.CHINESE_SIMPLIFIED  # type: ignore[attr-defined]
    yield harness
    harness.wait()
    harness.window.close()
    harness.runner.shutdown()
    install_translators(Language.ENGLISH, qm_folder)


def _choose(combo, data) -> None:
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != data:
        QTest.keyClick(combo, Qt.Key.Key_Down)


def imported(window: Harness, fmt: str, path: Path) -> list[str]:
    """The lines of the summary the dialog's import leaves on screen."""
    feature = window.workspace.interchange
    window.registry.action("file.import_annotations").trigger()
    dialog = feature.import_dialog
    assert dialog is not None and dialog.isVisible()
    _choose(dialog.format, fmt)
    QTest.keyClicks(dialog.files, str(path))
    with window.qtbot.waitSignal(feature.importer.finished, timeout=20_000):
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    box = feature.importer.summary
    assert box is not None and box.isVisible()
    lines = box.text().splitlines()
    box.close()
    return lines


def said(window: Harness, chinese: str, english: str) -> str:
    return chinese if window.chinese else english  # type: ignore[attr-defined]


def test_a_bad_label_studio_export_names_each_task_and_region(window: Harness, tmp_path) -> None:
    add_article(window.store, TEXT, images=False)
    region = {"start": WORD, "end": WORD + 8, "text": "minister"}
    tasks = [
        {
            "data": {"text": TEXT},
            "annotations": [
                {
                    "result": [
                        {"id": "a", "type": "labels", "value": {**region, "labels": ["Claim"]}},
                        {"id": "b", "type": "labels", "value": {**region, "labels": ["A", "B"]}},
                    ]
                }
            ],
        },
        {"id": 7},
    ]
    path = tmp_path / "project-1.json"
    path.write_text(json.dumps(tasks), "utf-8")
    lines = imported(window, "labelstudio", path)
    assert lines[0] == said(
        window, "project-1.json：已导入 1 条标注。", "project-1.json: 1 annotation imported."
    )
    assert lines[2:] == [
        said(
            window,
            "• 任务 1，标注 1，区域 b：该区域有 2 个标签，而不是一个",
            "• task 1 annotation 1 region b: the region has 2 labels, not one",
        ),
        said(
            window,
            # a task refused whole keeps the array's name for it, as the command line says
            "• 第 2 项：不是 Label Studio 任务（没有 data）",
            "• item 2: not a Label Studio task (no data)",
        ),
    ]


def test_a_doccano_offset_inside_a_character_is_named_with_its_unit(
    window: Harness, tmp_path
) -> None:
    add_article(window.store, TEXT, images=False)
    units = WORD + 1  # 𠀋 counts two
    lines = [
        {"text": TEXT, "label": [[units, units + 8, "Claim"], [1, 4, "Claim"]]},
        {"text": TEXT, "label": [[units, units + 8, "Opinion"]]},
        {"text": "这篇文章不在数据库里。", "label": [[0, 2, "Claim"]]},
    ]
    path = tmp_path / "admin.jsonl"
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    shown = imported(window, "doccano", path)
    assert shown[2:] == [
        said(
            window,
            "• 第 1 行，实体 2：偏移量 1 落在 '𠀋' 的代理对内部（偏移量按 utf16 计数）",
            "• line 1, entity 2: offset 1 falls inside the surrogate pair of '𠀋' "
            "(offsets counted in utf16)",
        ),
        said(
            window,
            "• 第 2 行，实体 1：未知的标签 'Opinion'",
            "• line 2, entity 1: unknown label 'Opinion'",
        ),
        said(
            window,
            "• 第 3 行，实体 1：其文本不在数据库中（给出的文本）",
            "• line 3, entity 1: its text is not in the database (the given text)",
        ),
    ]


def test_a_broken_brat_line_is_named_by_its_file_and_line(window: Harness, tmp_path) -> None:
    add_article(window.store, TEXT, images=False)
    (tmp_path / "doc.txt").write_text(TEXT, "utf-8")
    ann = tmp_path / "doc.ann"
    start = TEXT.index("The")
    ann.write_text(
        f"T1\tClaim {start} {start + 12}\tThe minister\nT2\tClaim x y\tsaid\nE1\tClaim:T1\n",
        "utf-8",
    )
    shown = imported(window, "brat", ann)
    assert shown[2:] == [
        said(
            window,
            "• doc.ann 第 2 行：'x y' 不是“起点 终点”形式的一对数",
            "• doc.ann line 2: 'x y' is not a 'start end' pair",
        ),
        said(
            window,
            "• doc.ann 第 3 行：事件（E1）在 Marginalia 中无处存放；已略去",
            "• doc.ann line 3: an event (E1) has no place in Marginalia; left out",
        ),
    ]


def test_a_file_of_broken_json_is_refused_with_where_and_why(window: Harness, tmp_path) -> None:
    path = tmp_path / "w3c.jsonl"
    path.write_text('{"type": "Annotation",\n', "utf-8")
    assert imported(window, "w3c", path) == [
        said(
            window,
            "w3c.jsonl 未导入（其中任何内容均未保存）：",
            "w3c.jsonl was not imported (nothing of it was stored):",
        ),
        said(
            window,
            "• 文档：JSON 已损坏（此处应有用双引号括起的属性名，第 2 行第 1 列）",
            "• document: broken JSON (Expecting property name enclosed in double quotes, "
            "line 2 column 1)",
        ),
    ]


def test_what_a_format_could_not_hold_is_said_in_the_windows_language(
    window: Harness, tmp_path
) -> None:
    """The export summary lists what the chosen format could not hold, with the library's
    reason: a span starting inside a ZWJ family cannot be written in grapheme offsets."""
    from marginalia.db import ExportOptions, export, iter_bundles

    text = "👨‍👩‍👧 一家人\n"
    article = add_article(window.store, text, images=False)
    window.store.create_annotation(article, "claim", 1, 9, "tester")  # from inside the family
    window.store.create_annotation(article, "claim", 6, 9, "tester")
    options = ExportOptions(offset_unit="grapheme")
    out = tmp_path / "set.jsonl"
    result = export(iter_bundles(window.store), window.store.schema(), "doccano", out, options)
    lines = window.workspace.interchange.exporter.summary_text(result).splitlines()
    assert lines[-2:] == [
        said(window, "此格式无法容纳的内容：", "What this format could not hold:"),
        said(
            window,
            "• 按 grapheme 偏移量计，端点落在字符内部的片段：1",
            "• span whose ends fall inside a character in grapheme offsets: 1",
        ),
    ]
