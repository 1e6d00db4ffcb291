"""Each attribute field is named for its field, as a screen reader meets it (ADR 0117,
addendum round 15): "Check-worthy", holding "Yes" — not "Yes" alone, the name Qt gives a
combo box on Linux (its current text), whatever ``setAccessibleName`` said. Text fields
keep their names as before.

The same for the window's other combo boxes that had a name of their own (the panel's
article status, the article list's filters). Through Qt's accessibility API here, for the
editor's and the candidate editor's fields,
and through AT-SPI in a real X window (``tools/xsession``: openbox, D-Bus, the accessibility
bus; ``atspi_probe.py fields``), reached by keys as a user reaches them: Alt+L, Tab, Down.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QWidget

from marginalia.db.store import Store
from marginalia.desktop.insight.edit_candidate import attribute_field

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article
from ..test_real_window import run, x_session  # noqa: F401  (the fixture)


def spoken(widget: QWidget) -> tuple[str, str, QAccessible.Role]:
    """(name, value, role) as Qt's accessibility API gives them to a screen reader."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return (
        interface.text(QAccessible.Text.Name),
        interface.text(QAccessible.Text.Value),
        interface.role(),
    )


def claim_selected(harness: Harness, **attributes: object) -> None:
    article = add_article(harness.store)
    quote = "unemployment fell"
    start = TEXT.index(quote)
    made = harness.store.create_annotation(
        article, "claim", start, start + len(quote), ANNOTATOR, attributes=attributes
    )
    harness.open(article)
    harness.session.select(made.value.id)
    harness.wait()


COMBO, TEXT_FIELD = QAccessible.Role.ComboBox, QAccessible.Role.EditableText


def test_the_editor_s_fields_are_named_for_their_field(app_window: Harness) -> None:
    QAccessible.setActive(True)
    try:
        claim_selected(app_window, checkworthy="yes", speaker="the minister")
        editor = app_window.panel.editor
        fields = editor.attribute_widgets
        assert spoken(fields["checkworthy"]) == ("Check-worthy", "Yes", COMBO)
        assert spoken(fields["type"]) == ("Type", "—", COMBO)
        assert spoken(fields["speaker"]) == ("Speaker", "the minister", TEXT_FIELD)
        assert spoken(editor.label) == ("Label", "Claim (1)", COMBO)
        # a new value: the same name, the new value
        box = fields["type"]
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData("causal"))
        assert spoken(box) == ("Type", "Causal", COMBO)
        # the rest is Qt's combo box: the popup's list as its child, its actions
        interface = QAccessible.queryAccessibleInterface(box)
        assert interface.childCount() == 1
        listed = interface.child(0)
        assert listed is not None and listed.role() == QAccessible.Role.List
        assert interface.indexOfChild(listed) == 0
        assert listed.parent() is not None and listed.parent().object() is box
        assert interface.state().expandable and not interface.state().expanded
        actions = interface.actionInterface()
        assert actions is not None
        assert actions.actionNames()[:2] == ["Show Menu", "Press"]
        actions.doAction("Show Menu")
        app_window.qtbot.waitUntil(box.view().isVisible)
        assert interface.state().expanded
        box.hidePopup()
    finally:
        QAccessible.setActive(False)


def test_chinese_names_and_values(chinese_window: Harness) -> None:
    claim_selected(chinese_window, checkworthy="no")
    fields = chinese_window.panel.editor.attribute_widgets
    assert spoken(fields["checkworthy"]) == ("值得核查", "否", COMBO)
    assert spoken(fields["speaker"])[0] == "说话人"


def test_the_candidate_editor_s_fields_too(app_window: Harness) -> None:
    figure = app_window.store.schema().label("figure")
    assert figure is not None
    shown = {}
    for definition in figure.attributes:
        field = attribute_field(
            definition, {"kind": "count", "value": 3}.get(definition.name), app_window.window
        )
        assert field is not None
        shown[definition.name] = spoken(field)
    assert shown == {
        "value": ("Value", "3", TEXT_FIELD),
        "unit": ("Unit", "", TEXT_FIELD),
        "kind": ("Kind", "Count", COMBO),
    }


def by_name(seen: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {field["name"]: field for field in seen}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ("Label", "Check-worthy", "Type", "Speaker", "Yes", "Claim (1)")),
        ("zh_CN", ("标签", "值得核查", "类型", "说话人", "是", "主张（1）")),
    ],
)
def test_a_screen_reader_hears_the_field_s_name_in_a_real_window(
    x_session: None,  # noqa: F811
    tmp_path: Path,
    language: str,
    names: tuple[str, ...],
) -> None:
    label, checkworthy, kind, speaker, yes, claim = names
    database = tmp_path / "fields.sqlite"
    with Store.open(database) as store:
        article = add_article(store, images=False)
    seen = run("fields", "1600x1000", database, tmp_path / "home", article, language)
    assert seen["exit"] == 0, seen["stderr"]
    (chosen,) = seen["attributes"]
    assert chosen == {"checkworthy": "yes"}  # stored as the schema's word
    fields = by_name(seen["fields"])
    assert fields[checkworthy]["role"] == "combo box"
    assert fields[checkworthy]["holds"] == [yes]
    assert fields[checkworthy]["labelled_by"] == [checkworthy]
    assert fields[checkworthy]["focused"]  # reached by Alt+L and Tab
    assert fields[kind]["role"] == "combo box" and fields[kind]["holds"] == ["—"]
    assert fields[speaker]["role"] == "text" and fields[speaker]["holds"] == ""
    assert fields[label]["role"] == "combo box" and fields[label]["holds"] == [claim]
    # no combo box of the window is named by what it holds: the editor's, the panel's
    # article status, the article list's filters
    combos = [f for f in seen["fields"] if f["role"] == "combo box"]
    assert len(combos) == 6, combos
    assert [f for f in combos if [f["name"]] == f["holds"]] == []
