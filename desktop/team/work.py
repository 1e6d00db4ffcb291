"""Assign articles… and Make work package…: one small dialog (ADR 0086).

The lead ticks articles (the open one is ticked to start with), names an annotator (an
existing one or a new name; several, comma-separated, to assign for agreement), and either
assigns them or writes a ``.marginalia`` work package for one annotator — the package is
written on a thread of its own, since it copies articles and images.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from marginalia.db import PackageReport

from .. import ask
from ..accessible import NamedComboBox
from ..checklist import roomy_check_rows
from ..i18n import listed
from ..jobs import Job, JobControl, JobSpec
from ..shell import Shell

if TYPE_CHECKING:
    from marginalia.db import Store


def read_work(store: Store) -> tuple[list[tuple[int, str]], list[str], dict[int, list[str]]]:
    from marginalia.db import assignments

    rows = store.article_rows(store.article_ids(), None)
    assigned: dict[int, list[str]] = {}
    for assignment in assignments(store):
        assigned.setdefault(assignment.article_id, []).append(assignment.annotator)
    return [(row.id, row.title) for row in rows], store.annotators(), assigned


def _package(annotator: str, out: Path, ids: list[int] | None) -> JobSpec[PackageReport]:
    def work(store: Store, _control: JobControl) -> PackageReport:
        from marginalia.db import make_package

        return make_package(store, annotator, out, ids)

    return JobSpec(
        title=QCoreApplication.translate("WorkDialog", "Work package"),
        label=QCoreApplication.translate("WorkDialog", "Writing the work package…"),
        work=work,
        cancellable=False,  # it copies into a new file, quickly; there is no half to stop at
    )


class WorkDialog(QDialog):
    """Tick articles, name the annotator(s), then Assign or Make package."""

    #: the package report once written (also for tests)
    packaged = Signal(object)

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.setObjectName("work")
        self.setWindowTitle(self.tr("Assign articles and make work packages"))
        self.shell = shell
        self.runner = shell.context.runner
        self._job: Job | None = None
        #: who has articles assigned, as last read (None before the first read)
        self._assigned: set[str] | None = None

        self.articles = QListWidget(self)
        roomy_check_rows(self.articles)
        self.articles.setObjectName("work-articles")
        self.articles.setAccessibleName(self.tr("Articles"))
        self.annotator = NamedComboBox(self)
        self.annotator.setObjectName("annotator")
        self.annotator.setEditable(True)
        self.annotator.setToolTip(self.tr("Several names, separated by commas, for agreement"))
        all_button = QPushButton(self.tr("Tick &all"), self)
        all_button.clicked.connect(lambda: self._tick_all(True))
        none_button = QPushButton(self.tr("Tick &none"), self)
        none_button.clicked.connect(lambda: self._tick_all(False))
        ticks = QHBoxLayout()
        ticks.addWidget(all_button)
        ticks.addWidget(none_button)
        ticks.addStretch(1)
        self.assign_button = QPushButton(self.tr("A&ssign"), self)
        self.assign_button.clicked.connect(self.assign)
        self.package_button = QPushButton(self.tr("Make work &package…"), self)
        self.package_button.clicked.connect(self.make_package)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Annota&tor(s)"), self.annotator)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.assign_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.package_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.articles, 1)
        layout.addLayout(ticks)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.reload()

    def reload(self) -> None:
        self.runner.run(read_work, self._fill, self.shell.report)

    def _fill(self, data: tuple[list[tuple[int, str]], list[str], dict[int, list[str]]]) -> None:
        if not shiboken6.isValid(self):
            return  # closed (and deleted) before the read came back
        rows, annotators, assigned = data
        self._assigned = {name for names in assigned.values() for name in names}
        ticked = set(self.checked_ids())
        current = self.shell.current_article()
        if not ticked and current is not None:
            ticked = {current.id}
        self.articles.clear()
        for article_id, title in rows:
            who = assigned.get(article_id)
            text = f"{title}  ·  {listed(who)}" if who else title
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, article_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if article_id in ticked else Qt.CheckState.Unchecked
            )
            self.articles.addItem(item)
        typed = self.annotator.currentText()
        self.annotator.clear()
        self.annotator.addItems(annotators)
        self.annotator.setEditText(typed)

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.articles.count()):
            self.articles.item(row).setCheckState(state)

    def checked_ids(self) -> list[int]:
        return [
            self.articles.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.articles.count())
            if self.articles.item(row).checkState() == Qt.CheckState.Checked
        ]

    def names(self) -> list[str]:
        return [n.strip() for n in self.annotator.currentText().split(",") if n.strip()]

    def assign(self) -> None:
        ids, names = self.checked_ids(), self.names()
        if not ids or not names:
            self.status.setText(self.tr("Tick some articles and name an annotator first."))
            return
        from marginalia.db import assign

        def done(_changes: Any) -> None:
            self.status.setText(
                self.tr("Assigned %Ln article(s) to {who}.", "", len(ids)).format(who=listed(names))
            )
            self.reload()

        self.runner.run(
            lambda store: assign(store, ids, names), done, self.shell.report, write=True
        )

    def make_package(self, out: Path | None = None) -> None:
        names = self.names()
        if len(names) != 1:
            self.status.setText(self.tr("A work package is for one annotator: name one."))
            return
        if self._job is not None:
            return
        ids = self.checked_ids() or None  # none ticked: the annotator's assigned articles
        if ids is None and self._assigned is not None and names[0] not in self._assigned:
            self.status.setText(self._nothing_assigned(names[0]))
            return
        if not isinstance(out, Path):
            chosen, _f = QFileDialog.getSaveFileName(
                self,
                self.tr("Write the work package"),
                f"{names[0]}.marginalia",
                self.tr("Work packages (*.marginalia)"),
            )
            if not chosen:
                return
            out = Path(chosen)
        self.package_button.setEnabled(False)
        self.status.setText(self.tr("Writing the work package…"))
        self._job = self.runner.start_job(
            _package(names[0], out, ids), self, self._packaged, self._crashed
        )

    def _nothing_assigned(self, annotator: str) -> str:
        """The window's words for the library's "name them with --article" (which is the
        command line's): what to do here instead."""
        return self.tr(
            "{annotator} has no assigned articles: tick the articles for the package in the list."
        ).format(annotator=annotator)

    def _crashed(self, error: BaseException) -> None:
        from marginalia.db import NothingAssigned

        self._job = None
        self.package_button.setEnabled(True)
        self.status.clear()
        if isinstance(error, NothingAssigned):  # assignments changed since the list was read
            text = self._nothing_assigned(error.annotator)
            self.status.setText(text)
            ask.inform(self, self.tr("Work package"), text, warning=True)
            return
        self.shell.report(error)

    def _packaged(self, report: PackageReport) -> None:
        self._job = None
        self.package_button.setEnabled(True)
        # one count per message (ADR 0072): the counted pieces, then the sentence
        text = self.tr("Wrote {path}: {articles}, {images} and {annotations} for {who}.").format(
            path=report.path.name,
            articles=self.tr("%Ln article(s)", "", report.articles),
            images=self.tr("%Ln image(s)", "", report.images),
            annotations=self.tr("%Ln annotation(s)", "", report.annotations),
            who=report.annotator,
        )
        self.status.setText(text)
        ask.inform(self, self.tr("Work package"), text)
        self.reload()
        self.packaged.emit(report)


def open_work_dialog(shell: Shell) -> WorkDialog:
    dialog = WorkDialog(shell)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
