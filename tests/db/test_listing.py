"""The article list and the statistics: the quick ``sqlite3`` reader gives exactly what the
store gives, and its SQL is what SQLAlchemy compiles from the store's statements (ADR 0102)."""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from marginalia.db import database, quick_read
from marginalia.db.errors import MarginaliaError
from marginalia.db.listing_compiled import QUERIES
from marginalia.db.listing_sql import compiled_for_sqlite, write_compiled
from marginalia.db.quick_read import QuickReader, expand, quick_reader
from marginalia.db.store import Store
from marginalia.db.values import ArticleQuery, Status

from .helpers import fill_team

COMPILED = Path(quick_read.__file__).with_name("listing_compiled.py")
FIXTURES = Path(__file__).resolve().parents[1] / "data" / "databases"


def test_the_quick_sql_is_what_sqlalchemy_compiles(tmp_path: Path) -> None:
    assert compiled_for_sqlite() == QUERIES, (
        "the statements of db/listing_sql.py changed: run "
        "`python -m marginalia.db.listing_sql` to write db/listing_compiled.py again"
    )
    write_compiled(tmp_path / "again.py")
    assert (tmp_path / "again.py").read_text() == COMPILED.read_text()


def test_every_parameter_is_named() -> None:
    """A value that SQLAlchemy would bind by itself (``status_1``) is not in the SQL text."""
    named = {"name", "who", "statuses", "label", "pattern", "ids", "done"}
    for key, (_sql, names) in QUERIES.items():
        assert set(names) <= named, key


def test_a_list_parameter_becomes_one_placeholder_per_value() -> None:
    sql, values = expand("rows.counts+who", {"ids": [3, 5, 8], "who": 2})
    assert "IN (?, ?, ?)" in sql and "POSTCOMPILE" not in sql
    assert values == [3, 5, 8, 2]
    with pytest.raises(ValueError, match="empty"):
        expand("rows.base", {"ids": []})


def test_the_quick_reader_waits_for_a_lock_as_the_store_does() -> None:
    assert quick_read.BUSY_TIMEOUT_MS == database.BUSY_TIMEOUT_MS


@pytest.fixture(scope="module")
def team_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("team") / "team.sqlite"
    with Store.open(path) as store:
        fill_team(store)
    return path


@pytest.fixture
def readers(team_db: Path) -> Iterator[tuple[QuickReader, Store]]:
    quick = quick_reader(team_db)
    assert quick is not None
    store = Store.open(team_db)
    try:
        yield quick, store
    finally:
        quick.close()
        store.close()


ANNOTATORS = [None, "ana", "bo", "cy", " ana ", "nobody", "gold", " "]
STATUSES = [
    frozenset(),
    *(frozenset({s}) for s in Status),
    frozenset({Status.NEW, Status.DONE}),
    frozenset({Status.SKIPPED, Status.IN_PROGRESS}),
]
LABELS = [None, "figure", "Claim", "2", "caption", "nope"]
SEARCHES = [None, "%", "_", "\\", "江北", "SURE", "sure_", "5%", "图片"]


def outcome(read: Callable[[], Any]) -> Any:
    """What a read gives, or the error it raises (its type and sentence)."""
    try:
        return read()
    except MarginaliaError as error:
        return (type(error).__name__, str(error))


def grid() -> Iterator[ArticleQuery]:
    for who, statuses, label, search in itertools.product(ANNOTATORS, STATUSES, LABELS, SEARCHES):
        yield ArticleQuery(annotator=who, statuses=statuses, label=label, search=search)


def test_the_quick_reader_lists_what_the_store_lists(
    readers: tuple[QuickReader, Store],
) -> None:
    quick, store = readers
    seen_rows = seen_errors = 0
    for query in grid():
        expected = outcome(lambda q=query: store.article_list(q))  # type: ignore[misc]
        assert outcome(lambda q=query: quick.article_list(q)) == expected, query  # type: ignore[misc]
        if isinstance(expected, list):
            # and the list is what the window's two steps give
            assert store.article_rows(store.article_ids(query), query.annotator) == expected
            seen_rows += bool(expected)
        else:
            seen_errors += 1
    assert seen_rows > 100 and seen_errors > 10  # the grid reaches rows and refusals


def test_the_lists_hold_what_was_stored(readers: tuple[QuickReader, Store]) -> None:
    quick, _store = readers
    ana = {r.title: r for r in quick.article_list(ArticleQuery(annotator="ana"))}
    assert (ana["出口增长 5%"].status, ana["出口增长 5%"].counts) == (
        Status.DONE,
        {"claim": 1, "figure": 1},
    )
    assert ana["100% sure_thing"].images == 1 and ana["back\\slash"].images == 2
    everybody = {r.title: r for r in quick.article_list(ArticleQuery())}
    assert everybody["100% sure_thing"].status == Status.IN_PROGRESS  # least finished of two
    assert everybody["back\\slash"].annotations == 0  # the deleted one does not count
    titles = [r.title for r in quick.article_list(ArticleQuery(search="_"))]
    assert titles == ["100% sure_thing"]  # LIKE's wildcards are taken literally
    assert [r.title for r in quick.article_list(ArticleQuery(search="\\"))] == ["back\\slash"]


def test_the_quick_statistics_are_the_stores(readers: tuple[QuickReader, Store]) -> None:
    quick, store = readers
    assert quick.stats() == store.stats()
    totals = quick.stats()
    assert [who["name"] for who in totals["annotators"]] == ["ana", "bo", "cy"]
    assert totals["gold"] == {"annotations": 1, "labels": {"claim": 1}}


def test_many_articles_are_read_in_chunks(tmp_path: Path) -> None:
    path = tmp_path / "many.sqlite"
    with Store.open(path) as store:
        from marginalia.db.store import NewArticle

        store.add_articles([NewArticle(f"{n:064x}", f"text {n}", f"t{n}") for n in range(2500)])
        store.set_status(2000, "ana", Status.DONE)
        expected = store.article_list(ArticleQuery(annotator="ana"))
    quick = quick_reader(path)
    assert quick is not None
    assert quick.article_list(ArticleQuery(annotator="ana")) == expected
    assert len(expected) == 2500 and expected[1999].status == Status.DONE


@pytest.mark.postgres
def test_postgresql_lists_what_the_quick_reader_lists(team_db: Path, pg_url: str) -> None:
    """The same team on a server (the store's path) and in a file (the quick one)."""
    quick = quick_reader(team_db)
    assert quick is not None
    assert quick_reader(pg_url) is None
    with Store.open(pg_url) as server:
        fill_team(server)
        assert server.stats() == quick.stats()
        for who, statuses, label, search in itertools.product(
            ANNOTATORS[:6], STATUSES, LABELS, [None, "%", "_", "\\", "江北"]
        ):
            query = ArticleQuery(annotator=who, statuses=statuses, label=label, search=search)
            expected = outcome(lambda q=query: server.article_list(q))  # type: ignore[misc]
            assert outcome(lambda q=query: quick.article_list(q)) == expected, query  # type: ignore[misc]
    quick.close()


# -- which files the quick reader takes: only those the store would open as they are -----


def _copy(team_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.sqlite"
    shutil.copy(team_db, path)
    return path


def test_only_an_up_to_date_file_of_ours_is_read_quickly(team_db: Path, tmp_path: Path) -> None:
    assert quick_reader(tmp_path / "missing.sqlite") is None  # the store creates it
    assert not (tmp_path / "missing.sqlite").exists()
    assert quick_reader("postgresql://nobody@localhost/none") is None

    stranger = tmp_path / "stranger.sqlite"
    raw = sqlite3.connect(stranger)
    raw.execute("CREATE TABLE things (x)")
    raw.commit()
    raw.close()
    assert quick_reader(stranger) is None

    text = tmp_path / "text.sqlite"
    text.write_text("not a database")
    assert quick_reader(text) is None
    assert quick_reader(tmp_path) is None  # a folder

    newer = _copy(team_db, tmp_path)
    raw = sqlite3.connect(newer)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    assert quick_reader(newer) is None

    older = tmp_path / "older.sqlite"
    shutil.copy(FIXTURES / "rev-0001.sqlite", older)
    assert quick_reader(older) is None

    rollback = tmp_path / "rollback.sqlite"
    shutil.copy(team_db, rollback)
    raw = sqlite3.connect(rollback)
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()
    assert quick_reader(rollback) is None  # the store makes it WAL first

    (tmp_path / "ro").mkdir()
    locked_away = tmp_path / "ro" / "team.sqlite"
    shutil.copy(team_db, locked_away)
    os.chmod(locked_away, stat.S_IRUSR)
    try:
        if not os.access(locked_away, os.W_OK):  # root may write anyway
            assert quick_reader(locked_away) is None  # the store opens it read-only
    finally:
        os.chmod(locked_away, stat.S_IRUSR | stat.S_IWUSR)

    reader = quick_reader(_copy(team_db, tmp_path / "ro"))
    assert reader is not None
    reader.close()
