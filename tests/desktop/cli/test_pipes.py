"""A closed stdout (``| head -1``, ``| less`` quit early) ends every command quietly.

Each command runs twice in a process of its own: once with a stdout whose reader is already
gone — every write fails, so the path is always taken — where it must exit 141 (128 +
SIGPIPE, what ``yes | head -1`` gives) and print nothing on stderr; and once through a real
shell's ``| head -1``, where it may also finish first (0).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from marginalia.desktop.cli.commands import COMMANDS
from marginalia.desktop.cli.main import chosen_command

from .sandbox import make_conflicts, prepare

#: Every command, with arguments that make it print (most of them more than one line).
RUNS: list[list[str]] = [
    ["--db", "team.sqlite", "import", "articles/", "news.zip"],
    ["--db", "team.sqlite", "import", "batch.jsonl", "--json"],
    ["--db", "team.sqlite", "articles"],
    ["--db", "team.sqlite", "articles", "--json"],
    ["--db", "team.sqlite", "article", "1"],
    ["--db", "team.sqlite", "article", "1", "--json"],
    ["--db", "team.sqlite", "annotate", "1", "--label", "figure", "--start", "15", "--end", "20"],
    ["--db", "team.sqlite", "stats"],
    ["--db", "team.sqlite", "stats", "--json"],
    ["--db", "team.sqlite", "suggest"],
    ["--db", "team.sqlite", "suggest", "--json"],
    ["--db", "team.sqlite", "agreement"],
    ["--db", "team.sqlite", "agreement", "--json"],
    ["--db", "team.sqlite", "export", "--format", "w3c", "--out", "{new}.jsonl", "--json"],
    ["--db", "team.sqlite", "export", "--format", "csv", "--out", "{new}.csv"],
    ["--db", "copy.sqlite", "import-annotations", "--format", "w3c", "gold.jsonl", "--json"],
    ["--db", "copy.sqlite", "import-annotations", "--format", "w3c", "gold.jsonl"],
    ["--db", "team.sqlite", "schema", "--export", "{new}.json"],
    [
        "--db",
        "team.sqlite",
        "package",
        "--annotator",
        "ben",
        "--article",
        "1",
        "--out",
        "{new}.sqlite",
        "--json",
    ],
    ["merge", "packages/ana.sqlite", "--into", "team.sqlite"],
    ["merge", "packages/ana.sqlite", "--into", "team.sqlite", "--json"],
    ["--db", "team.sqlite", "conflicts"],
    ["--db", "team.sqlite", "conflicts", "--json"],
    ["--db", "team.sqlite", "backup", "--out", "{new}.sqlite"],
    ["help"],
    ["help", "formats"],
    ["help", "formats", "--json"],
    ["--help"],
    ["export", "--help"],
    ["completion", "bash"],
    ["completion", "zsh"],
    ["self-test"],
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A lead's folder with two conflicts waiting in ana's package and a w3c export."""
    from marginalia.db.team.package import make_package
    from marginalia.desktop.cli.main import main

    folder = tmp_path_factory.mktemp("lead")
    prepare(folder)
    from marginalia.db.store import Store

    with Store.open(folder / "team.sqlite") as team:
        make_package(team, "ana", folder / "packages" / "ana.sqlite", [1])
    make_conflicts(folder)
    team_db, gold = str(folder / "team.sqlite"), str(folder / "gold.jsonl")
    assert main(["--db", team_db, "export", "--format", "w3c", "--out", gold]) == 0
    assert main(["--db", str(folder / "copy.sqlite"), "import", "--sample"]) == 0
    return folder


def test_every_command_is_run() -> None:
    assert {c.name for c in COMMANDS} <= {chosen_command(run) for run in RUNS}


def _args(run: list[str], tag: str) -> list[str]:
    return [word.replace("{new}", f"new-{tag}") for word in run]


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "MARGINALIA_DEBUG"}


@pytest.mark.parametrize("run", RUNS, ids=" ".join)
def test_a_closed_stdout_ends_the_command_quietly(run: list[str], folder: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line
    try:
        done = subprocess.run(
            [sys.executable, "-m", "marginalia.desktop.cli.main", *_args(run, "closed")],
            cwd=folder,
            env=_env(),
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    assert done.stderr == ""
    # argparse prints --help itself and ignores a failed write; it ends as after any --help
    assert done.returncode == (0 if "--help" in run else 141)


@pytest.mark.parametrize("run", RUNS, ids=" ".join)
def test_head_1_gets_its_line_and_nothing_complains(run: list[str], folder: Path) -> None:
    command = " ".join([sys.executable, "-m", "marginalia.desktop.cli.main", *_args(run, "head")])
    done = subprocess.run(
        ["bash", "-c", f'{command} | head -1; echo "status ${{PIPESTATUS[0]}}"'],
        cwd=folder,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line, status = done.stdout.splitlines()
    assert line.strip()
    assert status in ("status 0", "status 141")
    assert done.stderr == ""
