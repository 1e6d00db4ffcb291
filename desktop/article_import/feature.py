"""Importing articles from the window: File ▸ Import files… and Import folder…, and files
dropped on the window.

The menu's imports show the chosen files in a dialog with what the command line offers
besides (a forced encoding, removing pinyin readings); dropped files are imported at once
with the options last chosen there (ADR 0075).

An import is a long job (:mod:`marginalia.desktop.jobs`): on a thread of its own, so that
edits keep flowing on the database worker; a progress dialog only if it lasts longer than
half a second; Cancel stops it between articles (the pipeline never leaves half an article);
a summary when something failed or was cancelled, and the first article opened when none
was open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..actions import ActionSpec, MenuId
from ..jobs import Job, JobControl, JobSpec
from ..shell import DockSpec, Shell

if TYPE_CHECKING:  # the import pipeline (encodings, images) loads when an import runs
    from marginalia.db import ImportOptions, ImportReport, Store

    from .dialog import ImportArticlesDialog

#: what the file picker offers (the dialog's own "Add files…" too)
ARTICLE_FILTER = "*.txt *.html *.htm *.jsonl *.ndjson *.zip *.md"

MAX_LISTED_FAILURES = 20
MAX_LISTED_DUPLICATES = 20

#: ``show_new(article_ids, hidden)``: the article list lists articles just imported,
#: clearing filters that hide them; ``hidden(n)`` when it did (ADR 0124)
ShowNew = Callable[[Sequence[int], Callable[[int], None]], None]


def paths_from_mime(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _import(paths: list[Path], options: ImportOptions) -> JobSpec[ImportReport]:
    def work(store: Store, control: JobControl) -> ImportReport:
        from marginalia.db import ImportStopped, import_paths

        try:
            return import_paths(
                store,
                paths,
                options=options,
                progress=control.progress,
                cancelled=control.cancelled,
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

    def __init__(self, shell: Shell, show_new: ShowNew | None = None) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self._show_new = show_new
        self._job: Job | None = None
        #: the running import was asked for on the command line (``marginalia PATH…``,
        #: ``--sample``): files already there are said in the status bar, not in a dialog
        self._at_launch = False

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
            self.tr("Articles (%1);;All files (*)").replace("%1", ARTICLE_FILTER),
        )
        if paths:
            self.confirm([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.shell.window, self.tr("Import a folder"))
        if folder:
            self.confirm([Path(folder)])

    def dialog(self, paths: Sequence[Path]) -> ImportArticlesDialog:
        """The dialog for these paths, with the options last chosen."""
        from .dialog import ImportArticlesDialog

        prefs = self.shell.prefs
        return ImportArticlesDialog(
            paths, prefs.import_encoding, prefs.import_strip_pinyin, self.shell.window
        )

    def confirm(self, paths: Sequence[Path]) -> None:
        """Show the chosen paths with the import's options; import what the user confirms."""
        dialog = self.dialog(paths)
        dialog.accepted.connect(lambda: self._confirmed(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _confirmed(self, dialog: ImportArticlesDialog) -> None:
        options = dialog.options()
        prefs = self.shell.prefs
        prefs.import_encoding = options.encoding or ""
        prefs.import_strip_pinyin = options.strip_pinyin
        self.start_or_say(dialog.chosen_paths(), options)

    def remembered_options(self) -> ImportOptions:
        from marginalia.db import ImportOptions

        prefs = self.shell.prefs
        return ImportOptions(
            encoding=prefs.import_encoding or None, strip_pinyin=prefs.import_strip_pinyin
        )

    def start_or_say(self, paths: Sequence[Path], options: ImportOptions | None = None) -> None:
        """Import, or say that an import is already running."""
        if not self.start(paths, options):
            QMessageBox.information(
                self.shell.window, self.tr("Import"), self.tr("An import is already running.")
            )

    def start(
        self,
        paths: Sequence[Path],
        options: ImportOptions | None = None,
        *,
        at_launch: bool = False,
    ) -> bool:
        """Import on a thread of its own, with ``options`` or those last chosen.

        ``at_launch``: the paths came from the command line. Opening a file that is already
        in the database is then no news (``./dev run`` imports the sample every time): the
        status bar says so and its article opens, and a dialog comes only for a failure."""
        if self._job is not None or not paths:
            return False
        self._at_launch = at_launch
        self._job = self.shell.context.runner.start_job(
            _import(list(paths), options or self.remembered_options()),
            self.shell.window,
            self._done,
            self._failed,
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
        status = self.status_text(report)
        self.shell.show_status(status, 8000)
        if report.imported and self._show_new is not None:
            self._show_new(
                [article_id for _path, article_id in report.imported],
                lambda hidden: self.shell.show_status(
                    f"{status} {self.filters_cleared_text(hidden, len(report.imported))}", 8000
                ),
            )
        news = report.duplicates and not self._at_launch
        if report.failed or report.cancelled or report.stopped or news:
            # a dialog only when something needs reading
            box = QMessageBox(self.shell.window)
            box.setIcon(QMessageBox.Icon.Warning if report.failed else QMessageBox.Icon.Information)
            box.setWindowTitle(self.tr("Import"))
            box.setText(self.summary_text(report))
            box.open()
        if self.shell.current_article() is None:
            named = [*report.imported, *(report.duplicates if self._at_launch else [])]
            if named:
                self.shell.open_article(named[0][1])
        self.finished.emit(report)

    def status_text(self, report: ImportReport) -> str:
        text = self.tr("Imported %Ln article(s).", "", len(report.imported))
        if report.duplicates:
            text += " " + self.tr("{n} already there.").format(n=len(report.duplicates))
        return text

    def filters_cleared_text(self, hidden: int, imported: int) -> str:
        """What the status bar adds when the article list's filters hid imported articles
        and were cleared to show them (ADR 0124)."""
        if imported == 1:
            return self.tr("The list's filters hid it and were cleared.")
        return self.tr("The list's filters hid %Ln of them and were cleared.", "", hidden)

    def summary_text(self, report: ImportReport) -> str:
        from ..db_messages import rendered  # the library's reasons, in the window's language

        lines = [self.tr("Imported %Ln article(s).", "", len(report.imported))]
        if report.duplicates:
            lines.append(
                self.tr("Already in the database, not imported again ({n}):").format(
                    n=len(report.duplicates)
                )
            )
            for path, article_id in report.duplicates[:MAX_LISTED_DUPLICATES]:
                lines.append(
                    self.tr("• {name} (article {id})").format(name=_shown_name(path), id=article_id)
                )
            if len(report.duplicates) > MAX_LISTED_DUPLICATES:
                more = len(report.duplicates) - MAX_LISTED_DUPLICATES
                lines.append(self.tr("…and {n} more.").format(n=more))
        if report.stopped:
            lines.append(rendered(report.stopped))
        if report.cancelled:
            lines.append(self.tr("The import was cancelled; nothing was half-imported."))
        if report.failed:
            lines.append(self.tr("{n} could not be imported:").format(n=len(report.failed)))
            for path, reason in report.failed[:MAX_LISTED_FAILURES]:
                lines.append(
                    self.tr("• {name}: {reason}").format(
                        name=_shown_name(path), reason=rendered(reason)
                    )
                )
            if len(report.failed) > MAX_LISTED_FAILURES:
                more = len(report.failed) - MAX_LISTED_FAILURES
                lines.append(self.tr("…and {n} more.").format(n=more))
        return "\n".join(lines)


def _shown_name(path: str) -> str:
    """A path as the summary names it: the file, with the archive or batch it is in."""
    outer, bang, inner = path.partition("!")
    if bang:
        return f"{Path(outer).name}!{inner}"
    return Path(path).name


__all__ = ["ArticleImportFeature", "paths_from_mime"]
