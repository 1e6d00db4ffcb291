"""An import runs on a thread of its own (edits keep flowing on the database worker); a
progress dialog appears only if it lasts longer than half a second; Cancel stops it between
articles (the pipeline never leaves half an article); a summary lists what failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..jobs import JobThread, progress_dialog
from ..ops import OpRunner

if TYPE_CHECKING:
    from marginalia.db.article_import.pipeline import ImportReport
    from marginalia.db.store import Store

MAX_LISTED_FAILURES = 20


def paths_from_mime(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class _ImportThread(JobThread):
    progressed = Signal(int, int, str)

    def __init__(self, store: Store, paths: Sequence[Path]) -> None:
        super().__init__()
        self.store = store
        self.paths = list(paths)

    def work(self) -> object:
        from marginalia.db.article_import.pipeline import import_paths

        return import_paths(
            self.store,
            self.paths,
            progress=lambda done, total, current: self.progressed.emit(done, total, current),
            cancelled=self.stop.is_set,
        )


class ImportController(QObject):
    """Runs one import at a time for a window and reports the result."""

    #: the import's report, after its summary (also for tests)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, runner: OpRunner, parent_widget: QWidget, *, quiet: bool = False) -> None:
        super().__init__(parent_widget)
        self.runner = runner
        self.parent_widget = parent_widget
        self.quiet = quiet
        self._thread: _ImportThread | None = None
        self._dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, paths: Sequence[Path]) -> bool:
        if self._thread is not None or not paths:
            return False
        thread = _ImportThread(self.runner.store, paths)
        dialog = progress_dialog(
            self.parent_widget, self.tr("Importing…"), self.tr("Cancel"), self.tr("Import"), thread
        )
        thread.progressed.connect(self._progress)
        thread.done.connect(self._done)
        thread.crashed.connect(self._crashed)
        self._thread, self._dialog = thread, dialog
        thread.start()
        return True

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.stop.set()

    def _progress(self, done: int, total: int, current: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, max(total, 1)))
            self._dialog.setLabelText(self.tr("Importing {name}").format(name=Path(current).name))

    def _finish_thread(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread, self._dialog = None, None

    def _crashed(self, error: BaseException) -> None:
        self._finish_thread()
        self.failed.emit(error)

    def _done(self, report: ImportReport) -> None:
        self._finish_thread()
        if report.changes:
            self.runner.changed.emit(report.changes)
        if not self.quiet:
            self._summary(report)
        self.finished.emit(report)

    def summary_text(self, report: ImportReport) -> str:
        lines = [
            self.tr("Imported {n} article(s).").format(n=len(report.imported)),
        ]
        if report.duplicates:
            lines.append(
                self.tr("{n} were already in the database.").format(n=len(report.duplicates))
            )
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

    def _summary(self, report: ImportReport) -> None:
        if not report.failed and not report.cancelled:
            return  # the status bar says it; a dialog only when something needs reading
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import"))
        box.setText(self.summary_text(report))
        box.open()
