"""A field's name as a screen reader says it (ADR 0117, addendum round 15).

Qt names a combo box by its current text on Linux and macOS: its accessible interface
(``QAccessibleComboBox``) falls through from the name to the value there ("on Linux we use
relations for this"), whatever ``setAccessibleName`` said. Through AT-SPI a screen reader
then read an attribute field as "yes" or "statistical", not as "Check-worthy, yes".

:class:`NamedComboBox` is a ``QComboBox`` whose accessible name is its ``accessibleName()``
(else its caption, see below) and whose value is its current text. Its interface is Qt's
combo box's in everything else: the role, the popup's list as its first child (with the
chosen item selected), an editable box's text field as its second, expandable and
expanded, the "Show Menu" and "Press" actions (in Qt's words for them). It is made by a
factory asked before Qt's own: Qt looks for an interface by the object's most derived class
first, and Qt's factory knows only its own class names.

Without an accessible name of its own a box is named by its caption (the label of its form
row, or the label whose buddy it is) as a screen reader should say it: :func:`spoken_caption`
drops the Alt key — "&Format:" is "Format", the Chinese "格式(&F)：" is "格式", not Qt's
"Format:" and "格式(F)：" — and the colon. It is read when asked, so a caption that changes
(a language, a row added after the box) is what is said. Every combo box of the app is one
(``tests/desktop/test_combo_names.py`` looks for any other).

Every other field named by a caption (addendum round 16) — a line edit, a spin box, a list
whose label's buddy it is — Qt names by the label's text as written: "Destination:",
"目标(D)：", and a screen reader said "Destination colon". :func:`name_fields_by_caption`
gives each such field its caption as said, for every window the main window opens, each
time it is shown (``tests/desktop/test_field_names.py``). And the caption itself (round 17):
Orca says a field's caption, the label it is labelled by, before the field's own name, and
Qt names a label by its text as written — Orca said "格式(F)： combo box".

A button, a check box, a radio button, a tool button or a group box Qt names by its own text
stripped of ``&`` only (addendum round 17): in Chinese "添加标签(A)", the bracketed key letter
said. :func:`name_controls_by_text` gives each such control its text as said, "添加标签"; the
text on the screen keeps its key, which still works. A toolbar's button shows its action's
text without the ``&`` ("撤销(U) 添加“数字”"), so its key is found in the action's text, and
it is named again when the action changes. :class:`SpokenNames` does both kinds of naming
for the main window (also before its database is open: the first-run question, "already
open") and every window it opens.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QToolButton,
    QWidget,
)

from .opened_windows import OpenedWindows

_installed = False
#: the property that holds the name a field was given from its caption (so it is given again
#: when the caption changes, and a name of its own is never replaced)
CAPTION_NAME = "marginaliaCaptionName"
#: the property that holds the name a control was given from its own text
TEXT_NAME = "marginaliaTextName"
#: the property that holds the name a control of Qt's own without text was given
QT_NAME = "marginaliaQtName"
#: Qt's names for its own controls without text (a toolbar's extension button; the action
#: a line edit's clear button stands for)
_EXTENSION_BUTTON = "qt_toolbar_ext_button"
_CLEAR_ACTION = "_q_qlineeditclearaction"
#: a translation's Alt key, appended in brackets ("格式(&F)：")
_BRACKETED_KEY = re.compile(r"\s*[(（]&([^&\s])[)）]")
_KEY = re.compile(r"&(.)")
_COLON = re.compile(r"[:：]\s*$")


def spoken_text(text: str) -> str:
    """A control's text as said: no Alt key (a bracketed one gone with its brackets), an
    escaped ``&&`` one ``&``."""
    return _KEY.sub(lambda found: found.group(1), _BRACKETED_KEY.sub("", text))


def spoken_caption(caption: str) -> str:
    """A caption as a field's name: :func:`spoken_text`, no colon at the end."""
    return _COLON.sub("", spoken_text(caption)).strip()


def toolbar_text(text: str) -> str:
    """An action's text as its toolbar button shows it: no Alt key, which does nothing
    there (:func:`spoken_text`); no key hint after a tab; no "…" (as Qt's own icon text)."""
    shown = spoken_text(text.split("\t")[0]).strip()
    return re.sub(r"(\.\.\.|…)$", "", shown).strip()


class NamedComboBox(QComboBox):
    """A combo box that a screen reader names by its field, not by its current text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_factory()


class _NamedComboInterface(QAccessibleWidget):
    """Qt's combo box interface, but for the name."""

    def __init__(self, box: NamedComboBox) -> None:
        super().__init__(box, QAccessible.Role.ComboBox)
        self._box = box

    def text(self, t: QAccessible.Text) -> str:
        box = self._box
        if t == QAccessible.Text.Value:
            return box.currentText()
        if t == QAccessible.Text.Accelerator:
            return QKeySequence(Qt.Key.Key_Down).toString(QKeySequence.SequenceFormat.NativeText)
        if t == QAccessible.Text.Name and not box.accessibleName():
            caption = self._caption()
            if caption:
                return caption
        return str(super().text(t))

    def _caption(self) -> str:
        """The caption of the box's form row (or the label whose buddy it is), as said."""
        for interface, _relation in self.relations(QAccessible.RelationFlag.Label):
            label = interface.object() if interface is not None else None
            if isinstance(label, QLabel) and label.text():
                return spoken_caption(label.text())
        return ""

    def childCount(self) -> int:
        return 2 if self._box.lineEdit() is not None else 1  # the list; the text, if editable

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        if index == 0:
            return QAccessible.queryAccessibleInterface(self._box.view())
        typed = self._box.lineEdit()
        if index == 1 and typed is not None:
            return QAccessible.queryAccessibleInterface(typed)
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if child is None:
            return -1
        if child.object() is self._box.view():
            return 0
        typed = self._box.lineEdit()
        return 1 if typed is not None and child.object() is typed else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        typed = self._box.lineEdit()
        if typed is not None and typed.rect().contains(typed.mapFromGlobal(QPoint(x, y))):
            return self.child(1)
        return None

    def state(self) -> QAccessible.State:
        state = super().state()
        state.expandable = True
        state.expanded = self._box.view().isVisible()
        return state

    def actionNames(self) -> list[str]:
        return [self.showMenuAction(), self.pressAction()]

    def doAction(self, name: str) -> None:
        if name in (self.showMenuAction(), self.pressAction()):
            if self._box.view().isVisible():
                self._box.hidePopup()
            else:
                self._box.showPopup()
            return
        super().doAction(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []


def name_fields_by_caption(root: QWidget) -> None:
    """Name each field of ``root`` that a label captions (its buddy: a form row's field too)
    by the caption as said, unless it has a name of its own (a combo box names itself); and
    the caption itself, which a screen reader says for the field it labels (Orca: "格式(F)：
    combo box" before, "格式 combo box" now)."""
    for label in root.findChildren(QLabel):
        field = label.buddy()
        if field is None:
            continue
        said = spoken_caption(label.text())
        _name_by(label, said, CAPTION_NAME)
        if not isinstance(field, NamedComboBox):
            _name_by(field, said, CAPTION_NAME)


def _name_by(widget: QWidget, said: str, marker: str) -> None:
    """Name ``widget`` ``said`` (nothing: the name Qt gives), remembered under ``marker`` so
    that it is named again when ``said`` changes, unless it has a name of its own."""
    if widget.accessibleName() not in ("", widget.property(marker)):
        return  # a name of its own
    if said != widget.accessibleName():
        widget.setAccessibleName(said)
        widget.setProperty(marker, said)


def control_said(control: QAbstractButton | QGroupBox) -> tuple[str, str]:
    """(the name a screen reader should say, the name Qt gives) of a button or group box."""
    if isinstance(control, QGroupBox):
        text = control.title()
    elif isinstance(control, QToolButton) and (action := control.defaultAction()) is not None:
        shown = control.text()  # the action's text without its "&"s
        key = _BRACKETED_KEY.search(action.text())
        if key is None:
            return shown, shown
        letter = re.escape(key.group(1))
        return re.sub(rf"\s*[(（]{letter}[)）]", "", shown, count=1).strip(), shown
    else:
        text = control.text()
    return spoken_caption(text), _KEY.sub(lambda found: found.group(1), text)


def name_control(control: QAbstractButton | QGroupBox) -> None:
    """Name a button or group box by its text as said where Qt's name says more (a bracketed
    key letter, a colon), unless it has a name of its own."""
    said, qt_says = control_said(control)
    _name_by(control, said if said != qt_says else "", TEXT_NAME)


def name_controls_by_text(root: QWidget) -> None:
    """Name each button, check box, radio button, tool button and group box of ``root`` by
    its own text as said (:func:`name_control`)."""
    for control in root.findChildren(QAbstractButton):
        name_control(control)
    for group in root.findChildren(QGroupBox):
        name_control(group)


def name_textless_controls(root: QWidget) -> None:
    """Name Qt's own controls of ``root`` that have no text: a toolbar's extension button,
    a line edit's clear button (unless they have a name of their own)."""
    for button in root.findChildren(QToolButton):
        action = button.defaultAction()
        if button.objectName() == _EXTENSION_BUTTON:
            said = QCoreApplication.translate("SpokenNames", "More toolbar buttons")
        elif action is not None and action.objectName() == _CLEAR_ACTION:
            said = QCoreApplication.translate("SpokenNames", "Clear the field")
        else:
            continue
        _name_by(button, said, QT_NAME)


class SpokenNames(OpenedWindows):
    """Names the fields (:func:`name_fields_by_caption`) and the buttons and groups
    (:func:`name_controls_by_text`) of the main window and of every window it opens as a
    screen reader should say them, each time one is shown; a toolbar's button again when its
    action changes."""

    def __init__(self, main: QWidget) -> None:
        super().__init__(main)
        self.again()

    def again(self) -> None:
        """Name the main window's fields and controls once what is being built is built."""
        QTimer.singleShot(0, self, lambda: self.name(self.main))

    def name(self, root: QWidget) -> None:
        name_fields_by_caption(root)
        name_controls_by_text(root)
        name_textless_controls(root)
        for button in root.findChildren(QToolButton):
            if button.defaultAction() is not None:
                button.installEventFilter(self)  # once: Qt keeps a filter once

    def main_shown(self) -> None:
        self.name(self.main)

    def window_shown(self, window: QWidget) -> None:
        self.name(window)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QToolButton) and watched is not self.main:
            if event.type() == QEvent.Type.ActionChanged:
                # the button takes the action's new text after this filter
                QTimer.singleShot(0, watched, lambda: name_control(watched))
            return False
        return super().eventFilter(watched, event)


def _factory(class_name: str, thing: QObject) -> QAccessibleInterface | None:
    if class_name == NamedComboBox.__name__ and isinstance(thing, NamedComboBox):
        return _NamedComboInterface(thing)
    return None


def install_factory() -> None:
    """Make :class:`NamedComboBox`'s interface (once; the first box does it)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


__all__ = [
    "CAPTION_NAME",
    "QT_NAME",
    "TEXT_NAME",
    "NamedComboBox",
    "SpokenNames",
    "control_said",
    "install_factory",
    "name_control",
    "name_controls_by_text",
    "name_fields_by_caption",
    "name_textless_controls",
    "spoken_caption",
    "spoken_text",
    "toolbar_text",
]
