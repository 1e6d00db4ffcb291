"""Every field is named as a screen reader should say it (ADR 0117, addendum round 16):
Qt names a field by the text of the label whose buddy it is (a form row's caption, a
group box's title) as written, colon and all, and with a translation's bracketed Alt key:
"Destination:", "目标(D)：" — a screen reader said "Destination colon". Every window and
dialog, opened from its menu action as a user opens it, in English and Chinese: no field's
name ends in a colon (``:`` or the full-width ``：``) or keeps an Alt key; and through AT-SPI
in a real X window, the export dialog's.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from marginalia.db.store import Store
from marginalia.desktop.accessible import name_fields_by_caption
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


def test_no_field_is_named_with_a_colon_or_an_alt_key(
    window: Harness,  # noqa: F811
    language: str,  # noqa: F811
) -> None:
    every = {"main window": names(window.window)}
    for action_id in OPENS_A_WINDOW:
        for title, found in looked_at(window, action_id, names).items():
            every[title.split(": ")[0]] = found
    first_run = FirstRunDialog("someone", window.window)
    first_run.show()
    every["first run"] = names(first_run)
    first_run.reject()
    assert {title: unsaid(found) for title, found in every.items() if unsaid(found)} == {}
    english = language == "en"
    for title, said in SAID.items():
        assert said[0 if english else 1] <= {name for _k, name, _g in every[title]}, title


def test_a_field_is_named_by_its_caption_as_said(qtbot) -> None:
    """Its caption as said, again when the caption changes; a name of its own is kept."""
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
    label.setText("目标(&D)：")
    name_fields_by_caption(dialog)
    assert destination.accessibleName() == "目标"


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


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ("Tag columns per label", "Destination")),
        ("zh_CN", ("每个标签的标记列数", "目标")),
    ],
)
def test_a_screen_reader_hears_the_export_dialog_s_fields_without_colons(
    x_session: None,  # noqa: F811
    tmp_path: Path,
    language: str,  # noqa: F811
    names: tuple[str, str],
) -> None:
    """In a real X window through AT-SPI (Ctrl+E): the spin box and the destination field
    named by their captions as said, while their labels keep the colon on the screen."""
    database = tmp_path / "export.sqlite"
    with Store.open(database) as store:
        article = add_article(store, images=False)
    seen = run("export_fields", "1600x1000", database, tmp_path / "home", article, language)
    assert seen["exit"] == 0, seen["stderr"]
    captioned = {f["name"]: f for f in seen["fields"] if f["role"] in ("spin button", "text")}
    for name in names:
        assert name in captioned, seen["fields"]
        (label,) = captioned[name]["labelled_by"]  # the caption, drawn with its colon
        assert label.startswith(name) and label.endswith((":", "：")), label
    assert not [f for f in seen["fields"] if UNSAID.search(f["name"])], seen["fields"]
