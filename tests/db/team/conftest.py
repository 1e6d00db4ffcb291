"""The team-work tests run on SQLite and, with ``MARGINALIA_TEST_PG`` set, on PostgreSQL
(``pg_url``, ``backend`` and ``any_store`` come from tests/db/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from marginalia.db.store import Store


@pytest.fixture
def target_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where the lead's database lives: a SQLite file or a fresh PostgreSQL database."""
    if backend == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return str(tmp_path / "lead.sqlite")


@pytest.fixture
def lead(target_url: str) -> Iterator[Store]:
    with Store.open(target_url) as store:
        yield store
