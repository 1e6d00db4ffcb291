"""A store's database connections, for the library's own SQL.

Only modules inside ``marginalia.db`` hold a connection. The desktop app, the command line
and a lead's scripts call the :class:`~marginalia.db.store.Store`'s methods and the
functions the packages export (``marginalia.db``'s public face), which return frozen values;
an import-linter contract keeps ``marginalia.desktop`` from importing this module
(``pyproject.toml``, docs/architecture.md).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from . import transactions

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from .store import Store


def reading(store: Store) -> AbstractContextManager[Connection]:
    """A connection for reads (no transaction is kept open after the block)."""
    return transactions.reading(store._engine, store.name)


def writing(store: Store) -> AbstractContextManager[Connection]:
    """One write transaction: committed when the block ends, rolled back on error.

    A failure of the disk or the server leaves it as a plain ``StorageError``; on
    PostgreSQL a COMMIT whose connection is lost is checked with the server
    (:mod:`marginalia.db.transactions`).
    """
    why = store.report.read_only if store.report else None
    return transactions.writing(store._writer, store.name, read_only=why)


def engine(store: Store) -> Engine:
    """The store's engine (tests and benchmarks count its statements)."""
    return store._engine


__all__ = ["engine", "reading", "writing"]
