"""The default schema's choices read as words (ADR 0117, addendum round 15): in English
"Yes", "Statistical", "Percent" beside "Check-worthy", "Type", "Kind" (they read "yes",
"statistical", "percent", the stored words) in the editor, the reader's hover text, the
suggestions' column, the adjudication table, the candidate editor and the conflict dialog;
in Chinese as translated (是, 统计, 百分比); a lead's own choices as the lead typed them and
typed text as typed. What is stored stays the schema's word."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from marginalia.db import Annotation, AttributeDef, AttributeKind, Schema
from marginalia.db.schema import edit as schema_edit
from marginalia.desktop import i18n
from marginalia.desktop.i18n import attribute_value, choice_name
from marginalia.desktop.insight.edit_candidate import attribute_field
from marginalia.desktop.insight.readable import describe_attributes

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article

CATALOGUE = Path(__file__).resolve().parents[3] / "resources/translations/marginalia_zh_CN.ts"
OWN = (
    AttributeDef("stance", AttributeKind.CHOICE, ("for", "against", "Pro-EU")),
    AttributeDef("verified", AttributeKind.BOOLEAN, position=1),
)


def selected(harness: Harness, label: str, quote: str, **attributes: object) -> str:
    """An annotation of ``label`` on ``quote``, selected in the panel; its id."""
    article = add_article(harness.store)
    start = TEXT.index(quote)
    made = harness.store.create_annotation(
        article, label, start, start + len(quote), ANNOTATOR, attributes=attributes
    )
    harness.open(article)
    harness.session.select(made.value.id)
    harness.wait()
    return made.value.id


def items(harness: Harness, key: str) -> list[str]:
    box = harness.panel.editor.attribute_widgets[key]
    assert isinstance(box, QComboBox)
    return [box.itemText(i) for i in range(box.count())]


def chose_next(harness: Harness, key: str) -> Annotation:
    """Down in the field of ``key``, as a user chooses with the keyboard; the annotation."""
    box = harness.panel.editor.attribute_widgets[key]
    harness.qtbot.waitUntil(box.isVisible)
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    harness.wait()
    article = harness.view.article
    assert article is not None
    (annotation,) = harness.mine(article.id)
    return annotation


def test_english_words_for_a_claim_s_choices(app_window: Harness) -> None:
    selected(app_window, "claim", "unemployment fell", speaker="other")
    assert items(app_window, "checkworthy") == ["—", "Yes", "No", "Unsure"]
    assert items(app_window, "type") == [
        "—",
        *("Statistical", "Causal", "Prediction", "Quotation", "Other"),
    ]
    # chosen with the keyboard: stored as the schema's word, shown as the English one
    claim = chose_next(app_window, "type")
    box = app_window.panel.editor.attribute_widgets["type"]
    assert dict(claim.attributes) == {"speaker": "other", "type": "statistical"}
    assert isinstance(box, QComboBox) and box.currentText() == "Statistical"
    hover = app_window.view.tooltip_html([claim])
    assert "Type: Statistical" in hover
    assert "Speaker: other" in hover  # typed text stays as typed
    assert app_window.workspace.undo.undoText() == "Edit Type"  # a name, no value


def test_english_words_for_a_figure_s_kinds(app_window: Harness) -> None:
    selected(app_window, "figure", "5%", kind="percent", value=5)
    assert items(app_window, "kind") == [
        "—",
        *("Count", "Money", "Percent", "Date", "Measure", "Other"),
    ]
    box = app_window.panel.editor.attribute_widgets["kind"]
    assert isinstance(box, QComboBox) and box.currentText() == "Percent"
    article = app_window.view.article
    assert article is not None
    (figure,) = app_window.mine(article.id)
    hover = app_window.view.tooltip_html([figure])
    assert "Kind: Percent" in hover and "Value: 5" in hover


def test_a_lead_s_own_choices_show_as_typed_and_yes_no_as_words(app_window: Harness) -> None:
    store = app_window.store
    schema_edit.add_label(store, "stance", "Stance", "4", "#8844cc", OWN).apply(store)
    app_window.panel.set_schema(store.schema())
    selected(app_window, "stance", "minister said", stance="Pro-EU")
    assert items(app_window, "stance") == ["—", "for", "against", "Pro-EU"]
    assert items(app_window, "verified") == ["—", "Yes", "No"]
    stance = chose_next(app_window, "verified")
    assert dict(stance.attributes) == {"stance": "Pro-EU", "verified": True}
    hover = app_window.view.tooltip_html([stance])
    assert "stance: Pro-EU" in hover and "verified: Yes" in hover


def test_the_adjudication_s_words_and_its_candidate_editor(app_window: Harness) -> None:
    schema: Schema = app_window.store.schema()
    claim = schema.label("claim")
    assert claim is not None
    attributes = {"type": "causal", "checkworthy": "unsure", "speaker": "yes"}
    assert describe_attributes(claim, attributes) == (
        "Check-worthy: Unsure · Type: Causal · Speaker: yes"
    )
    kind = schema.label("figure").attribute("kind")  # type: ignore[union-attr]
    assert kind is not None
    field = attribute_field(kind, "measure", app_window.window)
    assert isinstance(field, QComboBox)
    assert (field.currentText(), field.currentData()) == ("Measure", "measure")
    # the conflict dialog's values go through the same words
    assert attribute_value(AttributeKind.CHOICE, "money") == "Money"
    assert attribute_value(AttributeKind.BOOLEAN, False) == "No"
    assert attribute_value(AttributeKind.TEXT, "date") == "date"
    assert attribute_value(None, "count") == "count"


def test_chinese_words_unchanged(chinese_window: Harness) -> None:
    selected(chinese_window, "claim", "unemployment fell", type="statistical", speaker="other")
    assert items(chinese_window, "checkworthy") == ["—", "是", "否", "不确定"]
    assert items(chinese_window, "type")[1:3] == ["统计", "因果"]
    article = chinese_window.view.article
    assert article is not None
    (claim,) = chinese_window.mine(article.id)
    hover = chinese_window.view.tooltip_html([claim])
    assert "类型：统计" in hover and "说话人：other" in hover
    assert choice_name("percent") == "百分比"
    assert choice_name("Pro-EU") == "Pro-EU"


def test_every_default_choice_has_a_chinese_translation() -> None:
    translated = {
        message.findtext("source"): message.find("translation")
        for context in ET.parse(CATALOGUE).getroot().iter("context")
        if context.findtext("name") == "Choice"
        for message in context.iter("message")
    }
    for word in i18n._ENGLISH_CHOICES:
        translation = translated.get(str(word))
        assert translation is not None, word
        assert translation.get("type") is None and translation.text, word
