"""Team ▸ Merge databases…: annotators' databases merged into the open one (ADR 0085).

The merge is a long job like an import (:mod:`marginalia.desktop.jobs`: a progress dialog
after half a second; Cancel rolls the whole merge back), then a summary per source; if the
merge left conflicts, the Conflicts dialog opens so the lead can settle each one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog

from .. import ask
from ..jobs import Cancelled, Job, JobControl, JobSpec
from ..shell import Shell

if TYPE_CHECKING:  # the merge (and its ORM models) loads when a merge runs
    from marginalia.db import MergeReport, Store


def _merge(paths: list[Path]) -> JobSpec[MergeReport]:
    def work(store: Store, control: JobControl) -> MergeReport:
        from marginalia.db import MergeCancelled, merge

        step = count()
        try:
            return merge(
                store,
                paths,
                progress=lambda name: control.progress(next(step), len(paths), name),
                cancelled=control.cancelled,
            )
        except MergeCancelled as cancelled:
            raise Cancelled from cancelled

    return JobSpec(
        title=QCoreApplication.translate("Merger", "Merge"),
        label=QCoreApplication.translate("Merger", "Merging…"),
        work=work,
        describe=lambda _done, _total, name: QCoreApplication.translate(
            "Merger", "Merging {name}"
        ).format(name=Path(name).name),
        changes=lambda report: report.changes,
    )


class Merger(QObject):
    """One merge at a time for the window."""

    #: the merge's report after its summary, or None when it failed or was cancelled
    finished = Signal(object)

    def __init__(self, shell: Shell, show_conflicts: Callable[[], object]) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.show_conflicts = show_conflicts
        self._job: Job | None = None

    @property
    def running(self) -> bool:
        return self._job is not None

    def choose_and_start(self) -> None:
        names, _f = QFileDialog.getOpenFileNames(
            self.shell.window,
            self.tr("Merge databases into this one"),
            "",
            self.tr("Marginalia databases (*.marginalia *.sqlite *.db);;All files (*)"),
        )
        if names:
            self.start([Path(n) for n in names])

    def start(self, paths: Sequence[Path]) -> bool:
        if self._job is not None or not paths:
            return False
        self._job = self.shell.context.runner.start_job(
            _merge(list(paths)), self.shell.window, self._done, self._failed, self._cancelled
        )
        return True

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _cancelled(self) -> None:  # asked for: a status message, not an error
        self._job = None
        self.shell.show_status(self.tr("The merge was cancelled; nothing was changed."), 8000)
        self.finished.emit(None)

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self.shell.report(error)
        self.finished.emit(None)

    def _done(self, report: MergeReport) -> None:
        self._job = None
        ask.inform(
            self.shell.window,
            self.tr("Merge"),
            self.summary_text(report),
            warning=bool(report.failed),
        )
        self.shell.show_status(
            self.tr("Merged %Ln database(s).", "", len(report.sources) - len(report.failed)),
            8000,
        )
        if report.conflicts:
            self.show_conflicts()
        self.finished.emit(report)

    def summary_text(self, report: MergeReport) -> str:
        # why a source was not merged, in our language, without its path again after its name
        from ..db_messages import rendered_after_path

        names = Counter(Path(source.source).name for source in report.sources)
        lines: list[str] = []
        for source in report.sources:
            name = Path(source.source).name
            if names[name] > 1:  # two notes.sqlite from two folders: which is which
                name = source.source
            if source.error is not None:
                lines.append(
                    self.tr("• {name}: not merged — {reason}").format(
                        name=name, reason=rendered_after_path(source.error, source.source)
                    )
                )
                continue
            # one count per message (ADR 0072): the counted pieces, then the sentence
            lines.append(
                self.tr(
                    "• {name}: {articles}; annotations: {added} new, {updated} updated, "
                    "{unchanged} unchanged; {conflicts}"
                ).format(
                    name=name,
                    articles=self.tr("%Ln new article(s)", "", source.articles_added),
                    added=QLocale().toString(source.annotations_added),
                    updated=QLocale().toString(source.annotations_updated),
                    unchanged=QLocale().toString(source.annotations_unchanged),
                    conflicts=self.tr("%Ln conflict(s)", "", len(source.conflicts)),
                )
            )
        if report.conflicts:
            lines.append(
                self.tr(
                    "%Ln conflict(s) need your decision; they are listed next.",
                    "",
                    report.conflicts,
                )
            )
        return "\n".join(lines)
