"""Tab and Shift+Tab walk the editor as it reads (ADR 0137, addendum): the label, the label's
attribute fields in their order, the image where it shows, the links, the note, Delete — for
a claim, a figure, a caption and labels of the user's with none and three attributes, after
another label is chosen, and after a schema change in the running window. Each field
given the focus by Tab is scrolled into sight at 1024×700, and keeps its accessible name.

The attribute fields are made after the rest of the form, and a new widget joins the end
of the window's Tab chain: Tab went from the label straight to the links, and reached a
claim's fields only after the article list and the suggestions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from marginalia.db import AttributeDef, AttributeKind
from marginalia.db.schema import edit as schema_edit
from marginalia.desktop.i18n import attribute_name
from marginalia.desktop.team.schema_editor import Builder

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article
from ..team.test_schema import open_editor
from .test_layout_once import settle
from .test_short_screen import in_sight
from .test_window_fits import SMALL

TAB, BACKTAB = Qt.Key.Key_Tab, Qt.Key.Key_Backtab
QUOTES = {"claim": "The minister", "figure": "5%", "caption": "江北工厂"}
#: the fields of the default labels, in the schema's order (design.md §3)
FIELDS = {
    "claim": ("checkworthy", "type", "speaker"),
    "figure": ("value", "unit", "kind"),
    "caption": (),
}
#: a label of the user's with three attributes, one of each kind of field, and one with none
STANCE = (
    AttributeDef("stance", AttributeKind.CHOICE, ("for", "against")),
    AttributeDef("source", AttributeKind.TEXT, position=1),
    AttributeDef("verified", AttributeKind.BOOLEAN, position=2),
)


def adding(label_id: str, name: str, key: str, attributes: tuple[AttributeDef, ...]) -> Builder:
    """The schema editor's change that adds this label."""
    return lambda store, _migrate: schema_edit.add_label(
        store, label_id, name, key, "#8844cc", attributes
    )


def opened(harness: Harness) -> dict[str, str]:
    """An article with a claim, a figure and a caption, opened at 1024×700; the
    annotations' ids by label."""
    harness.window.resize(*SMALL)
    settle()
    article = add_article(harness.store)
    ids = {}
    for label, quote in QUOTES.items():
        start = TEXT.index(quote)
        made = harness.store.create_annotation(article, label, start, start + len(quote), ANNOTATOR)
        ids[label] = made.value.id
    harness.open(article)
    return ids


def select(harness: Harness, annotation_id: str) -> None:
    harness.session.select(annotation_id)
    settle()


def expected(harness: Harness, names: tuple[str, ...], *, image: bool) -> list[QWidget]:
    """The form as it reads: the label, the fields ``names`` (in this order), the image where
    it shows, the links, the note and Delete."""
    editor = harness.panel.editor
    assert tuple(editor.attribute_widgets) == names
    fields = [editor.attribute_widgets[name] for name in names]
    assert editor.image.isVisible() == image
    shown = [editor.image] if image else []
    return [editor.label, *fields, *shown, editor.links, editor.note, editor.delete]


def walk(harness: Harness, start: QWidget, key: Qt.Key) -> tuple[list[QWidget], QWidget]:
    """Give ``start`` the focus and press ``key`` until the focus leaves the editor: the
    fields it went through (``start`` first), each in sight as it got the focus, and where
    it went out."""
    editor = harness.panel.editor
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    settle()
    assert QApplication.focusWidget() is start
    walked = [start]
    for _ in range(20):
        before = QApplication.focusWidget()
        assert before is not None
        QTest.keyClick(before, key)
        settle()
        focused = QApplication.focusWidget()
        assert focused is not None
        if not editor.isAncestorOf(focused):
            return walked, focused
        assert in_sight(harness, focused), focused.objectName()
        walked.append(focused)
    raise AssertionError(f"Tab went round the editor: {[w.objectName() for w in walked]}")


def spoken(widget: QWidget) -> str:
    """The name a screen reader says for a widget named by its text (a button)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def assert_walks(harness: Harness, names: tuple[str, ...], *, image: bool) -> None:
    """Tab from the label and Shift+Tab from Delete go down and up the form, field by field,
    and out of the editor where they did before (the list above it; the articles below)."""
    chain = expected(harness, names, image=image)
    down, out = walk(harness, chain[0], TAB)
    assert down == chain, [w.objectName() for w in down]
    assert not harness.panel.isAncestorOf(out), out.objectName()
    up, out = walk(harness, chain[-1], BACKTAB)
    assert up == chain[::-1], [w.objectName() for w in up]
    assert out is harness.panel.list
    # from the list above, Tab comes in at the label
    QTest.keyClick(harness.panel.list, TAB)
    settle()
    assert QApplication.focusWidget() is chain[0]
    # the names a screen reader says, as before
    image_name = ["Image"] if image else []
    fields = [attribute_name(name) for name in names]
    assert [widget.accessibleName() for widget in chain[:-1]] == [
        "Label",
        *fields,
        *image_name,
        "Linked annotations",
        "Note",
    ]
    assert spoken(chain[-1]) == "Delete annotation"


def test_tab_walks_each_default_label_s_form_in_order(app_window: Harness) -> None:
    ids = opened(app_window)
    # each shown after another label's form: the fields are made anew each time
    for label in ("claim", "figure", "caption", "claim"):
        select(app_window, ids[label])
        assert_walks(app_window, FIELDS[label], image=label == "caption")


def test_tab_follows_the_label_chosen_in_the_form(app_window: Harness) -> None:
    ids = opened(app_window)
    select(app_window, ids["claim"])
    editor = app_window.panel.editor
    # the annotator changes the label with the arrow keys in the label box: claim → figure
    # → caption (the schema's order) and back to claim
    for key, label in (
        (Qt.Key.Key_Down, "figure"),
        (Qt.Key.Key_Down, "caption"),
        (Qt.Key.Key_Up, "figure"),
        (Qt.Key.Key_Up, "claim"),
    ):
        editor.label.setFocus()
        QTest.keyClick(editor.label, key)
        app_window.wait()
        settle()
        assert app_window.store.annotation(ids["claim"]).label == label
        assert_walks(app_window, FIELDS[label], image=label == "caption")


def test_tab_walks_labels_added_and_changed_in_the_running_window(app_window: Harness) -> None:
    ids = opened(app_window)
    select(app_window, ids["claim"])
    schema = open_editor(app_window)
    # two labels of the user's, one with three attributes and one with none
    for label_id, name, key, attributes in (
        ("stance", "Stance", "4", STANCE),
        ("aside", "Aside", "5", ()),
    ):
        schema.change(adding(label_id, name, key, attributes))
        app_window.wait()
        app_window.wait()  # the window reads the new schema after the change's broadcast
    # and the claim's attributes put in another order, with a fourth
    claim = app_window.store.label("claim").attributes
    reordered = (claim[2], claim[0], AttributeDef("source", AttributeKind.TEXT), claim[1])
    schema.change(lambda store, _m: schema_edit.set_attributes(store, "claim", reordered))
    app_window.wait()
    app_window.wait()
    schema.close()
    app_window.window.activateWindow()
    app_window.qtbot.waitUntil(app_window.window.isActiveWindow)
    assert [label.id for label in app_window.store.schema().labels][-2:] == ["stance", "aside"]
    # tagged with their keys in the reader, as an annotator does
    view = app_window.view
    tagged = {}
    for label, quote, key in (("stance", "minister said", "4"), ("aside", "Last line", "5")):
        start = TEXT.index(quote)
        view.setFocus()
        view.select_span(start, start + len(quote))
        QTest.keyClicks(view, key)
        app_window.wait()
        selected = app_window.panel.selected()
        assert selected is not None
        assert app_window.store.annotation(selected).label == label
        tagged[label] = selected
    # the last one tagged is shown: the label with none
    settle()
    assert_walks(app_window, (), image=False)
    select(app_window, tagged["stance"])
    assert_walks(app_window, ("stance", "source", "verified"), image=False)
    select(app_window, ids["claim"])
    assert_walks(app_window, ("speaker", "checkworthy", "source", "type"), image=False)
    select(app_window, tagged["aside"])
    assert_walks(app_window, (), image=False)
