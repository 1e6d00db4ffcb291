"""Read-only files, folders and disks: a current database opens for reading, every change
is refused with the reason, an old one is refused without leaving a backup on each attempt,
and no message holds SQL (issue 16, item 5).

A file or folder is made read-only with its mode, or (for root, whom modes do not stop)
with the immutable attribute (``chattr +i``); a read-only disk is a read-only bind mount.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from marginalia.db.backup import rotate_backups
from marginalia.db.errors import StorageError
from marginalia.db.store import NewArticle, Store

from .conftest import Mounts, Protect, integrity, plain, run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "databases"
TEXT = "部长说失业率降到5%，江北区工业总产值突破1500亿元。"


def make_database(path: Path) -> None:
    with Store.open(path) as store:
        digest = hashlib.sha256(TEXT.encode()).hexdigest()
        article = store.add_articles([NewArticle(digest, TEXT, "t")]).value[0].id
        store.create_annotation(article, "figure", 5, 7, "ana")


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_a_read_only_database_file_is_read_and_every_change_refused_plainly(
    tmp_path: Path, protect: Protect
) -> None:
    db = tmp_path / "db.sqlite"
    make_database(db)
    protect(db)
    listed = run_cli("--db", db, "articles", "--json")
    assert listed.status == 0, listed.err
    run = run_cli("--db", db, "annotate", "1", "--label", "claim", "--start", "0", "--end", "2")
    assert run.status == 1
    assert run.err.strip() == (
        f"marginalia-cli: {db}: this change was not saved: the database file is read-only; "
        "make it writable, or copy it to a folder you can write to"
    )
    assert len(run.err) < 300
    with Store.open(db) as store:
        assert store.report is not None and store.report.read_only is not None
        assert len(store.annotations(1)) == 1


def test_a_healthy_database_in_a_read_only_folder_is_not_called_damaged(
    tmp_path: Path, protect: Protect
) -> None:
    folder = tmp_path / "shelf"
    folder.mkdir()
    db = folder / "db.sqlite"
    make_database(db)
    before = files_of(folder)
    assert list(before) == ["db.sqlite"]  # closed cleanly: no -wal, no -shm
    protect(folder)
    listed = run_cli("--db", db, "articles", "--json")
    assert listed.status == 0, listed.err
    exported = run_cli("--db", db, "export", "--format", "csv", "--out", tmp_path / "out.csv")
    assert exported.status == 0, exported.err
    run = run_cli("--db", db, "annotate", "1", "--label", "claim", "--start", "0", "--end", "2")
    assert run.status == 1
    assert "damaged" not in run.err
    assert rotate_backups(db, keep=3) is None  # at start: nothing to copy, nothing to fail
    assert run.err.strip() == (
        f"marginalia-cli: {db}: this change was not saved: its folder is read-only, and a "
        "database needs to keep its working files (-wal, -shm) beside it; copy it to a "
        "folder you can write to"
    )
    assert files_of(folder) == before


def test_a_database_on_a_read_only_disk_opens_for_reading(mounts: Mounts, tmp_path: Path) -> None:
    folder = tmp_path / "disc"
    folder.mkdir()
    db = folder / "db.sqlite"
    make_database(db)
    mounts.read_only(folder)
    with Store.open(db) as store:
        assert store.annotations(1)[0].quote == TEXT[5:7]
        with pytest.raises(StorageError) as refused:
            store.create_annotation(1, "claim", 0, 2, "ana")
    assert str(refused.value) == (
        f"{db}: this change was not saved: the disk is read-only; copy the file to a disk you "
        "can write to"
    )
    assert [p.name for p in folder.iterdir()] == ["db.sqlite"]


def test_an_old_database_in_a_read_only_folder_is_refused_without_a_backup(
    tmp_path: Path, protect: Protect
) -> None:
    folder = tmp_path / "shelf"
    folder.mkdir()
    db = folder / "old.sqlite"
    shutil.copy(sorted(FIXTURES.glob("rev-*.sqlite"))[0], db)
    protect(folder)
    for _attempt in range(3):
        run = run_cli("--db", db, "stats")
        assert run.status == 1
        assert run.err.strip() == (
            f"marginalia-cli: {db}: it must be upgraded for this version of Marginalia, but: "
            "its folder is read-only, and a database needs to keep its working files (-wal, "
            "-shm) beside it; copy it to a folder you can write to"
        )
    assert [p.name for p in folder.iterdir()] == ["old.sqlite"]  # no .bak per attempt


def test_no_new_database_in_a_read_only_folder(tmp_path: Path, protect: Protect) -> None:
    folder = tmp_path / "shelf"
    folder.mkdir()
    protect(folder)
    run = run_cli("--db", folder / "new.sqlite", "stats")
    assert run.status == 1
    assert "a new database cannot be created there: its folder is read-only" in run.err
    assert "choose a folder you can write to" in run.err
    assert list(folder.iterdir()) == []


def test_an_export_into_a_read_only_folder_says_so(tmp_path: Path, protect: Protect) -> None:
    db = tmp_path / "db.sqlite"
    make_database(db)
    folder = tmp_path / "out"
    folder.mkdir()
    protect(folder)
    run = run_cli("--db", db, "export", "--format", "w3c", "--out", folder / "set.jsonl")
    assert run.status == 1
    plain(run.err)
    assert "the export was not written" in run.err
    assert "nothing was left half-written" in run.err
    assert list(folder.iterdir()) == []


def test_an_import_into_a_read_only_database_stores_nothing_and_says_why(
    tmp_path: Path, protect: Protect
) -> None:
    db = tmp_path / "db.sqlite"
    make_database(db)
    protect(db)
    source = tmp_path / "a.txt"
    source.write_text("新的文章，增长3%。\n", "utf-8")
    run = run_cli("--db", db, "import", source, "--json")
    assert run.status == 1
    assert run.json()["failed"] == [
        {"path": str(source), "error": "was not stored (the database file is read-only)"}
    ]
    assert "the database file is read-only" in str(run.json()["stopped"])
    plain(run.err)
    assert integrity(db) == "ok"
    assert os.access(db, os.R_OK)
