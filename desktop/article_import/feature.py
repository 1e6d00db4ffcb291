"""Importing articles from the window: File ▸ Import files… and Import folder…, and files
dropped on the window.

An import is a long job (:mod:`marginalia.desktop.jobs`): on a thread of its own, so that
edits keep flowing on the database worker; a progress dialog only if it lasts longer than
half a second; Cancel stops it between articles (the pipeline never leaves half an article);
a summary when something failed or was cancelled, and the first article opened when none
was open.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..actions import ActionSpec, MenuId
from ..jobs import Job, JobControl, JobSpec
from ..shell import DockSpec, Shell

if TYPE_CHECKING:  # the import pipeline (encodings, images) loads when an import runs
    from marginalia.db import ImportReport, Store

MAX_LISTED_FAILURES = 20


def paths_from_mime(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _import(paths: list[Path]) -> JobSpec[ImportReport]:
    def work(store: Store, control: JobControl) -> ImportReport:
        from marginalia.db import ImportStopped, import_paths

        try:
            return import_paths(
                store, paths, progress=control.progress, cancelled=control.cancelled
            )
        except ImportStopped as stopped:  # the disk or the server failed part-way: the
            return stopped.report  # summary says what was stored and what to do

    return JobSpec(
        title=QCoreApplication.translate("ArticleImport", "Import"),
        label=QCoreApplication.translate("ArticleImport", "Importing…"),
        work=work,
        describe=lambda _done, _total, current: QCoreApplication.translate(
            "ArticleImport", "Importing {name}"
        ).format(name=Path(current).name),
        changes=lambda report: report.changes,
    )


class ArticleImportFeature(QObject):
    """One import at a time for the window."""

    #: the import's report, after its summary (also for tests)
    finished = Signal(object)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self._job: Job | None = None

    def actions(self) -> Sequence[ActionSpec]:
        return [
            ActionSpec(
                id="file.import",
                text=QCoreApplication.translate("MainWindow", "&Import files…"),
                triggered=self.choose_files,
                shortcuts=(QKeySequence.StandardKey.Open,),
                menu=MenuId.FILE,
                section=10,
                toolbar=10,
            ),
            ActionSpec(
                id="file.import_folder",
                text=QCoreApplication.translate("MainWindow", "Import &folder…"),
                triggered=self.choose_folder,
                menu=MenuId.FILE,
                section=10,
                order=1,
            ),
        ]

    def docks(self) -> Sequence[DockSpec]:
        return []

    @property
    def running(self) -> bool:
        return self._job is not None

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.shell.window,
            self.tr("Import articles"),
            "",
            self.tr("Articles (*.txt *.html *.htm *.jsonl *.zip);;All files (*)"),
        )
        if paths:
            self.start_or_say([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.shell.window, self.tr("Import a folder"))
        if folder:
            self.start_or_say([Path(folder)])

    def start_or_say(self, paths: Sequence[Path]) -> None:
        """Import, or say that an import is already running."""
        if not self.start(paths):
            QMessageBox.information(
                self.shell.window, self.tr("Import"), self.tr("An import is already running.")
            )

    def start(self, paths: Sequence[Path]) -> bool:
        if self._job is not None or not paths:
            return False
        self._job = self.shell.context.runner.start_job(
            _import(list(paths)), self.shell.window, self._done, self._failed
        )
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.shell.report(error)

    def _done(self, report: ImportReport) -> None:
        self._job = None
        self.shell.show_status(
            self.tr("Imported {n} article(s).").format(n=len(report.imported)), 8000
        )
        if report.failed or report.cancelled or report.stopped:  # only when there is news
            box = QMessageBox(self.shell.window)
            box.setIcon(QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Import"))
            box.setText(self.summary_text(report))
            box.open()
        if report.imported and self.shell.current_article() is None:
            self.shell.open_article(report.imported[0][1])
        self.finished.emit(report)

    def summary_text(self, report: ImportReport) -> str:
        lines = [self.tr("Imported {n} article(s).").format(n=len(report.imported))]
        if report.duplicates:
            lines.append(
                self.tr("{n} were already in the database.").format(n=len(report.duplicates))
            )
        if report.stopped:
            lines.append(report.stopped)
        if report.cancelled:
            lines.append(self.tr("The import was cancelled; nothing was half-imported."))
        if report.failed:
            lines.append(self.tr("{n} could not be imported:").format(n=len(report.failed)))
            for path, reason in report.failed[:MAX_LISTED_FAILURES]:
                lines.append(f"• {Path(path).name}: {reason}")
            if len(report.failed) > MAX_LISTED_FAILURES:
                more = len(report.failed) - MAX_LISTED_FAILURES
                lines.append(self.tr("…and {n} more.").format(n=more))
        return "\n".join(lines)


__all__ = ["ArticleImportFeature", "paths_from_mime"]
