"""The attribute fields have no Alt key of their own (ADR 0117, addendum round 15): Alt+L
gives the Label box the keyboard and Tab walks on to the fields in the order they read. A
lead's name with an ``&`` ("R&D") shows the ``&`` and takes no Alt key — it read "RD" and
took Alt+D from Delete annotation.

Why none: the window's captions, buttons and menus hold 14 of the 26 letters in English
and in Chinese (a, b, d, e, f, h, k, l, n, s, t, u, v, and i for the image row), and every
letter of "Value", "Unit" and "Kind" is among them; the letters would change with the
label, the schema and the language, and could not be learnt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from marginalia.db import AttributeDef, AttributeKind
from marginalia.db.schema import edit as schema_edit

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article
from ..test_every_window import clashes, controls, menu_titles, mnemonic
from .test_layout_once import settle

OWN = (
    AttributeDef("R&D", AttributeKind.CHOICE, ("yes", "no")),
    AttributeDef("Budget line", AttributeKind.TEXT, position=1),
)
#: the letters the window's own captions, buttons and menus hold (a claim or a figure shown)
TAKEN = set("abdefhklnstuv")
#: and the image row's (&Image), shown for a caption and for any annotation with an image
RESERVED = TAKEN | {"i"}


def selected(harness: Harness, label: str, quote: str) -> None:
    article = add_article(harness.store)
    start = TEXT.index(quote)
    made = harness.store.create_annotation(article, label, start, start + len(quote), ANNOTATOR)
    harness.open(article)
    harness.session.select(made.value.id)
    settle()


def captions(harness: Harness) -> dict[str, QLabel]:
    editor = harness.panel.editor
    found = {}
    for key, widget in editor.attribute_widgets.items():
        caption = editor.form.labelForField(widget)
        assert isinstance(caption, QLabel)
        found[key] = caption
    return found


def check_no_keys_of_their_own(harness: Harness) -> None:
    for key, caption in captions(harness).items():
        assert mnemonic(caption.text()) is None, key
        assert caption.buddy() is harness.panel.editor.attribute_widgets[key]
    pairs = [*controls(harness.window), *menu_titles(harness.window)]
    assert clashes(iter(pairs)) == {}
    assert {key for key, _ in pairs} == TAKEN


def test_no_alt_keys_for_the_default_fields(app_window: Harness) -> None:
    for label, quote in (("claim", "unemployment fell"), ("figure", "5%")):
        selected(app_window, label, quote)
        check_no_keys_of_their_own(app_window)
        # every letter of the figure's field names is the window's already
        if label == "figure":
            assert set("valueunitkind") <= RESERVED


def test_no_alt_keys_in_chinese_either(chinese_window: Harness) -> None:
    for label, quote in (("claim", "unemployment fell"), ("figure", "5%")):
        selected(chinese_window, label, quote)
        check_no_keys_of_their_own(chinese_window)


def test_an_ampersand_in_a_lead_s_name_is_shown_and_takes_no_key(app_window: Harness) -> None:
    store = app_window.store
    schema_edit.add_label(store, "budget", "Budget", "4", "#8844cc", OWN).apply(store)
    app_window.panel.set_schema(store.schema())
    selected(app_window, "budget", "minister said")
    shown = captions(app_window)
    assert shown["R&D"].text() == "R&&D"  # drawn "R&D"
    assert app_window.panel.editor.attribute_widgets["R&D"].accessibleName() == "R&D"
    check_no_keys_of_their_own(app_window)


def test_alt_l_then_tab_reaches_the_first_field(app_window: Harness) -> None:
    selected(app_window, "claim", "unemployment fell")
    editor = app_window.panel.editor
    app_window.window.activateWindow()
    app_window.view.setFocus()
    settle()
    QTest.keyClick(app_window.view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    settle()
    assert QApplication.focusWidget() is editor.label
    QTest.keyClick(editor.label, Qt.Key.Key_Tab)
    settle()
    assert QApplication.focusWidget() is editor.attribute_widgets["checkworthy"]
