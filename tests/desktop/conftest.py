"""A real main window on a temporary database, for driving with keys and clicks."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

os.environ.setdefault("MARGINALIA_NO_DIALOGS", "1")

from marginalia.db.store import Store
from marginalia.desktop.context import AppContext
from marginalia.desktop.errors import ErrorReporter
from marginalia.desktop.i18n import install_translators
from marginalia.desktop.mainwindow import MainWindow
from marginalia.desktop.ops import OpRunner
from marginalia.desktop.settings import Language
from marginalia.desktop.workspace import Workspace

ANNOTATOR = "tester"
REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "marginalia_zh_CN.ts"


class Harness:
    def __init__(self, qtbot, store: Store) -> None:
        self.qtbot = qtbot
        self.store = store
        self.runner = OpRunner(store)
        self.errors: list[str] = []
        reporter = ErrorReporter()
        reporter.shown.connect(self.errors.append)
        context = AppContext(self.runner, ANNOTATOR, store.schema(), "test.sqlite")
        self.window = MainWindow(context, reporter)
        qtbot.addWidget(self.window)
        self.window.resize(1200, 800)
        self.window.show()
        qtbot.waitExposed(self.window)
        assert self.window.workspace is not None
        #: the shell and its features (tests reach widgets through it, never the window)
        self.workspace: Workspace = self.window.workspace
        self.registry = self.workspace.registry
        self.view = self.workspace.annotate.reader.view
        self.panel = self.workspace.annotate.panel
        self.session = self.workspace.annotate.session

    def wait(self) -> None:
        assert self.runner.wait(10_000), "database operations did not finish"

    def open(self, article_id: int) -> None:
        self.window.open_article(article_id)
        self.wait()
        assert self.view.article is not None and self.view.article.id == article_id
        self.view.setFocus()

    def mine(self, article_id: int):
        return self.store.annotations(article_id, annotator=ANNOTATOR)


@pytest.fixture
def app_window(qtbot, store: Store) -> Iterator[Harness]:
    harness = Harness(qtbot, store)
    yield harness
    harness.wait()
    harness.window.close()
    harness.runner.shutdown()


def qt_tool(name: str) -> str:
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    pytest.fail(f"Qt's {name} is missing from the PySide6 wheel")


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues (zh_CN, and English's plural forms) compiled from the committed .ts
    (ADR 0072)."""
    folder = tmp_path_factory.mktemp("qm")
    for ts in TS.parent.glob("*.ts"):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return folder


@pytest.fixture(scope="session", autouse=True)
def english(qapp, qm_folder: Path) -> None:
    """The windows under test speak English as the application does: with its plural forms
    ("1 article", "2 articles")."""
    install_translators(Language.ENGLISH, qm_folder)


@pytest.fixture
def english_again(qapp, qm_folder: Path) -> Iterator[None]:
    yield
    install_translators(Language.ENGLISH, qm_folder)


@pytest.fixture
def chinese(qapp, qm_folder: Path) -> Iterator[None]:
    """The application in Simplified Chinese for one test, English again after it."""
    install_translators(Language.CHINESE_SIMPLIFIED, qm_folder)
    yield
    install_translators(Language.ENGLISH, qm_folder)


@pytest.fixture
def chinese_window(qtbot, store: Store, chinese: None) -> Iterator[Harness]:
    """The main window built in Chinese (widgets translate their words when they are made)."""
    harness = Harness(qtbot, store)
    yield harness
    harness.wait()
    harness.window.close()
    harness.runner.shutdown()


class Dialogs:
    """Reads the text of each message box that comes up, and closes it (the dialogs are
    shown: ``MARGINALIA_NO_DIALOGS`` is unset first)."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.seen.append(box.text())
            box.done(0)

    def first(self, harness: Harness) -> str:
        harness.qtbot.waitUntil(lambda: bool(self.seen), timeout=10_000)
        self._timer.stop()
        return self.seen[0]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    monkeypatch.delenv("MARGINALIA_NO_DIALOGS")
    return Dialogs()
