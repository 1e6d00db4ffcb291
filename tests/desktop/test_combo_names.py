"""Every combo box of the app is named for what it asks, not for what it holds (ADR 0117,
addendum round 15): Qt names a plain ``QComboBox`` by its current text on Linux, so a
screen reader said "W3C Web Annotation" where the export dialog asks for a format.

Two guards: no module of the app makes a plain ``QComboBox`` (each is a ``NamedComboBox``,
``desktop/accessible.py``), and every dialog and window that holds a combo box, opened from
its menu action as a user opens it, in English and Chinese, gives each box a name of its
own through Qt's accessibility API — its caption without the Alt key and the colon, or the
name it was given — never its current text, never nothing.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QWidget

from marginalia.db.store import Store
from marginalia.desktop.accessible import NamedComboBox, spoken_caption
from marginalia.desktop.article_import.dialog import ImportArticlesDialog

from .conftest import Harness
from .helpers import add_article
from .test_every_window import OPENS_A_WINDOW, language, looked_at, window  # noqa: F401  (the fixtures)
from .test_real_window import run, x_session  # noqa: F401  (the fixture)

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def plain_combo_boxes(source: str) -> list[int]:
    """The lines that make a plain ``QComboBox`` or derive a class of their own from it."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            called = node.func
        elif isinstance(node, ast.ClassDef) and node.bases:
            called = node.bases[0]
        else:
            continue
        name = called.attr if isinstance(called, ast.Attribute) else getattr(called, "id", "")
        if name == "QComboBox":
            found.append(node.lineno)
    return sorted(found)


def test_no_module_makes_a_plain_combo_box() -> None:
    assert plain_combo_boxes("box = QComboBox(self)\nclass A(QtWidgets.QComboBox): pass\n") == [
        1,
        2,
    ]
    modules = sorted(DESKTOP.rglob("*.py"))
    assert len(modules) > 50
    found = {
        str(module.relative_to(DESKTOP)): lines
        for module in modules
        if module.name != "accessible.py"
        and (lines := plain_combo_boxes(module.read_text("utf-8")))
    }
    assert found == {}


@pytest.mark.parametrize(
    ("caption", "said"),
    [
        ("&Format:", "Format"),
        ("Tag sc&heme:", "Tag scheme"),
        ("Annota&tor(s)", "Annotator(s)"),
        ("格式(&F)：", "格式"),
        ("标注员(&T)", "标注员"),
        ("R&&D (&R):", "R&D"),
        ("Label", "Label"),
    ],
)
def test_a_caption_as_said(caption: str, said: str) -> None:
    assert spoken_caption(caption) == said


def combo_boxes(root: QWidget) -> list[tuple[str, str, str]]:
    """(class, name, current text) of each combo box of a window, as a screen reader gets
    the name."""
    found = []
    for box in root.findChildren(QComboBox):
        if box.window() is not root:
            continue
        interface = QAccessible.queryAccessibleInterface(box)
        assert interface is not None
        found.append((type(box).__name__, interface.text(QAccessible.Text.Name), box.currentText()))
    return found


#: each window's combo boxes by name, as made, in English and Chinese (the main window's:
#: the panel's article status, the editor's Label, Image and a figure's Kind, the article
#: list's filters; the schema editor's: one Kind per attribute row of the first label, by its row)
NAMES = {
    "main window": (
        ["Article status", "Label", "Image", "Kind", "Status filter", "Label filter"],
        ["文章状态", "标签", "图片", "种类", "状态筛选", "标签筛选"],
    ),
    "file.import": (["Encoding"], ["编码"]),
    "file.export": (
        ["Format", "Layout", "Offsets count", "Tag scheme"],
        ["格式", "布局", "偏移计数方式", "标记方案"],
    ),
    "file.import_annotations": (["Format", "Offsets count"], ["格式", "偏移计数方式"]),
    "edit.preferences": (["Theme", "Language"], ["主题", "语言"]),
    "edit.schema": (
        ["Kind of checkworthy", "Kind of type", "Kind of speaker"],
        ["checkworthy 的类型", "type 的类型", "speaker 的类型"],
    ),
    "team.conflicts": (["Label"], ["标签"]),
    "team.work": (["Annotator(s)"], ["标注员"]),
    "team.agreement": (["Figure in the chart"], ["图表中的指标"]),
    "team.adjudicate": (["Article"], ["文章"]),
    "team.statistics": (["Measure", "Label"], ["指标", "标签"]),
}


def test_every_combo_box_is_named_for_what_it_asks(
    window: Harness,  # noqa: F811
    language: str,  # noqa: F811
) -> None:
    every = {"main window": combo_boxes(window.window)}
    for action_id in OPENS_A_WINDOW:
        for title, boxes in looked_at(window, action_id, combo_boxes).items():
            every[title.split(": ")[0]] = boxes
    holding = {title: boxes for title, boxes in every.items() if boxes}
    wrong = {
        title: [
            (kind, name, text)
            for kind, name, text in boxes
            if kind != NamedComboBox.__name__ or name in ("", text)
        ]
        for title, boxes in holding.items()
    }
    assert {title: boxes for title, boxes in wrong.items() if boxes} == {}
    english = language == "en"
    assert {title: [name for _kind, name, _text in boxes] for title, boxes in holding.items()} == {
        title: names[0 if english else 1] for title, names in NAMES.items()
    }


def test_an_editable_box_keeps_its_text_field(qtbot) -> None:
    """The article import's Encoding box takes a typed encoding: its text field stays in the
    tree, after the list, as in Qt's own interface."""
    dialog = ImportArticlesDialog([Path("a.txt")])
    qtbot.addWidget(dialog)
    box = dialog.encoding
    assert isinstance(box, NamedComboBox) and box.lineEdit() is not None
    interface = QAccessible.queryAccessibleInterface(box)
    assert interface.text(QAccessible.Text.Name) == "Encoding"
    assert interface.childCount() == 2
    listed, typed = interface.child(0), interface.child(1)
    assert listed is not None and listed.object() is box.view()
    assert typed is not None and typed.object() is box.lineEdit()
    assert typed.role() == QAccessible.Role.EditableText
    assert [interface.indexOfChild(listed), interface.indexOfChild(typed)] == [0, 1]
    assert interface.child(2) is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ("Format", "Layout", "Offsets count", "Tag scheme", "doccano (JSON Lines)")),
        ("zh_CN", ("格式", "布局", "偏移计数方式", "标记方案", "doccano(JSON Lines)")),
    ],
)
def test_a_screen_reader_hears_the_export_dialog_s_boxes_by_name(
    x_session: None,  # noqa: F811
    tmp_path: Path,
    language: str,  # noqa: F811
    names: tuple[str, ...],
) -> None:
    """In a real X window through AT-SPI: Ctrl+E, Alt+F, Down — "Format", holding the next
    format, focused; the dialog's other boxes named by their captions too."""
    fmt, layout, offsets, scheme, doccano = names
    database = tmp_path / "export.sqlite"
    with Store.open(database) as store:
        article = add_article(store, images=False)
    seen = run("export_fields", "1600x1000", database, tmp_path / "home", article, language)
    assert seen["exit"] == 0, seen["stderr"]
    combos = [f for f in seen["fields"] if f["role"] == "combo box"]
    assert [f["name"] for f in combos] == [fmt, layout, offsets, scheme], combos
    chosen = combos[0]
    assert chosen["holds"] == [doccano] and chosen["focused"]  # reached by Alt+F, then Down
    # labelled by its caption, as Qt says a label (the Alt key's letter kept, the colon)
    assert [label.startswith(fmt) for label in chosen["labelled_by"]] == [True]
    assert all(f["holds"] and [f["name"]] != f["holds"] for f in combos), combos
