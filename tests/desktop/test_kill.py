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

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from marginalia.desktop import app as entry
    from marginalia.desktop.mainwindow import MainWindow

    START, END = int(sys.argv[1]), int(sys.argv[2])

    def edit():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        workspace = window.workspace
        if workspace is None or workspace.annotate.reader.view.article is None:
            QTimer.singleShot(20, edit)
            return
        view = workspace.annotate.reader.view
        view.select_span(START, END)
        QTest.keyClick(view, Qt.Key.Key_1)
        def check():
            if workspace.saved_label.text() == "Saved" and workspace.undo.count() == 1:
                print("SAVED", flush=True)
            else:
                QTimer.singleShot(1, check)
        check()

    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, edit)
    sys.exit(entry.main(sys.argv[3:]))
    """
)


def test_sigkill_after_an_edit_keeps_it_and_the_database_intact(tmp_path: Path) -> None:
    database = tmp_path / "killed.sqlite"
    with Store.open(database) as store:
        article = add_article(store)
    start = TEXT.index("unemployment")
    end = start + len("unemployment")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MARGINALIA_NO_DIALOGS": "1"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            CHILD,
            str(start),
            str(end),
            "--db",
            str(database),
            "--annotator",
            "killed",
            "--article",
            str(article),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the application did not report the saved edit within a minute"
        line = child.stdout.readline()  # type: ignore[union-attr]
        assert line.strip() == "SAVED", line
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    with Store.open(database) as store:
        (saved,) = store.annotations(article, annotator="killed")
    assert (saved.start, saved.end, saved.quote) == (start, end, "unemployment")


TYPING_CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from marginalia.desktop import app as entry
    from marginalia.desktop.mainwindow import MainWindow

    START, END = int(sys.argv[1]), int(sys.argv[2])

    def tag():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        workspace = window.workspace
        if workspace is None or workspace.annotate.reader.view.article is None:
            QTimer.singleShot(20, tag)
            return
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

    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, tag)
    sys.exit(entry.main(sys.argv[3:]))
    """
)

#: what the commit of a save may take on a busy machine, on top of the save delay
COMMIT_ALLOWANCE_S = 0.25


def test_sigkill_after_the_save_delay_keeps_what_was_typed(tmp_path: Path) -> None:
    """ADR 0074: typing is stored SAVE_DELAY_MS after the keystroke, without leaving the
    field, pressing Enter or closing: a kill after that loses nothing."""
    from marginalia.desktop.panel.editor import SAVE_DELAY_MS

    database = tmp_path / "typed.sqlite"
    with Store.open(database) as store:
        article = add_article(store)
    start = TEXT.index("5%")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MARGINALIA_NO_DIALOGS": "1"}
    child = subprocess.Popen(
        [
            *(sys.executable, "-c", TYPING_CHILD, str(start), str(start + 2)),
            *("--db", str(database), "--annotator", "typist", "--article", str(article)),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], 60)
        assert ready, "the application did not type within a minute"
        line = child.stdout.readline()  # type: ignore[union-attr]
        assert line.strip() == "TYPED", line
        time.sleep(SAVE_DELAY_MS / 1000 + COMMIT_ALLOWANCE_S)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    with Store.open(database) as store:
        (figure,) = store.annotations(article, annotator="typist")
    assert figure.quote == "5%" and figure.attributes["value"] == 0.2
