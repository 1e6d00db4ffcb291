"""Running an export on a thread of its own, and importing annotations on the database worker.

An export reads the store on its own thread (edits keep flowing on the database worker); a
progress dialog appears only if it lasts longer than half a second; Cancel stops it between
articles, and because the writers are atomic nothing is left under the target name. A
summary lists the files, the counts and what the format could not hold.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from marginalia.db.values import Changes

from ..jobs import JobThread, progress_dialog
from ..ops import OpRunner
from .dialog import ExportRequest

if TYPE_CHECKING:
    from marginalia.db.interchange import ExportResult
    from marginalia.db.interchange.bundle import ExportBundle
    from marginalia.db.store import Store

MAX_LISTED = 20


class ExportCancelled(Exception):
    """Raised inside the bundle stream when the user cancels; the writer then aborts."""


class _ExportThread(JobThread):
    progressed = Signal(int, int)
    cancelled = Signal()

    def __init__(self, store: Store, request: ExportRequest) -> None:
        super().__init__()
        self.store = store
        self.request = request

    def _bundles(self, total: int) -> Iterator[ExportBundle]:
        from marginalia.db.interchange.source import iter_bundles

        for done, bundle in enumerate(iter_bundles(self.store, self.request.chosen)):
            if self.stop.is_set():
                raise ExportCancelled
            self.progressed.emit(done, total)
            yield bundle
        if self.stop.is_set():
            raise ExportCancelled

    def run(self) -> None:
        from marginalia.db.interchange import export
        from marginalia.db.interchange.source import count_annotations

        request = self.request
        try:
            total, _ = count_annotations(self.store, request.chosen)
            result = export(
                self._bundles(total),
                self.store.schema(),
                request.fmt,
                request.out,
                request.options,
            )
        except ExportCancelled:
            self.cancelled.emit()
            return
        except BaseException as error:  # shown as a dialog on the GUI thread
            self.crashed.emit(error)
            return
        self.done.emit(result)


class ExportController(QObject):
    """Runs one export at a time for a window and reports the result."""

    #: the ExportResult, after its summary (also for tests)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, runner: OpRunner, parent_widget: QWidget, *, quiet: bool = False) -> None:
        super().__init__(parent_widget)
        self.runner = runner
        self.parent_widget = parent_widget
        self.quiet = quiet
        self._thread: _ExportThread | None = None
        self._dialog: QProgressDialog | None = None
        #: the last summary shown (tests read it)
        self.summary: QMessageBox | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, request: ExportRequest) -> bool:
        if self._thread is not None:
            return False
        thread = _ExportThread(self.runner.store, request)
        dialog = progress_dialog(
            self.parent_widget, self.tr("Exporting…"), self.tr("Cancel"), self.tr("Export"), thread
        )
        thread.progressed.connect(self._progress)
        thread.done.connect(self._done)
        thread.crashed.connect(self._crashed)
        thread.cancelled.connect(self._cancelled)
        self._thread, self._dialog = thread, dialog
        thread.start()
        return True

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.stop.set()

    def _progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, max(total, 1)))
            self._dialog.setLabelText(
                self.tr("Exporting article {done} of {total}…").format(done=done + 1, total=total)
            )

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

    def _cancelled(self) -> None:
        self._finish_thread()
        self.cancelled.emit()

    def _done(self, result: ExportResult) -> None:
        self._finish_thread()
        if not self.quiet:
            self._show(self.tr("Export"), self.summary_text(result), QMessageBox.Icon.Information)
        self.finished.emit(result)

    def summary_text(self, result: ExportResult) -> str:
        counts = result.counts
        lines = [
            self.tr("Exported {annotations} annotation(s) from {articles} article(s).").format(
                annotations=f"{counts.annotations:,}", articles=f"{counts.articles:,}"
            ),
            self.tr("Files written:"),
        ]
        lines += [f"• {path}" for path in result.files[:MAX_LISTED]]
        if counts.labels:
            lines.append(self.tr("By label:"))
            lines += [f"• {name}: {n:,}" for name, n in sorted(counts.labels.items())]
        if counts.skipped:
            lines.append(self.tr("What this format could not hold:"))
            lines += [f"• {reason}: {n:,}" for reason, n in sorted(counts.skipped.items())]
        return "\n".join(lines)

    def _show(self, title: str, text: str, icon: QMessageBox.Icon) -> None:
        box = QMessageBox(self.parent_widget)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        self.summary = box
        box.open()


@dataclass(slots=True)
class AnnotationImportOutcome:
    """What importing several files did: per file, what went in and what was left out."""

    imported: dict[str, int] = field(default_factory=dict)
    already: dict[str, int] = field(default_factory=dict)
    reanchored: dict[str, int] = field(default_factory=dict)
    suggestions: dict[str, int] = field(default_factory=dict)
    #: (file name, [(record, reason), ...]) of what a file that went in left out
    partly: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    #: (file name, [(record, reason), ...]) of the files that were refused
    refused: list[tuple[str, list[tuple[str, str]]]] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)


def import_files(
    store: Store,
    fmt: str,
    paths: Sequence[Path],
    annotator: str | None,
    *,
    strict: bool = False,
    offset_unit: str | None = None,
) -> AnnotationImportOutcome:
    """Import each file on its own: what can be placed goes in and each left-out record is
    named; ``strict`` refuses a file with any bad record whole."""
    from marginalia.db.interchange.foreign import AnnotationImportError
    from marginalia.db.interchange.importer import import_annotations

    outcome = AnnotationImportOutcome()
    for path in paths:
        try:
            report = import_annotations(
                store, fmt, path, annotator, strict=strict, offset_unit=offset_unit
            )
        except AnnotationImportError as error:
            outcome.refused.append((path.name, [(p.record, p.reason) for p in error.problems]))
            continue
        outcome.imported[path.name] = len(report.imported)
        outcome.already[path.name] = len(report.already)
        outcome.reanchored[path.name] = len(report.reanchored)
        outcome.suggestions[path.name] = report.suggestions
        if report.problems:
            outcome.partly.append((path.name, [(p.record, p.reason) for p in report.problems]))
        outcome.changes = outcome.changes | report.changes
    return outcome


class AnnotationImporter(QObject):
    """Imports annotation files on the database worker and says what happened."""

    finished = Signal(object)

    def __init__(self, runner: OpRunner, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.runner = runner
        self.parent_widget = parent_widget
        self.summary: QMessageBox | None = None

    def start(
        self,
        fmt: str,
        paths: Sequence[Path],
        annotator: str | None,
        *,
        strict: bool = False,
        offset_unit: str | None = None,
    ) -> None:
        files = list(paths)
        self.runner.run(
            lambda store: import_files(
                store, fmt, files, annotator, strict=strict, offset_unit=offset_unit
            ),
            self._done,
            write=True,
        )

    def _done(self, outcome: AnnotationImportOutcome) -> None:
        if outcome.changes:
            self.runner.changed.emit(outcome.changes)
        box = QMessageBox(self.parent_widget)
        warn = outcome.refused or outcome.partly
        box.setIcon(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import annotations"))
        box.setText(self.summary_text(outcome))
        self.summary = box
        box.open()
        self.finished.emit(outcome)

    def summary_text(self, outcome: AnnotationImportOutcome) -> str:
        lines: list[str] = []
        for name, n in outcome.imported.items():
            line = self.tr("{name}: {n} annotation(s) imported.").format(name=name, n=n)
            if outcome.already.get(name):
                line += " " + self.tr("{n} were already there.").format(n=outcome.already[name])
            if outcome.reanchored.get(name):
                line += " " + self.tr("{n} moved onto their quote.").format(
                    n=outcome.reanchored[name]
                )
            if outcome.suggestions.get(name):
                line += " " + self.tr("{n} suggestion(s) to review.").format(
                    n=outcome.suggestions[name]
                )
            lines.append(line)
        for name, problems in outcome.partly:
            lines.append(self.tr("{name}: left out (the rest went in):").format(name=name))
            lines += [f"• {record}: {reason}" for record, reason in problems[:MAX_LISTED]]
            if len(problems) > MAX_LISTED:
                lines.append(self.tr("…and {n} more.").format(n=len(problems) - MAX_LISTED))
        for name, problems in outcome.refused:
            lines.append(
                self.tr("{name} was not imported (nothing of it was stored):").format(name=name)
            )
            lines += [f"• {record}: {reason}" for record, reason in problems[:MAX_LISTED]]
            if len(problems) > MAX_LISTED:
                lines.append(self.tr("…and {n} more.").format(n=len(problems) - MAX_LISTED))
        return "\n".join(lines)
