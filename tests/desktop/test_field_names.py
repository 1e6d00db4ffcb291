"""Every field is named as a screen reader should say it (ADR 0117, addendum round 16):
Qt names a field by the text of the label whose buddy it is (a form row's caption, a
group box's title) as written, colon and all, and with a translation's bracketed Alt key:
"Destination:", "目标(D)：" — a screen reader said "Destination colon". Every window and
dialog, opened from its menu action as a user opens it, in English and Chinese: no field's
name ends in a colon (``:`` or the full-width ``：``) or keeps an Alt key; and through AT-SPI
in a real X window, the export dialog's.

A button, check box, radio button, tool button or group box (addendum round 17) Qt names by
its own text, with a translation's bracketed Alt key: "添加标签(A)". Every window, both
languages: none keeps its key in its name; the text on the screen keeps it, and it works.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from marginalia.db.store import Store
from marginalia.desktop.accessible import name_controls_by_text, name_fields_by_caption
from marginalia.desktop.errors import ErrorReporter
from marginalia.desktop.mainwindow import MainWindow
from marginalia.desktop.prefs.first_run import FirstRunDialog

from .conftest import Harness
from .helpers import add_article
from .test_every_window import OPENS_A_WINDOW, language, looked_at, window  # noqa: F401  (the fixtures)
from .test_real_window import run, x_session  # noqa: F401  (the fixture)

#: a name as Qt makes it from a caption: its colon, a translation's Alt key in brackets
#: ("格式(F)"), an Alt key's marker
UNSAID = re.compile(r"([:：]\s*$)|([(（][A-Z0-9][)）])|&")


def names(root: QWidget) -> list[tuple[str, str, str]]:
    """(class, name, the name it was given) of each field of a window as a screen reader
    gets the name — not a label (read as its text), not a button (named by its own text)."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root or isinstance(widget, (QLabel, QAbstractButton)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and (name := interface.text(QAccessible.Text.Name)):
            found.append((type(widget).__name__, name, widget.accessibleName()))
    return found


def caption_names(root: QWidget) -> list[tuple[str, str, str]]:
    """(class, name, its text) of each caption of a window (a label with a buddy) as a
    screen reader gets the name: Orca says it for the field it labels."""
    found = []
    for label in root.findChildren(QLabel):
        if label.window() is not root or label.buddy() is None:
            continue
        interface = QAccessible.queryAccessibleInterface(label)
        if interface is not None and (name := interface.text(QAccessible.Text.Name)):
            found.append(("QLabel", name, label.text()))
    return found


def control_names(root: QWidget) -> list[tuple[str, str, str]]:
    """(class, name, its text) of each button, check box, radio button, tool button and group
    box of a window as a screen reader gets the name: Qt's from its own text or title."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root or not isinstance(widget, (QAbstractButton, QGroupBox)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and (name := interface.text(QAccessible.Text.Name)):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            found.append((type(widget).__name__, name, text))
    return found


def unnamed_controls(root: QWidget) -> list[tuple[str, str]]:
    """(class, role) of each button, check box, radio button and tool button of a window
    that a screen reader meets and gets no name for — also one hidden now: Qt's toolbar
    extension button shows when the toolbar does not fit, a line edit's clear button once it
    holds text (ADR 0117, round 18). Not met: one its parent's interface does not hold (a
    table's corner button, the menu bar's extension button: their parents list cells and
    menus)."""
    found = []
    for widget in root.findChildren(QAbstractButton):
        if widget.window() is not root:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        parent = interface.parent() if interface is not None else None
        if parent is None or parent.indexOfChild(interface) < 0:
            continue
        if not interface.text(QAccessible.Text.Name).strip():
            found.append((widget.metaObject().className(), interface.role().name))
    return found


def unsaid_controls(found: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """The controls named with their Alt key (an escaped ``&&`` in the text is said "&":
    "Done & next")."""
    return [
        (kind, name)
        for kind, name, text in found
        if UNSAID.search(name.replace("&", "") if "&&" in text else name)
    ]


def unsaid(found: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """The fields named with a caption's colon or Alt key (an ``&`` a lead typed into a
    field's own name, "R&D", is said)."""
    return [(kind, name) for kind, name, given in found if UNSAID.search(name) and "&" not in given]


#: fields that had kept their caption's colon or Alt key, by window, as now said
SAID = {
    "file.export": (
        {"Tag columns per label", "Destination", "Annotators", "Labels"},
        {"每个标签的标记列数", "目标", "标注员", "标签"},
    ),
    "file.import_annotations": (
        {"Files", "Annotator if the file names none"},
        {"文件", "文件未注明标注员时使用"},
    ),
    "edit.schema": ({"Name", "Key"}, {"名称", "按键"}),
    "team.conflicts": ({"Note"}, {"备注"}),
}


def every_window[T](harness: Harness, look: Callable[[QWidget], list[T]]) -> dict[str, list[T]]:
    """What ``look`` finds in the main window, every window it opens, and the first-run
    question, by window title."""
    every = {"main window": look(harness.window)}
    for action_id in OPENS_A_WINDOW:
        for title, found in looked_at(harness, action_id, look).items():
            every[title.split(": ")[0]] = found
    first_run = FirstRunDialog("someone", harness.window)
    first_run.show()
    every["first run"] = look(first_run)
    first_run.reject()
    return every


def test_no_field_is_named_with_a_colon_or_an_alt_key(
    window: Harness,  # noqa: F811
    language: str,  # noqa: F811
) -> None:
    every = every_window(window, names)
    assert {title: unsaid(found) for title, found in every.items() if unsaid(found)} == {}
    english = language == "en"
    for title, said in SAID.items():
        assert said[0 if english else 1] <= {name for _k, name, _g in every[title]}, title


def test_no_button_group_or_caption_is_named_with_its_alt_key(
    window: Harness,  # noqa: F811
    language: str,  # noqa: F811
) -> None:
    """Qt names a button, a check box, a group box by its own text stripped of ``&`` only:
    in Chinese "添加标签(A)", the bracketed key letter said; and a caption by its text as
    written, "格式(F)：", which Orca says for the field it labels. Every window, both
    languages."""

    def look(root: QWidget) -> list[tuple[str, str, str]]:
        return control_names(root) + caption_names(root)

    every = every_window(window, look)
    unsaid_by_window = {title: unsaid_controls(found) for title, found in every.items()}
    assert {title: found for title, found in unsaid_by_window.items() if found} == {}
    said = {name for found in every.values() for _k, name, _g in found}
    assert (
        {"Add label", "Export", "Import", "Format"}
        if language == "en"
        else {"添加标签", "导出", "导入", "格式"}
    ) <= said


def test_no_button_or_check_box_is_unnamed(
    window: Harness,  # noqa: F811
    language: str,  # noqa: F811
) -> None:
    """Every window, both languages: each button, check box, radio button and tool button has
    a name — Qt's toolbar extension button (a check box) and a line edit's clear button
    (a button) had none; now "More toolbar buttons" and "Clear the field"."""
    every = every_window(window, unnamed_controls)
    assert {title: found for title, found in every.items() if found} == {}
    said = {
        button.accessibleName()
        for button in window.window.findChildren(QToolButton)
        if button.objectName() == "qt_toolbar_ext_button"
        or getattr(button.defaultAction(), "objectName", str)() == "_q_qlineeditclearaction"
    }
    english = {"More toolbar buttons", "Clear the field"}
    assert said == (english if language == "en" else {"更多工具栏按钮", "清除内容"})


def test_a_field_is_named_by_its_caption_as_said(qtbot) -> None:
    """Its caption as said, again when the caption changes; a name of its own is kept; the
    caption named as said too, its text on the screen as written."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    destination, note, own = QLineEdit(), QLineEdit(), QLineEdit()
    own.setAccessibleName("R&D")
    form.addRow("&Destination:", destination)
    form.addRow("备注(&N)：", note)
    form.addRow("Own:", own)
    name_fields_by_caption(dialog)
    assert [w.accessibleName() for w in (destination, note, own)] == ["Destination", "备注", "R&D"]
    label = form.labelForField(destination)
    assert isinstance(label, QLabel)
    assert label.accessibleName() == "Destination" and label.text() == "&Destination:"
    label.setText("目标(&D)：")
    name_fields_by_caption(dialog)
    assert destination.accessibleName() == label.accessibleName() == "目标"


def test_every_window_the_main_window_opens_names_its_fields_when_shown(
    window: Harness,  # noqa: F811
) -> None:
    dialog = QDialog(window.window)
    form = QFormLayout(dialog)
    field = QLineEdit()
    form.addRow("&Destination:", field)
    dialog.show()
    assert field.accessibleName() == "Destination"
    dialog.reject()


def test_a_button_is_named_by_its_text_without_its_key(qtbot) -> None:
    """Its text as said where Qt's name would say a bracketed key or a colon; the text on the
    screen keeps the key, and Alt+key still presses it; a name of its own is kept; a name is
    given only where it is needed."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    add = QPushButton("添加标签(&A)…")
    text = QCheckBox("同时将我的建议写为预测(&P)，供审阅")
    every = QRadioButton("全部文章(&S)")
    group = QGroupBox("仅限修改日期(&G)：")
    group.setCheckable(True)
    own = QPushButton("导出(&E)")
    own.setAccessibleName("导出全部")
    english = QPushButton("Done && &next")
    for widget in (add, text, every, group, own, english):
        layout.addWidget(widget)
    name_controls_by_text(dialog)
    names = [w.accessibleName() for w in (add, text, every, group, own, english)]
    said_names = ["添加标签…", "同时将我的建议写为预测，供审阅", "全部文章", "仅限修改日期"]
    assert names == [*said_names, "导出全部", ""]
    said = QAccessible.queryAccessibleInterface(add)
    assert said is not None and said.text(QAccessible.Text.Name) == "添加标签…"
    assert add.text() == "添加标签(&A)…"
    clicked: list[bool] = []
    add.clicked.connect(lambda: clicked.append(True))
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    QTest.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: clicked == [True])  # Qt animates the click
    add.setText("添加属性(&B)")  # the window shown again: its text again
    name_controls_by_text(dialog)
    assert add.accessibleName() == "添加属性"


def test_a_toolbar_button_is_named_by_its_action_and_follows_it(
    window: Harness,  # noqa: F811
) -> None:
    """A tool button shows its action's text without the "&" ("撤销(U)"): its key is found
    in the action's text, and the name follows the action's text (Undo's step)."""
    dialog = QDialog(window.window)
    action = QAction("撤销(&U)", dialog)
    button = QToolButton(dialog)
    button.setDefaultAction(action)
    dialog.show()
    assert button.text() == "撤销(U)" and button.accessibleName() == "撤销"
    action.setText("撤销(&U) 添加“数字”")
    window.qtbot.waitUntil(lambda: button.accessibleName() == "撤销 添加“数字”")
    assert button.text() == "撤销(U) 添加“数字”"
    dialog.reject()


def test_the_questions_before_the_database_opens_are_named_too(qtbot, chinese: None) -> None:
    """The first-run question is asked in the window's frame, before its workspace."""
    frame = MainWindow(None, ErrorReporter())
    qtbot.addWidget(frame)
    frame.show()
    first_run = FirstRunDialog("someone", frame)
    first_run.show()
    (start,) = first_run.buttons.buttons()
    assert start.text() == "开始(&S)" and start.accessibleName() == "开始"
    first_run.reject()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "names", "dates"),
    [
        ("en", ("Tag columns per label", "Destination"), ("Changed from", "Changed until")),
        ("zh_CN", ("每个标签的标记列数", "目标"), ("修改日期起", "修改日期止")),
    ],
)
def test_a_screen_reader_hears_the_export_dialog_s_fields_without_colons_and_its_dates(
    x_session: None,  # noqa: F811
    tmp_path: Path,
    language: str,  # noqa: F811
    names: tuple[str, str],
    dates: tuple[str, str],
) -> None:
    """In a real X window through AT-SPI (Ctrl+E): the spin box and the destination field
    named by their captions as said, and so are the captions (round 17), which keep their
    colon on the screen; the date boxes say their dates (round 17: the probe had read Qt's
    Value for them, 0.0)."""
    database = tmp_path / "export.sqlite"
    with Store.open(database) as store:
        article = add_article(store, images=False)
    today = QDate.currentDate()
    seen = run("export_fields", "1600x1000", database, tmp_path / "home", article, language)
    assert seen["exit"] == 0, seen["stderr"]
    captioned = {f["name"]: f for f in seen["fields"] if f["role"] in ("spin button", "text")}
    for name in names:
        assert name in captioned, seen["fields"]
        # the caption that labels it, drawn with its colon, said as the field is named
        assert captioned[name]["labelled_by"] == [name], captioned[name]
    assert not [f for f in seen["fields"] if UNSAID.search(f["name"])], seen["fields"]
    since, until = (captioned[name] for name in dates)
    assert since["role"] == until["role"] == "spin button"
    assert since["holds"] == today.addMonths(-1).toString("yyyy-MM-dd"), since
    assert until["holds"] == today.toString("yyyy-MM-dd"), until


def test_a_toolbar_button_shows_its_action_without_the_alt_key(
    window: Harness,  # noqa: F811
    language: str,  # noqa: F811
) -> None:
    """The Alt key does nothing on the toolbar: a button shows its action's text without it
    ("导入文件", not "导入文件(I)"; "Import files", not "&Import files…"), its tooltip the
    shortcut; the menu keeps the key, and its words follow the action (Undo's step) — ADR
    0117, round 18."""
    toolbar = window.registry.toolbar
    english = language == "en"
    shown = {
        action.objectName(): (button.text(), button.toolTip())
        for action in toolbar.actions()
        if isinstance(button := toolbar.widgetForAction(action), QToolButton)
        and not action.isSeparator()
    }
    assert not [text for text, _tip in shown.values() if UNSAID.search(text) or "…" in text]
    words = "Import files" if english else "导入文件"
    assert shown["file.import"] == (words, f"{words} (Ctrl+O)")
    assert window.registry.action("file.import").text() == (
        "&Import files…" if english else "导入文件(&I)…"
    )
    undo = window.registry.action("edit.undo")
    assert "&" in undo.text()  # the menu's text keeps its key
    text, tip = shown["edit.undo"]
    assert tip == f"{text} (Ctrl+Z)"
    window.view.select_span(0, 3)
    QTest.keyClick(window.view, Qt.Key.Key_1)  # a claim: Undo's step changes
    window.wait()
    button = toolbar.widgetForAction(undo)
    assert isinstance(button, QToolButton)
    window.qtbot.waitUntil(lambda: button.text() != text)
    assert not UNSAID.search(button.text()) and button.toolTip() == f"{button.text()} (Ctrl+Z)"
