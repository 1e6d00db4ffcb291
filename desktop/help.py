"""Help ▸ About Marginalia."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

import marginalia.db

from .actions import ActionSpec, MenuId
from .shell import DockSpec, Shell


class HelpFeature(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.shell = shell

    def actions(self) -> Sequence[ActionSpec]:
        return [
            ActionSpec(
                id="help.about",
                text=QCoreApplication.translate("MainWindow", "&About Marginalia"),
                triggered=self.about,
                menu=MenuId.HELP,
                section=10,
                role=QAction.MenuRole.AboutRole,
            )
        ]

    def docks(self) -> Sequence[DockSpec]:
        return []

    def about(self) -> None:
        QMessageBox.about(
            self.shell.window,
            QCoreApplication.translate("MainWindow", "About Marginalia"),
            QCoreApplication.translate(
                "MainWindow",
                "Marginalia {version}\n"
                "Annotate claims, figures and image captions in news articles.",
            ).format(version=marginalia.db.__version__),
        )


__all__ = ["HelpFeature"]
