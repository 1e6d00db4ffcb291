"""Every path a file manager allows works everywhere: ``file:`` and ``sqlite:///`` URIs are
escaped for databases, backups (on request, at start, before upgrades), imports, exports,
work packages and merges (issue 16, item 2)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from marginalia.db.backup import backup_database, rolling_backups, rotate_backups
from marginalia.db.database import head_revision
from marginalia.db.store import Store
from marginalia.desktop.cli.main import main

from .conftest import integrity

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "databases"
TEXT = "😀𠀋 江北区工业总产值突破1500亿元，共有351家企业。\n\n图为现场。"

#: Folder names a file manager lets a user make; the URI-special ones first.
ODD = [
    "team #2",
    "what?",
    "100%25",
    "100%",
    "a&b=c;d",
    "with  spaces ",
    'quote\'s "double"',
    "中文目录",
    "emoji 😀",
    "percent%2Fslash",
    "file:name",
]


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("name", ODD)
def test_a_database_in_an_odd_folder_is_created_reopened_and_backed_up_where_it_is(
    tmp_path: Path, name: str
) -> None:
    folder = tmp_path / name
    folder.mkdir()
    path = folder / "m.sqlite"
    with Store.open(path) as store:
        assert store.report is not None and store.report.created
        store.create_annotation(_article(store), "claim", 0, 2, "ana")
    with Store.open(path) as store:
        assert store.report is not None and not store.report.created
        assert len(store.annotations(1)) == 1
    copy = backup_database(path, folder / "copy #1?.sqlite")
    assert _annotations(copy) == 1  # the copy holds the data, not an empty database
    made = rotate_backups(path, keep=2)
    assert made is not None and made.parent == folder / "backups"
    assert rolling_backups(path) == [made] and _annotations(made) == 1
    # nothing was written anywhere else: no "what" beside "what?", no "team " file
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith("m.sqlite")) == [
        "backups",
        "copy #1?.sqlite",
    ]
    assert integrity(path) == "ok"


@pytest.mark.parametrize("name", ["team #2", "what?", "100%25", "emoji 😀"])
def test_an_upgrade_in_an_odd_folder_backs_up_beside_the_database(
    tmp_path: Path, name: str
) -> None:
    folder = tmp_path / name
    folder.mkdir()
    path = folder / "old.sqlite"
    fixture = sorted(FIXTURES.glob("rev-*.sqlite"))[0]
    shutil.copy(fixture, path)
    with Store.open(path) as store:
        report = store.report
        assert report is not None and report.backup is not None
        assert report.backup.parent == folder
    assert list(sqlite3.connect(report.backup).iterdump()) == list(
        sqlite3.connect(fixture).iterdump()
    )
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    raw.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.mark.skipif(os.name == "nt", reason="file names are UTF-16 there")
def test_a_folder_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9 #1"))
    folder.mkdir()
    path = folder / "m.sqlite"
    with Store.open(path) as store:
        _article(store)
    assert backup_database(path, folder / "copy.sqlite").exists()
    assert integrity(path) == "ok"
    assert os.listdir(bytes(tmp_path)) == [b"caf\xe9 #1"]


def test_every_command_works_in_odd_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lead_folder = tmp_path / "team #2" / "what?" / "100%25 中文 😀"
    lead_folder.mkdir(parents=True)
    db = lead_folder / "lead's db.sqlite"
    source = lead_folder / "article #1?.txt"
    source.write_text(TEXT, "utf-8")

    status, out, err = cli(capsys, "--db", db, "import", source, "--json")
    assert status == 0, err
    assert json.loads(out)["imported"] == [{"path": str(source), "id": 1}]
    status, _out, err = cli(capsys, "--db", db, "annotate", "1", "--label", "figure",
                            "--start", "15", "--end", "22")  # fmt: skip
    assert status == 0, err

    exported = lead_folder / "out #1?.jsonl"
    status, _out, err = cli(capsys, "--db", db, "export", "--format", "w3c", "--out", exported)
    assert status == 0, err
    assert exported.read_text("utf-8").count('"TextQuoteSelector"') == 1

    copy = lead_folder / "copy %41.sqlite"
    status, _out, err = cli(capsys, "--db", db, "backup", "--out", copy)
    assert status == 0, err
    assert _annotations(copy) == 1

    package = lead_folder / "ana #1.sqlite"
    status, _out, err = cli(capsys, "--db", db, "package", "--annotator", "ana",
                            "--article", "1", "--out", package)  # fmt: skip
    assert status == 0, err
    status, _out, err = cli(capsys, "--db", package, "--annotator", "ana", "annotate", "1",
                            "--label", "claim", "--start", "0", "--end", "5")  # fmt: skip
    assert status == 0, err
    status, out, err = cli(capsys, "--db", db, "merge", package, "--into", db, "--json")
    assert status == 0, err
    assert json.loads(out)["sources"][0]["annotations_added"] == 1
    assert _annotations(db) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team #2"]
    assert integrity(db) == "ok"


def _article(store: Store) -> int:
    import hashlib

    from marginalia.db.store import NewArticle

    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    return store.add_articles([NewArticle(digest, TEXT, "t")]).value[0].id


def _annotations(path: Path) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute("SELECT count(*) FROM annotations").fetchone()[0])
    finally:
        raw.close()
