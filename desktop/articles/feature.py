"""The article list as a feature of the window: the left dock, reading through the window's
database worker, opening what the user activates and following the open article, the
annotator and the schema."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt

from marginalia.db import ArticleQuery, Changes, Schema

from ..actions import ActionSpec
from ..shell import DockSpec, Shell
from .dock import ArticleListDock
from .source import RunnerSource


class ArticlesFeature(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window)
        context = shell.context
        source = RunnerSource(context.runner, lambda: context.schema)
        self.dock = ArticleListDock(source, shell.window, annotator=context.annotator)
        # an edit's rows read again after its frame: the edit counts itself at once
        # (``count_added``), the read only confirms it (ADR 0133)
        self.dock.model.after_frame = context.runner.after_frame
        self.dock.setObjectName("articles-dock")
        self.dock.articleActivated.connect(shell.open_article)
        shell.articleOpened.connect(self.dock.select_article)
        context.runner.changed.connect(self._changed)
        context.schemaChanged.connect(self._schema_changed)
        context.annotatorChanged.connect(self.dock.set_annotator)
        context.annotationShown.connect(self.dock.model.count_added)

    def query(self) -> ArticleQuery:
        """What the list shows now (export offers "the articles shown in the list")."""
        return self.dock.query()

    def show_new(self, article_ids: Sequence[int], hidden: Callable[[int], None]) -> None:
        """Articles just imported are listed: filters that hide them are cleared (ADR 0124)."""
        self.dock.show_new(article_ids, hidden)

    def actions(self) -> Sequence[ActionSpec]:
        dock = self.dock
        return [  # the dock's own actions and keys, known to the registry
            ActionSpec(
                id="articles.next",
                text=dock.next_action.text(),
                shortcuts=tuple(dock.next_action.shortcuts()),
                adopt=dock.next_action,
            ),
            ActionSpec(
                id="articles.search",
                text=dock.search_action.text(),
                shortcuts=tuple(dock.search_action.shortcuts()),
                adopt=dock.search_action,
            ),
        ]

    def docks(self) -> Sequence[DockSpec]:
        return [DockSpec(self.dock, Qt.DockWidgetArea.LeftDockWidgetArea, share=22)]

    def _changed(self, changes: Changes) -> None:
        # a schema change reaches the list through schemaChanged, with the new schema
        rest = dataclasses.replace(changes, schema=False)
        if rest:
            self.dock.refresh(rest)

    def _schema_changed(self, _schema: Schema) -> None:
        self.dock.refresh(Changes(schema=True))


__all__ = ["ArticlesFeature"]
