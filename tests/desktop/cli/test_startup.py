"""Start-up: a command loads what it needs and nothing else (issue 14; the figures are in
``bench/cli_startup.py`` and docs/performance.md — timing is a benchmark, not a test)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from marginalia.desktop.cli.commands import COMMANDS

PROBE = """
import contextlib, io, json, sys
from marginalia.desktop.cli.main import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        status = main(sys.argv[1:])
    except SystemExit as exit:
        status = exit.code
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
"""


def loaded(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["status"] == 0, done.stderr
    return set(report["modules"])


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("small") / "small.sqlite")
    loaded("--db", db, "import", "--sample")  # created and filled in a process of its own
    return db


def commands(modules: set[str]) -> set[str]:
    prefix = "marginalia.desktop.cli.commands."
    return {m.removeprefix(prefix) for m in modules if m.startswith(prefix)}


def test_version_and_help_load_no_database_library() -> None:
    for args in (["--version"], ["--help"]):
        modules = loaded(*args)
        assert not {"sqlalchemy", "alembic", "rich", "argcomplete", "PySide6"} & {
            m.split(".")[0] for m in modules
        }
        assert commands(modules) == set()


@pytest.mark.parametrize(
    "args",
    [
        ["stats"],
        ["stats", "--json"],
        ["articles"],
        ["--annotator", "ana", "articles", "--status", "new", "--label", "figure", "--json"],
        ["articles", "--search", "江北", "--status", "done"],
    ],
)
def test_a_short_command_on_an_up_to_date_database(small_db: str, args: list[str]) -> None:
    """An up-to-date SQLite file is read with sqlite3 alone (ADR 0102): SQLAlchemy's import
    is more than the whole start-up budget of issue 14."""
    modules = loaded("--db", small_db, *args)
    roots = {m.split(".")[0] for m in modules}
    assert not {"sqlalchemy", "alembic", "rich", "argcomplete", "PySide6", "chardet", "PIL"} & roots
    assert commands(modules) == {"stats" if "stats" in args else "articles"}
    assert "marginalia.db.quick_read" in modules
    assert (
        not {"marginalia.db.store", "marginalia.db.listing_sql", "marginalia.db.models"} & modules
    )
    assert not any(m.startswith("marginalia.db.interchange") for m in modules)


def test_anything_else_goes_through_the_store(small_db: str, tmp_path: Path) -> None:
    """A file to change before reading (create, upgrade, make WAL) or to refuse is the
    store's: it knows how. Here, one whose journal is not yet the write-ahead log."""
    db = tmp_path / "rollback.sqlite"
    shutil.copy(small_db, db)
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()
    modules = loaded("--db", str(db), "stats")
    assert "marginalia.db.store" in modules and "sqlalchemy" in modules
    # Core is enough: the ORM and the classes over the tables cost more than the command
    assert "sqlalchemy.orm" not in modules and "marginalia.db.models" not in modules


def test_each_command_loads_its_own_module_only() -> None:
    for command in COMMANDS:
        modules = loaded(command.name, "--help")
        assert commands(modules) == {command.module}
