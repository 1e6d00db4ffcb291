"""Help that teaches: the shortcut sheet (F1 or ?), the annotator's and the lead's guides,
About (ADR 0097).

The sheet and the guides are drawn from the action registry — the feature is given it by
name — so they show the keys and menu paths the window really has, in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

import marginalia.db

from ..actions import ActionRegistry, ActionSpec, MenuId
from ..shell import DockSpec, Shell

if TYPE_CHECKING:  # built when first asked for: the window starts without them
    from .guide import GuideWindow
    from .sheet import ShortcutSheet

#: the sheet's keys: the platform's help key (F1 on Linux and Windows) and ?, as in
#: Gmail, GitHub and INCEpTION's annotation page
SHEET_KEYS = (QKeySequence.StandardKey.HelpContents, "?")


class HelpFeature(QObject):
    def __init__(self, shell: Shell, registry: ActionRegistry) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.registry = registry
        self.sheet: ShortcutSheet | None = None
        self.guide: GuideWindow | None = None

    def actions(self) -> Sequence[ActionSpec]:
        return [
            ActionSpec(
                id="help.shortcuts",
                text=QCoreApplication.translate("Help", "&Keyboard shortcuts"),
                triggered=self.show_sheet,
                shortcuts=SHEET_KEYS,
                menu=MenuId.HELP,
                section=10,
            ),
            ActionSpec(
                id="help.guide.annotator",
                text=QCoreApplication.translate("Help", "A&nnotator's guide"),
                triggered=lambda: self.show_guide("annotator"),
                menu=MenuId.HELP,
                section=10,
                order=1,
            ),
            ActionSpec(
                id="help.guide.lead",
                text=QCoreApplication.translate("Help", "&Lead's guide"),
                triggered=lambda: self.show_guide("lead"),
                menu=MenuId.HELP,
                section=10,
                order=2,
            ),
            ActionSpec(
                id="help.about",
                text=QCoreApplication.translate("MainWindow", "&About Marginalia"),
                triggered=self.about,
                menu=MenuId.HELP,
                section=90,
                role=QAction.MenuRole.AboutRole,
            ),
        ]

    def docks(self) -> Sequence[DockSpec]:
        return []

    def show_sheet(self) -> ShortcutSheet:
        """The sheet, read again from the registry (labels follow the schema), in front."""
        if self.sheet is None:
            from .sheet import ShortcutSheet

            self.sheet = ShortcutSheet(self.registry, self.show_guide, self.shell.window)
            self._fit(self.sheet, 560, 640)
        else:
            self.sheet.reload()
        self.sheet.show()
        self.sheet.raise_()
        self.sheet.activateWindow()
        self.sheet.filter.setFocus()
        return self.sheet

    def show_guide(self, name: str) -> GuideWindow:
        if self.guide is None:
            from .guide import GuideWindow

            self.guide = GuideWindow(
                self.registry, self.shell.context.schema, self.show_sheet, self.shell.window
            )
            self._fit(self.guide, 760, 760)
        self.guide.schema = self.shell.context.schema
        self.guide.show_guide(name)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def _fit(self, dialog: QWidget, width: int, height: int) -> None:
        """The size asked for, at most nine tenths of the screen (a dialog opens centred on
        the window)."""
        screen = self.shell.window.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width = min(width, free.width() * 9 // 10)
            height = min(height, free.height() * 9 // 10)
        dialog.resize(width, height)

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
