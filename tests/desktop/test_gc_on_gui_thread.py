"""Garbage cycles are collected only on the GUI thread (ADR 0139): while the window and its
database worker are busy, every collection runs on the GUI thread; cycles the worker makes
are still collected; automatic collection is as it was once the app has quit."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from marginalia.desktop import collector as collector_module
from marginalia.desktop.collector import GuiThreadCollector, collecting_on_gui_thread

from .helpers import add_article

INCEPTION = Path(__file__).resolve().parents[1] / "data" / "inception_xmi" / "relation_test"


class Collections:
    """The thread of every collection :data:`gc.callbacks` sees."""

    def __init__(self) -> None:
        self.threads: list[str] = []

    def __call__(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self.threads.append(threading.current_thread().name)

    def off_the_gui_thread(self) -> list[str]:
        gui = threading.main_thread().name
        return [name for name in self.threads if name != gui]


@pytest.fixture
def collections() -> Iterator[Collections]:
    """Every collection seen, with thresholds low enough that the worker's allocations
    would pass them many times over (Python's own thresholds after the test)."""
    seen = Collections()
    thresholds = gc.get_threshold()
    gc.set_threshold(50, 2, 2)
    gc.callbacks.append(seen)
    try:
        yield seen
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*thresholds)


def test_collection_is_off_while_the_tests_application_lives(qapp) -> None:
    assert not gc.isenabled()


def test_every_collection_runs_on_the_gui_thread_while_the_worker_imports_and_edits(
    app_window, collections: Collections, tmp_path: Path
) -> None:
    """INCEpTION's XMI through the import dialog (where CI crashed: cassis loading its type
    system on the worker), then three adds with the label key, each its write and reads."""
    text = "Darmstadt is in Hessen.\nHannover is in Lower Saxony."
    article = add_article(app_window.store, text, images=False)
    export = tmp_path / "relation_test.zip"
    with zipfile.ZipFile(export, "w") as archive:
        for name in ("relation_test.xmi", "TypeSystem.xml"):
            archive.write(INCEPTION / name, name)
    feature = app_window.workspace.interchange
    app_window.registry.action("file.import_annotations").trigger()
    dialog = feature.import_dialog
    assert dialog is not None
    dialog.format.setFocus()
    QTest.keyClick(dialog.format, Qt.Key.Key_Home)
    while dialog.format.currentData() != "xmi":
        QTest.keyClick(dialog.format, Qt.Key.Key_Down)
    QTest.keyClicks(dialog.files, str(export))
    with app_window.qtbot.waitSignal(feature.importer.finished, timeout=20_000):
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    feature.importer.summary.close()
    app_window.open(article)
    for word in ("Darmstadt", "Hannover", "Lower Saxony"):
        start = text.index(word)
        app_window.view.select_span(start, start + len(word))
        QTest.keyClick(app_window.view, Qt.Key.Key_1)
        app_window.wait()
    assert len(app_window.mine(article)) == 3
    # The collector looks every 100 ms and waits while the runner is busy (up to 1 s): on a
    # loaded machine the work above can end before its second look, so the test waits for it
    # (the second collection of a run with this much garbage comes within a second or two).
    app_window.qtbot.waitUntil(lambda: len(collections.threads) >= 2, timeout=10_000)
    assert collections.off_the_gui_thread() == []


class Node:
    """One garbage cycle (it refers to itself), counted while it lives."""

    alive = 0

    def __init__(self) -> None:
        Node.alive += 1
        self.me = self
        self.payload = [0] * 8

    def __del__(self) -> None:
        Node.alive -= 1


def test_cycles_made_on_the_worker_are_collected(app_window, collections: Collections) -> None:
    """20,000 cycles made on the database worker, 1,000 an operation: the GUI thread's
    collections take them apart as they come; they never pile up."""
    gc.set_threshold(700, 10, 10)  # an ordinary young generation
    Node.alive = 0

    def make(_store: object) -> None:
        for _ in range(1_000):
            Node()

    most = 0
    for _ in range(20):
        app_window.runner.run(make)
        app_window.wait()
        app_window.qtbot.wait(120)  # a check of the collector's timer in between
        most = max(most, Node.alive)
    app_window.qtbot.waitUntil(lambda: Node.alive < 1_000, timeout=5_000)
    assert most < 5_000, most
    assert collections.threads and collections.off_the_gui_thread() == []


def test_cycles_made_on_the_worker_are_collected_while_collections_wait_for_the_runner(
    app_window, collections: Collections
) -> None:
    """The same, with the app's deferral (a due collection waits while the runner has
    operations queued): the cycles still never pile up."""
    collector = app_window_collector()
    collector.defer_while(lambda: not app_window.runner.idle)
    try:
        test_cycles_made_on_the_worker_are_collected(app_window, collections)
    finally:
        collector.defer_while(None)


def app_window_collector() -> GuiThreadCollector:
    assert collector_module._installed is not None
    return collector_module._installed


class Due:
    """A collector's checks alone (its timer not started), thresholds low enough that a
    few lists make the young generation due, and the generations it collected."""

    def __init__(self, qapp, busy: bool) -> None:
        self.collector = GuiThreadCollector(qapp)
        self.busy = busy
        self.collector.defer_while(lambda: self.busy)
        self.generations: list[int] = []
        self.kept: list[object] = []

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.generations.append(info["generation"])

    def make_due(self, thresholds: int = 1) -> None:
        """The young generation past its threshold by about ``thresholds`` of them."""
        gc.collect(0)
        while gc.get_count()[0] <= thresholds * gc.get_threshold()[0]:
            self.kept.append([])
        self.generations.clear()  # (gc.collect's own)


@pytest.fixture
def due(qapp) -> Iterator[Due]:
    seen = Due(qapp, busy=True)
    thresholds = gc.get_threshold()
    gc.set_threshold(100, 10, 10)
    gc.callbacks.append(seen)
    try:
        yield seen
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*thresholds)
        seen.collector.deleteLater()


def test_a_due_collection_waits_while_the_gui_thread_is_busy(due: Due) -> None:
    """Put off while busy, looking again every few milliseconds; once the runner is idle at
    two looks in a row (not in the middle of a gesture's last delivery), collected."""
    due.make_due()
    for _ in range(5):
        due.collector.check()
    assert due.generations == []
    assert due.collector._timer.interval() == collector_module.CHECK_DEFERRED_EVERY_MS
    due.busy = False
    due.collector.check()
    assert due.generations == []
    due.collector.check()
    assert due.generations == [0]
    assert due.collector._timer.interval() == collector_module.CHECK_EVERY_MS


def test_a_due_collection_waits_at_most_its_bound(due: Due, monkeypatch) -> None:
    monkeypatch.setattr(collector_module, "DEFER_AT_MOST_S", 0.05)
    due.make_due()
    due.collector.check()
    assert due.generations == []
    time.sleep(0.06)
    due.collector.check()
    assert due.generations == [0]


def test_a_young_generation_far_past_its_threshold_is_collected_at_once(due: Due) -> None:
    due.make_due(collector_module.DEFER_AT_MOST_THRESHOLDS + 1)
    due.collector.check()
    assert len(due.generations) == 1  # (an older one with it: 11 young ones' worth)


def test_nested_use_keeps_the_outer_collector(qapp) -> None:
    """The app started inside a test leaves the tests' collector in place."""
    with collecting_on_gui_thread(qapp) as inner:
        assert inner.active and not gc.isenabled()
    assert not gc.isenabled()


def test_a_full_collection_waits_as_the_interpreters_does(qapp) -> None:
    """Every generation due at each check, but the oldest collected only once the objects
    moved into it are a quarter of those the last full collection kept."""
    collector = GuiThreadCollector(qapp)  # its checks alone, the timer not started
    generations: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            generations.append(info["generation"])

    thresholds = gc.get_threshold()
    gc.set_threshold(1, 1, 1)
    gc.callbacks.append(seen)
    kept: list[object] = []
    try:
        collector._long_lived = 10**9
        for _ in range(30):
            kept.append([[] for _ in range(4)])
            collector.check()
        assert 1 in generations and 2 not in generations
        collector._long_lived = 0
        for _ in range(30):
            kept.append([[] for _ in range(4)])
            collector.check()
        assert 2 in generations
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*thresholds)


#: The app's own start-up, a sample imported on the job thread, the window closed once the
#: article is shown; collections counted by thread and automatic collection looked at
#: before, during and after.
APP = """
import gc, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
if sys.argv[1] == "off":
    gc.disable()
gc.set_threshold(100, 5, 5)
threads = []
gc.callbacks.append(lambda phase, _: phase == "start" and threads.append(
    threading.current_thread() is threading.main_thread()))
app = QApplication(sys.argv[:1])
during = []
def usable():
    for window in QApplication.topLevelWidgets():
        workspace = getattr(window, "workspace", None)
        if workspace is not None and workspace.current_article() is not None:
            QTimer.singleShot(300, lambda: close(window))
            return
    QTimer.singleShot(10, usable)
def close(window):
    during.append(gc.isenabled())
    seen.extend(threads)  # (a backup may still run after the window: not the app's)
    window.close()
seen = []
QTimer.singleShot(0, usable)
before = gc.isenabled()
from marginalia.desktop.app import main
code = main(sys.argv[2:])
print("enabled", before, during, gc.isenabled())
print("collections", seen.count(True), seen.count(False))
sys.exit(code)
"""


@pytest.mark.parametrize("before", ["on", "off"])
def test_the_app_collects_on_its_gui_thread_and_puts_it_back_when_it_quits(
    tmp_path: Path, before: str
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MARGINALIA_NO_DIALOGS": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "MARGINALIA_DATA_DIR": str(tmp_path / "data"),
    }
    database = tmp_path / "t.sqlite"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            APP,
            before,
            "--db",
            str(database),
            "--annotator",
            "ana",
            "--sample",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    enabled = before == "on"
    assert lines["enabled"] == f"{enabled} [False] {enabled}", done.stdout
    on_gui, off_gui = (int(n) for n in lines["collections"].split())
    assert on_gui > 0 and off_gui == 0, lines["collections"]
