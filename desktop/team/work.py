"""Assign articles… and Make work package…: one small dialog (ADR 0086).

The lead ticks articles (the open one is ticked to start with), names an annotator (an
existing one or a new name; several, comma-separated, to assign for agreement), and either
assigns them or writes a ``.marginalia`` work package for one annotator — the package is
written on a thread of its own, since it copies articles and images.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
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

from . import ask

if TYPE_CHECKING:
    from marginalia.db.store import Store
    from marginalia.db.team.package import PackageReport

    from ..mainwindow import MainWindow


def read_work(store: Store) -> tuple[list[tuple[int, str]], list[str], dict[int, list[str]]]:
    from marginalia.db.team.assignments import assignments

    rows = store.article_rows(store.article_ids(), None)
    assigned: dict[int, list[str]] = {}
    for assignment in assignments(store):
        assigned.setdefault(assignment.article_id, []).append(assignment.annotator)
    return [(row.id, row.title) for row in rows], store.annotators(), assigned


class _PackageThread(QThread):
    done = Signal(object)
    crashed = Signal(object)

    def __init__(self, store: Store, annotator: str, out: Path, ids: Sequence[int] | None):
        super().__init__()
        self.args = (store, annotator, out, ids)

    def run(self) -> None:
        from marginalia.db.team.package import make_package

        try:
            self.done.emit(make_package(*self.args))
        except BaseException as error:  # shown as a dialog on the GUI thread
            self.crashed.emit(error)


class WorkDialog(QDialog):
    """Tick articles, name the annotator(s), then Assign or Make package."""

    #: the package report once written (also for tests)
    packaged = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("work")
        self.setWindowTitle(self.tr("Assign articles and make work packages"))
        self.window_ = window
        self.runner = window.context.runner
        self._thread: _PackageThread | None = None

        self.articles = QListWidget(self)
        self.articles.setObjectName("work-articles")
        self.articles.setAccessibleName(self.tr("Articles"))
        self.annotator = QComboBox(self)
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
        form.addRow(self.tr("A&nnotator(s)"), self.annotator)
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
        self.runner.run(read_work, self._fill, self.window_.errors.report)

    def _fill(self, data: tuple[list[tuple[int, str]], list[str], dict[int, list[str]]]) -> None:
        rows, annotators, assigned = data
        ticked = set(self.checked_ids())
        if not ticked and self.window_.session.article is not None:
            ticked = {self.window_.session.article.id}
        self.articles.clear()
        for article_id, title in rows:
            who = assigned.get(article_id)
            text = f"{title}  ·  {', '.join(who)}" if who else title
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
        from marginalia.db.team.assignments import assign

        def done(_changes: Any) -> None:
            self.status.setText(
                self.tr("Assigned {n} article(s) to {who}.").format(
                    n=len(ids), who=", ".join(names)
                )
            )
            self.reload()

        self.runner.run(
            lambda store: assign(store, ids, names), done, self.window_.errors.report, write=True
        )

    def make_package(self, out: Path | None = None) -> None:
        names = self.names()
        if len(names) != 1:
            self.status.setText(self.tr("A work package is for one annotator: name one."))
            return
        if self._thread is not None:
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
        ids = self.checked_ids() or None  # none ticked: the annotator's assigned articles
        thread = _PackageThread(self.runner.store, names[0], out, ids)
        thread.done.connect(self._packaged)
        thread.crashed.connect(self._crashed)
        self._thread = thread
        self.package_button.setEnabled(False)
        self.status.setText(self.tr("Writing the work package…"))
        thread.start()

    def _finish(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None
        self.package_button.setEnabled(True)

    def _crashed(self, error: BaseException) -> None:
        self._finish()
        self.status.clear()
        self.window_.errors.report(error)

    def _packaged(self, report: PackageReport) -> None:
        self._finish()
        text = self.tr(
            "Wrote {path}: {articles} article(s), {images} image(s), {annotations} "
            "annotation(s) for {who}."
        ).format(
            path=report.path.name,
            articles=report.articles,
            images=report.images,
            annotations=report.annotations,
            who=report.annotator,
        )
        self.status.setText(text)
        ask.inform(self, self.tr("Work package"), text)
        self.reload()
        self.packaged.emit(report)


def open_work_dialog(window: MainWindow) -> WorkDialog:
    dialog = WorkDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
