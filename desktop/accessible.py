"""A field's name as a screen reader says it (ADR 0117, addendum round 15).

Qt names a combo box by its current text on Linux and macOS: its accessible interface
(``QAccessibleComboBox``) falls through from the name to the value there ("on Linux we use
relations for this"), whatever ``setAccessibleName`` said. Through AT-SPI a screen reader
then read an attribute field as "yes" or "statistical", not as "Check-worthy, yes".

:class:`NamedComboBox` is a ``QComboBox`` whose accessible name is its ``accessibleName()``
(else its caption, as for any widget) and whose value is its current text. Its interface is
Qt's combo box's in everything else: the role, the popup's list as its one child (with the
chosen item selected), expandable and expanded, the "Show Menu" and "Press" actions (in
Qt's words for them). It is made by a factory asked before Qt's own: Qt looks for an
interface by the object's most derived class first, and Qt's factory knows only its own
class names.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QKeySequence
from PySide6.QtWidgets import QAccessibleWidget, QComboBox, QWidget

_installed = False


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
        # the accessible name, else the caption of the form's row (its buddy label)
        return str(super().text(t))

    def childCount(self) -> int:
        return 1

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return QAccessible.queryAccessibleInterface(self._box.view()) if index == 0 else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return 0 if child is not None and child.object() is self._box.view() else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
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


__all__ = ["NamedComboBox", "install_factory"]
