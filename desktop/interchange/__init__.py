"""Exporting annotation sets and importing annotations made elsewhere, from the window:
File ▸ Export… (Ctrl+E; Qt has no standard key for export) and File ▸ Import annotations…
(ADR 0054). The Export dialog opens with the last export's choices, kept in the user's
preferences."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from marginalia.db import ArticleQuery

from ..actions import ActionSpec, MenuId
from ..settings import Preferences
from ..shell import DockSpec, Shell
from .job import AnnotationImporter, Exporter, import_files

if TYPE_CHECKING:
    from marginalia.db import Store

    from .dialog import ExportChoices, ExportDialog, ExportRequest
    from .importdialog import ImportAnnotationsDialog


class InterchangeFeature(QObject):
    """The export and annotation-import actions, their dialogs and jobs.

    ``listed`` is what the article list shows, for "the articles shown in the list".
    """

    def __init__(self, shell: Shell, listed: Callable[[], ArticleQuery | None]) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.listed = listed
        self.exporter = Exporter(shell)
        self.importer = AnnotationImporter(shell)
        self.dialog: ExportDialog | None = None
        self.import_dialog: ImportAnnotationsDialog | None = None

    def actions(self) -> Sequence[ActionSpec]:
        return [
            ActionSpec(
                id="file.export",
                text=QCoreApplication.translate("ExportFeature", "&Export…"),
                triggered=self.open_export,
                shortcuts=("Ctrl+E",),
                menu=MenuId.FILE,
                section=20,
            ),
            ActionSpec(
                id="file.import_annotations",
                text=QCoreApplication.translate("ExportFeature", "Import &annotations…"),
                triggered=self.open_import,
                menu=MenuId.FILE,
                section=20,
                order=1,
            ),
        ]

    def docks(self) -> Sequence[DockSpec]:
        return []

    def open_export(self) -> None:
        if self.exporter.running:
            return
        shell = self.shell
        article = shell.current_article()
        current = article.id if article is not None else None
        query = self.listed()

        def gather(store: Store) -> tuple[list[str], list[int] | None]:
            listed = store.article_ids(query) if query is not None else None
            return store.annotators(), listed

        def show(found: tuple[list[str], list[int] | None]) -> None:
            from .dialog import ExportDialog  # with the formats, on first use (start-up)

            annotators, listed = found
            dialog = ExportDialog(
                shell.context.runner,
                shell.context.schema,
                annotators,
                current_article=current,
                listed_articles=listed,
                parent=shell.window,
                choices=remembered(shell.prefs),
            )
            dialog.accepted.connect(lambda: remember(shell.prefs, dialog.choices()))
            dialog.accepted.connect(lambda: self.exporter.start(dialog.request()))
            self.dialog = dialog
            dialog.open()

        shell.context.runner.run(gather, show, shell.report)

    def open_import(self) -> None:
        from .importdialog import ImportAnnotationsDialog

        dialog = ImportAnnotationsDialog(self.shell.context.annotator, self.shell.window)
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


def remembered(prefs: Preferences) -> ExportChoices:
    """The last export's choices, as the preferences keep them."""
    from .dialog import ExportChoices

    return ExportChoices(
        fmt=prefs.export_format,
        layout=prefs.export_layout or None,
        offset_unit=prefs.export_offset_unit,
        with_texts=prefs.export_with_texts,
        folder=prefs.export_folder,
        conll_scheme=prefs.export_conll_scheme,
        conll_layers=prefs.export_conll_layers,
        predictions=prefs.export_predictions,
    )


def remember(prefs: Preferences, choices: ExportChoices) -> None:
    prefs.export_format = choices.fmt
    prefs.export_layout = choices.layout or ""
    prefs.export_offset_unit = choices.offset_unit
    prefs.export_with_texts = choices.with_texts
    prefs.export_folder = choices.folder
    prefs.export_conll_scheme = choices.conll_scheme
    prefs.export_conll_layers = choices.conll_layers
    prefs.export_predictions = choices.predictions


def __getattr__(name: str) -> Any:
    """The dialog's names load with it, on first use (PEP 562): the formats they list are
    not needed to start the window."""
    if name in ("ExportDialog", "ExportRequest"):
        from . import dialog

        return getattr(dialog, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ExportChoices",
    "ExportDialog",
    "ExportRequest",
    "InterchangeFeature",
    "import_files",
    "remember",
    "remembered",
]
