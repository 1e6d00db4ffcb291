"""Shared test setup: Qt runs offscreen, settings and databases live in temporary folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # the db tests run without Qt installed
    from PySide6.QtWidgets import QApplication

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """QSettings and the user data folder point into a fresh temporary folder per test."""
    root = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("MARGINALIA_DATA_DIR", str(root / "data" / "marginalia"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the db tests run without Qt installed
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(root / "settings"))


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> Iterator[QApplication]:
    """pytest-qt's QApplication, collecting garbage only on its (the GUI) thread as the
    app does (ADR 0139); automatic collection is back on once the session ends."""
    from marginalia.desktop.collector import collecting_on_gui_thread

    with collecting_on_gui_thread(qapp):
        yield qapp


@pytest.fixture
def store(tmp_path: Path) -> Iterator[object]:
    from marginalia.db.store import Store

    opened = Store.open(tmp_path / "t.sqlite")
    yield opened
    opened.close()


@pytest.fixture
def corpus() -> Path:
    return Path(os.environ.get("MARGINALIA_CORPUS", REPO / ".." / "shared" / "corpus"))


#: A PostgreSQL URL whose role may create databases; unset, the PostgreSQL tests skip
#: (CI always sets it: ./dev test starts a server).
PG_ENV = "MARGINALIA_TEST_PG"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database of its own (dropped after the test)."""
    import uuid

    from sqlalchemy import create_engine, make_url, text

    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"{PG_ENV} is not set (no PostgreSQL server for this run)")
    admin = make_url(url).set(drivername="postgresql+psycopg")
    name = "marginalia_t_" + uuid.uuid4().hex[:12]
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin.set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()
