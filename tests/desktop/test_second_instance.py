"""A second Marginalia on the same database file says so: it can bring the first window
forward or open a second one; a lock left by a killed Marginalia is taken over."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from marginalia.db.store import Store

from .helpers import add_article

CHILD = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    from marginalia.desktop import app as entry, instance
    from marginalia.desktop.mainwindow import MainWindow

    forward = instance.bring_forward
    def bring_forward(window):
        print("SHOWN", flush=True)
        forward(window)
    instance.bring_forward = bring_forward

    def ready():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].workspace is not None:
            print("READY", flush=True)
            return
        QTimer.singleShot(20, ready)

    def answer():  # the user's choice in the "already open" box
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "alreadyOpen"
                    and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, answer)
            return
        print("ASKED", flush=True)
        wanted = os.environ["ANSWER"]
        button = next(b for b in box.buttons() if wanted in b.text().replace("&", ""))
        button.click()

    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, ready)
    if os.environ.get("ANSWER"):
        QTimer.singleShot(0, answer)
    code = entry.main(sys.argv[1:])
    print("EXIT", code, flush=True)
    sys.exit(code)
    """
)


class App:
    def __init__(self, database: Path, tmp_path: Path, *, answer: str = "", dialogs: bool) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANSWER": answer}
        env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
        env["MARGINALIA_USER_CONFIG"] = str(tmp_path / "user.ini")
        if dialogs:
            env.pop("MARGINALIA_NO_DIALOGS", None)
        else:
            env["MARGINALIA_NO_DIALOGS"] = "1"
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, "--db", str(database), "--annotator", "ana"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=tmp_path,
        )

    def says(self, expected: str, timeout: float = 60) -> str:
        assert self.process.stdout is not None
        while True:
            ready, _, _ = select.select([self.process.stdout], [], [], timeout)
            assert ready, f"no {expected!r} within {timeout} s"
            line = self.process.stdout.readline()
            assert line, f"the process ended before saying {expected!r}"
            if line.startswith(expected):
                return line.strip()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "shared.sqlite"
    with Store.open(path) as store:
        add_article(store)
    return path


@pytest.fixture
def apps() -> Iterator[list[App]]:
    started: list[App] = []
    yield started
    for app in started:
        app.stop()


def test_a_second_start_brings_the_first_window_forward(
    database: Path, tmp_path: Path, apps: list[App]
) -> None:
    first = App(database, tmp_path, dialogs=True)
    apps.append(first)
    first.says("READY")
    second = App(database, tmp_path, answer="Go to the open window", dialogs=True)
    apps.append(second)
    second.says("ASKED")
    first.says("SHOWN")
    assert second.says("EXIT") == "EXIT 0"
    assert second.process.wait(10) == 0


def test_a_second_window_may_be_opened_anyway(
    database: Path, tmp_path: Path, apps: list[App]
) -> None:
    first = App(database, tmp_path, dialogs=True)
    apps.append(first)
    first.says("READY")
    second = App(database, tmp_path, answer="Open a second window", dialogs=True)
    apps.append(second)
    second.says("ASKED")
    second.says("READY")
    without_dialogs = App(database, tmp_path, dialogs=False)
    apps.append(without_dialogs)
    without_dialogs.says("READY")
    without_dialogs.stop()
    assert without_dialogs.process.stderr is not None
    said = without_dialogs.process.stderr.read()
    assert f"{database} is already open in another Marginalia" in said


def test_a_killed_marginalia_leaves_no_claim(
    database: Path, tmp_path: Path, apps: list[App]
) -> None:
    first = App(database, tmp_path, dialogs=True)
    apps.append(first)
    first.says("READY")
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(10)
    again = App(database, tmp_path, answer="never asked", dialogs=True)
    apps.append(again)
    again.says("READY")  # no question: the lock of the dead process was stale
