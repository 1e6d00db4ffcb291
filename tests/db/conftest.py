"""Fixtures for the Qt-free library tests."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from marginalia.db.store import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = Path(os.environ.get("MARGINALIA_CORPUS", REPO.parent / "shared" / "corpus"))
    if not path.is_dir():
        pytest.fail(f"the shared test corpus is missing at {path}")
    return path


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A new database, in a folder of its own (tests put their input files in tmp_path)."""
    with Store.open(tmp_path_factory.mktemp("db") / "test.sqlite") as opened:
        yield opened


#: A PostgreSQL URL whose role may create databases; unset, the PostgreSQL tests skip.
PG_ENV = "MARGINALIA_TEST_PG"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database of its own (dropped after the test)."""
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


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def any_store(
    backend: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Store]:
    """A new database on SQLite, and again on PostgreSQL when a server is named."""
    if backend == "postgres":
        target: str | Path = str(request.getfixturevalue("pg_url"))
    else:
        target = tmp_path_factory.mktemp("db") / "test.sqlite"
    with Store.open(target) as opened:
        yield opened
