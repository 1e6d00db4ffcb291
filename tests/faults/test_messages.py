"""What the command line shows for an error nobody foresaw: one sentence without SQL, the
details (with the SQL) in the log file (issue 16, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from marginalia.db.locations import log_file
from marginalia.desktop.cli import main as entry

from .conftest import plain


def test_an_unforeseen_database_error_shows_no_sql_and_logs_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    statement = "INSERT INTO annotations (id, label_id) VALUES (?, ?)"

    def broken(*_args: object) -> int:
        raise IntegrityError(statement, ("x", "y"), Exception("UNIQUE constraint failed: x"))

    from marginalia.desktop.cli.commands import stats

    monkeypatch.setattr(stats, "run", broken)  # registered when the parser is built
    status = entry.main(["--db", str(tmp_path / "db.sqlite"), "stats"])
    _out, err = capsys.readouterr()
    assert status == 1
    plain(err)
    assert "(IntegrityError: UNIQUE constraint failed: x)" in err
    assert f"the details are in {log_file()}" in err
    assert statement in log_file().read_text("utf-8")
