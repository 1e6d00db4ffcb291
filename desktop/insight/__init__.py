"""The lead's views on the team's work: agreement, adjudication and statistics.

``install_insight_actions(window)`` is the one hook: it adds the three views to the Team
menu (created if no other feature made it). Each view is a window of its own, built on
first use, refreshed from the op runner's ``changed`` broadcast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from ..mainwindow import MainWindow

TEAM_MENU = "team-menu"


def team_menu(window: MainWindow) -> QMenu:
    """The Team menu, shared with other team features by its object name."""
    menu = window.menuBar().findChild(QMenu, TEAM_MENU)
    if menu is None:
        menu = QMenu(QCoreApplication.translate("Insight", "&Team"), window.menuBar())
        menu.setObjectName(TEAM_MENU)
        actions = window.menuBar().actions()
        help_action = actions[-1] if actions else None
        window.menuBar().insertMenu(help_action, menu)  # before Help
    return menu


class Insight:
    """Builds and shows the views on demand (kept on the window as ``window.insight``)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.views: dict[str, QWidget] = {}

    def _show(self, name: str, build: object) -> QWidget:
        view = self.views.get(name)
        if view is None:
            view = build()  # type: ignore[operator]
            view.setParent(self.window, Qt.WindowType.Window)
            view.resize(1100, 700)
            self.window.context.runner.changed.connect(view.refresh)
            self.views[name] = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def agreement(self) -> QWidget:
        from .agreement import AgreementView

        context = self.window.context
        return self._show("agreement", lambda: AgreementView(context.runner, context.schema))

    def statistics(self) -> QWidget:
        from .statistics import StatisticsView

        context = self.window.context
        return self._show("statistics", lambda: StatisticsView(context.runner, context.schema))

    def adjudicate(self, article_id: int | None = None) -> QWidget:
        from .adjudication import AdjudicationView

        context = self.window.context
        view = self._show(
            "adjudication",
            lambda: AdjudicationView(context.runner, context.schema, self.window.undo_stack),
        )
        if article_id is None and self.window.session.article is not None:
            article_id = self.window.session.article.id
        if article_id is not None:
            view.open(article_id)  # type: ignore[attr-defined]
        return view


def install_insight_actions(window: MainWindow) -> dict[str, QAction]:
    insight = Insight(window)
    window.insight = insight  # type: ignore[attr-defined]
    menu = team_menu(window)
    actions = {
        "agreement": QAction(QCoreApplication.translate("Insight", "&Agreement…"), window),
        "adjudicate": QAction(
            QCoreApplication.translate("Insight", "A&djudicate article…"), window
        ),
        "statistics": QAction(QCoreApplication.translate("Insight", "&Statistics…"), window),
    }
    actions["agreement"].triggered.connect(lambda: insight.agreement())
    actions["adjudicate"].triggered.connect(lambda: insight.adjudicate())
    actions["statistics"].triggered.connect(lambda: insight.statistics())
    if menu.actions():
        menu.addSeparator()
    menu.addActions(list(actions.values()))
    return actions


__all__ = ["Insight", "install_insight_actions", "team_menu"]
