"""Adjusting a span's edges with the keys and by dragging its ends; snapping of mouse
selections; one undo step each (ADR 0096). Driven on the real window, read back from the
database."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from marginalia.db.store import NewArticle
from marginalia.desktop.reader.marks import knob_centre, line_pieces

TEXT = "工業總產值突破1500億元大關，同比增長12.5%。\nThe minister doesn’t agree with them.\n"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def add(store) -> int:
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    return store.add_articles([NewArticle(sha, TEXT, "adjust")]).value[0].id


def span_of(part: str, inner: str | None = None) -> tuple[int, int]:
    at = TEXT.index(part) + (part.index(inner) if inner else 0)
    return at, at + len(inner or part)


def tag(app_window, part: str, key=Qt.Key.Key_2, inner: str | None = None) -> str:
    """Select exactly ``part`` with the keyboard's precision and press a label's key."""
    app_window.view.select_span(*span_of(part, inner))
    QTest.keyClick(app_window.view, key)
    app_window.wait()
    (made,) = [a for a in app_window.mine(app_window.view.article.id) if a.quote == (inner or part)]
    return made.id


def quote(app_window, annotation_id: str) -> str:
    return app_window.store.annotation(annotation_id).quote


def press(app_window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(app_window.view, key, modifiers)
    app_window.wait()


def test_the_keys_move_each_end_by_a_word_or_figure_one_undo_step_each(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    made = tag(app_window, "1500億元", inner="1500")
    assert app_window.view.selected_annotation() == made  # a new annotation is selected
    press(app_window, Qt.Key.Key_Right, ALT)  # the end takes the whole figure
    assert quote(app_window, made) == "1500億元"
    press(app_window, Qt.Key.Key_Right, ALT)  # then one Han character
    assert quote(app_window, made) == "1500億元大"
    press(app_window, Qt.Key.Key_Comma, ALT)  # the start one character left
    assert quote(app_window, made) == "破1500億元大"
    press(app_window, Qt.Key.Key_Period, ALT)  # and back
    press(app_window, Qt.Key.Key_Left, ALT)
    assert quote(app_window, made) == "1500億元"
    stored = app_window.store.annotation(made)
    assert stored.prefix.endswith("突破") and stored.suffix.startswith("大關")
    # five adjustments, five undo steps; the reader follows each
    undo = app_window.workspace.undo
    assert undo.undoText() == "Adjust Figure"
    for expected in ("1500億元大", "破1500億元大", "1500億元大", "1500億元", "1500"):
        QTest.keyClick(app_window.window, Qt.Key.Key_Z, CTRL)
        app_window.wait()
        assert quote(app_window, made) == expected
        assert app_window.view.shown_span(made) == (stored_span := _span(app_window, made))
        assert app_window.view.index.get(made).start == stored_span[0]
    QTest.keyClick(app_window.window, Qt.Key.Key_Z, CTRL | SHIFT)
    app_window.wait()
    assert quote(app_window, made) == "1500億元"
    assert not app_window.errors


def test_undo_takes_back_the_moves_and_then_the_add_itself(app_window) -> None:
    """Tag, move an end, undo twice: the add is undone too (it was a conflict: the moves had
    moved the revision on), and redone with the move."""
    article = add(app_window.store)
    app_window.open(article)
    made = tag(app_window, "1500億元", inner="1500")
    press(app_window, Qt.Key.Key_Right, ALT)
    for _ in range(2):
        QTest.keyClick(app_window.window, Qt.Key.Key_Z, CTRL)
        app_window.wait()
    assert app_window.store.annotation(made).is_deleted
    assert made not in {a.id for a in app_window.mine(article)}
    for _ in range(2):
        QTest.keyClick(app_window.window, Qt.Key.Key_Z, CTRL | SHIFT)
        app_window.wait()
    assert quote(app_window, made) == "1500億元"
    assert app_window.view.shown_span(made) == _span(app_window, made)
    assert not app_window.errors


def _span(app_window, annotation_id: str) -> tuple[int, int]:
    stored = app_window.store.annotation(annotation_id)
    return stored.start, stored.end


def test_quick_presses_each_count_and_none_conflicts(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    made = tag(app_window, "minister", key=Qt.Key.Key_1)
    for _ in range(3):  # faster than the database answers
        QTest.keyClick(app_window.view, Qt.Key.Key_Right, ALT)
    app_window.wait()
    assert quote(app_window, made) == "minister doesn’t agree with"
    assert not app_window.errors
    assert app_window.view.shown_span(made) == _span(app_window, made)


def test_without_a_selected_annotation_the_keys_say_what_to_do(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    assert not app_window.registry.action("annotate.end_right").isEnabled()
    app_window.session.step_selected("end", True)
    assert "Select an annotation" in app_window.window.statusBar().currentMessage()


def point_at(view, offset: int) -> QPoint:
    cursor = view.textCursor()
    cursor.setPosition(view.mapping.to_document(offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.left(), rect.center().y())


def drag(view, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifiers, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    QTest.mouseMove(viewport, middle)
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifiers, end)


def end_knob(view, annotation_id: str) -> QPoint:
    start, end = view.shown_span(annotation_id)
    *_, last = line_pieces(view.document(), view.mapping, start, end)
    knob = knob_centre(last, last.x2)
    return QPoint(round(knob.x()), round(knob.y()) - view.verticalScrollBar().value())


def test_dragging_the_end_handle_snaps_and_ctrl_keeps_the_character(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    view = app_window.view
    made = tag(app_window, "minister", key=Qt.Key.Key_1)
    # the handle is where the cursor says it can be grabbed
    QTest.mouseMove(view.viewport(), end_knob(view, made))
    assert view.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    # dragged into the middle of "agree": the end lands on the nearer end of the word
    target = point_at(view, TEXT.index("agree") + 4)
    drag(view, end_knob(view, made), target)
    app_window.wait()
    assert quote(app_window, made) == "minister doesn’t agree"
    # with Ctrl held, exactly where the pointer is
    drag(view, end_knob(view, made), point_at(view, TEXT.index("agree") + 2), CTRL)
    app_window.wait()
    assert quote(app_window, made) == "minister doesn’t ag"
    # two drags, two undo steps; the text selection was never touched
    QTest.keyClick(app_window.window, Qt.Key.Key_Z, CTRL)
    app_window.wait()
    assert quote(app_window, made) == "minister doesn’t agree"
    assert app_window.view.selected_span() is None


def test_a_mouse_selection_snaps_to_the_figure_and_ctrl_keeps_it_exact(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    view = app_window.view
    start, end = span_of("1500億元")
    drag(view, point_at(view, start + 1), point_at(view, start + 3))  # "50"
    assert view.selected_span() == (start, end)
    QTest.keyClick(view, Qt.Key.Key_2)
    app_window.wait()
    (figure,) = app_window.mine(article)
    assert figure.quote == "1500億元"
    # the figure detector's reading fills the attributes of a manual Figure tag
    assert dict(figure.attributes) == {"value": 150_000_000_000, "unit": "元", "kind": "money"}
    # Latin words snap whole; Ctrl keeps the characters as dragged
    word = TEXT.index("minister")
    drag(view, point_at(view, word + 2), point_at(view, word + 5))
    assert view.selected_span() == (word, word + len("minister"))
    drag(view, point_at(view, word + 2), point_at(view, word + 5), CTRL)
    assert view.selected_span() == (word + 2, word + 5)


def test_a_percentage_tagged_by_keyboard_is_prefilled_too(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    made = tag(app_window, "12.5%")
    stored = app_window.store.annotation(made)
    assert dict(stored.attributes) == {"value": 12.5, "unit": "%", "kind": "percent"}
    claim = tag(app_window, "The minister", key=Qt.Key.Key_1)
    assert dict(app_window.store.annotation(claim).attributes) == {}


def test_an_edge_moved_elsewhere_meanwhile_is_a_conflict_not_an_overwrite(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    made = tag(app_window, "minister", key=Qt.Key.Key_1)
    # another window moves it (the live refresh has not seen it yet)
    current = app_window.store.annotation(made)
    start = TEXT.index("The")
    app_window.store.update_annotation(made, current.revision, start=start)
    press(app_window, Qt.Key.Key_Right, ALT)
    app_window.wait()
    assert quote(app_window, made) == "The minister"
    assert app_window.errors and "elsewhere" in app_window.errors[-1]
    app_window.wait()  # the conflict reloads the article: the reader shows what is stored
    assert app_window.view.annotations[made].start == start


def test_zoom_reset_goes_back_to_the_default_size(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    view = app_window.view
    default = view.font().pointSizeF()
    for _ in range(3):
        QTest.keyClick(app_window.window, Qt.Key.Key_Equal, CTRL)
    assert view.font().pointSizeF() == default + 3
    QTest.keyClick(app_window.window, Qt.Key.Key_0, CTRL)
    assert view.font().pointSizeF() == 12 == app_window.workspace.prefs.font_size


def start_knob(view, annotation_id: str) -> QPoint:
    start, end = view.shown_span(annotation_id)
    first, *_ = line_pieces(view.document(), view.mapping, start, end)
    knob = knob_centre(first, first.x1)
    return QPoint(round(knob.x()), round(knob.y()) - view.verticalScrollBar().value())


def test_dragging_the_start_handle_and_a_keyboard_selection_is_left_exact(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    view = app_window.view
    # a keyboard selection is placed character by character on purpose: never snapped
    view.set_caret(TEXT.index("minister"))
    for _ in range(5):
        QTest.keyClick(view, Qt.Key.Key_Right, SHIFT)
    QTest.keyClick(view, Qt.Key.Key_1)
    app_window.wait()
    (made,) = app_window.mine(article)
    assert made.quote == "minis"
    # the start handle dragged into "The": the start lands at the word's nearer end
    drag(view, start_knob(view, made.id), point_at(view, TEXT.index("The") + 1))
    app_window.wait()
    assert quote(app_window, made.id) == "The minis"
