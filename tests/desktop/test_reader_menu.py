"""The reader's context menu: Tag as…, Delete, Adjust, Copy quote — the registry's own
actions, not copies — driven with the mouse and read back from the database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from .test_adjusting import TEXT, add, point_at, span_of, tag


def right_click(app_window, offset: int, then: Callable[[QMenu], None]) -> list[list[str]]:
    """Right-click at ``offset``; while the menu is open, note its entries and run ``then``."""
    seen: list[list[str]] = []
    feature = app_window.workspace.annotate

    def inspect() -> None:
        menu = feature.menu
        assert menu is not None and menu.isVisible()
        seen.append([a.objectName() or a.text() for a in menu.actions() if not a.isSeparator()])
        then(menu)

    QTimer.singleShot(50, inspect)
    view = app_window.view
    viewport = view.viewport()
    point = point_at(view, offset) + QPoint(2, 0)
    QTest.mousePress(viewport, Qt.MouseButton.RightButton, pos=point)
    QTest.mouseRelease(viewport, Qt.MouseButton.RightButton, pos=point)
    # what the window system sends after a right click (QTest talks to the widget directly)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QCoreApplication.sendEvent(viewport, event)
    app_window.wait()
    assert seen, "no context menu"
    return seen


def submenu(menu: QMenu, name: str) -> QMenu:
    found = menu.findChild(QMenu, name)
    assert found is not None
    return found


def test_the_menu_is_made_of_the_registry_actions(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    registry = app_window.registry
    start, end = span_of("minister")
    app_window.view.select_span(start, end)

    def check(menu: QMenu) -> None:
        tag_as = submenu(menu, "reader-menu-tag")
        assert tag_as.isEnabled()
        labels = [registry.action(f"label:{label}") for label in ("claim", "figure", "caption")]
        assert tag_as.actions() == labels  # the very actions of the menu bar
        adjust = submenu(menu, "reader-menu-adjust")
        assert [a.objectName() for a in adjust.actions()] == [
            "annotate.start_left",
            "annotate.start_right",
            "annotate.end_left",
            "annotate.end_right",
        ]
        assert registry.action("annotate.end_right") in adjust.actions()
        assert not adjust.isEnabled()  # nothing selected yet
        tag_as.actions()[0].trigger()  # Tag as ▸ Claim
        menu.close()

    (entries,) = right_click(app_window, start + 2, check)
    assert "edit.delete" in entries and "edit.copy_quote" in entries
    (claim,) = app_window.mine(article)
    assert (claim.label, claim.quote) == ("claim", "minister")


def test_right_click_on_a_span_selects_it_then_copy_quote_and_delete(app_window) -> None:
    article = add(app_window.store)
    app_window.open(article)
    made = tag(app_window, "1500億元")
    app_window.session.select(None)
    start, _end = span_of("1500億元")

    def copy(menu: QMenu) -> None:
        assert submenu(menu, "reader-menu-adjust").isEnabled()
        assert not submenu(menu, "reader-menu-tag").isEnabled()  # no text selected
        app_window.registry.action("edit.copy_quote").trigger()
        menu.close()

    right_click(app_window, start + 1, copy)
    assert app_window.view.selected_annotation() == made
    assert app_window.panel.selected() == made
    assert QGuiApplication.clipboard().text() == "1500億元"

    def adjust(menu: QMenu) -> None:
        submenu(menu, "reader-menu-adjust").actions()[3].trigger()  # Move end right
        menu.close()

    right_click(app_window, start + 1, adjust)
    assert app_window.store.annotation(made).quote == "1500億元大"

    def delete(menu: QMenu) -> None:
        app_window.registry.action("edit.delete").trigger()
        menu.close()

    right_click(app_window, start + 1, delete)
    assert app_window.store.annotation(made).is_deleted
    assert TEXT  # the article text is untouched
