"""A store's database connections, for the library's own SQL.

Only modules inside ``marginalia.db`` hold a connection. The desktop app, the command line
and a lead's scripts call the :class:`~marginalia.db.store.Store`'s methods and the
functions the packages export (``marginalia.db``'s public face), which return frozen values;
an import-linter contract keeps ``marginalia.desktop`` from importing this module
(``pyproject.toml``, docs/architecture.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from .store import Store


@contextmanager
def reading(store: Store) -> Iterator[Connection]:
    """A connection for reads (no transaction is kept open after the block)."""
    with store._engine.connect() as conn:
        yield conn


@contextmanager
def writing(store: Store) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back on error."""
    with store._writer.begin() as conn:
        yield conn


def engine(store: Store) -> Engine:
    """The store's engine (tests and benchmarks count its statements)."""
    return store._engine


__all__ = ["engine", "reading", "writing"]
