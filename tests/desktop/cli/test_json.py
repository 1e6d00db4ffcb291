"""``--json`` output is always one valid JSON document, also when the command fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "db.sqlite")
    assert run(capsys, "--db", path, "import", "--sample")[0] == 0
    return path


def test_a_database_that_cannot_open_is_a_json_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", "utf-8")
    for command in (["stats"], ["articles"], ["import", "--sample"], ["agreement"]):
        status, out, err = run(capsys, "--db", str(notes), *command, "--json")
        assert status == 1
        reason = f"{notes}: is not a Marginalia database (not an SQLite file)"
        assert json.loads(out) == {"error": reason}
        assert err == f"marginalia-cli: {reason}\n"


def test_what_is_not_there_is_a_json_error(capsys: pytest.CaptureFixture[str], db: str) -> None:
    status, out, _ = run(capsys, "--db", db, "article", "99", "--json")
    assert status == 1 and "99" in json.loads(out)["error"]
    status, out, _ = run(
        capsys, "--db", db, "export", "--format", "w3c", "--out", "x.jsonl", "--json"
    )
    assert status == 1
    assert json.loads(out) == {"error": "no annotation matches; nothing was written."}
    run(capsys, "--db", db, "annotate", "1", "--label", "figure", "--start", "15", "--end", "20")
    blocked = Path(db).with_name("a-file")
    blocked.write_text("in the way", "utf-8")
    status, out, _ = run(
        capsys, "--db", db, "export", "--format", "w3c", "--out", f"{blocked}/x.jsonl", "--json"
    )
    assert status == 1
    assert json.loads(out) == {"error": f"{blocked}: file exists"}


def test_without_json_an_error_is_one_sentence_on_stderr_only(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    status, out, err = run(capsys, "--db", db, "article", "99")
    assert status == 1 and out == ""
    assert err.startswith("marginalia-cli: ") and err.count("\n") == 1


def test_help_formats_is_the_interchange_registry(capsys: pytest.CaptureFixture[str]) -> None:
    from marginalia.db.interchange import FORMAT_INFO, LAYOUTS

    status, out, _ = run(capsys, "help", "formats", "--json")
    assert status == 0
    rows = json.loads(out)
    assert [row["format"] for row in rows] == list(FORMAT_INFO)
    for row in rows:
        info = FORMAT_INFO[row["format"]]
        assert (row["export"], row["import"], row["offsets"]) == (
            info.exports,
            info.imports,
            info.offsets,
        )
        assert row["layouts"] == list(LAYOUTS.get(row["format"], ()))
    status, out, _ = run(capsys, "help", "formats")
    for name, info in FORMAT_INFO.items():
        ways = " and ".join(
            w for w, on in (("export", info.exports), ("import", info.imports)) if on
        )
        assert f"\n{name}  ({ways})\n" in out
        assert " ".join(f"offsets: {info.offsets}".split()) in " ".join(out.split())
