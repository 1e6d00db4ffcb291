"""Fixtures for the Qt-free library tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

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
