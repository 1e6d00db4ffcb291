"""Start-up (issue 14): what the window loads before it is usable, the rolling backup that
waits until then on a thread of its own, and PySide6's per-import source scan switched off.
Speed itself is measured by ``bench/startup.py``, never here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from marginalia.db.backup import rolling_backups
from marginalia.db.store import Store
from marginalia.desktop.app import back_up_later

from .helpers import add_article

#: Loaded on first use, never to show the window: the article import pipeline (encodings,
#: images), every interchange format and the lead's views.
NOT_AT_START = (
    "chardet",
    "charset_normalizer",
    "PIL.Image",
    "marginalia.db.article_import.pipeline",
    "marginalia.db.interchange.labelstudio",
    "marginalia.db.interchange.xmi",
    "marginalia.desktop.interchange.dialog",
    "marginalia.desktop.db_messages",
    "marginalia.desktop.insight.adjudication",
    "marginalia.desktop.insight.agreement",
)

USABLE = """
import builtins, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def usable():
    for window in QApplication.topLevelWidgets():
        workspace = getattr(window, "workspace", None)
        if workspace is not None and workspace.current_article() is not None:
            print("import", builtins.__import__.__name__)
            print("loaded", " ".join(sorted(sys.modules)))
            QTimer.singleShot(1500, lambda: later(window))
            return
    QTimer.singleShot(10, usable)
def later(window):
    # the article's suggestions are computed on the worker once it is open: what they load
    # must not be a format's reader or writer either (a poll that came late saw them)
    print("later", " ".join(sorted(sys.modules)))
    window.close()
QTimer.singleShot(0, usable)
from marginalia.desktop.app import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_window_is_usable_without_loading_what_it_does_not_show(
    tmp_path: Path, store: Store
) -> None:
    add_article(store)
    database = Path(str(tmp_path / "t.sqlite"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MARGINALIA_NO_DIALOGS": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "MARGINALIA_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", USABLE, "--db", str(database), "--annotator", "ana"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "loaded" in lines, done.stdout + done.stderr
    loaded = set(lines["loaded"].split())
    assert not loaded & set(NOT_AT_START), sorted(loaded & set(NOT_AT_START))
    assert "later" in lines, done.stdout + done.stderr
    after = set(lines["later"].split())
    assert not after & set(NOT_AT_START), sorted(after & set(NOT_AT_START))
    # PySide6's import wrapper (which reads every new module's source) is gone
    assert lines["import"].strip() != "__feature_import__"


class Opened(QObject):
    articleOpened = Signal(int)


def test_the_backup_waits_for_the_first_article_and_runs_once(qtbot, tmp_path: Path) -> None:
    database = tmp_path / "b.sqlite"
    with Store.open(database) as made:
        add_article(made)
    shell = Opened()
    later: list[object] = []
    back_up_later(database, 3, shell.articleOpened, lambda _ms, fn: later.append(fn))
    assert rolling_backups(database) == []  # nothing before the window is in use
    shell.articleOpened.emit(1)
    qtbot.waitUntil(lambda: len(rolling_backups(database)) == 1, timeout=20_000)
    shell.articleOpened.emit(2)  # another article, then the fallback timer: still one
    (fallback,) = later
    fallback()  # type: ignore[operator]
    qtbot.wait(300)
    assert len(rolling_backups(database)) == 1


def test_a_failed_backup_is_logged_and_the_work_goes_on(qtbot, tmp_path: Path) -> None:
    database = tmp_path / "b.sqlite"
    with Store.open(database) as made:
        add_article(made)
    (tmp_path / "backups").write_text("a file where the backups folder goes")
    log = Path(os.environ["MARGINALIA_DATA_DIR"]) / "marginalia.log"
    shell = Opened()
    back_up_later(database, 3, shell.articleOpened, lambda _ms, _fn: None)
    shell.articleOpened.emit(1)
    qtbot.waitUntil(lambda: log.exists() and "backups" in log.read_text("utf-8"), timeout=20_000)
    assert "Traceback" in log.read_text("utf-8")
