"""The lead's views on the team's work: who is where (team progress), agreement,
adjudication and statistics, in the Team menu (the menu is the shell's, ADR 0094; the team
feature's merge actions come first).

Each view is a window of its own, built on first use, sized to fit the screen and centred on
the main window, refreshed from the op runner's ``changed`` broadcast; after a schema change
a built view is built again on the new schema (its labels and names), in place. The views that
read the whole database (team progress, agreement, statistics: seconds at a million
annotations, ``bench/team.py``) read again once the changes have paused for
:data:`REFRESH_DELAY_MS`, so that a burst of edits costs one read, not one per edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from marginalia.db import Changes, Schema

from ..actions import ActionSpec, MenuId
from ..shell import DockSpec, Shell

if TYPE_CHECKING:  # the views are imported when first shown: the window starts without them
    from .adjudication import AdjudicationView
    from .agreement import AgreementView
    from .statistics import StatisticsView
    from .team import TeamView

    View = AgreementView | StatisticsView | AdjudicationView | TeamView
#: the size a view asks for; a smaller screen gets nine tenths of itself
VIEW_SIZE = QSize(1100, 700)
#: how long the changes must pause before a whole-database view reads again
REFRESH_DELAY_MS = 800
#: the views that read the whole database (the adjudication view reads one article: at once)
WHOLE_DATABASE = ("team", "agreement", "statistics")


class Debounced(QObject):
    """Collects the broadcasts for one view and hands them on, joined, after a pause."""

    def __init__(self, view: View) -> None:
        super().__init__(view)
        self.view = view
        self.pending: Changes | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.fire)

    @Slot(object)
    def changed(self, changes: Changes) -> None:
        self.pending = changes if self.pending is None else self.pending | changes
        self.timer.start()

    @Slot()
    def fire(self) -> None:
        changes, self.pending = self.pending, None
        if changes is not None:
            self.view.refresh(changes)


class ClosesOnEscape(QObject):
    """Esc closes a view, as it closes a dialog: the key that no control of the view took
    (an open list or a cell being edited takes it first) reaches the window and closes it.
    The views are windows of their own, not dialogs, and Esc had done nothing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QWidget)
        ):
            watched.close()
            return True
        return False


class InsightFeature(QObject):
    """Builds and shows the views on demand."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.views: dict[str, View] = {}
        self._builders: dict[str, Callable[[], View]] = {
            "agreement": self._agreement_view,
            "statistics": self._statistics_view,
            "adjudication": self._adjudication_view,
            "team": self._team_view,
        }
        shell.context.schemaChanged.connect(self._schema_changed)

    def actions(self) -> Sequence[ActionSpec]:
        return [
            ActionSpec(
                id="team.progress",
                text=QCoreApplication.translate("Insight", "Team &progress…"),
                triggered=self.team,
                menu=MenuId.TEAM,
                section=20,
                order=-1,
                tip=QCoreApplication.translate(
                    "Insight", "Who is where: each annotator's done of assigned articles"
                ),
            ),
            ActionSpec(
                id="team.agreement",
                text=QCoreApplication.translate("Insight", "A&greement…"),
                triggered=self.agreement,
                menu=MenuId.TEAM,
                section=20,
            ),
            ActionSpec(
                id="team.adjudicate",
                text=QCoreApplication.translate("Insight", "A&djudicate article…"),
                triggered=self.adjudicate,
                menu=MenuId.TEAM,
                section=20,
                order=1,
            ),
            ActionSpec(
                id="team.statistics",
                text=QCoreApplication.translate("Insight", "&Statistics…"),
                triggered=self.statistics,
                menu=MenuId.TEAM,
                section=20,
                order=2,
            ),
        ]

    def docks(self) -> Sequence[DockSpec]:
        return []

    def agreement(self) -> AgreementView:
        from .agreement import AgreementView

        view = self._show("agreement")
        assert isinstance(view, AgreementView)
        return view

    def team(self) -> TeamView:
        from .team import TeamView

        view = self._show("team")
        assert isinstance(view, TeamView)
        return view

    def statistics(self) -> StatisticsView:
        from .statistics import StatisticsView

        view = self._show("statistics")
        assert isinstance(view, StatisticsView)
        return view

    def adjudicate(self, article_id: int | None = None) -> AdjudicationView:
        from .adjudication import AdjudicationView

        view = self._show("adjudication")
        assert isinstance(view, AdjudicationView)
        if article_id is None:
            article = self.shell.current_article()
            article_id = article.id if article is not None else None
        if article_id is not None:
            view.open(article_id)
        return view

    # -- inside ---------------------------------------------------------------------------

    def _agreement_view(self) -> AgreementView:
        from .agreement import AgreementView

        context = self.shell.context
        return AgreementView(context.runner, context.schema)

    def _statistics_view(self) -> StatisticsView:
        from .statistics import StatisticsView

        context = self.shell.context
        return StatisticsView(context.runner, context.schema)

    def _adjudication_view(self) -> AdjudicationView:
        from .adjudication import AdjudicationView

        context = self.shell.context
        return AdjudicationView(context.runner, context.schema, self.shell.undo)

    def _team_view(self) -> TeamView:
        from .team import TeamView

        return TeamView(self.shell.context.runner, self.shell.open_article)

    def _build(self, name: str) -> View:
        view = self._builders[name]()
        view.setParent(self.shell.window, Qt.WindowType.Window)
        view.installEventFilter(ClosesOnEscape(view))
        view.setGeometry(fitted(self.shell.window.geometry(), self._available()))
        if name in WHOLE_DATABASE:
            debounced = Debounced(view)
            self.shell.context.runner.changed.connect(debounced.changed)
        else:
            self.shell.context.runner.changed.connect(view.refresh)
        self.views[name] = view
        return view

    def _show(self, name: str) -> View:
        view = self.views.get(name) or self._build(name)
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _available(self) -> QRect:
        screen = self.shell.window.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1600, 1000)

    def _schema_changed(self, _schema: Schema) -> None:
        if not self.views:
            return
        from .adjudication import AdjudicationView

        for name, old in list(self.views.items()):
            view = self._build(name)
            view.setGeometry(old.geometry())
            shown = old.article_id if isinstance(old, AdjudicationView) else None
            if isinstance(view, AdjudicationView) and shown is not None:
                view.open(shown)
            if old.isVisible():
                view.show()
            old.deleteLater()


def fitted(window: QRect, screen: QRect) -> QRect:
    """A view's place: :data:`VIEW_SIZE` (at most nine tenths of the screen), centred on the
    window and kept on the screen."""
    width = min(VIEW_SIZE.width(), screen.width() * 9 // 10)
    height = min(VIEW_SIZE.height(), screen.height() * 9 // 10)
    place = QRect(0, 0, width, height)
    place.moveCenter(window.center())
    place.moveLeft(max(screen.left(), min(place.left(), screen.right() + 1 - width)))
    place.moveTop(max(screen.top(), min(place.top(), screen.bottom() + 1 - height)))
    return place


__all__ = ["REFRESH_DELAY_MS", "InsightFeature", "fitted"]
