"""The article list and the statistics of an up-to-date SQLite file, read with ``sqlite3``
alone (ADR 0102).

``marginalia-cli stats`` and ``articles`` run in a fresh process, and loading SQLAlchemy
alone takes longer than issue 14 allows them in all (0.25 s). So when the database is a
SQLite file that is ours, at the newest revision, not left with a hot journal and writable
— the file the store would open as it is — these two commands read it here. Anything else
(a missing file to create, one to upgrade, a stranger, a read-only or damaged file, a
PostgreSQL server) gets ``None`` and goes through the store, which opens, refuses or
explains it as it always has.

Nothing here holds SQL: the steps are :mod:`.listing`'s, shared with the store, and the SQL
is what SQLAlchemy compiles from :mod:`.listing_sql`'s statements for SQLite
(:mod:`.listing_compiled`; a test fails when the two differ). The connection is set up as
the store's is, and every read of one command sees one snapshot, as the store's do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import listing
from .errors import storage_error
from .listing_compiled import QUERIES
from .revision import up_to_date
from .sqlite_files import connect, file_to_open_as_it_is
from .values import ArticleQuery, ArticleRow, Label

#: The store's busy timeout (``database.BUSY_TIMEOUT_MS``; a test holds them equal).
BUSY_TIMEOUT_MS = 10_000


def quick_reader(target: str | Path) -> QuickReader | None:
    """A reader of the SQLite file ``target`` if the store would open it as it is; ``None``
    for anything else (the caller opens the store)."""
    path = file_to_open_as_it_is(target)
    if path is None:
        return None
    try:
        conn = connect(path)
    except sqlite3.Error:
        return None
    try:
        conn.isolation_level = None  # transactions are begun here, as the store's are
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode").fetchone()
        if not up_to_date(conn) or not mode or str(mode[0]).lower() != "wal":
            conn.close()  # the store sets WAL, migrates or refuses: let it
            return None
    except sqlite3.Error:
        conn.close()
        return None
    return QuickReader(conn, str(path))


def expand(key: str, params: Mapping[str, Any]) -> tuple[str, list[Any]]:
    """The SQL of statement ``key`` and its values in placeholder order, with each list
    parameter's ``__[POSTCOMPILE_name]`` token made one ``?`` per value (what SQLAlchemy
    does when it runs an expanding parameter)."""
    sql, names = QUERIES[key]
    values: list[Any] = []
    for name in names:
        value = params[name]
        if isinstance(value, list):
            if not value:
                raise ValueError(f"{key}: the list {name!r} is empty")
            sql = sql.replace(f"__[POSTCOMPILE_{name}]", ", ".join("?" * len(value)))
            values.extend(value)
        else:
            values.append(value)
    return sql, values


class QuickReader:
    """``stats()`` and ``article_list()`` of :class:`~marginalia.db.store.Store`, on one
    ``sqlite3`` connection."""

    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self._conn = conn
        #: how the database is named in messages (its path)
        self.name = name

    def close(self) -> None:
        self._conn.close()

    def stats(self) -> dict[str, Any]:
        with self._reading():
            return listing.read_totals(self._run)

    def article_list(self, query: ArticleQuery | None = None) -> list[ArticleRow]:
        query = query or ArticleQuery()
        if query.assigned:  # not a filter of the CLI: its statements are not compiled here
            raise ValueError("the quick reader does not filter by assignment")
        with self._reading():
            return listing.article_list(self._run, query, self._label)

    def _label(self, id_or_name: str) -> Label:
        return listing.find_label(listing.labels(self._run(listing.LABELS, {})), id_or_name)

    def _run(self, key: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        sql, values = expand(key, params)
        return self._conn.execute(sql, values).fetchall()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """One read transaction (one snapshot); a failure of the machine in plain words."""
        try:
            self._conn.execute("BEGIN")
            try:
                yield
            finally:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            failure = storage_error(exc, self.name)
            if failure is None:
                raise
            raise failure from exc
