"""File ▸ Merge databases…: annotators' databases merged into the open one (ADR 0085).

The merge runs on a thread of its own like an import (a progress dialog after half a
second; Cancel rolls the whole merge back), then a summary per source; if the merge left
conflicts, the Conflicts dialog opens so the lead can settle each one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ..jobs import JobThread, progress_dialog
from . import ask

if TYPE_CHECKING:
    from marginalia.db.store import Store
    from marginalia.db.team.merge import MergeReport

    from ..mainwindow import MainWindow


class _MergeThread(JobThread):
    progressed = Signal(str)

    def __init__(self, store: Store, paths: Sequence[Path]) -> None:
        super().__init__()
        self.store = store
        self.paths = list(paths)

    def work(self) -> object:
        from marginalia.db.team.merge import merge

        return merge(
            self.store, self.paths, progress=self.progressed.emit, cancelled=self.stop.is_set
        )


class MergeController(QObject):
    """One merge at a time for a window."""

    #: the merge's report, after its summary (also for tests)
    finished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._thread: _MergeThread | None = None
        self._dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def choose_and_start(self) -> None:
        names, _f = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Merge databases into this one"),
            "",
            self.tr("Marginalia databases (*.marginalia *.sqlite *.db);;All files (*)"),
        )
        if names:
            self.start([Path(n) for n in names])

    def start(self, paths: Sequence[Path]) -> bool:
        if self._thread is not None or not paths:
            return False
        parent: QWidget = self.window
        thread = _MergeThread(self.window.context.runner.store, paths)
        dialog = progress_dialog(
            parent, self.tr("Merging…"), self.tr("Cancel"), self.tr("Merge"), thread, len(paths)
        )
        thread.progressed.connect(self._progress)
        thread.done.connect(self._done)
        thread.crashed.connect(self._crashed)
        self._thread, self._dialog = thread, dialog
        self._count = 0
        thread.start()
        return True

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.stop.set()

    def _progress(self, name: str) -> None:
        if self._dialog is not None:
            self._dialog.setValue(self._count)
            self._dialog.setLabelText(self.tr("Merging {name}").format(name=Path(name).name))
        self._count += 1

    def _finish_thread(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread, self._dialog = None, None

    def _crashed(self, error: BaseException) -> None:
        from marginalia.db.team.merge import MergeCancelled

        self._finish_thread()
        if isinstance(error, MergeCancelled):  # asked for: a status message, not an error
            self.window.statusBar().showMessage(
                self.tr("The merge was cancelled; nothing was changed."), 8000
            )
        else:
            self.window.errors.report(error)
        self.finished.emit(None)

    def _done(self, report: MergeReport) -> None:
        self._finish_thread()
        if report.changes:
            self.window.context.runner.changed.emit(report.changes)
        ask.inform(
            self.window,
            self.tr("Merge"),
            self.summary_text(report),
            warning=bool(report.failed),
        )
        self.window.statusBar().showMessage(
            self.tr("Merged {n} database(s).").format(n=len(report.sources) - len(report.failed)),
            8000,
        )
        if report.conflicts:
            from .conflicts_view import open_conflicts

            open_conflicts(self.window)
        self.finished.emit(report)

    def summary_text(self, report: MergeReport) -> str:
        lines: list[str] = []
        for source in report.sources:
            name = Path(source.source).name
            if source.error is not None:
                lines.append(
                    self.tr("• {name}: not merged — {reason}").format(
                        name=name, reason=source.error
                    )
                )
                continue
            lines.append(
                self.tr(
                    "• {name}: {articles} new article(s), {added} new and {updated} updated "
                    "annotation(s), {unchanged} unchanged, {conflicts} conflict(s)"
                ).format(
                    name=name,
                    articles=source.articles_added,
                    added=source.annotations_added,
                    updated=source.annotations_updated,
                    unchanged=source.annotations_unchanged,
                    conflicts=len(source.conflicts),
                )
            )
        if report.conflicts:
            lines.append(
                self.tr("{n} conflict(s) need your decision; they are listed next.").format(
                    n=report.conflicts
                )
            )
        return "\n".join(lines)
