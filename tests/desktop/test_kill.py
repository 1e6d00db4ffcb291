"""Killing the application right after an edit loses nothing that was shown as saved."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from marginalia.db.store import Store

from .helpers import TEXT, add_article

#: The app in a child process, with an ``ACT(workspace)`` put between these two: it runs once
#: an article is shown, and prints a word when the parent may kill the process.
CHILD_HEAD = """
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from marginalia.desktop import app as entry
from marginalia.desktop.mainwindow import MainWindow

START, END = int(sys.argv[1]), int(sys.argv[2])

def when_shown():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    workspace = window.workspace
    if workspace is None or workspace.annotate.reader.view.article is None:
        QTimer.singleShot(20, when_shown)
        return
    ACT(workspace)
"""
CHILD_TAIL = """
app = QApplication(sys.argv[:1])
QTimer.singleShot(0, when_shown)
sys.exit(entry.main(sys.argv[3:]))
"""

TAG = textwrap.dedent(
    """
    def ACT(workspace):
        view = workspace.annotate.reader.view
        view.select_span(START, END)
        QTest.keyClick(view, Qt.Key.Key_1)
        def check():
            if workspace.saved_label.text() == "Saved" and workspace.undo.count() == 1:
                print("SAVED", flush=True)
            else:
                QTimer.singleShot(1, check)
        check()
    """
)


def run_and_kill(
    tmp_path: Path, act: str, span: tuple[int, int], annotator: str, word: str, after: float = 0
) -> tuple[Path, int]:
    """Start the app on a new database's article, run ``act`` in it, wait for ``word``, then
    ``after`` seconds, and SIGKILL it; the database must pass integrity_check."""
    database = tmp_path / f"{annotator}.sqlite"
    with Store.open(database) as store:
        article = add_article(store)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MARGINALIA_NO_DIALOGS": "1"}
    script = CHILD_HEAD + act + CHILD_TAIL
    child = subprocess.Popen(
        [
            *(sys.executable, "-c", script, str(span[0]), str(span[1])),
            *("--db", str(database), "--annotator", annotator, "--article", str(article)),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert child.stdout is not None and child.stderr is not None
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, f"the application did not say {word} within a minute"
        line = child.stdout.readline()
        assert line.strip() == word, line + child.stderr.read()
        time.sleep(after)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    return database, article


def test_sigkill_after_an_edit_keeps_it_and_the_database_intact(tmp_path: Path) -> None:
    start = TEXT.index("unemployment")
    end = start + len("unemployment")
    database, article = run_and_kill(tmp_path, TAG, (start, end), "killed", "SAVED")
    with Store.open(database) as store:
        (saved,) = store.annotations(article, annotator="killed")
    assert (saved.start, saved.end, saved.quote) == (start, end, "unemployment")


TYPE = textwrap.dedent(
    """
    def ACT(workspace):
        view = workspace.annotate.reader.view
        view.select_span(START, END)
        QTest.keyClick(view, Qt.Key.Key_2)
        editor = workspace.annotate.panel.editor
        def type_value():
            field = editor.attribute_widgets.get("value")
            if workspace.saved_label.text() != "Saved" or field is None or not field.isVisible():
                QTimer.singleShot(5, type_value)
                return
            field.setFocus()
            field.selectAll()  # over the value the figure detector filled in
            QTest.keyClicks(field, "0.2")
            print("TYPED", flush=True)  # the parent kills us SAVE_DELAY_MS later, and a bit
        type_value()
    """
)

#: what the commit of a save may take on a busy machine, on top of the save delay
COMMIT_ALLOWANCE_S = 0.25


def test_sigkill_after_the_save_delay_keeps_what_was_typed(tmp_path: Path) -> None:
    """ADR 0074: typing is stored SAVE_DELAY_MS after the keystroke, without leaving the
    field, pressing Enter or closing: a kill after that loses nothing."""
    from marginalia.desktop.panel.editor import SAVE_DELAY_MS

    start = TEXT.index("5%")
    delay = SAVE_DELAY_MS / 1000 + COMMIT_ALLOWANCE_S
    database, article = run_and_kill(tmp_path, TYPE, (start, start + 2), "typist", "TYPED", delay)
    with Store.open(database) as store:
        (figure,) = store.annotations(article, annotator="typist")
    assert figure.quote == "5%" and figure.attributes["value"] == 0.2
