"""The shell features plug into: what a feature may ask of the window, and what it gives.

A feature (the article list, the reader and panel, article import, export, suggestions,
team work, the lead's views, preferences, help) is built with a :class:`Shell` and whatever
else it needs by name (the undo stack comes with the shell; the suggestions are given the
reader). It gives back :class:`~marginalia.desktop.actions.ActionSpec` values and
:class:`DockSpec` values (:class:`Feature`); the workspace adds them to the window. Nothing
sets attributes on the window, searches its menus or rewires another object's signals
(docs/architecture.md, ADR 0094).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from marginalia.db import Article

    from .actions import ActionSpec
    from .context import AppContext
    from .settings import Preferences
    from .undo import UndoStack


@dataclass(frozen=True, slots=True, eq=False)
class DockSpec:
    """A dock and where it goes at first start (later the saved layout wins, ADR 0064).

    ``share`` is its part of the window in per cent — of the width for a dock of its own, of
    the height it shares with ``below`` for a dock split under another. Its show/hide toggle
    goes to View in ``order``.
    """

    dock: QDockWidget
    area: Qt.DockWidgetArea
    share: int = 0
    below: QDockWidget | None = None
    order: int = 0


class Shell(Protocol):
    """What a feature may ask of the window."""

    @property
    def context(self) -> AppContext:
        """The runner, the annotator and the schema, with their change signals."""
        ...

    @property
    def undo(self) -> UndoStack:
        """The window's one undo stack: every edit is a command on it (ADR 0061)."""
        ...

    @property
    def prefs(self) -> Preferences: ...

    @property
    def window(self) -> QWidget:
        """The parent of dialogs and progress (never a place to reach into)."""
        ...

    @property
    def articleOpened(self) -> SignalInstance:
        """(article id) an article is shown in the reader."""
        ...

    @property
    def preferencesChanged(self) -> SignalInstance:
        """(frozenset of option names) the user changed preferences."""
        ...

    def current_article(self) -> Article | None:
        """The article shown in the reader, if any."""
        ...

    def open_article(self, article_id: int) -> None: ...

    def show_status(self, text: str, timeout_ms: int = 5000) -> None:
        """A short message in the status bar."""
        ...

    def report(self, error: BaseException) -> None:
        """The one error path: a dialog with a plain sentence; a conflict is explained and
        the article reloaded (ADR 0087)."""
        ...

    def update_actions(self, prefix: str, specs: Sequence[ActionSpec]) -> None:
        """Replace the actions whose id starts with ``prefix`` (the label actions after a
        schema change) and rebuild the menus and toolbar."""
        ...

    def action(self, action_id: str) -> QAction:
        """The action the registry made from a spec, to put into a context menu (the same
        action as in the menu bar, with its shortcut and enabled state, never a copy)."""
        ...


class Feature(Protocol):
    """What a feature gives the shell."""

    def actions(self) -> Sequence[ActionSpec]: ...

    def docks(self) -> Sequence[DockSpec]: ...


__all__ = ["DockSpec", "Feature", "Shell"]
