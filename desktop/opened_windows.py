"""The windows the main window opens, each time one is shown.

Placing a new window (``layout.PlaceNewWindows``) and naming its fields for a screen reader
(``accessible.SpokenNames``) both need to see every window or dialog the main window opens,
when it is shown. Watching the application's every event for that would cost each event a
Python call; this watches only the main window and those of its children that are windows.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject
from PySide6.QtWidgets import QWidget


class OpenedWindows(QObject):
    """Calls :meth:`main_shown` when the main window is shown and :meth:`window_shown` each
    time a window it opened (a child that is a window) is shown. Subclasses override them."""

    def __init__(self, main: QWidget) -> None:
        super().__init__(main)
        self.main = main
        main.installEventFilter(self)

    def main_shown(self) -> None:
        """The main window was shown."""

    def window_shown(self, window: QWidget) -> None:
        """``window``, opened by the main window, was shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.main:
            if kind in (QEvent.Type.ChildAdded, QEvent.Type.ChildPolished):
                assert isinstance(event, QChildEvent)
                child = event.child()
                if isinstance(child, QWidget) and child.isWindow():
                    child.installEventFilter(self)
            elif kind == QEvent.Type.Show:
                self.main_shown()
        elif kind == QEvent.Type.Show and isinstance(watched, QWidget):
            self.window_shown(watched)
        return False
