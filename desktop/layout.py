"""The window's layout rules (ADR 0064): the reader always keeps a readable width, the docks
give way first, and a saved or first-run geometry fits the screen the window opens on.

- **A floor.** The reader's minimum width is :data:`READABLE_CHARS` full-width (CJK)
  characters of its font, its margins and scroll bar — capped so that the docks at their own
  minimum widths still fit on the screen. Qt's dock layout never squeezes a widget below its
  minimum, so no saved layout, divider drag or small screen can collapse the reader.
- **Docks give way first.** When the window becomes narrower, docks wider than they need to
  be shrink (in proportion to what each can give) until the reader has
  :data:`COMFORT_CHARS` characters a line. A restored layout and a divider the user drags
  are the user's choice, down to the floor.
- **A zoom squeezes only while it lasts.** A larger font raises the floor, which narrows the
  docks; they take the user's widths back when it falls, and those are what is saved.
- **The screen decides.** A first run opens at 1280×800 where that fits, else maximized;
  a restored geometry larger than the screen's available area, or outside it, is brought
  back onto it.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication, QMouseEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTextEdit, QWidget

from .opened_windows import OpenedWindows

#: the reader never shows fewer full-width characters a line than this
READABLE_CHARS = 30
#: when the window narrows, docks give way until the reader shows this many (if they can);
#: about what the first-run shares leave it in a 1280 px window
COMFORT_CHARS = 34
#: the window of a first run, where the screen has room for it
FIRST_RUN_SIZE = QSize(1280, 800)
#: what a window manager's frame and a panel may take around a window
FRAME_ALLOWANCE = QSize(16, 48)
#: the reader's floor never takes more of the screen than this (a huge zoom)
MAX_READER_SHARE = 0.62
#: a divider's release waits this long for Qt to apply the last move of the drag
RELEASE_DELAY_MS = 15


def available(window: QWidget) -> QRect:
    screen: QScreen | None = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1600, 1000)


def place_first_run(window: QMainWindow) -> None:
    """1280×800 in the middle of the screen where it fits with its frame; else maximized."""
    area = available(window)
    wanted = FIRST_RUN_SIZE + FRAME_ALLOWANCE
    if wanted.width() <= area.width() and wanted.height() <= area.height():
        window.resize(FIRST_RUN_SIZE)
        frame = QRect(area.topLeft(), FIRST_RUN_SIZE)
        frame.moveCenter(area.center())
        window.move(frame.topLeft())
    else:
        window.resize(area.size() - FRAME_ALLOWANCE)
        window.move(area.topLeft())
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def fit_on_screen(window: QMainWindow) -> bool:
    """Bring a restored window back onto its screen's available area; True if it moved."""
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        return False
    area = available(window)
    frame = window.frameGeometry()
    extra = frame.size() - window.geometry().size()  # the window manager's frame, if known
    width = min(window.width(), area.width() - max(extra.width(), 0))
    height = min(window.height(), area.height() - max(extra.height(), 0))
    changed = (width, height) != (window.width(), window.height())
    if changed:
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
        changed = True
    return changed


def characters_width(reader: QTextEdit, characters: int) -> int:
    """The reader's width that shows ``characters`` full-width characters a line."""
    metrics = QFontMetrics(reader.font())
    text = metrics.horizontalAdvance("中" * characters)
    margins = 2 * round(reader.document().documentMargin())
    scroll = reader.verticalScrollBar().sizeHint().width()
    return text + margins + scroll + 2 * reader.frameWidth() + 2


def characters_shown(reader: QTextEdit) -> float:
    """How many full-width characters a line of the reader holds now."""
    metrics = QFontMetrics(reader.font())
    usable = reader.viewport().width() - 2 * reader.document().documentMargin()
    return usable / max(1, metrics.horizontalAdvance("中"))


class PlaceNewWindows(OpenedWindows):
    """Every window or dialog the main window opens appears centred on it, and no larger
    than the screen: a lead's views asked for 1100×700 on a 1024×700 screen, and windows
    that are not dialogs were put wherever the window manager chose. Each is placed when it
    is first shown."""

    def window_shown(self, window: QWidget) -> None:
        if window.property("marginaliaPlaced") or window.windowType() not in (
            Qt.WindowType.Window,
            Qt.WindowType.Dialog,
        ):
            return
        window.setProperty("marginaliaPlaced", True)
        centre_on(window, self.main)
        # a message box settles its size only once shown: centre again if it did
        placed, size = window.pos(), window.size()

        def again() -> None:
            moved = not shiboken6.isValid(window) or window.pos() != placed
            if not moved and window.size() != size:
                centre_on(window, self.main)

        QTimer.singleShot(0, again)


def centre_on(window: QWidget, main: QWidget) -> None:
    """Fit ``window`` into the screen's available area and centre it on ``main``."""
    area = available(main)
    most = area.size() - FRAME_ALLOWANCE
    if window.width() > most.width() or window.height() > most.height():
        window.resize(min(window.width(), most.width()), min(window.height(), most.height()))
    frame = QRect(QPoint(0, 0), window.frameGeometry().size().expandedTo(window.size()))
    frame.moveCenter(main.frameGeometry().center())
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    window.move(x, y)


class DividerDrags(QObject):
    """A divider between docks follows a fast drag to where the mouse was let go.

    QMainWindow applies a divider's move from a zero-time timer and forgets the pending move
    when the button is released first (``QMainWindowLayout::endSeparatorMove``), so a quick
    flick of the mouse moved nothing and a fast drag stopped short — "dividers move only on
    a slow drag". The release is held back until that timer has run.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._dragging = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            # the window itself gets a press only on a divider (or its bare frame)
            self._dragging = True
        elif kind == QEvent.Type.MouseButtonRelease and self._dragging:
            assert isinstance(event, QMouseEvent)
            self._dragging = False
            last_move = QMouseEvent(
                QEvent.Type.MouseMove,
                event.position(),
                event.globalPosition(),
                Qt.MouseButton.NoButton,
                event.buttons() | event.button(),
                event.modifiers(),
            )
            release = QMouseEvent(
                QEvent.Type.MouseButtonRelease,
                event.position(),
                event.globalPosition(),
                event.button(),
                event.buttons(),
                event.modifiers(),
            )
            QCoreApplication.sendEvent(self.window, last_move)
            QTimer.singleShot(
                RELEASE_DELAY_MS, lambda: QCoreApplication.sendEvent(self.window, release)
            )
            return True
        return False


class ReaderRoom(QObject):
    """Keeps the reader readable in one window: its floor, and docks that give way."""

    def __init__(
        self, window: QMainWindow, reader: QTextEdit, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or window)
        self.window = window
        self.reader = reader
        self._give_way = QTimer(self)
        self._give_way.setSingleShot(True)
        self._give_way.setInterval(0)
        self._give_way.timeout.connect(self.make_room)
        # the floor depends on the docks' own minimum widths, known once they are laid out
        self._refloor = QTimer(self)
        self._refloor.setSingleShot(True)
        self._refloor.setInterval(0)
        self._refloor.timeout.connect(self._apply_floor)
        #: the docks' widths the user chose, while a zoom's floor squeezes them (else None)
        self._chosen: dict[QDockWidget, int] | None = None
        # after a zoom, once the new floor is laid out: the docks take back what they can
        self._regain = QTimer(self)
        self._regain.setSingleShot(True)
        self._regain.setInterval(0)
        self._regain.timeout.connect(self._take_back)
        for dock in window.findChildren(QDockWidget):
            dock.visibilityChanged.connect(lambda _on: self._refloor.start())
            dock.topLevelChanged.connect(lambda _floating: self._refloor.start())
            dock.dockLocationChanged.connect(lambda _area: self._refloor.start())
        window.installEventFilter(self)

    def floor(self) -> int:
        """The reader's minimum width now: 30 characters, capped so the docks still fit."""
        wanted = characters_width(self.reader, READABLE_CHARS)
        docks = sum(minimum + 6 for _dock, minimum in self._columns())
        room = available(self.window).width() - FRAME_ALLOWANCE.width() - docks
        cap = int(available(self.window).width() * MAX_READER_SHARE)
        return max(120, min(wanted, room, cap))

    def update_floor(self) -> None:
        """Apply the floor (now, and again once the layout has settled: after a font size
        change, a dock shown, hidden or moved, or a change of screen)."""
        self._apply_floor()
        self._refloor.start()

    def _apply_floor(self) -> None:
        floor = self.floor()
        if floor != self.reader.minimumWidth():
            self.reader.setMinimumWidth(floor)

    def zoomed(self) -> None:
        """The reader's font size changed: a larger one raises the floor, which squeezes the
        docks; they keep the user's widths in mind and take them back when the floor falls
        (a zoom never narrows them for good)."""
        now = self._widths()
        chosen = self._chosen or {}
        if not any(now.get(dock, width) < width for dock, width in chosen.items()):
            self._chosen = now  # nothing squeezed: the widths now are the user's
        self.update_floor()
        self._regain.start()

    def restore(self, restore_state: Callable[[], bool]) -> bool:
        """Restore a saved layout as saved, then apply the floor: the saved widths are the
        user's, which a zoomed reader's floor may squeeze until the zoom is reset."""
        floor = self.reader.minimumWidth()
        self.reader.setMinimumWidth(0)
        self._settle()
        restored = restore_state()
        if restored:
            self._settle()
            self._chosen = self._widths()
        self.reader.setMinimumWidth(floor)
        self.update_floor()
        return restored

    def chosen_widths(self) -> dict[QDockWidget, int]:
        """The docks' widths to save: the user's, not a zoom's squeeze."""
        widths = self._widths()
        if self._chosen is not None:
            widths.update({d: w for d, w in self._chosen.items() if d in widths})
        return widths

    def save_chosen(self, save: Callable[[], None]) -> None:
        """Call ``save`` (which saves the window's state) with the docks at the user's widths
        (the window is closing: what the reader's floor squeezed is given back first)."""
        if self._chosen is None:
            save()
            return
        widths = self.chosen_widths()
        self.reader.setMinimumWidth(0)
        self._settle()
        self.window.resizeDocks(list(widths), list(widths.values()), Qt.Orientation.Horizontal)
        self._settle()
        save()
        self._apply_floor()

    def _settle(self) -> None:
        """Lay the window out now, so that a minimum width just changed is the one Qt's
        dock layout fits sizes against."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        layout = self.window.layout()
        if layout is not None:
            layout.activate()

    def _widths(self) -> dict[QDockWidget, int]:
        return {dock: dock.width() for dock, _minimum in self._columns()}

    def _take_back(self) -> None:
        if self._chosen is None:
            return
        self._apply_floor()
        self._settle()
        current = self._widths()
        docks = [dock for dock in self._chosen if dock in current]
        wanted = [self._chosen[dock] for dock in docks]
        if docks and [current[dock] for dock in docks] != wanted:
            self.window.resizeDocks(docks, wanted, Qt.Orientation.Horizontal)

    def make_room(self) -> None:
        """Shrink docks wider than they need to be until the reader is comfortable."""
        comfort = min(
            characters_width(self.reader, COMFORT_CHARS),
            int(available(self.window).width() * MAX_READER_SHARE),
        )
        missing = comfort - self.reader.width()
        spare = {dock: dock.width() - minimum for dock, minimum in self._columns()}
        spare = {dock: room for dock, room in spare.items() if room > 0}
        total = sum(spare.values())
        if missing <= 0 or total <= 0:
            return
        take = min(missing, total)
        docks = list(spare)
        widths = [dock.width() - take * spare[dock] // total for dock in docks]
        self.window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
        self._chosen = None  # a narrower window is the user's doing: these widths stay

    def _columns(self) -> list[tuple[QDockWidget, int]]:
        """The dock areas beside the reader that hold an open dock: one of their docks (to
        resize the column by) and the column's minimum width (its widest minimum)."""
        columns = []
        for area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
            docks = [
                dock
                for dock in self.window.findChildren(QDockWidget)
                if dock.parent() is self.window
                and self.window.dockWidgetArea(dock) == area
                and dock.isVisibleTo(self.window)
                and not dock.isFloating()
            ]
            if docks:
                minimum = max(max(d.minimumWidth(), d.minimumSizeHint().width()) for d in docks)
                columns.append((docks[0], minimum))
        return columns

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.MouseButtonPress:
            self._chosen = None  # a divider dragged: the user chooses the widths anew
        elif watched is self.window and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            old = event.oldSize().width()
            if 0 < event.size().width() < old:  # narrower: the docks give way, not the reader
                self._give_way.start()  # once the layout has the new size
        elif watched is self.window and event.type() == QEvent.Type.ScreenChangeInternal:
            self.update_floor()
        elif watched is self.window and event.type() == QEvent.Type.LayoutRequest:
            self._refloor.start()  # a dock's minimum may have changed with its contents
        return super().eventFilter(watched, event)


__all__ = [
    "COMFORT_CHARS",
    "READABLE_CHARS",
    "DividerDrags",
    "PlaceNewWindows",
    "ReaderRoom",
    "centre_on",
    "characters_shown",
    "characters_width",
    "fit_on_screen",
    "place_first_run",
]
