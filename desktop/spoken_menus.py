"""A menu item's name as a screen reader says it (ADR 0117, addendum round 18).

Qt names a menu item (and a menu bar's title) by its action's text stripped of ``&`` only
(``QAccessibleMenuItem``): in Chinese "导出(E)…", the bracketed key letter said. Its
interface has no way to give another name (``setText`` does nothing) and PySide6 does not
offer it to wrap; but a menu asks for an item's interface with the action as the object
(``getOrCreateMenu``), so a factory can answer first. :class:`_MenuItemInterface` is Qt's
menu item again in Python — role, state, place on the screen, its submenu as its child, the
Press / Show Menu actions, the accelerator (the shortcut, else the Alt key) — but for the
name: :func:`accessible.spoken_text` of the action's text, "导出…". The menu shows and
honours its key as before: nothing of the action changes.

The action interface is a second object (a Python class has one C++ base); its address is
what ``interface_cast`` hands Qt, as Qt's own item hands its action part. Any other kind of
interface is a null pointer, ``VoidPtr(0)``: a Python ``0`` or ``None`` there crashed the
application as soon as the AT-SPI bridge asked an item for its text interface.
"""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QAccessibleObject,
    QAction,
    QKeySequence,
    QWindow,
)
from PySide6.QtWidgets import QMenu, QMenuBar, QStyle, QWidget

from .accessible import spoken_text

_installed = False


def owner_of(action: QAction) -> QMenu | QMenuBar | None:
    """The menu (or menu bar) that shows ``action``: a shown one first."""
    owners = [
        owner
        for owner in action.associatedObjects()
        if isinstance(owner, (QMenu, QMenuBar)) and action in owner.actions()
    ]
    owners.sort(key=lambda owner: not owner.isVisible())
    return owners[0] if owners else None


class _ItemActions(QAccessibleActionInterface):
    """What can be done to an item: press it, or show its submenu."""

    def __init__(self, item: _MenuItemInterface) -> None:
        super().__init__()
        self._item = item

    def actionNames(self) -> list[str]:
        action = self._item.action
        if action.isSeparator():
            return []
        return [self.showMenuAction() if action.menu() is not None else self.pressAction()]

    def doAction(self, name: str) -> None:
        action, owner = self._item.action, owner_of(self._item.action)
        if not action.isEnabled():
            return
        if name == self.pressAction():
            action.trigger()
        elif name == self.showMenuAction() and owner is not None:
            submenu = action.menu()
            if isinstance(submenu, QMenu) and submenu.isVisible():
                submenu.hide()
            else:
                owner.setActiveAction(action)

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []


class _MenuItemInterface(QAccessibleObject):
    """Qt's menu item, named by its text as said."""

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self.action = action
        self._actions = _ItemActions(self)

    def isValid(self) -> bool:
        return shiboken6.isValid(self.action) and owner_of(self.action) is not None

    def object(self) -> QObject:
        return self.action

    def role(self) -> QAccessible.Role:
        if self.action.isSeparator():
            return QAccessible.Role.Separator
        return QAccessible.Role.MenuItem

    def text(self, t: QAccessible.Text) -> str:
        if t == QAccessible.Text.Name:
            return spoken_text(self.action.text())
        if t == QAccessible.Text.Accelerator:
            shortcut = self.action.shortcut()
            if shortcut.isEmpty():
                shortcut = QKeySequence.mnemonic(self.action.text())
            return shortcut.toString()
        return ""

    def setText(self, t: QAccessible.Text, text: str) -> None:
        pass

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        owner, action = owner_of(self.action), self.action
        if owner is None or not owner.isVisible() or not action.isVisible():
            state.invisible = True
        if owner is not None:
            state.focused = owner.activeAction() is action
            hint = QStyle.StyleHint.SH_Menu_MouseTracking
            state.hotTracked = bool(owner.style().styleHint(hint, None, owner))
        state.disabled = action.isSeparator() or not action.isEnabled()
        state.checked = action.isChecked()
        state.checkable = action.isCheckable()
        return state

    def rect(self) -> QRect:
        owner = owner_of(self.action)
        if owner is None:
            return QRect()
        return owner.actionGeometry(self.action).translated(owner.mapToGlobal(QPoint(0, 0)))

    def window(self) -> QWindow | None:  # type: ignore[override]
        owner = owner_of(self.action)
        if owner is None:
            return None
        return owner.windowHandle() or owner.window().windowHandle()

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        owner = owner_of(self.action)
        return QAccessible.queryAccessibleInterface(owner) if owner is not None else None

    def childCount(self) -> int:
        return 1 if self.action.menu() is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        submenu = self.action.menu()
        if index == 0 and isinstance(submenu, QWidget):
            return QAccessible.queryAccessibleInterface(submenu)
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        submenu = self.action.menu()
        if child is not None and submenu is not None and child.object() is submenu:
            return 0
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        child = self.child(0)
        return child if child is not None and child.rect().contains(x, y) else None

    def interface_cast(  # type: ignore[override]
        self, t: QAccessible.InterfaceType
    ) -> shiboken6.VoidPtr:
        if t == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._actions)[0])
        return shiboken6.VoidPtr(0)


def _factory(class_name: str, thing: QObject) -> QAccessibleInterface | None:
    if class_name == "QAction" and isinstance(thing, QAction) and owner_of(thing) is not None:
        return _MenuItemInterface(thing)
    return None


def install_menu_factory() -> None:
    """Name menu items by their text as said (once), on Linux only: the interface was proven
    through Qt's AT-SPI bridge with Orca; Windows' UI Automation and macOS's NSAccessibility
    bridges ask other things of it, untried here, and Qt's own item is safe there (ADR 0117,
    round 18)."""
    global _installed
    if not _installed and sys.platform.startswith("linux"):
        QAccessible.installFactory(_factory)
        _installed = True


__all__ = ["install_menu_factory", "owner_of"]
