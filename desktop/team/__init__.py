"""Team work in the app: the label schema editor, merging annotators' databases and
settling conflicts, assignments and work packages, and live refresh on a shared database.

The Team menu is this feature's (with the lead's views of :mod:`..insight`): Merge
databases…, Merge conflicts…, Assign articles and work packages…; Edit ▸ Label schema….
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from ..actions import ActionSpec, MenuId
from ..shell import DockSpec, Shell
from .conflicts_view import ConflictsDialog
from .live import LiveRefresh
from .merging import Merger


class TeamFeature(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.live = LiveRefresh(shell)
        self.merger = Merger(shell, self.open_conflicts)
        self._conflicts: ConflictsDialog | None = None

    def actions(self) -> Sequence[ActionSpec]:
        return [
            ActionSpec(
                id="edit.schema",
                text=QCoreApplication.translate("MainWindow", "Label &schema…"),
                triggered=self.open_schema_editor,
                menu=MenuId.EDIT,
                section=40,
            ),
            ActionSpec(
                id="team.merge",
                text=QCoreApplication.translate("MainWindow", "&Merge databases…"),
                triggered=self.merger.choose_and_start,
                menu=MenuId.TEAM,
                section=10,
            ),
            ActionSpec(
                id="team.conflicts",
                text=QCoreApplication.translate("MainWindow", "Merge &conflicts…"),
                triggered=self.open_conflicts,
                menu=MenuId.TEAM,
                section=10,
                order=1,
            ),
            ActionSpec(
                id="team.work",
                text=QCoreApplication.translate(
                    "MainWindow", "&Assign articles and work packages…"
                ),
                triggered=self.open_work,
                menu=MenuId.TEAM,
                section=10,
                order=2,
            ),
        ]

    def docks(self) -> Sequence[DockSpec]:
        return []

    def open_schema_editor(self) -> None:
        from .schema_editor import open_schema_editor

        open_schema_editor(self.shell)

    def open_work(self) -> None:
        from .work import open_work_dialog

        open_work_dialog(self.shell)

    def open_conflicts(self) -> ConflictsDialog:
        """The conflicts dialog, shown (one at a time) and read again."""
        from PySide6.QtCore import Qt

        dialog = self._conflicts
        if dialog is not None:
            dialog.reload()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = ConflictsDialog(self.shell)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._conflicts_closed)
        self._conflicts = dialog
        dialog.show()
        return dialog

    def _conflicts_closed(self) -> None:
        self._conflicts = None


__all__ = ["TeamFeature"]
