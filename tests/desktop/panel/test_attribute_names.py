"""The editor's attribute fields are named for people (ADR 0117, addendum round 14): in
English the default schema's keys show as "Check-worthy", "Type", "Speaker", "Value",
"Unit", "Kind" (they read "checkworthy", "type", "speaker"…, the stored keys); in Chinese as
translated (值得核查, 类型, 说话人); a lead's own attribute names as the lead typed them. What
is stored stays the key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from marginalia.db import AttributeDef, AttributeKind
from marginalia.db.schema import edit as schema_edit
from marginalia.desktop.i18n import attribute_name

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article

OWN = (
    AttributeDef("stance", AttributeKind.CHOICE, ("for", "against")),
    AttributeDef("Budget line", AttributeKind.TEXT, position=1),
)


def shown(harness: Harness, label: str, quote: str) -> dict[str, tuple[str, str]]:
    """An annotation of ``label`` on ``quote`` selected in the panel: its fields' captions
    and accessible names, by key."""
    article = add_article(harness.store)
    start = TEXT.index(quote)
    made = harness.store.create_annotation(article, label, start, start + len(quote), ANNOTATOR)
    harness.open(article)
    harness.session.select(made.value.id)
    harness.wait()
    editor = harness.panel.editor
    fields: dict[str, tuple[str, str]] = {}
    for key, widget in editor.attribute_widgets.items():
        assert isinstance(widget, QWidget)
        caption = editor.form.labelForField(widget)
        assert isinstance(caption, QLabel)
        fields[key] = (caption.text(), widget.accessibleName())
    return fields


def test_english_names_of_the_default_schema_s_attributes(app_window: Harness) -> None:
    fields = shown(app_window, "claim", "unemployment fell")
    assert fields == {
        "checkworthy": ("Check-worthy", "Check-worthy"),
        "type": ("Type", "Type"),
        "speaker": ("Speaker", "Speaker"),
    }
    # typed and stored under the key; the hover text and the Edit menu use the name
    editor = app_window.panel.editor
    speaker = editor.attribute_widgets["speaker"]
    app_window.qtbot.waitUntil(speaker.isVisible)
    speaker.setFocus()
    QTest.keyClicks(speaker, "she")
    QTest.keyClick(speaker, Qt.Key.Key_Return)
    app_window.wait()
    article = app_window.view.article
    assert article is not None
    (claim,) = app_window.mine(article.id)
    assert dict(claim.attributes) == {"speaker": "she"}
    assert "Speaker: she" in app_window.view.tooltip_html([claim])
    assert app_window.workspace.undo.undoText() == "Edit Speaker"


def test_english_names_of_a_figure_s_attributes(app_window: Harness) -> None:
    assert shown(app_window, "figure", "5%") == {
        "value": ("Value", "Value"),
        "unit": ("Unit", "Unit"),
        "kind": ("Kind", "Kind"),
    }


def test_a_lead_s_own_attribute_names_show_as_typed(app_window: Harness) -> None:
    store = app_window.store
    schema_edit.add_label(store, "stance", "Stance", "4", "#8844cc", OWN).apply(store)
    app_window.panel.set_schema(store.schema())
    assert shown(app_window, "stance", "minister said") == {
        "stance": ("stance", "stance"),
        "Budget line": ("Budget line", "Budget line"),
    }
    assert attribute_name("stance") == "stance"
    assert attribute_name("budget") == "budget"


def test_chinese_names_unchanged(chinese_window: Harness) -> None:
    assert shown(chinese_window, "claim", "unemployment fell") == {
        "checkworthy": ("值得核查", "值得核查"),
        "type": ("类型", "类型"),
        "speaker": ("说话人", "说话人"),
    }
    assert attribute_name("kind") == "种类"
    assert attribute_name("stance") == "stance"
