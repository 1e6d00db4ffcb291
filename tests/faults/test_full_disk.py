"""A full disk: the cause named with what to do, what was stored listed, exit 3 when part
was done, nothing half-written, the database intact (issue 16, item 5).

Each test mounts a small tmpfs (root only; the fixture skips with the reason otherwise).
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from marginalia.db.backup import backup_database
from marginalia.db.errors import StorageError
from marginalia.db.store import NewArticle, Store

from .conftest import Mounts, count, integrity, plain, run_cli

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "databases"


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        for size in (65536, 4096, 512, 1):  # big pieces, then the last few bytes
            try:
                while True:
                    os.write(descriptor, b"\xa5" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    finally:
        os.close(descriptor)
    return filler


def articles(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    body = "江北区工业总产值突破1500亿元，共有351家企业。" * 40
    for i in range(n):
        (folder / f"{i:04}.txt").write_text(f"第{i}篇\n\n{body}{i}\n", "utf-8")
    return folder


def test_an_import_that_fills_the_disk_stops_says_what_was_stored_and_exits_3(
    mounts: Mounts, tmp_path: Path
) -> None:
    disk = mounts.tmpfs(tmp_path / "disk", "2m")
    source = articles(tmp_path / "in", 2000)
    db = disk / "db.sqlite"
    stored = import_stopped_by_a_full_disk(db, source)

    # free space: the same command completes, skipping what was stored
    mounts.resize(disk, "64m")
    again = run_cli("--db", db, "import", source, "--json")
    assert again.status == 0, again.err[-1500:]
    assert len(again.json()["duplicates"]) == stored
    assert count(db, "articles") == 2000 and integrity(db) == "ok"


def test_an_import_into_an_existing_database_that_fills_the_disk_stops_the_same_way(
    mounts: Mounts, tmp_path: Path
) -> None:
    """An up-to-date file is written by the import command's own SQLite writer (ADR 0100):
    the same stop, the same report, nothing half-written."""
    disk = mounts.tmpfs(tmp_path / "disk", "2m")
    db = disk / "db.sqlite"
    Store.open(db).close()
    source = articles(tmp_path / "in", 2000)
    import_stopped_by_a_full_disk(db, source)


def test_the_human_report_of_a_stopped_import_lists_what_was_stored(
    mounts: Mounts, tmp_path: Path
) -> None:
    disk = mounts.tmpfs(tmp_path / "disk", "2m")
    source = articles(tmp_path / "in", 1000)
    run = run_cli("--db", disk / "db.sqlite", "import", source)
    assert run.status == 3
    imported = [line for line in run.out.splitlines() if line.startswith("imported ")]
    assert imported and f"{len(imported)} imported," in run.out
    assert "the disk is full" in run.err and len(run.err.splitlines()[-1]) < 400


def test_an_edit_on_a_full_disk_is_refused_plainly_and_works_once_there_is_room(
    mounts: Mounts, tmp_path: Path
) -> None:
    disk = mounts.tmpfs(tmp_path / "disk", "1m")
    db = disk / "db.sqlite"
    with Store.open(db) as store:
        text = "部长说失业率降到5%。" * 20
        article = (
            store.add_articles([NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, "t")])
            .value[0]
            .id
        )
        kept = store.create_annotation(article, "claim", 0, 3, "ana").value.id
        filler = fill(disk)
        with pytest.raises(StorageError) as refused:
            for i in range(200):  # the WAL may still have a page free for the first few
                store.create_annotation(
                    article, "figure", i % 50, i % 50 + 2, "ana", note="x" * 2000
                )
        assert refused.value.kind == "disk-full"
        assert str(refused.value) == (
            f"{db}: the disk is full; free some space on it, then try again"
        )
        filler.unlink()
        store.create_annotation(article, "figure", 5, 7, "ana")
        assert kept in {a.id for a in store.annotations(article)}
    assert integrity(db) == "ok"


def test_a_new_database_on_a_full_disk_leaves_nothing_behind(
    mounts: Mounts, tmp_path: Path
) -> None:
    disk = mounts.tmpfs(tmp_path / "disk", "512k")
    fill(disk)
    db = disk / "new.sqlite"
    run = run_cli("--db", db, "stats")
    assert run.status == 1
    assert (
        run.err.strip()
        == f"marginalia-cli: {db}: the disk is full; free some space on it, then try again"
    )
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin"]


def test_an_export_to_a_full_disk_writes_nothing_and_says_so(
    mounts: Mounts, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        text = "部长说失业率降到5%。" * 500
        article = (
            store.add_articles([NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, "t")])
            .value[0]
            .id
        )
        for i in range(300):
            store.create_annotation(article, "claim", i, i + 5, "ana", note="注" * 200)
    disk = mounts.tmpfs(tmp_path / "disk", "128k")
    out = disk / "set.jsonl"
    run = run_cli("--db", db, "export", "--format", "w3c", "--out", out)
    assert run.status == 1
    assert run.err.strip() == (
        f"marginalia-cli: {out}: the export was not written: the disk is full; free some "
        "space on it, then try again; nothing was left half-written"
    )
    assert list(disk.iterdir()) == []


def test_a_backup_to_a_full_disk_leaves_no_partial_copy(mounts: Mounts, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        text = "部长说失业率降到5%。" * 5000
        store.add_articles([NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, "t")])
    disk = mounts.tmpfs(tmp_path / "disk", "64k")
    with pytest.raises(StorageError) as refused:
        backup_database(db, disk / "copy.sqlite")
    assert refused.value.kind == "disk-full"
    assert str(refused.value).startswith(f"{disk / 'copy.sqlite'}: the backup was not written:")
    assert list(disk.iterdir()) == []


def test_an_upgrade_that_meets_a_full_disk_leaves_the_database_and_no_backup(
    mounts: Mounts, tmp_path: Path
) -> None:
    disk = mounts.tmpfs(tmp_path / "disk", "1m")
    db = disk / "old.sqlite"
    shutil.copy(sorted(FIXTURES.glob("rev-*.sqlite"))[0], db)
    before = db.read_bytes()
    fill(disk)
    for _attempt in range(3):
        run = run_cli("--db", db, "stats")
        assert run.status == 1
        assert "the disk is full; free some space on it, then try again" in run.err
        plain(run.err)
    assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "old.sqlite"]
    raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()
    assert db.read_bytes() == before


def test_annotations_imported_until_the_disk_fills_stay_and_the_exit_says_partly(
    mounts: Mounts, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from marginalia.db.interchange.importer import import_annotations as real
    from marginalia.desktop.cli.commands import import_annotations as command
    from marginalia.desktop.cli.main import main

    text = "部长说失业率降到5%，江北区工业总产值突破1500亿元。" * 20
    source = tmp_path / "made.sqlite"
    with Store.open(source) as store:
        article = (
            store.add_articles([NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, "t")])
            .value[0]
            .id
        )
        for who in ("ana", "bob"):
            for i in range(30):
                store.create_annotation(article, "claim", i * 5, i * 5 + 4, who)
    files = []
    for who in ("ana", "bob"):
        exported = tmp_path / f"{who}.jsonl"
        assert main(["--db", str(source), "export", "--format", "w3c", "--out", str(exported),
                     "--annotator", who]) == 0  # fmt: skip
        files.append(exported)
    disk = mounts.tmpfs(tmp_path / "disk", "1m")
    db = disk / "db.sqlite"
    with Store.open(db) as store:
        store.add_articles([NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, "t")])

    def then_fill(*args: Any, **kwargs: Any) -> object:
        report = real(*args, **kwargs)
        fill(disk)  # the disk fills up after the first file
        return report

    monkeypatch.setattr(command, "import_annotations", then_fill)
    capsys.readouterr()
    status = main(["--db", str(db), "import-annotations", "--format", "w3c", *map(str, files)])
    out, err = capsys.readouterr()
    assert status == 3
    assert f"{files[0]}: imported 30 annotations" in out
    assert f"marginalia-cli: {db}: the disk is full; free some space on it" in err
    plain(err)
    assert count(db, "annotations") == 30


def import_stopped_by_a_full_disk(db: Path, source: Path) -> int:
    """Import 2,000 articles onto a disk that fills: exit 3, the stop and what was stored
    said plainly, the batch in flight named, nothing half-written. How many were stored."""
    run = run_cli("--db", db, "import", source, "--json")
    assert run.status == 3, run.err[-1500:]
    report = run.json()
    stored = len(report["imported"])
    assert 0 < stored < 2000
    stopped = str(report["stopped"])
    assert stopped.startswith(f"{db}: the disk is full; {stored:,} of 2,000 articles were stored; ")
    assert "; free some space on it, then try again" in stopped
    assert "the same import again skips what was stored" in stopped
    assert f"marginalia-cli: {stopped}" in run.err
    not_stored = [f for f in report["failed"] if f["error"] == "was not stored (the disk is full)"]
    assert not_stored  # the batch in flight is named, not silently dropped
    plain(run.err)
    assert count(db, "articles") == stored
    assert integrity(db) == "ok"
    return stored
