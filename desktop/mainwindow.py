"""The main window: wires the article list, the reader and the panel together; nothing more.

The article list is the articles feature's ``ArticleListDock`` (``desktop/articles/``) when
present; its interface is ``ArticleListDock(context, parent)`` with the signal
``articleActivated(int)``, the slot ``refresh(changes)`` and ``set_current(article_id)``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from .errors import ErrorReporter
from .settings import Preferences, WindowState

if TYPE_CHECKING:
    from marginalia.db.store import Store
    from marginalia.db.values import Changes

    from .context import AppContext

# The window's parts are imported in attach(), after the window shows (ADR 0063).


class _SimpleArticleDock(QDockWidget):
    """Stands in for the articles feature's list until it is there: titles, in id order."""

    articleActivated = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(QMainWindow.tr("Articles"), parent)
        self.context = context
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Articles"))
        self.setWidget(self.list)
        self.list.itemActivated.connect(
            lambda item: self.articleActivated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.list.itemClicked.connect(
            lambda item: self.articleActivated.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.refresh(None)

    def refresh(self, changes: Changes | None) -> None:
        if changes is not None and not changes.articles:
            return
        who = self.context.annotator
        self.context.runner.run(
            lambda store: store.article_rows(store.article_ids(), who), self._fill
        )

    def _fill(self, rows: list) -> None:  # type: ignore[type-arg]
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.title}  ·  {row.status}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        if keep is not None:
            self.set_current(keep)

    def set_current(self, article_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == article_id:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)


def _article_dock(context: AppContext, parent: QWidget) -> QDockWidget:
    try:
        from .articles import ArticleListDock  # type: ignore[attr-defined]
    except ImportError:
        return _SimpleArticleDock(context, parent)
    return ArticleListDock(context, parent)  # type: ignore[no-any-return]


class MainWindow(QMainWindow):
    """The window. Built in two steps so that it shows at once: the shell (title, size,
    "Opening the database…"), then :meth:`attach` once the database is open."""

    def __init__(
        self,
        context: AppContext | None = None,
        errors: ErrorReporter | None = None,
        *,
        prefs: Preferences | None = None,
        window_state: WindowState | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.context: AppContext | None = None
        #: the reader's font size follows ``prefs.font_size``; zoom changes it (ADR 0064)
        self.prefs = prefs or Preferences()
        self.window_state = window_state or WindowState()
        self.errors = errors or ErrorReporter(self)
        self.errors.parent_widget = self
        self.setWindowTitle("Marginalia")
        self._waiting = QLabel(self.tr("Opening the database…"), self)
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self._waiting)
        self._pending_imports: list[Path] = []
        self._pending_start: tuple[int | None] | None = None
        if not self.window_state.restore_geometry(self):
            self.resize(1280, 800)
        if context is not None:
            self.attach(context)

    def retranslate_shell(self) -> None:
        """The shell's words again, once the preferred language is installed."""
        if self.context is None:
            self._waiting.setText(self.tr("Opening the database…"))

    def attach(self, context: AppContext) -> None:
        """Build the working window on an open database."""
        from .article_import import ImportController
        from .panel import AnnotationPanel
        from .reader import Reader
        from .session import ArticleSession
        from .undo import UndoStack

        self.context = context
        self.undo_stack = UndoStack(context.runner, self)
        self.reader = Reader(context.schema, self)
        self.setCentralWidget(self.reader)
        self._waiting.deleteLater()
        self.panel = AnnotationPanel(context.schema, self)
        self.panel_dock = QDockWidget(self.tr("Annotations"), self)
        self.panel_dock.setObjectName("panel-dock")
        self.panel_dock.setWidget(self.panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel_dock)
        self.articles = _article_dock(context, self)
        self.articles.setObjectName("articles-dock")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.articles)

        self.session = ArticleSession(context, self.reader.view, self.panel, self.undo_stack, self)
        self.importer = ImportController(context.runner, self)

        from .actions import build_actions  # menus and toolbar live beside the window

        self.actions_ = build_actions(self)
        from .interchange import install_export_actions
        from .suggest import install_suggestions

        install_export_actions(self)
        self.suggestions = install_suggestions(self)
        self._build_status_bar()
        self._connect()
        from .team import install_team_actions  # schema editor, merge, live refresh

        install_team_actions(self)
        self.setAcceptDrops(True)
        self._restore()
        if self._pending_imports:
            self.import_paths(self._pending_imports)
        if self._pending_start is not None:
            self.open_start_article(self._pending_start[0])

    # -- wiring -----------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.saved_label = QLabel(self.tr("Saved"), self)
        self.saved_label.setObjectName("saved")
        self.saved_label.setAccessibleName(self.tr("Save state"))
        self.annotator_label = QLabel(
            self.tr("Annotator: {name}").format(name=self.context.annotator), self
        )
        self.annotator_label.setObjectName("annotator")
        where = QLabel(self.context.database, self)
        where.setToolTip(self.tr("Database"))
        where.setAccessibleName(self.tr("Database"))
        bar.addPermanentWidget(self.annotator_label)
        bar.addPermanentWidget(where)
        bar.addPermanentWidget(self.saved_label)

    def _connect(self) -> None:
        runner = self.context.runner
        runner.busy.connect(self._busy)
        runner.failed.connect(self.errors.report)
        runner.changed.connect(self.articles.refresh)  # type: ignore[attr-defined]
        self.articles.articleActivated.connect(self.open_article)  # type: ignore[attr-defined]
        self.session.opened.connect(self._opened)
        self.session.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.session.failed.connect(self.errors.report)
        self.importer.failed.connect(self.errors.report)
        self.importer.finished.connect(self._imported)
        self.reader.view.zoomChanged.connect(self._zoomed)

    def _busy(self, busy: bool) -> None:
        self.saved_label.setText(self.tr("Saving…") if busy else self.tr("Saved"))

    def _opened(self, article_id: int) -> None:
        article = self.session.article
        title = article.title if article else ""
        self.setWindowTitle(f"{title} — Marginalia" if title else "Marginalia")
        self.window_state.last_article = article_id
        for name in ("select_article", "set_current"):  # the articles dock, or the stand-in
            setter = getattr(self.articles, name, None)
            if setter is not None:
                setter(article_id)
                break

    def _imported(self, report: object) -> None:
        imported = getattr(report, "imported", [])
        self.statusBar().showMessage(
            self.tr("Imported {n} article(s).").format(n=len(imported)), 8000
        )
        if imported and self.session.article is None:
            self.open_article(imported[0][1])

    def open_article(self, article_id: int) -> None:
        self.session.open(article_id)

    def open_start_article(self, requested: int | None = None) -> None:
        """The given article, else the last one opened, else the first."""
        if self.context is None:
            self._pending_start = (requested,)
            return
        last = self.window_state.last_article

        def choose(store: Store) -> int | None:
            ids = store.article_ids()
            for wanted in (requested, last):
                if wanted is not None and wanted in ids:
                    return wanted
            if requested is not None:
                from marginalia.db.errors import NotFoundError

                raise NotFoundError(f"there is no article {requested}")
            return ids[0] if ids else None

        def chosen(article_id: int | None) -> None:
            if article_id is not None:
                self.open_article(article_id)
            else:
                self.statusBar().showMessage(
                    self.tr("No articles yet: drop files here or use File → Import."), 0
                )

        self.context.runner.run(choose, chosen, self.errors.report)

    # -- import -----------------------------------------------------------------------------

    def import_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            "",
            self.tr("Articles (*.txt *.html *.htm *.jsonl *.zip);;All files (*)"),
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        if self.context is None:
            self._pending_imports.extend(paths)
            return
        if not self.importer.start(paths):
            QMessageBox.information(
                self, self.tr("Import"), self.tr("An import is already running.")
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from .article_import import paths_from_mime

        if paths_from_mime(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from .article_import import paths_from_mime

        paths = paths_from_mime(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- window state -----------------------------------------------------------------------

    def _restore(self) -> None:
        if not self.window_state.restore_docks(self):
            # first start: the reader gets most of the width
            width = max(self.width(), 900)
            self.resizeDocks(
                [self.articles, self.panel_dock],
                [width * 22 // 100, width * 27 // 100],
                Qt.Orientation.Horizontal,
            )
        self.reader.view.set_point_size(float(self.prefs.font_size))

    def _zoomed(self, size: float) -> None:
        if round(size) != self.prefs.font_size:
            self.prefs.font_size = round(size)

    # -- preferences ------------------------------------------------------------------------

    def set_preferences(self, prefs: Preferences) -> None:
        """Use these preferences (the ones the application started with)."""
        self.prefs = prefs
        if self.context is not None:
            self.reader.view.set_point_size(float(prefs.font_size))

    def open_preferences(self) -> None:
        from .prefs import PreferencesDialog

        labels = self.context.schema.labels if self.context is not None else ()
        dialog = PreferencesDialog(self.prefs, labels, self)
        dialog.preferencesChanged.connect(self.apply_preferences)
        dialog.open()

    def apply_preferences(self, changed: frozenset[str]) -> None:
        """Follow what the user changed in Preferences: the reader's size, their name."""
        if self.context is None:
            return
        if "font_size" in changed:
            self.reader.view.set_point_size(float(self.prefs.font_size))
        if "annotator" in changed and self.prefs.annotator != self.context.annotator:
            self.set_annotator(self.prefs.annotator)
        suggestions = getattr(self, "suggestions", None)
        if suggestions is not None:  # per-label suggestion switches
            suggestions.preferences_changed(changed)

    def set_annotator(self, name: str) -> None:
        """Work as ``name`` from now on: the status bar, the list and the open article."""
        assert self.context is not None
        self.context.annotator = name
        self.annotator_label.setText(self.tr("Annotator: {name}").format(name=name))
        set_annotator = getattr(self.articles, "set_annotator", None)
        if set_annotator is not None:
            set_annotator(name)
        else:
            self.articles.refresh(None)  # type: ignore[attr-defined]
        if self.session.article is not None:  # show the new name's annotations
            self.open_article(self.session.article.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.context is not None:
            self.panel.editor.commit_note()
            self.context.runner.wait()
            self.window_state.save_window(self)
        else:
            self.window_state.save_geometry(self)
        self.window_state.sync()
        self.prefs.sync()
        super().closeEvent(event)
