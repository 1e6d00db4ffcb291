"""Team work in the app: the label schema editor, merging annotators' databases and
settling conflicts, assignments and work packages, and live refresh on a shared database.

``install_team_actions(window)`` is the one hook the main window calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ..mainwindow import MainWindow


def _menu(window: MainWindow, title_start: str) -> object | None:
    """The menu-bar menu whose first action's text is known (File, Edit) — by its actions,
    since the titles are translated."""
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and any(a is window.actions_.get(title_start) for a in menu.actions()):
            return menu
    return None


def install_team_actions(window: MainWindow) -> None:
    """Schema editor, merge, conflicts, assign, work package; follow schema changes; poll."""
    from .follow import SchemaFollower
    from .live import LiveRefresh
    from .merging import MergeController

    window.schema_follower = SchemaFollower(window)  # type: ignore[attr-defined]
    window.live_refresh = LiveRefresh(window)  # type: ignore[attr-defined]
    window.merger = MergeController(window)  # type: ignore[attr-defined]

    def add(key: str, text: str, slot: object) -> QAction:
        action = QAction(text, window)
        action.setObjectName(key)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        window.addAction(action)
        window.actions_[key] = action
        return action

    def schema_editor() -> None:
        from .schema_editor import open_schema_editor

        open_schema_editor(window)

    def conflicts() -> None:
        from .conflicts_view import open_conflicts

        open_conflicts(window)

    def work() -> None:
        from .work import open_work_dialog

        open_work_dialog(window)

    schema = add(
        "schema_editor", QCoreApplication.translate("MainWindow", "Label &schema…"), schema_editor
    )
    merge = add(
        "merge",
        QCoreApplication.translate("MainWindow", "&Merge databases…"),
        window.merger.choose_and_start,
    )  # type: ignore[attr-defined]
    conflict = add(
        "conflicts", QCoreApplication.translate("MainWindow", "Merge &conflicts…"), conflicts
    )
    assign = add(
        "work",
        QCoreApplication.translate("MainWindow", "&Assign articles and work packages…"),
        work,
    )

    file_menu = _menu(window, "import")
    edit_menu = _menu(window, "find")
    if file_menu is not None:
        quit_action = window.actions_["quit"]
        file_menu.insertActions(quit_action, [merge, conflict, assign])  # type: ignore[attr-defined]
        file_menu.insertSeparator(quit_action)  # type: ignore[attr-defined]
    if edit_menu is not None:
        edit_menu.addSeparator()  # type: ignore[attr-defined]
        edit_menu.addAction(schema)  # type: ignore[attr-defined]
