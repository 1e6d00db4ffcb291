"""Every control of the main window can be reached with Tab and has a name a screen reader
can say; labels are told apart by words, not colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from .helpers import TEXT, add_article

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def controls(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible():
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue  # toolbar buttons and the like: their action has a menu entry and key
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # a combo's or spin box's own line edit
        found.append(widget)
    return found


def spoken_name(widget: QWidget, window: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def test_every_control_has_a_name_and_is_reached_by_tab(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    start = TEXT.index("2023")
    app_window.view.select_span(start, start + 4)
    app_window.view.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(app_window.view, Qt.Key.Key_2)  # the editor shows its attribute widgets
    app_window.wait()
    window = app_window.window
    wanted = controls(window)
    assert len(wanted) >= 8, [type(w).__name__ for w in wanted]
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}" for w in wanted if not spoken_name(w, window)
    ]
    assert unnamed == []

    reached: set[int] = set()
    app_window.view.setFocus()
    for _ in range(4 * len(wanted) + 10):
        focused = window.focusWidget()
        if focused is not None:
            reached.add(id(focused))
        QTest.keyClick(focused or window, Qt.Key.Key_Tab)
    missed = [
        f"{type(w).__name__} {spoken_name(w, window)!r}"
        for w in wanted
        if id(w) not in reached and w.isEnabled()
    ]
    assert missed == []


def test_focus_is_visible_in_the_reader_and_the_lists(app_window) -> None:
    article = add_article(app_window.store)
    app_window.open(article)
    view = app_window.view
    view.setFocus()
    assert view.hasFocus()
    # the caret shows where the focus is: the reader draws a caret, not hidden
    assert view.cursorWidth() >= 1
    assert view.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_a_screen_reader_hears_the_save_state_and_the_database(app_window) -> None:
    """The status bar's labels are read by what they show ("Saved", the database's path),
    and described by what they are: a name of "Save state" hid "Saved" from assistive
    technology (AT-SPI gave the label no text but its name)."""
    from PySide6.QtGui import QAccessible

    article = add_article(app_window.store)
    app_window.open(article)
    start = TEXT.index("2023")
    app_window.view.select_span(start, start + 4)
    app_window.view.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(app_window.view, Qt.Key.Key_1)
    app_window.wait()
    saved = app_window.workspace.saved_label
    assert saved.text() == "Saved"
    spoken = QAccessible.queryAccessibleInterface(saved)
    assert spoken.text(QAccessible.Text.Name) == "Saved"
    assert spoken.text(QAccessible.Text.Description) == "Save state"
    bar = app_window.window.statusBar()
    where = next(
        label
        for label in bar.findChildren(QLabel)
        if QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Description)
        == "Database"
    )
    assert QAccessible.queryAccessibleInterface(where).text(QAccessible.Text.Name) == where.text()
    assert where.text()
