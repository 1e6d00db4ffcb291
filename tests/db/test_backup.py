"""Online backups while another connection writes, and rolling automatic backups."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from marginalia.db.backup import backup_database, rolling_backups, rotate_backups
from marginalia.db.errors import DatabaseError
from marginalia.db.store import NewArticle, Store


def make_database(path: Path) -> int:
    with Store.open(path) as store:
        text = "江北区工业总产值突破1500亿元。" * 20
        digest = hashlib.sha256(text.encode()).hexdigest()
        stored = store.add_articles([NewArticle(sha256=digest, text=text, title="t")]).value
        return stored[0].id


def test_a_backup_while_another_connection_writes_is_consistent(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    article = make_database(source)
    stop = threading.Event()
    written: list[int] = []

    def write() -> None:
        with Store.open(source) as store:
            while not stop.is_set() or len(written) < 20:
                start = len(written) % 300
                store.create_annotation(article, "claim", start, start + 3, "writer")
                written.append(start)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        while len(written) < 10:
            time.sleep(0.01)
        copies = [backup_database(source, tmp_path / f"copy{i}.sqlite") for i in range(3)]
    finally:
        stop.set()
        writer.join()
    counts = []
    for copy in copies:
        connection = sqlite3.connect(copy)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
            counts.append(connection.execute("SELECT count(*) FROM annotations").fetchone()[0])
        finally:
            connection.close()
        assert not copy.with_name(copy.name + "-wal").exists()
    # each copy is one moment of the live database: never more than was written, in order
    assert 10 <= counts[0] <= counts[1] <= counts[2] <= len(written)
    with Store.open(copies[-1]) as store:
        assert len(store.annotations(article)) == counts[2]


def test_a_backup_replaces_an_old_copy_and_refuses_nonsense(tmp_path: Path) -> None:
    source = tmp_path / "db.sqlite"
    make_database(source)
    target = tmp_path / "copy.sqlite"
    target.write_text("an old copy")
    backup_database(source, target)
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]
    with pytest.raises(DatabaseError, match="pg_dump"):
        backup_database("postgresql://host/db", target)
    with pytest.raises(DatabaseError, match="no database file"):
        backup_database(tmp_path / "missing.sqlite", target)
    with pytest.raises(DatabaseError, match="cannot replace the database itself"):
        backup_database(source, source)
    with pytest.raises(DatabaseError, match="does not exist"):
        backup_database(source, tmp_path / "no" / "copy.sqlite")


def touch_later(path: Path) -> None:
    later = path.stat().st_mtime_ns + 5_000_000_000
    os.utime(path, ns=(later, later))


def test_rolling_backups_keep_the_newest(tmp_path: Path) -> None:
    db = tmp_path / "marginalia.sqlite"
    assert rotate_backups(db, keep=3) is None  # no database yet
    article = make_database(db)
    made = []
    for i in range(5):
        with Store.open(db) as store:
            store.create_annotation(article, "claim", i, i + 2, "me")
        touch_later(db)
        backup = rotate_backups(db, keep=3)
        assert backup is not None and backup.parent == tmp_path / "backups"
        made.append(backup)
    assert rolling_backups(db) == made[-3:]
    with Store.open(made[-1]) as store:
        assert len(store.annotations(article)) == 5
    with Store.open(made[-3]) as store:
        assert len(store.annotations(article)) == 3


def test_an_unchanged_database_is_not_backed_up_again(tmp_path: Path) -> None:
    db = tmp_path / "marginalia.sqlite"
    make_database(db)
    first = rotate_backups(db, keep=2)
    assert first is not None
    assert rotate_backups(db, keep=2) is None
    assert rolling_backups(db) == [first]
    assert rotate_backups(db, keep=0) is None  # automatic backups off: nothing made or removed
    assert rolling_backups(db) == [first]


def test_other_files_in_the_backup_folder_are_left_alone(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    make_database(db)
    (tmp_path / "backups").mkdir()
    keep_me = tmp_path / "backups" / "notes.txt"
    keep_me.write_text("mine")
    other = tmp_path / "backups" / "b.sqlite.20200101T000000000000Z.auto.sqlite"
    other.write_text("another database's backup")
    rotate_backups(db, keep=1)
    touch_later(db)
    rotate_backups(db, keep=1)
    assert keep_me.exists() and other.exists() and len(rolling_backups(db)) == 1


def test_a_backup_reports_its_pages_and_a_stop_leaves_no_file(tmp_path: Path) -> None:
    source = tmp_path / "live.sqlite"
    with Store.open(source) as store:  # some 20 MB: several steps of 1024 pages
        store.add_articles(
            [
                NewArticle(
                    sha256=f"{n:064x}", text=f"{n} " + "江北区工业总产值。" * 2000, title="t"
                )
                for n in range(400)
            ]
        )
    seen: list[tuple[int, int]] = []
    backup_database(source, tmp_path / "copy.sqlite", progress=lambda *step: seen.append(step))
    assert len(seen) > 2 and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    def interrupt(done: int, pages: int) -> None:
        if done > 1024:
            raise KeyboardInterrupt  # what Ctrl+C raises in the middle of the copy

    with pytest.raises(KeyboardInterrupt):
        backup_database(source, tmp_path / "stopped.sqlite", progress=interrupt)
    assert sorted(p.name for p in tmp_path.iterdir() if "stopped" in p.name) == []
