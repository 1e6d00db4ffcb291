"""What the article list needs from the database, as a small injected interface (ADR 0070).

The list never touches the store itself: it calls an :class:`ArticleSource`. The plain
:class:`StoreSource` calls a :class:`~marginalia.db.store.Store` directly; the main window can
hand in one that routes the same calls through its database worker instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from marginalia.db.store import ArticleQuery, Store
from marginalia.db.values import ArticleRow, Schema


class ArticleSource(Protocol):
    def fetch_ids(self, query: ArticleQuery) -> list[int]:
        """The ids a query selects, in list order (cheap: never loads texts)."""
        ...

    def fetch_rows(self, ids: Sequence[int], annotator: str | None) -> list[ArticleRow]:
        """List rows for these ids, in the same order."""
        ...

    def next_article(self, annotator: str, after: int | None) -> int | None:
        """The next article to do for an annotator after ``after`` (wrapping), or None."""
        ...

    def schema(self) -> Schema: ...


class StoreSource:
    """An :class:`ArticleSource` that calls the store on the calling thread."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def fetch_ids(self, query: ArticleQuery) -> list[int]:
        return self.store.article_ids(query)

    def fetch_rows(self, ids: Sequence[int], annotator: str | None) -> list[ArticleRow]:
        return self.store.article_rows(ids, annotator)

    def next_article(self, annotator: str, after: int | None) -> int | None:
        return self.store.next_article(annotator, after)

    def schema(self) -> Schema:
        return self.store.schema()
