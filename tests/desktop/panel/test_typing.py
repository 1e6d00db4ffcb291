"""What is typed into the editor's fields is stored: after the save delay, and at once on every
action, article change, selection change and close; one undo step per field edit (ADR 0074).

Each test types with keys into the real fields of a real window and reads the database.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QToolButton

from marginalia.db.values import Status
from marginalia.desktop.panel.editor import SAVE_DELAY_MS

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article

#: tagged as a Figure: words the figure detector does not read, so nothing is pre-filled
FIGURE = "Last line"
CTRL = Qt.KeyboardModifier.ControlModifier
UNDO = (Qt.Key.Key_Z, CTRL)
REDO = (Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)


def tag(harness: Harness, text: str, key: Qt.Key) -> str:
    start = TEXT.index(text)
    harness.view.setFocus()
    harness.view.select_span(start, start + len(text))
    QTest.keyClick(harness.view, key)
    harness.wait()
    selected = harness.panel.selected()
    assert selected is not None
    return selected


def field(harness: Harness, name: str) -> QLineEdit:
    widget = harness.panel.editor.attribute_widgets[name]
    assert isinstance(widget, QLineEdit)
    return widget


def type_into(harness: Harness, widget: QLineEdit, text: str) -> None:
    harness.qtbot.waitUntil(widget.isVisible)  # a new field shows at the next event
    widget.setFocus()
    assert widget.hasFocus()
    widget.selectAll()  # typed over what is there, as a user does
    QTest.keyClicks(widget, text)


def stored(harness: Harness, annotation_id: str) -> dict[str, object]:
    return dict(harness.store.annotation(annotation_id).attributes)


def toolbar_button(harness: Harness, action_id: str) -> QToolButton:
    button = harness.registry.toolbar.widgetForAction(harness.registry.action(action_id))
    assert isinstance(button, QToolButton)
    return button


def test_a_prefilled_value_typed_over_then_ctrl_return_is_stored(app_window: Harness) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    figure = tag(app_window, "5%", Qt.Key.Key_2)
    assert stored(app_window, figure) == {"value": 5, "unit": "%", "kind": "percent"}
    type_into(app_window, field(app_window, "value"), "0.2")
    QTest.keyClick(field(app_window, "value"), Qt.Key.Key_Return, CTRL)
    app_window.wait()
    assert stored(app_window, figure) == {"value": 0.2, "unit": "%", "kind": "percent"}


def test_a_value_typed_then_ctrl_return_is_stored(app_window: Harness) -> None:
    first = add_article(app_window.store)
    second = add_article(app_window.store, TEXT + "second", title="Second")
    app_window.open(first)
    figure = tag(app_window, FIGURE, Qt.Key.Key_2)
    type_into(app_window, field(app_window, "value"), "0.2")
    QTest.keyClick(field(app_window, "value"), Qt.Key.Key_Return, CTRL)  # done & next
    app_window.wait()
    assert stored(app_window, figure) == {"value": 0.2}
    assert (status := app_window.store.status(first, ANNOTATOR)) and status.status == Status.DONE
    assert app_window.view.article is not None and app_window.view.article.id == second


def test_typing_is_stored_after_the_delay_without_leaving_the_field(app_window: Harness) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    claim = tag(app_window, "minister", Qt.Key.Key_1)
    speaker = field(app_window, "speaker")
    type_into(app_window, speaker, "the minister")
    assert speaker.hasFocus()
    app_window.qtbot.wait(SAVE_DELAY_MS + 100)
    app_window.wait()
    assert stored(app_window, claim) == {"speaker": "the minister"}
    assert speaker.hasFocus() and speaker.text() == "the minister"  # typing goes on
    editor = app_window.panel.editor
    editor.note.setFocus()
    QTest.keyClicks(editor.note, "ask the office")
    app_window.qtbot.wait(SAVE_DELAY_MS + 100)
    app_window.wait()
    assert app_window.store.annotation(claim).note == "ask the office"
    assert editor.note.toPlainText() == "ask the office"


def test_continuous_typing_is_saved_within_the_delay_not_only_at_a_pause(
    app_window: Harness,
) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    claim = tag(app_window, "minister", Qt.Key.Key_1)
    speaker = field(app_window, "speaker")
    speaker.setFocus()
    words = "a spokesman of the ministry of labour"
    for at, letter in enumerate(words):  # one key every 40 ms: never a pause of 250 ms
        QTest.keyClicks(speaker, letter)
        app_window.qtbot.wait(40)
        if at == len(words) // 2:
            app_window.wait()
            saved = stored(app_window, claim).get("speaker", "")
            assert isinstance(saved, str) and words.startswith(saved) and len(saved) >= 3
    app_window.qtbot.wait(SAVE_DELAY_MS + 100)
    app_window.wait()
    assert stored(app_window, claim) == {"speaker": words}


def test_one_field_edit_is_one_undo_step_however_many_saves(app_window: Harness) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    figure = tag(app_window, FIGURE, Qt.Key.Key_2)
    steps = app_window.workspace.undo.count()
    value = field(app_window, "value")
    value.setFocus()
    for digit in "1500":  # slower than the delay: four saves
        QTest.keyClicks(value, digit)
        app_window.qtbot.wait(SAVE_DELAY_MS + 60)
        app_window.wait()
    assert stored(app_window, figure) == {"value": 1500}
    QTest.keyClick(value, Qt.Key.Key_Tab)  # leaves the field: the edit is over
    app_window.wait()
    assert app_window.workspace.undo.count() == steps + 1
    app_window.view.setFocus()
    QTest.keyClick(app_window.window, *UNDO)
    app_window.wait()
    assert stored(app_window, figure) == {}
    assert app_window.store.annotation(figure).label == "figure"  # the tag itself stays
    QTest.keyClick(app_window.window, *REDO)
    app_window.wait()
    assert stored(app_window, figure) == {"value": 1500}


def test_two_fields_typed_quickly_keep_each_other(app_window: Harness) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    figure = tag(app_window, FIGURE, Qt.Key.Key_2)
    type_into(app_window, field(app_window, "value"), "5")
    QTest.keyClick(field(app_window, "value"), Qt.Key.Key_Tab)
    type_into(app_window, field(app_window, "unit"), "%")
    QTest.keyClick(field(app_window, "unit"), Qt.Key.Key_Return, CTRL)
    app_window.wait()
    assert stored(app_window, figure) == {"value": 5, "unit": "%"}
    # and each is its own step, in the order typed
    app_window.view.setFocus()
    QTest.keyClick(app_window.window, *UNDO)  # the status "done"
    QTest.keyClick(app_window.window, *UNDO)
    app_window.wait()
    assert stored(app_window, figure) == {"value": 5}


def test_a_label_key_after_typing_keeps_the_value_and_tags(app_window: Harness) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    figure = tag(app_window, FIGURE, Qt.Key.Key_2)
    type_into(app_window, field(app_window, "value"), "5")
    created = tag(app_window, "minister", Qt.Key.Key_1)  # the reader takes the keyboard
    assert stored(app_window, figure) == {"value": 5}
    # the toolbar's label button does not take the keyboard from the field
    speaker = field(app_window, "speaker")
    type_into(app_window, speaker, "a minister")
    start = TEXT.index("The minister")
    app_window.view.select_span(start, start + 3)
    QTest.mouseClick(toolbar_button(app_window, "label:claim"), Qt.MouseButton.LeftButton)
    app_window.wait()
    assert stored(app_window, created) == {"speaker": "a minister"}
    assert len(app_window.mine(article)) == 3


def test_undo_from_the_toolbar_while_typing_takes_back_the_typing(app_window: Harness) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    figure = tag(app_window, FIGURE, Qt.Key.Key_2)
    value = field(app_window, "value")
    type_into(app_window, value, "12")
    undo = toolbar_button(app_window, "edit.undo")
    assert undo.isEnabled()
    QTest.mouseClick(undo, Qt.MouseButton.LeftButton)  # before the delay has passed
    app_window.wait()
    # the typing became a step and that step was undone; the figure is still there
    annotation = app_window.store.annotation(figure)
    assert not annotation.is_deleted and dict(annotation.attributes) == {}
    QTest.mouseClick(toolbar_button(app_window, "edit.redo"), Qt.MouseButton.LeftButton)
    app_window.wait()
    assert stored(app_window, figure) == {"value": 12}


def test_undo_right_after_a_tag_takes_back_that_tag(app_window: Harness) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    first = tag(app_window, "minister", Qt.Key.Key_1)
    start = TEXT.index("5%")
    app_window.view.select_span(start, start + 2)
    QTest.keyClick(app_window.view, Qt.Key.Key_2)
    QTest.keyClick(app_window.window, *UNDO)  # before the tag reached the stack
    app_window.wait()
    assert [a.id for a in app_window.mine(article)] == [first]


def test_another_annotation_or_article_gets_the_typing_saved_first(app_window: Harness) -> None:
    first = add_article(app_window.store)
    second = add_article(app_window.store, TEXT + "second", title="Second")
    app_window.open(first)
    claim = tag(app_window, "minister", Qt.Key.Key_1)
    figure = tag(app_window, FIGURE, Qt.Key.Key_2)
    type_into(app_window, field(app_window, "value"), "5")
    # a click on the claim in the reader shows the claim
    view = app_window.view
    cursor = view.textCursor()
    cursor.setPosition(view.mapping.to_document(TEXT.index("minister") + 2))
    claim_at = view.cursorRect(cursor).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=claim_at)
    app_window.wait()
    assert app_window.panel.selected() == claim
    assert stored(app_window, figure) == {"value": 5}
    type_into(app_window, field(app_window, "speaker"), "she")
    app_window.window.open_article(second)  # the list, or Next to do
    app_window.wait()
    assert stored(app_window, claim) == {"speaker": "she"}


def test_closing_the_window_saves_what_is_typed(qtbot, store) -> None:
    article = add_article(store)
    harness = Harness(qtbot, store)
    harness.open(article)
    figure = tag(harness, FIGURE, Qt.Key.Key_2)
    type_into(harness, field(harness, "unit"), "per cent")
    harness.window.close()
    harness.wait()
    harness.runner.shutdown()
    assert stored(harness, figure) == {"unit": "per cent"}


def test_an_unfinished_number_is_kept_marked_until_it_is_one(app_window: Harness) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    figure = tag(app_window, FIGURE, Qt.Key.Key_2)
    value = field(app_window, "value")
    type_into(app_window, value, "-")
    app_window.qtbot.wait(SAVE_DELAY_MS + 100)
    app_window.wait()
    assert stored(app_window, figure) == {}
    assert value.property("unsaved") is True and "not a number" in value.toolTip()
    QTest.keyClick(value, Qt.Key.Key_3)
    app_window.qtbot.wait(SAVE_DELAY_MS + 100)
    app_window.wait()
    assert stored(app_window, figure) == {"value": -3}
    assert value.property("unsaved") is False
    # a decimal comma is not taken for a thousands comma (2,5 would be stored as 25)
    value.selectAll()
    QTest.keyClicks(value, "2,5")
    QTest.keyClick(value, Qt.Key.Key_Return)
    app_window.view.setFocus()
    app_window.wait()
    assert stored(app_window, figure) == {"value": -3}
    assert value.text() == "2,5" and value.property("unsaved") is True


def test_a_value_clicked_away_from_with_the_mouse_is_stored(app_window: Harness) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    figure = tag(app_window, FIGURE, Qt.Key.Key_2)
    type_into(app_window, field(app_window, "value"), "7")
    QTest.mouseClick(app_window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    app_window.wait()
    assert stored(app_window, figure) == {"value": 7}
