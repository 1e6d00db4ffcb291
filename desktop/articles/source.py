"""What the article list needs from the database, as a small injected interface (ADR 0070).

The list never touches the store itself: it asks an :class:`ArticleSource`, which answers
through a callback — at once (:class:`StoreSource`, on the calling thread) or later, from the
main window's database worker (:class:`RunnerSource`). The model copes with both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from marginalia.db import ArticleQuery, ArticleRow, Schema

if TYPE_CHECKING:
    from marginalia.db import Store

Ids = Callable[[list[int]], None]
Rows = Callable[[list[ArticleRow]], None]
Found = Callable[[int | None], None]


class ArticleSource(Protocol):
    def fetch_ids(self, query: ArticleQuery, done: Ids) -> None:
        """``done(ids)``: the ids a query selects, in list order (never loads texts)."""
        ...

    def fetch_rows(self, ids: Sequence[int], annotator: str | None, done: Rows) -> None:
        """``done(rows)``: list rows for these ids, in the same order."""
        ...

    def next_article(self, annotator: str, after: int | None, done: Found) -> None:
        """``done(id)``: the next article to do for an annotator after ``after`` (wrapping)."""
        ...

    def schema(self) -> Schema:
        """The label schema as it is now (known to the window; no database round trip)."""
        ...


class StoreSource:
    """Calls a store on the calling thread and answers at once (tests, the CLI, benches)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def fetch_ids(self, query: ArticleQuery, done: Ids) -> None:
        done(self.store.article_ids(query))

    def fetch_rows(self, ids: Sequence[int], annotator: str | None, done: Rows) -> None:
        done(self.store.article_rows(list(ids), annotator))

    def next_article(self, annotator: str, after: int | None, done: Found) -> None:
        done(self.store.next_article(annotator, after))

    def schema(self) -> Schema:
        return self.store.schema()


class Runner(Protocol):
    def run(self, fn: Callable[[Store], Any], on_done: Callable[[Any], None] | None = ...) -> None:
        """Run ``fn(store)`` on the database worker; ``on_done(result)`` on the GUI thread."""
        ...


class RunnerSource:
    """Routes every call through an op runner (``runner.run(fn, on_done)``).

    ``schema`` is a callable so that the list follows schema changes the window knows of.
    """

    def __init__(self, runner: Runner, schema: Callable[[], Schema]) -> None:
        self.runner = runner
        self._schema = schema

    def fetch_ids(self, query: ArticleQuery, done: Ids) -> None:
        self.runner.run(lambda store: store.article_ids(query), done)

    def fetch_rows(self, ids: Sequence[int], annotator: str | None, done: Rows) -> None:
        wanted = list(ids)
        self.runner.run(lambda store: store.article_rows(wanted, annotator), done)

    def next_article(self, annotator: str, after: int | None, done: Found) -> None:
        self.runner.run(lambda store: store.next_article(annotator, after), done)

    def schema(self) -> Schema:
        return self._schema()
