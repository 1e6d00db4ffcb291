"""Storing imported articles in an up-to-date SQLite file with ``sqlite3`` alone (ADR 0100).

``marginalia-cli import`` runs in a fresh process, and loading SQLAlchemy costs it 0.2 s
before the first article: more than Label Studio takes to import 1,000 (issue 14). So when
the database is a SQLite file that is ours, up to date and writable — the usual case — the
import command writes through this module, which loads nothing but ``sqlite3``. Anything
else (a new file, one to migrate, a read-only one, a damaged one, a PostgreSQL server) gets
``None`` here and goes through the store, which knows how to open it.

What is written is exactly what :meth:`Store.add_articles
<marginalia.db.store.Store.add_articles>` writes, row for row and byte for byte (the same
ids, the same duplicate check inside the write transaction, the same JSON and timestamp
text); ``tests/db/article_import/test_sqlite_writer.py`` holds the two equal on every table
an import touches, and the column lists equal to the Core tables'. The connection is set up
as the store's is (WAL, ``synchronous=FULL``, foreign keys, the busy timeout; a writing
transaction begins IMMEDIATE and waits for another writer as long as the store's does), so
a batch that was committed survives a kill or a power cut (ADR 0004, docs/reliability.md).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from ..batch_values import NewArticle, NewImage, Outcome, Stored, batch_outcome
from ..errors import storage_error
from ..revision import up_to_date
from ..sqlite_files import file_to_open_as_it_is, sqlite_uri

#: The store's busy timeout (``database.BUSY_TIMEOUT_MS``) and how long a writer waits for
#: another one's write lock (``database.WRITE_WAIT_S``); a test holds them equal.
BUSY_TIMEOUT_MS = 10_000
WRITE_WAIT_MS = 15 * 60 * 1000
#: Hashes looked up per statement (the store's ``chunks(…, 500)``).
_LOOKUP_CHUNK = 500

ARTICLE_COLUMNS = (
    "id", "sha256", "title", "text", "chars", "source", "url", "author", "published",
    "language", "encoding", "encoding_confidence", "meta", "imported",
)  # fmt: skip
BLOB_COLUMNS = ("sha256", "format", "width", "height", "data", "thumbnail")
IMAGE_COLUMNS = ("article_id", "position", "offset", "name", "caption", "sha256", "url", "alt")


def _insert(table: str, columns: tuple[str, ...]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"


_INSERT_ARTICLE = _insert("articles", ARTICLE_COLUMNS)
_INSERT_BLOB = _insert("image_blobs", BLOB_COLUMNS)
_INSERT_IMAGE = _insert("images", IMAGE_COLUMNS)


def sqlite_article_writer(target: str | Path) -> SQLiteArticleWriter | None:
    """A writer for the SQLite file ``target`` if it is ours, up to date and writable;
    ``None`` for anything else (the caller opens the store, which creates, migrates,
    refuses or opens it read-only as it must)."""
    path = file_to_open_as_it_is(target)
    if path is None:
        return None
    try:
        # used by a second thread for the commits (one at a time, never beside the first)
        conn = sqlite3.connect(sqlite_uri(path), uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        conn.isolation_level = None  # transactions are begun here, as the store's are
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not up_to_date(conn):
            conn.close()
            return None
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()
        if not mode or str(mode[0]).lower() != "wal":
            conn.close()
            return None
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error:
        conn.close()
        return None
    return SQLiteArticleWriter(conn, str(path))


def _timestamp(moment: datetime) -> str:
    """A UTC moment as the store's ``UTCDateTime`` column holds it in SQLite."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


class SQLiteArticleWriter:
    """``add_articles`` of :class:`~marginalia.db.store.Store`, on one ``sqlite3`` connection."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self._conn = conn
        #: how the database is named in messages (its path)
        self.name = name
        self._commit: _Commit | None = None

    def close(self) -> None:
        if self._commit is not None:  # an import stopped by a second Ctrl+C
            self._commit.thread.join()
        self._conn.close()

    def add_articles(self, articles: Sequence[NewArticle]) -> Outcome[list[Stored]]:
        """Store a batch of articles in one transaction: all of them, or none.

        An article whose text is already stored (same sha256) is not stored again.
        """
        return self.add_articles_later(articles)()

    def add_articles_later(
        self, articles: Sequence[NewArticle]
    ) -> Callable[[], Outcome[list[Stored]]]:
        """:meth:`add_articles`, but its commit runs on while the caller reads on: the
        batch is written at once (an article the database refuses fails here, the batch
        rolled back), then committed on a second thread — writing the log, waiting for the
        disk to sync it, a checkpoint now and then, all without Python's lock. Returned:
        the function that waits for the commit and gives the outcome, or raises what
        :meth:`add_articles` would (the batch then rolled back). Call it before anything
        else is asked of the writer."""
        now = _timestamp(datetime.now(UTC))
        conn = self._conn
        try:
            self._begin()
            try:
                existing = self._ids_by_sha256({a.sha256 for a in articles})
                fresh: dict[str, NewArticle] = {}
                for article in articles:
                    if article.sha256 not in existing:
                        fresh.setdefault(article.sha256, article)
                if fresh:
                    # the ids SQLite would give (one more than the largest), taken under the
                    # write lock: the store's INSERT … RETURNING gets the same
                    (largest,) = conn.execute("SELECT max(id) FROM articles").fetchone()
                    first = (largest or 0) + 1
                    rows = []
                    for number, article in enumerate(fresh.values(), first):
                        existing[article.sha256] = number
                        rows.append(_article_row(number, article, now))
                    conn.executemany(_INSERT_ARTICLE, rows)
                    self._insert_images(
                        [(existing[a.sha256], a.images) for a in fresh.values() if a.images]
                    )
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            failure = storage_error(exc, self.name)
            if failure is None:
                raise
            raise failure from exc
        outcome = batch_outcome(articles, existing, fresh)
        commit = self._commit = _Commit(conn)

        def committed() -> Outcome[list[Stored]]:
            commit.thread.join()
            self._commit = None
            if commit.error is None:
                return outcome
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            failure = storage_error(commit.error, self.name)
            if failure is None:
                raise commit.error
            raise failure from commit.error

        return committed

    def _begin(self) -> None:
        """``BEGIN IMMEDIATE``, waiting for another writer as long as the store does."""
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _ids_by_sha256(self, hashes: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        listed = list(hashes)
        for start in range(0, len(listed), _LOOKUP_CHUNK):
            chunk = listed[start : start + _LOOKUP_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT sha256, id FROM articles WHERE sha256 IN ({marks})", chunk
            )
            found.update({sha: id_ for sha, id_ in rows})
        return found

    def _insert_images(self, articles: Sequence[tuple[int, Sequence[NewImage]]]) -> None:
        if not articles:
            return
        conn = self._conn
        blobs = {
            i.blob.sha256: i.blob for _id, images in articles for i in images if i.blob is not None
        }
        if blobs:
            listed = list(blobs)
            marks = ", ".join("?" * len(listed))
            have = {
                row[0]
                for row in conn.execute(
                    f"SELECT sha256 FROM image_blobs WHERE sha256 IN ({marks})", listed
                )
            }
            missing = [b for sha, b in blobs.items() if sha not in have]
            if missing:
                conn.executemany(
                    _INSERT_BLOB,
                    [(b.sha256, b.format, b.width, b.height, b.data, b.thumbnail) for b in missing],
                )
        conn.executemany(
            _INSERT_IMAGE,
            [
                (
                    article_id,
                    position,
                    image.offset,
                    image.name,
                    image.caption,
                    image.blob.sha256 if image.blob else None,
                    image.url,
                    image.alt,
                )
                for article_id, images in articles
                for position, image in enumerate(images)
            ],
        )


def _article_row(
    number: int, a: NewArticle, now: str
) -> tuple[int, str, str, str, int, str | None, str | None, str | None, str | None,
           str | None, str | None, float | None, str, str]:  # fmt: skip
    return (
        number,
        a.sha256,
        a.title,
        a.text,
        len(a.text),
        a.source,
        a.url,
        a.author,
        a.published,
        a.language,
        a.encoding,
        a.encoding_confidence,
        json.dumps(dict(a.meta or {})),  # SQLAlchemy's JSON type: json.dumps, its defaults
        now,
    )


class _Commit:
    """``COMMIT`` on a thread of its own; ``error`` is what it raised, if anything."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(conn,), name="import commit")
        self.thread.start()

    def _run(self, conn: sqlite3.Connection) -> None:
        try:
            conn.execute("COMMIT")
        except BaseException as exc:  # handed to the caller, which rolls back and raises
            self.error = exc
