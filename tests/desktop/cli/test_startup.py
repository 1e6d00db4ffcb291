"""Start-up: a command loads what it needs and nothing else (issue 14; the figures are in
``bench/cli_startup.py`` and docs/performance.md — timing is a benchmark, not a test)."""

from __future__ import annotations

import json
import subprocess
import sys

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


@pytest.mark.parametrize("command", ["stats", "articles"])
def test_a_short_command_on_an_up_to_date_database(small_db: str, command: str) -> None:
    modules = loaded("--db", small_db, command)
    roots = {m.split(".")[0] for m in modules}
    assert "sqlalchemy" in roots  # it reads the database
    assert not {"alembic", "rich", "argcomplete", "PySide6", "chardet", "PIL"} & roots
    assert commands(modules) == {command}
    assert not any(m.startswith("marginalia.db.interchange") for m in modules)
    # Core is enough: the ORM and the classes over the tables cost more than the command
    assert "sqlalchemy.orm" not in modules and "marginalia.db.models" not in modules


def test_each_command_loads_its_own_module_only() -> None:
    for command in COMMANDS:
        modules = loaded(command.name, "--help")
        assert commands(modules) == {command.module}
