"""The working window on an open database: the shell the features plug into.

:class:`Workspace` is built by :meth:`MainWindow.attach
<marginalia.desktop.mainwindow.MainWindow.attach>` once the database is open (ADR 0063). It is
the composition root: it makes the undo stack and the action registry, builds each feature
with the :class:`~marginalia.desktop.shell.Shell` it implements (and with whatever else a
feature needs, by name), adds their actions and docks to the window, and builds the menus,
the toolbar and the status bar. Adding a feature is one line in :meth:`_features`
(docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from marginalia.db import Article, NotFoundError

from .actions import REDO_KEYS, UNDO_KEYS, ActionRegistry, ActionSpec, MenuId
from .annotate import AnnotatingFeature
from .article_import import ArticleImportFeature
from .articles import ArticlesFeature
from .context import AppContext
from .errors import ErrorReporter
from .help import HelpFeature
from .insight import InsightFeature
from .interchange import InterchangeFeature
from .layout import DividerDrags, PlaceNewWindows, ReaderRoom
from .prefs import PreferencesFeature
from .settings import Preferences, WindowState
from .shell import DockSpec, Feature
from .suggest import SuggestionsController
from .team import TeamFeature
from .undo import UndoStack

if TYPE_CHECKING:
    from marginalia.db import Store

#: how long a save may take before the status bar says "Saving…" (ADR 0115): the time
#: under which an interface reads as instant, and shorter than it takes to see an edit and
#: decide to close; an add at 5,000 annotations is shown in ~8–27 ms (medians, X, loaded)
SAVING_SHOWN_AFTER_MS = 100


class Workspace(QObject):
    """Implements :class:`~marginalia.desktop.shell.Shell` for the features of one window."""

    #: (frozenset of option names) the user changed preferences
    preferencesChanged = Signal(frozenset)

    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        errors: ErrorReporter,
        prefs: Preferences,
        window_state: WindowState,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._prefs = prefs
        self.errors = errors
        self.window_state = window_state
        self._undo = UndoStack(context.runner, window)
        # what is typed in the panel is saved before any action runs (ADR 0074)
        self.registry = ActionRegistry(window, before_trigger=self._undo.settle)
        # the reader and panel first: the shell's current article is theirs
        self.annotate = AnnotatingFeature(self)
        self._undo.before_change(self.annotate.panel.editor.commit)
        window.setCentralWidget(self.annotate.reader)
        self.articles = ArticlesFeature(self)
        self.article_import = ArticleImportFeature(self, self.articles.show_new)
        self.interchange = InterchangeFeature(self, self.articles.query)
        self.suggestions = SuggestionsController(
            self, self.annotate.reader.view, self.annotate.panel_dock
        )
        self.team = TeamFeature(self)
        self.insight = InsightFeature(self)
        self.preferences = PreferencesFeature(self)
        self.help = HelpFeature(self, self.registry)
        self._docks: list[DockSpec] = []
        self.registry.add_all(self._actions())
        for feature in self._features():
            self.registry.add_all(feature.actions())
            for dock in feature.docks():
                self._add_dock(dock)
        self.registry.build()
        self._build_status_bar()
        context.runner.busy.connect(self._busy)
        context.runner.waiting.connect(self._waiting_for_lock)
        context.runner.failed.connect(self.report)
        context.annotatorChanged.connect(self._annotator_changed)
        errors.conflicted.connect(lambda _error: self.annotate.session.reload())
        self.articleOpened.connect(self._opened)
        self._restore_docks()

    def _features(self) -> Sequence[Feature]:
        """Every feature, in the order their actions take within a menu section."""
        return (
            self.article_import,
            self.interchange,
            self.articles,
            self.annotate,
            self.suggestions,
            self.team,
            self.insight,
            self.preferences,
            self.help,
        )

    # -- the Shell ------------------------------------------------------------------------

    @property
    def context(self) -> AppContext:
        return self._context

    @property
    def undo(self) -> UndoStack:
        return self._undo

    @property
    def prefs(self) -> Preferences:
        return self._prefs

    @property
    def window(self) -> QWidget:
        return self._window

    @property
    def articleOpened(self) -> SignalInstance:
        return self.annotate.session.opened

    def current_article(self) -> Article | None:
        return self.annotate.session.article

    def open_article(self, article_id: int) -> None:
        self.annotate.session.open(article_id)

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        self._window.statusBar().showMessage(text, timeout_ms)

    def report(self, error: BaseException) -> None:
        self.errors.report(error)

    def update_actions(self, prefix: str, specs: Sequence[ActionSpec]) -> None:
        self.registry.replace(prefix, specs)

    def action(self, action_id: str) -> QAction:
        return self.registry.action(action_id)

    # -- the window's own actions, docks and status bar -----------------------------------

    def _actions(self) -> list[ActionSpec]:
        window = self._window
        return [
            ActionSpec(
                id="file.quit",
                text=QCoreApplication.translate("MainWindow", "&Quit"),
                triggered=window.close,
                shortcuts=(QKeySequence.StandardKey.Quit,),
                menu=MenuId.FILE,
                section=90,
                role=QAction.MenuRole.QuitRole,
            ),
            ActionSpec(
                id="edit.undo",
                text=QCoreApplication.translate("MainWindow", "&Undo"),
                shortcuts=UNDO_KEYS,
                menu=MenuId.EDIT,
                section=10,
                toolbar=30,
                adopt=self._undo.make_undo_action(
                    window, QCoreApplication.translate("MainWindow", "&Undo")
                ),
            ),
            ActionSpec(
                id="edit.redo",
                text=QCoreApplication.translate("MainWindow", "&Redo"),
                shortcuts=REDO_KEYS,
                menu=MenuId.EDIT,
                section=10,
                order=1,
                toolbar=30,
                adopt=self._undo.make_redo_action(
                    window, QCoreApplication.translate("MainWindow", "&Redo")
                ),
            ),
        ]

    def _add_dock(self, spec: DockSpec) -> None:
        if spec.below is not None:
            self._window.splitDockWidget(spec.below, spec.dock, Qt.Orientation.Vertical)
        else:
            self._window.addDockWidget(spec.area, spec.dock)
        self._docks.append(spec)
        self.registry.add(
            ActionSpec(
                id=f"view.{spec.dock.objectName()}",
                text=spec.dock.windowTitle(),
                menu=MenuId.VIEW,
                section=20,
                order=spec.order,
                adopt=spec.dock.toggleViewAction(),
            )
        )

    def _restore_docks(self) -> None:
        window = self._window
        # A widget put into a visible window is shown by Qt at the next event; until then
        # the dock layout counts the reader as absent, restores the docks over its room and
        # saves that at close — the reader came back 50 px wide at every start (issue 12).
        self.annotate.reader.show()
        #: the reader's readable width, and docks that give way first (ADR 0064)
        self.reader_room = ReaderRoom(window, self.annotate.reader.view)
        self.reader_room.update_floor()
        self.divider_drags = DividerDrags(window)
        self.new_windows = PlaceNewWindows(window)
        self.annotate.reader.view.zoomChanged.connect(lambda _size: self.reader_room.zoomed())
        # the divider between the annotation list and the editor, if the user moved it
        editor_height = self.window_state.editor_height()
        if editor_height is not None:
            self.annotate.panel.editor_height.choose(editor_height)
        if self.reader_room.restore(lambda: self.window_state.restore_docks(window)):
            return
        # first start: the shares the docks asked for, the reader the rest
        self._first_run_shares()
        if window.isVisible():
            # The app shows the window (its start-up frame) before the workspace is built: the
            # docks put into it get their heights at the next event, and Qt spread the column
            # as it liked over shares given before then (the suggestions got their smallest
            # height, ~200 of 730 px at 1280×800: two rows). Given again once they are shown.
            QTimer.singleShot(0, self._first_run_shares)

    def _first_run_shares(self) -> None:
        window = self._window
        width = max(window.width(), 900)
        height = max(window.height(), 600)
        beside = [d for d in self._docks if d.below is None and d.share]
        window.resizeDocks(
            [d.dock for d in beside],
            [width * d.share // 100 for d in beside],
            Qt.Orientation.Horizontal,
        )
        for spec in self._docks:
            if spec.below is not None and spec.share:
                window.resizeDocks(
                    [spec.below, spec.dock],
                    [height * (100 - spec.share) // 100, height * spec.share // 100],
                    Qt.Orientation.Vertical,
                )

    def _build_status_bar(self) -> None:
        window, context = self._window, self._context
        bar = window.statusBar()
        self.saved_label = QLabel(QCoreApplication.translate("MainWindow", "Saved"), window)
        self._saved_size_for: tuple[str, str, str] | None = None
        self.saved_label.setObjectName("saved")
        # read by what it shows ("Saved", "Saving…", "Read-only") and described by what it
        # is: as its name, "Save state" was all a screen reader got of it (AT-SPI)
        self.saved_label.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Save state")
        )
        self.annotator_label = QLabel(window)
        self.annotator_label.setObjectName("annotator")
        self._annotator_changed(context.annotator)
        where = QLabel(context.database, window)
        where.setToolTip(QCoreApplication.translate("MainWindow", "Database"))
        where.setAccessibleDescription(QCoreApplication.translate("MainWindow", "Database"))
        bar.addPermanentWidget(self.annotator_label)
        bar.addPermanentWidget(where)
        bar.addPermanentWidget(self.saved_label)
        #: "Saving…" waits this long for the save to end first (ADR 0115)
        self._saving_later = QTimer(self.saved_label)
        self._saving_later.setSingleShot(True)
        self._saving_later.timeout.connect(lambda: self._show_busy(True))
        self._busy(False)  # "Read-only" for a database that cannot be written

    def _busy(self, busy: bool) -> None:
        """A save starts or ends. "Saving…" is shown only for a save not shown as saved
        within :data:`SAVING_SHOWN_AFTER_MS` (ADR 0115): a quicker one, each add's, leaves
        "Saved" as it is and the status bar out of the frames; a label saying anything
        else (a wait for the lock) says "Saving…" at once."""
        saved = QCoreApplication.translate("MainWindow", "Saved")
        if busy and self.saved_label.text() == saved:
            self._saving_later.start(SAVING_SHOWN_AFTER_MS)
            return
        self._show_busy(busy)

    def _show_busy(self, busy: bool) -> None:
        self._saving_later.stop()
        label = self.saved_label
        if not busy and self._read_only():
            _free_size(label)
            self._saved_size_for = None
            label.setText(QCoreApplication.translate("MainWindow", "Read-only"))
            return
        saving = QCoreApplication.translate("MainWindow", "Saving…")
        saved = QCoreApplication.translate("MainWindow", "Saved")
        # one size for both: a label whose size is fixed does not ask the window to lay
        # itself out again, which every edit's "Saving…" and "Saved" did twice (issue 14);
        # measured again only when the font or the words change (twice an edit, ~0.1 ms)
        font = label.font().key()
        if self._saved_size_for != (font, saving, saved):
            metrics = label.fontMetrics()
            width = max(metrics.horizontalAdvance(saving), metrics.horizontalAdvance(saved))
            margins = label.contentsMargins()
            label.setFixedSize(
                width + margins.left() + margins.right() + 2 * label.margin() + 2,
                label.sizeHint().height(),
            )
            self._saved_size_for = (font, saving, saved)
        label.setText(saving if busy else saved)

    def _read_only(self) -> bool:
        """Whether the database could only be opened for reading (its reason as tooltip)."""
        report = getattr(self._context.runner.store, "report", None)
        why = getattr(report, "read_only", None)
        if why is None:
            return False
        from .db_messages import rendered  # a database seldom opens read-only (ADR 0063)

        self.saved_label.setToolTip(rendered(why.reason))
        return True

    def _waiting_for_lock(self, seconds: float | None) -> None:
        """Another program holds the write lock (a lead's merge): the edit waits, visibly."""
        if seconds is None:  # got it (an import's wait ends while no edit is pending, too)
            self._show_busy(self._context.runner.writing)
            return
        self._saving_later.stop()
        _free_size(self.saved_label)
        self._saved_size_for = None
        self.saved_label.setText(
            QCoreApplication.translate(
                "MainWindow", "Waiting for another program to finish writing ({seconds} s)…"
            ).format(seconds=int(seconds))
        )

    def _annotator_changed(self, name: str) -> None:
        self.annotator_label.setText(
            QCoreApplication.translate("MainWindow", "Annotator: {name}").format(name=name)
        )

    def _opened(self, article_id: int) -> None:
        article = self.current_article()
        title = article.title if article else ""
        self._window.setWindowTitle(f"{title} — Marginalia" if title else "Marginalia")
        self.window_state.last_article = article_id
        self.registry.refresh_enabled()

    # -- starting and closing -------------------------------------------------------------

    def open_start_article(self, requested: int | None = None) -> None:
        """The given article, else the last one opened, else the first."""
        last = self.window_state.last_article

        def choose(store: Store) -> int | None:
            # one row for the article wanted (the list reads every id itself, start-up)
            for wanted in (requested, last):
                if wanted is not None and store.article_rows([wanted]):
                    return wanted
            if requested is not None:
                raise NotFoundError(f"there is no article {requested}")
            ids = store.article_ids()
            return ids[0] if ids else None

        def chosen(article_id: int | None) -> None:
            if article_id is not None:
                self.open_article(article_id)
            else:
                self.show_status(
                    QCoreApplication.translate(
                        "MainWindow", "No articles yet: drop files here or use File → Import."
                    ),
                    0,
                )

        self._context.runner.run(choose, chosen, self.report)

    def close(self) -> None:
        """Before the window closes: what is being typed is saved, every write committed."""
        self._undo.settle()
        self._context.runner.close()
        self.reader_room.save_chosen(lambda: self.window_state.save_window(self._window))
        self.window_state.save_editor_height(self.annotate.panel.editor_height.chosen())


#: Qt's QWIDGETSIZE_MAX (not exported by PySide6)
WIDGET_SIZE_MAX = (1 << 24) - 1


def _free_size(label: QLabel) -> None:
    """Let a label take the size of its text again (a longer message than usual)."""
    label.setMinimumSize(0, 0)
    label.setMaximumSize(WIDGET_SIZE_MAX, WIDGET_SIZE_MAX)
