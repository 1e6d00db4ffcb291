"""The main window: a frame that shows at once, and the workspace built into it later.

The window is made in two steps so that it appears before SQLAlchemy has even loaded
(ADR 0063): first the frame — title, saved size, "Opening the database…" — then, once the
database is open, :meth:`MainWindow.attach` builds the
:class:`~marginalia.desktop.workspace.Workspace`: the shell with its features (reader,
panel, article list, import, export, suggestions, team work, the lead's views, preferences,
help), its menus, toolbar and status bar. Until then :attr:`MainWindow.workspace` is None,
and what the command line asks for (files to import, the article to show) waits for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from .accessible import SpokenNames
from .errors import ErrorReporter
from .layout import fit_on_screen, place_first_run
from .settings import Preferences, WindowState
from .spoken_menus import install_menu_factory

if TYPE_CHECKING:
    from .context import AppContext
    from .workspace import Workspace

# The workspace and its features are imported in attach(), after the window shows.


class MainWindow(QMainWindow):
    """The window. ``attach(context)`` builds the working window on an open database."""

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
        #: the working window, once the database is open
        self.workspace: Workspace | None = None
        #: the reader's font size follows ``prefs.font_size``; zoom changes it (ADR 0064)
        self.prefs = prefs or Preferences()
        self.window_state = window_state or WindowState()
        self.errors = errors or ErrorReporter(self)
        self.errors.parent_widget = self
        self.setWindowTitle("Marginalia")
        self._waiting = QLabel(self.tr("Opening the database…"), self)
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self._waiting)
        #: fields, buttons and groups named as said, in every window: also the questions asked
        #: before the database is open (ADR 0117, rounds 16 and 17); menu items too (round 18)
        self.spoken_names = SpokenNames(self)
        install_menu_factory()
        self._pending_imports: list[Path] = []
        self._pending_start: tuple[int | None] | None = None
        if self.window_state.restore_geometry(self):
            fit_on_screen(self)  # saved on a bigger screen, or one that is gone
        else:
            place_first_run(self)
        if context is not None:
            self.attach(context)

    def retranslate_shell(self) -> None:
        """The frame's words again, once the preferred language is installed."""
        if self.workspace is None:
            self._waiting.setText(self.tr("Opening the database…"))

    def changeEvent(self, event: QEvent) -> None:
        """A language installed while the frame waits (before the first-run question, which
        is asked in it) shows at once: the frame said "Opening the database…" in English
        behind the Chinese question."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_shell()
        super().changeEvent(event)

    def set_preferences(self, prefs: Preferences) -> None:
        """Use these preferences (the ones the application started with), before attach."""
        self.prefs = prefs

    def attach(self, context: AppContext) -> None:
        """Build the working window on an open database."""
        from .workspace import Workspace

        self.workspace = Workspace(self, context, self.errors, self.prefs, self.window_state)
        self.spoken_names.again()
        self._waiting.deleteLater()
        self.setAcceptDrops(True)
        pending, self._pending_imports = self._pending_imports, []
        if pending:
            self.workspace.article_import.start(pending, at_launch=True)
        if self._pending_start is not None:
            self.open_start_article(self._pending_start[0])

    # -- what the command line and the desktop ask for ------------------------------------

    def open_article(self, article_id: int) -> None:
        if self.workspace is not None:
            self.workspace.open_article(article_id)

    def open_start_article(self, requested: int | None = None) -> None:
        """The given article, else the last one opened, else the first."""
        if self.workspace is None:
            self._pending_start = (requested,)
            return
        self.workspace.open_start_article(requested)

    def import_paths(self, paths: list[Path]) -> None:
        """Import what was dropped on the window or named on the command line (before the
        database is open: imported once it is, quietly about files already there)."""
        if self.workspace is None:
            self._pending_imports.extend(paths)
            return
        self.workspace.article_import.start_or_say(paths)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.workspace is not None:
            self.workspace.close()
        else:
            self.window_state.save_geometry(self)
        self.window_state.sync()
        self.prefs.sync()
        super().closeEvent(event)
