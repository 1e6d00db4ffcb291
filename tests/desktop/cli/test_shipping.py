"""``backup``, ``self-test`` and the CLI's use of the machine-wide configuration."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest

from marginalia.desktop.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def configure(text: str, which: str = "MARGINALIA_SYSTEM_CONFIG") -> Path:
    path = Path(os.environ[which])
    path.write_text(text, "utf-8")
    return path


def test_backup_copies_the_database(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "live.sqlite")
    assert run(capsys, "--db", db, "import", "--sample")[0] == 0
    copy = tmp_path / "copy.sqlite"
    status, out, _ = run(capsys, "--db", db, "backup", "--out", str(copy))
    assert status == 0 and str(copy) in out
    status, out, _ = run(capsys, "--db", str(copy), "articles", "--json")
    assert status == 0 and len(json.loads(out)) == 1
    connection = sqlite3.connect(copy)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_backup_of_nothing_fails_in_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "none.sqlite")
    status, _, err = run(capsys, "--db", db, "backup", "--out", str(tmp_path / "c.sqlite"))
    assert status == 1 and err.count("\n") == 1 and "no database file to back up" in err


def test_the_configured_database_and_annotator_are_used(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    team_db = tmp_path / "team" / "team.sqlite"
    configure(f"[marginalia]\ndatabase = {team_db}\nannotator_policy = ask\n")
    configure("[marginalia]\nannotator = 王芳\n", "MARGINALIA_USER_CONFIG")
    assert run(capsys, "import", "--sample")[0] == 0
    assert team_db.exists()
    status, out, _ = run(capsys, "annotate", "1", "--label", "claim", "--start", "0", "--end", "3")
    assert status == 0
    _, out, _ = run(capsys, "article", "1", "--json")
    assert [a["annotator"] for a in json.loads(out)["annotations"]] == ["王芳"]
    run(
        capsys,
        "--annotator",
        "Li",
        "annotate",
        "1",
        "--label",
        "claim",
        "--start",
        "4",
        "--end",
        "6",
    )
    _, out, _ = run(capsys, "article", "1", "--json")
    assert sorted(a["annotator"] for a in json.loads(out)["annotations"]) == ["Li", "王芳"]


def test_the_os_user_policy_overrides_a_configured_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import getpass

    db = str(tmp_path / "p.sqlite")
    configure("[marginalia]\nannotator_policy = os-user\n")
    configure("[marginalia]\nannotator = Somebody Else\n", "MARGINALIA_USER_CONFIG")
    run(capsys, "--db", db, "import", "--sample")
    status, _, err = run(
        capsys, "--db", db, "annotate", "1", "--label", "claim", "--start", "0", "--end", "3"
    )
    assert status == 0 and "annotator is ignored" in err
    _, out, _ = run(capsys, "--db", db, "article", "1", "--json")
    assert json.loads(out)["annotations"][0]["annotator"] == getpass.getuser()


def test_a_malformed_configuration_is_reported_not_fatal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    machine = configure("[marginalia]\ndatabase /nowhere\n")
    db = str(tmp_path / "m.sqlite")
    status, out, err = run(capsys, "--db", db, "import", "--sample")
    assert status == 0 and "imported" in out
    assert f"{machine}: line 2: not of the form NAME = VALUE" in err


def test_the_self_test(capsys: pytest.CaptureFixture[str], qapp: object) -> None:
    # qapp: in this process the self-test would make a QGuiApplication of its own, and a
    # widget test after it (the wheel's run takes this folder first) could not make a widget
    status, out, _ = run(capsys, "self-test")
    lines = out.splitlines()
    # each step is a line "  ok    name (detail)" or "  FAIL  name: reason"
    steps = {line[8:].split(" (")[0].split(":")[0]: line[:8].strip() for line in lines[1:-1]}
    export_available = importlib.util.find_spec("marginalia.db.interchange") is not None
    others = {name: result for name, result in steps.items() if not name.startswith("export")}
    # the details count in English: the sample has one image, the page one page
    assert re.search(r"\(\d+ characters, 1 image\)", out), out
    assert re.search(r"\(platform \w+, 1 page, ", out), out
    assert list(others.values()) == ["ok"] * 6, out
    if export_available:
        assert (status, lines[-1], steps["export in every format"]) == (0, "OK", "ok"), out
    else:  # never a silent pass: the missing exporters fail the self-test
        assert status == 1 and "export is not available" in lines[-1], out
