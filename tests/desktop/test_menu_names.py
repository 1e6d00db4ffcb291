"""A menu item is named by its text as said (ADR 0117, addendum round 18): Qt named it by its
action's text stripped of ``&`` only — in Chinese "导出(E)…", the bracketed key letter said.
Now "导出…"; the menu still shows the key and the key still chooses the item; the item is
Qt's in everything else (role, state, accelerator, Press, its submenu)."""

from __future__ import annotations

import re
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from marginalia.desktop import spoken_menus
from marginalia.desktop.actions import MenuId

from .conftest import Harness

BRACKETED_KEY = re.compile(r"[(（][A-Z0-9][)）]")


def items(menu: QMenu) -> list[QAccessibleInterface]:
    interface = QAccessible.queryAccessibleInterface(menu)
    assert interface is not None
    found = [interface.child(index) for index in range(interface.childCount())]
    assert None not in found
    return found


def test_every_menu_item_is_named_without_its_key_and_keeps_it_on_the_screen(
    chinese_window: Harness,
) -> None:
    registry = chinese_window.registry
    names: dict[str, str] = {}
    for menu_id in MenuId:
        menu = registry.menu(menu_id)
        for item in items(menu):
            action = item.object()
            if item.role() == QAccessible.Role.Separator:
                continue
            assert isinstance(action, QAction)
            assert item.role() == QAccessible.Role.MenuItem
            names[action.objectName()] = item.text(QAccessible.Text.Name)
            assert item.parent() is not None and item.parent().object() is menu
            assert item.parent().indexOfChild(item) == menu.actions().index(action)
    assert not {i: name for i, name in names.items() if BRACKETED_KEY.search(name) or "&" in name}
    assert names["file.export"] == "导出…"
    export = registry.action("file.export")
    assert export.text() == "导出(&E)…"  # shown with its key
    exported = QAccessible.queryAccessibleInterface(export)
    assert exported is not None
    assert exported.text(QAccessible.Text.Accelerator) == "Ctrl+E"
    import_folder = QAccessible.queryAccessibleInterface(registry.action("file.import_folder"))
    assert import_folder is not None
    assert import_folder.text(QAccessible.Text.Accelerator) == "Alt+F"  # its key in the menu
    # the menu bar's titles too, with their menus as their children
    bar = QAccessible.queryAccessibleInterface(chinese_window.window.menuBar())
    assert bar is not None
    titles = [bar.child(index) for index in range(bar.childCount())]
    assert [t.text(QAccessible.Text.Name) for t in titles][:2] == ["文件", "编辑"]
    assert titles[0].child(0).object() is registry.menu(MenuId.FILE)
    assert titles[0].actionInterface().actionNames() == ["Show Menu"]
    # what the AT-SPI bridge asks each item first: no text, value, table cell… interface
    # (a wrong answer here crashed the application in a real X session)
    for item in (titles[0], exported):
        assert item.textInterface() is None and item.valueInterface() is None
        assert item.tableCellInterface() is None and item.editableTextInterface() is None
        assert item.selectionInterface() is None and item.attributesInterface() is None


def test_a_menu_item_is_pressed_by_its_key_and_by_a_screen_reader(
    chinese_window: Harness,
) -> None:
    registry = chinese_window.registry
    menu = registry.menu(MenuId.VIEW)
    toggles = [a for a in menu.actions() if a.isCheckable() and "(&" in a.text()]
    assert toggles, [a.text() for a in menu.actions()]
    toggle = toggles[0]
    key = re.search(r"\(&(.)\)", toggle.text())
    assert key is not None
    was = toggle.isChecked()
    interface = QAccessible.queryAccessibleInterface(toggle)
    assert interface is not None and interface.state().checkable
    assert interface.state().checked == was
    actions = interface.actionInterface()
    assert actions is not None and actions.actionNames() == ["Press"]
    actions.doAction("Press")  # as a screen reader presses it
    assert toggle.isChecked() != was and interface.state().checked != was
    menu.popup(chinese_window.window.geometry().center())
    chinese_window.qtbot.waitExposed(menu)
    assert not interface.state().invisible
    QTest.keyClick(menu, getattr(Qt.Key, f"Key_{key.group(1)}"))  # its key, shown
    chinese_window.qtbot.waitUntil(lambda: toggle.isChecked() == was)


def test_the_factory_is_installed_on_linux_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Proven through AT-SPI only: elsewhere Qt's own menu item answers (ADR 0117, round 18)."""
    installed: list[object] = []
    monkeypatch.setattr(QAccessible, "installFactory", installed.append)
    for platform, wanted in (("win32", 0), ("darwin", 0), ("linux", 1)):
        monkeypatch.setattr(spoken_menus, "_installed", False)
        monkeypatch.setattr(sys, "platform", platform)
        spoken_menus.install_menu_factory()
        assert len(installed) == wanted, platform
