"""Exporting annotation sets and importing annotations made elsewhere, from the window.

``install_export_actions(window)`` adds File ▸ Export… (Ctrl+E) and File ▸ Import
annotations… to a built main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .dialog import ExportDialog, ExportRequest
from .importdialog import ImportAnnotationsDialog
from .job import AnnotationImporter, ExportController, import_files

if TYPE_CHECKING:
    from marginalia.db.store import Store

    from ..mainwindow import MainWindow


class ExportFeature:
    """The window's export and annotation-import actions and their controllers."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        runner = window.context.runner
        self.exporter = ExportController(runner, window)
        self.importer = AnnotationImporter(runner, window)
        self.exporter.failed.connect(window.errors.report)
        self.dialog: ExportDialog | None = None
        self.import_dialog: ImportAnnotationsDialog | None = None
        self.export_action = QAction(
            QCoreApplication.translate("ExportFeature", "&Export…"), window
        )
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export)
        self.import_action = QAction(
            QCoreApplication.translate("ExportFeature", "Import &annotations…"), window
        )
        self.import_action.triggered.connect(self.open_import)
        window.addAction(self.export_action)
        window.addAction(self.import_action)
        quit_action = window.actions_.get("quit")
        for entry in window.menuBar().actions():
            menu = entry.menu()
            if menu is not None and quit_action in menu.actions():
                menu.insertActions(quit_action, [self.export_action, self.import_action])
                menu.insertSeparator(quit_action)
                break
        window.actions_["export"] = self.export_action
        window.actions_["import_annotations"] = self.import_action

    def open_export(self) -> None:
        if self.exporter.running:
            return
        window = self.window
        current = window.session.article.id if window.session.article is not None else None
        list_query = getattr(getattr(window, "articles", None), "query", None)
        query = list_query() if callable(list_query) else None

        def gather(store: Store) -> tuple[list[str], list[int] | None]:
            listed = store.article_ids(query) if query is not None else None
            return store.annotators(), listed

        def show(found: tuple[list[str], list[int] | None]) -> None:
            annotators, listed = found
            dialog = ExportDialog(
                window.context.runner,
                window.context.schema,
                annotators,
                current_article=current,
                listed_articles=listed,
                parent=window,
            )
            dialog.accepted.connect(lambda: self.exporter.start(dialog.request()))
            self.dialog = dialog
            dialog.open()

        window.context.runner.run(gather, show, window.errors.report)

    def open_import(self) -> None:
        dialog = ImportAnnotationsDialog(self.window.context.annotator, self.window)
        dialog.accepted.connect(
            lambda: self.importer.start(
                dialog.fmt,
                dialog.paths(),
                dialog.default_annotator(),
                strict=dialog.strict.isChecked(),
                offset_unit=dialog.unit(),
            )
        )
        self.import_dialog = dialog
        dialog.open()


def install_export_actions(window: MainWindow) -> ExportFeature:
    feature = ExportFeature(window)
    window.export_feature = feature  # type: ignore[attr-defined]
    return feature


__all__ = [
    "ExportDialog",
    "ExportFeature",
    "ExportRequest",
    "import_files",
    "install_export_actions",
]
