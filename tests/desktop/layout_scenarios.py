"""Layout scenarios run in a process of their own, on an offscreen screen of a given size
(``QT_QPA_PLATFORM=offscreen:configfile=…``): ``python layout_scenarios.py NAME DB SETTINGS``
prints one JSON object of measurements. ``test_layout.py`` runs them and judges."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from marginalia.db import Store
from marginalia.desktop.context import AppContext
from marginalia.desktop.errors import ErrorReporter
from marginalia.desktop.layout import COMFORT_CHARS, READABLE_CHARS, characters_shown
from marginalia.desktop.mainwindow import MainWindow
from marginalia.desktop.ops import OpRunner
from marginalia.desktop.settings import use_settings_folder


def settle(runner: OpRunner) -> None:
    runner.wait()
    for _ in range(10):
        QApplication.processEvents()


def open_window(store: Store, runner: OpRunner, size: tuple[int, int] | None = None) -> MainWindow:
    window = MainWindow(None, ErrorReporter())
    if size is not None:
        window.resize(*size)
    window.show()
    settle(runner)
    window.attach(AppContext(runner, "tester", store.schema(), "test.sqlite"))
    assert window.workspace is not None
    window.open_start_article(None)
    settle(runner)
    return window


def measure(window: MainWindow) -> dict[str, object]:
    workspace = window.workspace
    assert workspace is not None
    view = workspace.annotate.reader.view
    screen = window.screen().availableGeometry()
    return {
        "screen": [screen.width(), screen.height()],
        "window": [window.width(), window.height()],
        "frame": [window.frameGeometry().width(), window.frameGeometry().height()],
        "reader": workspace.annotate.reader.width(),
        "characters": characters_shown(view),
        "floor": view.minimumWidth(),
        "articles": workspace.articles.dock.width(),
        "panel": workspace.annotate.panel_dock.width(),
        "suggestions": workspace.suggestions.dock.width()
        if hasattr(workspace.suggestions, "dock")
        else None,
        "minimum_window": window.minimumSizeHint().width(),
    }


def restart(store: Store, runner: OpRunner) -> dict[str, object]:
    """Open, set the docks' widths, close; open again (as after an import and a relaunch)."""
    first = open_window(store, runner)
    workspace = first.workspace
    assert workspace is not None
    first.resizeDocks(
        [workspace.articles.dock, workspace.annotate.panel_dock],
        [240, 330],
        Qt.Orientation.Horizontal,
    )
    settle(runner)
    before = measure(first)
    first.close()
    settle(runner)
    second = open_window(store, runner)
    after = measure(second)
    second.close()
    settle(runner)
    return {"before": before, "after": after}


def small_screen(store: Store, runner: OpRunner) -> dict[str, object]:
    """A first run, then a relaunch, on the screen given."""
    first = open_window(store, runner)
    at_first = measure(first)
    first.close()
    settle(runner)
    second = open_window(store, runner)
    again = measure(second)
    second.close()
    return {"first": at_first, "again": again, "readable": READABLE_CHARS}


def narrowing(store: Store, runner: OpRunner) -> dict[str, object]:
    """Wide docks in a wide window; the window narrows."""
    window = open_window(store, runner, (1400, 900))
    workspace = window.workspace
    assert workspace is not None
    window.resizeDocks(
        [workspace.articles.dock, workspace.annotate.panel_dock],
        [400, 400],
        Qt.Orientation.Horizontal,
    )
    settle(runner)
    before = measure(window)
    window.resize(1000, 900)
    settle(runner)
    after = measure(window)
    window.close()
    return {"before": before, "after": after, "comfort": COMFORT_CHARS}


def fast_drag(store: Store, runner: OpRunner) -> dict[str, object]:
    """Press on the divider left of the panel, one big move, release: nothing in between."""
    window = open_window(store, runner)
    workspace = window.workspace
    assert workspace is not None
    dock = workspace.annotate.panel_dock
    before = dock.width()
    at = QPoint(dock.geometry().left() - 2, dock.geometry().top() + 150)
    target = at + QPoint(90, 0)
    QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    QTest.mouseMove(window, target)
    QTest.mouseRelease(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    settle(runner)
    QTest.qWait(100)
    after = dock.width()
    window.close()
    return {"before": before, "after": after}


def zoom(store: Store, runner: OpRunner) -> dict[str, object]:
    """The user's dock widths; zoom in until the reader's floor squeezes the docks; reset the
    zoom. Then zoom in again and quit while zoomed; relaunch (still zoomed) and reset."""
    window = open_window(store, runner)
    workspace = window.workspace
    assert workspace is not None
    window.resizeDocks(
        [workspace.articles.dock, workspace.annotate.panel_dock],
        [300, 330],
        Qt.Orientation.Horizontal,
    )
    settle(runner)
    chosen = measure(window)
    view = workspace.annotate.reader.view
    for _ in range(8):
        view.zoom(+1)
        settle(runner)
    zoomed = measure(window)
    workspace.annotate.reset_zoom()
    settle(runner)
    reset = measure(window)
    for _ in range(8):
        view.zoom(+1)
        settle(runner)
    window.close()
    settle(runner)
    second = open_window(store, runner)
    relaunched = measure(second)
    assert second.workspace is not None
    second.workspace.annotate.reset_zoom()
    settle(runner)
    relaunched_reset = measure(second)
    second.close()
    settle(runner)
    return {
        "chosen": chosen,
        "zoomed": zoomed,
        "reset": reset,
        "relaunched": relaunched,
        "relaunched_reset": relaunched_reset,
    }


SCENARIOS = {f.__name__: f for f in (restart, small_screen, narrowing, fast_drag, zoom)}


def main() -> None:
    name, database, settings = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    app = QApplication(sys.argv[:1])
    use_settings_folder(settings)
    store = Store.open(database)
    runner = OpRunner(store)
    try:
        result = SCENARIOS[name](store, runner)
    finally:
        runner.shutdown()
        store.close()
    print(json.dumps(result), flush=True)
    app.quit()


if __name__ == "__main__":
    main()
