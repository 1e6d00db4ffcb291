"""Exporting as a long job, and importing annotations on the database worker.

An export reads the store on a thread of its own (:mod:`marginalia.desktop.jobs`: edits keep
flowing on the database worker; a progress dialog only after half a second); Cancel stops it
between articles, and because the writers are atomic nothing is left under the target name.
A summary lists the files, the counts and what the format could not hold (ADR 0054).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from marginalia.db import Changes

from ..jobs import Job, JobControl, JobSpec
from ..shell import Shell

if TYPE_CHECKING:  # the formats load when an export or import runs
    from marginalia.db import ExportBundle, ExportResult, Store

    from .dialog import ExportRequest

MAX_LISTED = 20


def _export(request: ExportRequest, annotator: str) -> JobSpec[ExportResult]:
    def work(store: Store, control: JobControl) -> ExportResult:
        from marginalia.db import count_annotations, export, iter_bundles

        options = request.options
        every_article = request.predictions  # every chosen article, annotated or not
        if every_article:
            from marginalia.db.interchange.suggestions import prediction_source

            options = replace(options, predictions=prediction_source(store, annotator))
        total, _ = count_annotations(store, request.chosen, every_article=every_article)

        def bundles() -> Iterator[ExportBundle]:
            found = iter_bundles(store, request.chosen, every_article=every_article)
            for done, bundle in enumerate(found):
                control.check()  # the writer then aborts: nothing under the target name
                control.progress(done, total)
                yield bundle
            control.check()

        return export(bundles(), store.schema(), request.fmt, request.out, options)

    return JobSpec(
        title=QCoreApplication.translate("Exporter", "Export"),
        label=QCoreApplication.translate("Exporter", "Exporting…"),
        work=work,
        describe=lambda done, total, _item: QCoreApplication.translate(
            "Exporter", "Exporting article {done} of {total}…"
        ).format(done=done + 1, total=total),
    )


class Exporter(QObject):
    """One export at a time for the window, and its summary."""

    #: the ExportResult, after its summary (also for tests)
    finished = Signal(object)
    cancelled = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self._job: Job | None = None
        #: the last summary shown (tests read it)
        self.summary: QMessageBox | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, request: ExportRequest) -> bool:
        """Run ``request``; the window's annotator's suggestions go out as predictions if
        it asks for them."""
        if self._job is not None:
            return False
        self._job = self.shell.context.runner.start_job(
            _export(request, self.shell.context.annotator),
            self.shell.window,
            self._done,
            self._failed,
            self._cancelled,
        )
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.shell.report(error)

    def _cancelled(self) -> None:
        self._job = None
        self.cancelled.emit()

    def _done(self, result: ExportResult) -> None:
        self._job = None
        box = QMessageBox(self.shell.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export"))
        box.setText(self.summary_text(result))
        self.summary = box
        box.open()
        self.finished.emit(result)

    def summary_text(self, result: ExportResult) -> str:
        counts = result.counts
        lines = [
            # one count per message: Qt's plural forms follow a single %n
            self.tr("Exported {annotations} from {articles}.").format(
                annotations=self.tr("%Ln annotation(s)", "", counts.annotations),
                articles=self.tr("%Ln article(s)", "", counts.articles),
            ),
        ]
        if result.counts.predictions:
            lines.append(
                self.tr(
                    "Wrote %Ln suggestion(s) as predictions to review in Label Studio.",
                    "",
                    result.counts.predictions,
                )
            )
        lines.append(self.tr("Files written:"))
        lines += [f"• {path}" for path in result.files[:MAX_LISTED]]
        if counts.labels:
            lines.append(self.tr("By label:"))
            lines += [self._counted(name, n) for name, n in sorted(counts.labels.items())]
        if counts.skipped:
            from ..db_messages import rendered  # the library's reasons, in the window's language

            lines.append(self.tr("What this format could not hold:"))
            lines += [self._counted(rendered(why), n) for why, n in sorted(counts.skipped.items())]
        return "\n".join(lines)

    def _counted(self, what: str, n: int) -> str:
        # the colon is the language's: "• Claim: 3", "• 主张：3"
        return self.tr("• {what}: {count}").format(what=what, count=f"{n:,}")


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
    from marginalia.db import AnnotationImportError, import_annotations

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

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.shell = shell
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
        self.shell.context.runner.run(
            lambda store: import_files(
                store, fmt, files, annotator, strict=strict, offset_unit=offset_unit
            ),
            self._done,
            self.shell.report,
            write=True,
        )

    def _done(self, outcome: AnnotationImportOutcome) -> None:
        self.shell.context.runner.announce(outcome.changes)
        box = QMessageBox(self.shell.window)
        warn = outcome.refused or outcome.partly
        box.setIcon(QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import annotations"))
        box.setText(self.summary_text(outcome))
        self.summary = box
        box.open()
        self.finished.emit(outcome)

    def summary_text(self, outcome: AnnotationImportOutcome) -> str:
        """What went in, and each record left out with why: the file's own name, the record's
        name and the reason in the window's language (ADR 0117)."""
        from ..db_messages import rendered

        lines: list[str] = []
        for name, n in outcome.imported.items():
            line = self.tr("{name}: %Ln annotation(s) imported.", "", n).format(name=name)
            if outcome.already.get(name):
                line += " " + self.tr("%Ln were already there.", "", outcome.already[name])
            if outcome.reanchored.get(name):
                line += " " + self.tr("%Ln moved onto their quote.", "", outcome.reanchored[name])
            if outcome.suggestions.get(name):
                line += " " + self.tr("%Ln suggestion(s) to review.", "", outcome.suggestions[name])
            lines.append(line)
        for name, problems in outcome.partly:
            lines.append(self.tr("{name}: left out (the rest went in):").format(name=name))
            lines += [self._problem(rendered(r), rendered(why)) for r, why in problems[:MAX_LISTED]]
            if len(problems) > MAX_LISTED:
                lines.append(self.tr("…and {n} more.").format(n=len(problems) - MAX_LISTED))
        for name, problems in outcome.refused:
            lines.append(
                self.tr("{name} was not imported (nothing of it was stored):").format(name=name)
            )
            lines += [self._problem(rendered(r), rendered(why)) for r, why in problems[:MAX_LISTED]]
            if len(problems) > MAX_LISTED:
                lines.append(self.tr("…and {n} more.").format(n=len(problems) - MAX_LISTED))
        return "\n".join(lines)

    def _problem(self, record: str, reason: str) -> str:
        # the colon is the language's: "• line 3: …", "• 第 3 行：…"
        return self.tr("• {record}: {reason}").format(record=record, reason=reason)
