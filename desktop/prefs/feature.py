"""Edit ▸ Preferences…: the dialog, and the shell's ``preferencesChanged`` broadcast that the
reader (font size), the suggestions (per-label switches) and the annotator follow."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from ..actions import ActionSpec, MenuId
from ..shell import DockSpec, Shell
from .dialog import PreferencesDialog


class PreferencesFeature(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.dialog: PreferencesDialog | None = None

    def actions(self) -> Sequence[ActionSpec]:
        return [
            ActionSpec(
                id="edit.preferences",
                text=QCoreApplication.translate("MainWindow", "&Preferences…"),
                triggered=self.open,
                shortcuts=(QKeySequence.StandardKey.Preferences, "Ctrl+,"),
                menu=MenuId.EDIT,
                section=30,
                role=QAction.MenuRole.PreferencesRole,
            )
        ]

    def docks(self) -> Sequence[DockSpec]:
        return []

    def open(self) -> None:
        shell = self.shell
        dialog = PreferencesDialog(
            shell.prefs, shell.context.schema.labels, shell.window, shell.context.annotator
        )
        dialog.preferencesChanged.connect(self._changed)
        self.dialog = dialog
        dialog.open()

    def _changed(self, changed: frozenset[str]) -> None:
        """A new name takes effect at once (ADR 0064); everything else is the views'."""
        context, prefs = self.shell.context, self.shell.prefs
        if "annotator" in changed:
            context.annotator = prefs.annotator
        self.shell.preferencesChanged.emit(changed)


__all__ = ["PreferencesFeature"]
