"""The import command's SQLite writer stores exactly what the store stores (ADR 0100)."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from marginalia.db import database
from marginalia.db.article_import import sqlite_writer
from marginalia.db.article_import.pipeline import ImportStopped, import_paths
from marginalia.db.article_import.sqlite_writer import SQLiteArticleWriter, sqlite_article_writer
from marginalia.db.errors import storage_error
from marginalia.db.store import NewArticle, Store
from marginalia.db.tables import ART, BLOB, IMG

STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")


def png(colour: str, size: tuple[int, int] = (30, 20)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def inputs(folder: Path, corpus: Path) -> list[Path]:
    """Every kind of input an import reads: text in several encodings (the corpus), image
    lines with files beside them, a batch with base64 and path images, metadata, lone
    surrogates, an image Pillow cannot read, duplicates, a zip, and a record that fails."""
    folder.mkdir()
    (folder / "red.png").write_bytes(png("red"))
    (folder / "blue.png").write_bytes(png("blue", (50, 40)))
    (folder / "story.txt").write_text(
        "一篇文章\n\n江北区工业总产值突破1500亿元。\nred.png\n图一：红色\n\n2024年3月5日发布。\n",
        "utf-8",
    )
    (folder / "again.txt").write_text("Article 0\n\nThe same text as a record below.\n", "utf-8")
    records = [
        {"title": "Article 0", "text": "The same text as a record below.", "meta": {"k": "中文"}},
        {
            "text": "Caption first.\nblue.png\nThe harbour at dawn\n",
            "images": [{"name": "blue.png", "path": "blue.png"}],
            "url": "https://example.org/a",
            "author": "Zhang Wei",
            "published": "2024-01-02",
        },
        {
            "text": "Inline image 😀 and a cut emoji \ud83d here.",
            "images": [{"name": "x.png", "data": base64.b64encode(png("red")).decode()}],
            "language": "en",
        },
        {"text": "The same text as a record below."},  # a duplicate within the import
        {"text": 3},  # fails alone
        {"text": "an image that is not one", "images": [{"name": "y.png", "data": "AAAA"}]},
    ]
    batch = folder / "batch.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    archive = folder / "more.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("inner/one.txt", "Zipped article\n\nWith red.png beside it\nred.png\n")
        zipped.writestr("inner/red.png", png("red"))
    return [corpus / "encodings" / "charset_normalizer", folder]


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row an import writes, the import time apart (checked for its form)."""
    conn = sqlite3.connect(path)
    try:
        found: dict[str, list[tuple[object, ...]]] = {}
        for table in ("articles", "images", "image_blobs"):
            names = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            listed = list(conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"))
            if table == "articles":
                at = names.index("imported")
                for row in listed:
                    assert STAMP.fullmatch(str(row[at])), row[at]
                listed = [row[:at] + row[at + 1 :] for row in listed]
            found[table] = listed
        return found
    finally:
        conn.close()


@pytest.fixture
def prefilled(tmp_path: Path) -> Path:
    """A database holding two articles already, the newest one deleted again (the next id
    is one more than the largest left, as SQLite gives it)."""
    db = tmp_path / "base.sqlite"
    with Store.open(db) as store:
        store.add_articles(
            [
                NewArticle("a" * 64, "Already here.", "Old"),
                NewArticle("b" * 64, "Removed again.", "Gone"),
            ]
        )
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DELETE FROM articles WHERE sha256 = ?", ("b" * 64,))
    conn.close()
    return db


def test_the_writer_stores_what_the_store_stores(
    prefilled: Path, tmp_path: Path, corpus: Path
) -> None:
    sources = inputs(tmp_path / "in", corpus)
    by_store, by_writer = tmp_path / "store.sqlite", tmp_path / "writer.sqlite"
    for copy in (by_store, by_writer):
        shutil.copy(prefilled, copy)
    with Store.open(by_store) as store:
        expected = import_paths(store, sources, batch_size=4)
    writer = sqlite_article_writer(by_writer)
    assert isinstance(writer, SQLiteArticleWriter)
    try:
        got = import_paths(writer, sources, batch_size=4)
    finally:
        writer.close()
    assert got.to_json() == expected.to_json()
    assert got.changes == expected.changes
    assert len(got.imported) > 20 and got.duplicates and len(got.failed) == 1
    assert rows(by_writer) == rows(by_store)
    stored = rows(by_writer)
    assert stored["images"] and stored["image_blobs"]
    # what the writer stored reads back through the store as the store's own rows do
    with Store.open(by_writer) as store:
        first = store.article(got.imported[0][1])
        assert first.imported is not None
        assert abs(first.imported - datetime.now(UTC)) < timedelta(minutes=5)
        assert store.article(got.imported[-1][1]).text


def test_importing_again_finds_every_article_stored(tmp_path: Path, corpus: Path) -> None:
    sources = inputs(tmp_path / "in", corpus)
    db = tmp_path / "db.sqlite"
    Store.open(db).close()
    for round_ in range(2):
        writer = sqlite_article_writer(db)
        assert writer is not None
        try:
            report = import_paths(writer, sources)
        finally:
            writer.close()
        if round_:
            assert not report.imported and len(report.duplicates) > 20


def test_the_columns_and_settings_are_the_stores() -> None:
    assert tuple(c.name for c in ART.c) == sqlite_writer.ARTICLE_COLUMNS
    assert tuple(c.name for c in BLOB.c) == sqlite_writer.BLOB_COLUMNS
    assert tuple(c.name for c in IMG.c if c.name != "id") == sqlite_writer.IMAGE_COLUMNS
    assert sqlite_writer.BUSY_TIMEOUT_MS == database.BUSY_TIMEOUT_MS
    assert sqlite_writer.WRITE_WAIT_MS == database.WRITE_WAIT_S * 1000


def test_anything_but_an_up_to_date_writable_file_of_ours_goes_to_the_store(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "missing.sqlite"
    assert sqlite_article_writer(missing) is None
    assert not missing.exists()  # creating a database is the store's work
    assert sqlite_article_writer("postgresql://user@localhost/db") is None

    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE articles (id INTEGER)").connection.commit()
    assert sqlite_article_writer(foreign) is None

    not_sqlite = tmp_path / "notes.sqlite"
    not_sqlite.write_text("hello")
    assert sqlite_article_writer(not_sqlite) is None

    older = tmp_path / "older.sqlite"
    Store.open(older).close()
    conn = sqlite3.connect(older)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()
    assert sqlite_article_writer(older) is None  # the store upgrades it (with a backup)

    # a read-only file, folder or disk: tests/faults/test_read_only.py, through the command

    fine = tmp_path / "fine.sqlite"
    Store.open(fine).close()
    writer = sqlite_article_writer(fine)
    assert writer is not None
    writer.close()


PROBE = """
import contextlib, io, json, sys
from marginalia.desktop.cli.main import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main(sys.argv[1:])
print(json.dumps({"status": status, "modules": sorted(sys.modules), "out": out.getvalue()}))
"""


def test_the_import_command_loads_no_sqlalchemy_on_an_up_to_date_file(
    tmp_path: Path, corpus: Path
) -> None:
    db = tmp_path / "db.sqlite"
    Store.open(db).close()
    sources = inputs(tmp_path / "in", corpus)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", str(db), "import", *map(str, sources), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["status"] == 3, done.stderr  # one record fails alone
    roots = {m.split(".")[0] for m in result["modules"]}
    assert not {"sqlalchemy", "alembic"} & roots
    report = json.loads(result["out"])
    assert len(report["imported"]) > 20 and len(report["failed"]) == 1
    with Store.open(db) as store:
        assert store.article_count() == len(report["imported"])


def test_batches_are_synced_as_committed_and_the_log_is_copied_in_at_the_end(
    tmp_path: Path, corpus: Path
) -> None:
    """Each batch is synced when committed (``synchronous=FULL``, WAL), and closing the
    writer leaves every article in the database file itself, no log beside it."""
    db = tmp_path / "db.sqlite"
    Store.open(db).close()
    writer = sqlite_article_writer(db)
    assert writer is not None
    conn = writer._conn
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    try:
        report = import_paths(writer, inputs(tmp_path / "in", corpus), batch_size=3)
    finally:
        writer.close()
    assert not Path(f"{db}-wal").exists()
    plain = sqlite3.connect(f"file:{db}?immutable=1", uri=True)  # the file alone, no log
    try:
        (count,) = plain.execute("SELECT count(*) FROM articles").fetchone()
    finally:
        plain.close()
    assert count == len(report.imported) > 20


def test_plain_text_and_batches_load_nothing_they_do_not_need(tmp_path: Path) -> None:
    """The import command's start is part of every import's time (issue 14): UTF-8 text
    and a batch without images or HTML load no zip, image, HTML, encoding-detection or
    database-toolkit library."""
    db = tmp_path / "db.sqlite"
    Store.open(db).close()
    (tmp_path / "a.txt").write_text("A title\n\nThe text of the article, 2024-03-05.\n", "utf-8")
    batch = tmp_path / "b.jsonl"
    batch.write_text(json.dumps({"text": "江北区工业总产值 the output grew"}) + "\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", str(db), "import", str(tmp_path / "a.txt"),
         str(batch), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["status"] == 0, done.stderr
    assert len(json.loads(result["out"])["imported"]) == 2
    loaded = set(result["modules"])
    roots = {m.split(".")[0] for m in loaded}
    unneeded = {"zipfile", "sqlalchemy", "alembic", "PIL", "trafilatura", "lxml", "chardet"}
    assert not unneeded & roots
    assert "charset_normalizer" not in roots and "marginalia.db.article_import.html" not in loaded
    assert "marginalia.db.values" not in loaded  # the batch's values alone (batch_values)


class _FullOnSecondBatch:
    """The writer, but the disk fills while the second batch is committed: through
    ``add_articles`` (the commit waited for) or ``add_articles_later`` (it runs on while
    the next batch is read)."""

    def __init__(self, writer: SQLiteArticleWriter) -> None:
        self.writer = writer
        self.batches = 0

    def _full(self) -> Exception:
        full = sqlite3.OperationalError("database or disk is full")
        full.sqlite_errorcode = sqlite3.SQLITE_FULL
        failure = storage_error(full, "db")
        assert failure is not None
        return failure

    def add_articles(self, articles: Sequence[NewArticle]) -> Any:
        self.batches += 1
        if self.batches == 2:
            raise self._full()
        return self.writer.add_articles(articles)


class _FullOnSecondBatchLater(_FullOnSecondBatch):
    def add_articles_later(self, articles: Sequence[NewArticle]) -> Any:
        self.batches += 1
        if self.batches != 2:
            return self.writer.add_articles_later(articles)

        def committed() -> Any:
            raise self._full()

        return committed


@pytest.mark.parametrize("batch_size", [1, 3, 4])
def test_a_commit_that_fails_while_the_next_batch_is_read_stops_as_if_it_had_waited(
    tmp_path: Path, batch_size: int
) -> None:
    """The import command's commits run on while the next batch is read (ADR 0100); when
    one fails, the report, the exit and the database are what they were when each commit
    was waited for: that batch named as not stored, nothing read since reported."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(14):  # every third file empty: failures among the batches
        (folder / f"{n:02}.txt").write_text("" if n % 3 == 1 else f"Article {n}\n\nText {n}.")
    results = []
    for sink_type in (_FullOnSecondBatch, _FullOnSecondBatchLater):
        db = tmp_path / f"{sink_type.__name__}.sqlite"
        Store.open(db).close()
        writer = sqlite_article_writer(db)
        assert writer is not None
        try:
            with pytest.raises(ImportStopped) as stopped:
                import_paths(sink_type(writer), [folder], batch_size=batch_size)
        finally:
            writer.close()
        conn = sqlite3.connect(db)
        try:
            stored = sorted(row[0] for row in conn.execute("SELECT title FROM articles"))
        finally:
            conn.close()
        results.append((stopped.value.report.to_json(), str(stopped.value), stored))
    assert results[0] == results[1]
    report, _message, stored = results[0]
    assert isinstance(report["imported"], list) and isinstance(report["failed"], list)
    assert len(stored) == len(report["imported"]) == batch_size
    assert sum(f["error"].startswith("was not stored") for f in report["failed"]) == batch_size
