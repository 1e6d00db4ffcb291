"""The window says what the command line says: the cause and what to do, never "Something
went wrong"; a long write by another program shows as waiting, not as a refused edit
(issue 16, items 5 and 6). Real widgets, driven with keys, read back from the database."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from marginalia.db import database
from marginalia.db.article_import.pipeline import ImportReport
from marginalia.db.store import Store
from marginalia.desktop.errors import plain_sentence

from ..desktop.conftest import Harness
from ..desktop.helpers import TEXT, add_article
from .conftest import Mounts, Protect, integrity

START = TEXT.index("unemployment")
END = START + len("unemployment")


def tag(harness: Harness, article: int) -> None:
    harness.open(article)
    harness.view.select_span(START, END)
    QTest.keyClick(harness.view, Qt.Key.Key_1)


def test_an_edit_on_a_read_only_database_is_refused_with_the_reason(
    qtbot, tmp_path: Path, protect: Protect
) -> None:
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        article = add_article(store)
    protect(db)
    with Store.open(db) as store:
        harness = Harness(qtbot, store)
        try:
            assert harness.workspace.saved_label.text() == "Read-only"
            assert "read-only" in harness.workspace.saved_label.toolTip()
            tag(harness, article)
            harness.wait()
            qtbot.waitUntil(lambda: bool(harness.errors))
            (shown,) = harness.errors
            assert shown.startswith(
                f"{db}: this change was not saved: the database file is read-only; make it "
                "writable, or copy it to a folder you can write to"
            )
            assert "Something went wrong" not in shown
            assert harness.mine(article) == []
            assert harness.workspace.saved_label.text() == "Read-only"
        finally:
            harness.window.close()
            harness.runner.shutdown()


def test_an_edit_waits_visibly_while_another_program_holds_the_lock(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "WAIT_STEP_MS", 200)
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        article = add_article(store)
        harness = Harness(qtbot, store)
        started, release = threading.Event(), threading.Event()

        def merge() -> None:  # a lead's merge, holding the write lock
            raw = sqlite3.connect(db, isolation_level=None)
            raw.execute("BEGIN IMMEDIATE")
            started.set()
            release.wait(20)
            raw.execute("COMMIT")
            raw.close()

        holder = threading.Thread(target=merge)
        try:
            harness.open(article)
            holder.start()
            assert started.wait(10)
            harness.view.select_span(START, END)
            QTest.keyClick(harness.view, Qt.Key.Key_1)
            label = harness.workspace.saved_label
            qtbot.waitUntil(
                lambda: label.text().startswith("Waiting for another program"), timeout=5000
            )
            time.sleep(0.5)
            assert harness.mine(article) == []  # not yet: it waits, it is not refused
            release.set()
            harness.wait()
            qtbot.waitUntil(lambda: label.text() == "Saved", timeout=5000)
            (stored,) = harness.mine(article)
            assert (stored.start, stored.end) == (START, END)
            assert harness.errors == []
        finally:
            release.set()
            holder.join()
            harness.window.close()
            harness.runner.shutdown()
    assert integrity(db) == "ok"


def test_an_import_that_fills_the_disk_shows_what_was_stored(
    qtbot, tmp_path: Path, mounts: Mounts
) -> None:
    disk = mounts.tmpfs(tmp_path / "disk", "2m")
    source = tmp_path / "in"
    source.mkdir()
    body = "江北区工业总产值突破1500亿元，共有351家企业。" * 40
    for i in range(1500):
        (source / f"{i:04}.txt").write_text(f"第{i}篇\n\n{body}{i}\n", "utf-8")
    db = disk / "db.sqlite"
    with Store.open(db) as store:
        harness = Harness(qtbot, store)
        try:
            with qtbot.waitSignal(
                harness.workspace.article_import.finished, timeout=120_000
            ) as done:
                harness.window.import_paths([source])
            report: ImportReport = done.args[0]
            assert report.stopped is not None
            assert report.stopped.startswith(f"{db}: the disk is full; ")
            assert f"{len(report.imported):,} of 1,500 articles were stored" in report.stopped
            boxes = [
                w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ]  # fmt: skip
            assert any(report.stopped in box.text() for box in boxes)
            assert store.article_count() == len(report.imported) > 0
            assert harness.errors == []  # one summary, not an error dialog besides
        finally:
            for box in QApplication.topLevelWidgets():
                if isinstance(box, QMessageBox):
                    box.close()
            harness.window.close()
            harness.runner.shutdown()
    assert integrity(db) == "ok"


def test_driver_errors_reaching_the_window_become_plain_sentences() -> None:
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    wrapped = OperationalError("INSERT INTO annotations (id) VALUES (?)", ("x",), full)
    sentence = plain_sentence(wrapped)
    assert sentence == "the disk is full; free some space on it, then try again"
    assert plain_sentence(OSError(28, "No space left on device")) == (
        "the disk is full; free some space on it, then try again"
    )
