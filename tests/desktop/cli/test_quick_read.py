"""``stats`` and ``articles`` say the same, to the byte, whether they read with sqlite3 alone
(ADR 0102) or through the store: every option, ``--json``, and every way a database can be
wrong (``tests/db/test_listing.py`` compares the readers value by value)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marginalia.db import database, quick_read
from marginalia.db.store import Store
from marginalia.db.values import Status
from marginalia.desktop.cli.main import main

from ...db.helpers import fill_team

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "databases"

Outcome = tuple[int, str, str]


class Paths:
    """Runs the CLI with the quick reader allowed, then with the store alone."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
        self.capsys = capsys
        self.monkeypatch = monkeypatch
        self.quick_used: list[bool] = []
        real = quick_read.quick_reader

        def recording(target: Any) -> quick_read.QuickReader | None:
            reader = real(target)
            self.quick_used.append(reader is not None)
            return reader

        self.recording = recording

    def run(self, *args: str, quick: bool) -> Outcome:
        self.capsys.readouterr()
        with self.monkeypatch.context() as patch:
            patch.setattr(quick_read, "quick_reader", self.recording if quick else _none)
            status = main(list(args))
        done = self.capsys.readouterr()
        return status, done.out, done.err


def _none(_target: Any) -> None:
    return None


@pytest.fixture
def paths(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Paths:
    return Paths(capsys, monkeypatch)


@pytest.fixture(scope="module")
def team_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("team") / "team.sqlite"
    with Store.open(path) as store:
        fill_team(store)
    return path


def options() -> Iterator[list[str]]:
    yield ["stats"]
    yield ["articles"]
    for who in ("ana", "bo", "cy", "nobody", " ana "):
        for filters in (
            [],
            *(["--status", str(s)] for s in Status),
            ["--label", "figure"],
            ["--label", "Claim"],
            ["--label", "3"],
            ["--search", "%"],
            ["--search", "_"],
            ["--search", "\\"],
            ["--search", "江北"],
            ["--status", "new", "--label", "figure", "--search", "5"],
            ["--status", "done", "--search", "出口"],
        ):
            yield ["--annotator", who, "articles", *filters]
    yield ["articles", "--label", "nope"]  # unknown label: one sentence, exit 1
    yield ["--annotator", " ", "articles"]  # an empty name: one sentence, exit 1


@pytest.mark.parametrize("json_output", [False, True], ids=["text", "json"])
def test_every_option_prints_the_same_either_way(
    paths: Paths, team_db: Path, json_output: bool
) -> None:
    compared = 0
    for args in options():
        full = ["--db", str(team_db), *args, *(["--json"] if json_output else [])]
        quick = paths.run(*full, quick=True)
        assert paths.quick_used[-1], full
        assert quick == paths.run(*full, quick=False), full
        compared += 1
        if json_output and quick[0] == 0:
            assert quick[1].startswith(("{", "["))
    assert compared > 60


def _stranger(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE things (x)")
    raw.commit()
    raw.close()


def _newer(path: Path, team_db: Path) -> None:
    shutil.copy(team_db, path)
    raw = sqlite3.connect(path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()


def _damaged_rows(path: Path, team_db: Path) -> None:
    """Ours and up to date, but the pages of the articles and the annotations are damaged
    (not the schema's: the file opens, the reads fail)."""
    shutil.copy(team_db, path)
    raw = sqlite3.connect(path)
    roots = raw.execute(
        "SELECT rootpage FROM sqlite_master WHERE name IN ('articles', 'annotations')"
    ).fetchall()
    (size,) = raw.execute("PRAGMA page_size").fetchone()
    raw.close()
    data = bytearray(path.read_bytes())
    for (root,) in roots:
        data[(root - 1) * size : root * size] = b"\xff" * size
    path.write_bytes(bytes(data))


STATES = ["missing", "stranger", "text", "newer", "older", "damaged"]


def _prepare(state: str, path: Path, team_db: Path) -> None:
    if state == "stranger":
        _stranger(path)
    elif state == "text":
        path.write_text("not a database")
    elif state == "newer":
        _newer(path, team_db)
    elif state == "older":
        shutil.copy(FIXTURES / "rev-0001.sqlite", path)
    elif state == "damaged":
        _damaged_rows(path, team_db)


def _same_name(outcome: Outcome, path: Path) -> Outcome:
    """The two runs use two copies (a run may change its file: create, upgrade)."""
    status, out, err = outcome
    out, err = (
        re.sub(r"\.\d{8}T\d{6}Z\.rev-", ".STAMP.rev-", text.replace(str(path), "DB"))
        for text in (out, err)
    )
    return status, out, err


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("args", [["stats"], ["articles", "--json"]], ids=["stats", "json"])
def test_every_kind_of_database_gets_the_same_answer(
    paths: Paths, team_db: Path, tmp_path: Path, state: str, args: list[str]
) -> None:
    outcomes = []
    for quick in (True, False):
        path = tmp_path / ("quick" if quick else "store") / "db.sqlite"
        path.parent.mkdir()
        _prepare(state, path, team_db)
        outcomes.append(_same_name(paths.run("--db", str(path), *args, quick=quick), path))
    assert outcomes[0] == outcomes[1]
    # only a file the store would open as it is is read quickly
    assert paths.quick_used == [state == "damaged"]
    status, out, err = outcomes[0]
    if state in ("missing", "older"):
        assert status == 0, err
    else:
        assert status == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert ("damaged" in err) if state == "damaged" else ("DB:" in err)
        if "--json" in args:
            assert out.startswith('{\n  "error": ')


def test_a_locked_database_gets_the_same_answer(
    paths: Paths, team_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the file exclusively; both readers wait as long, then say so."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(quick_read, "BUSY_TIMEOUT_MS", 200)
    outcomes = []
    for quick in (True, False):
        path = tmp_path / ("quick" if quick else "store") / "db.sqlite"
        path.parent.mkdir()
        shutil.copy(team_db, path)
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        try:
            outcomes.append(_same_name(paths.run("--db", str(path), "stats", quick=quick), path))
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert outcomes[0] == outcomes[1]
    status, _out, err = outcomes[0]
    assert status == 1 and "Traceback" not in err and "DB" in err
