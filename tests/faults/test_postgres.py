"""A lost or unreachable PostgreSQL server: plain words, and an honest COMMIT (issue 16,
item 8). Sessions are ended with ``pg_terminate_backend`` on the test's own database only;
the shared server itself is never stopped."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import event, make_url, text

from marginalia.db.article_import.pipeline import ImportStopped, import_paths
from marginalia.db.connection import engine, reading
from marginalia.db.errors import DatabaseError, StorageError
from marginalia.db.store import NewArticle, Store

from .conftest import plain

pytestmark = pytest.mark.postgres

TEXT = "部长说失业率降到5%，江北区工业总产值突破1500亿元。"


def server_url(**changes: Any) -> str:
    url = os.environ.get("MARGINALIA_TEST_PG")
    if not url:
        pytest.skip("MARGINALIA_TEST_PG is not set (no PostgreSQL server for this run)")
    return make_url(url).set(**changes).render_as_string(hide_password=False)


@pytest.mark.parametrize(
    ("changes", "says"),
    [
        (
            {"port": 1},
            "the database server cannot be reached; check the network and that "
            "the server is running, then try again",
        ),
        (
            {"password": "wrong"},
            "the database server refused the user name or password; "
            "check them in the database address",
        ),
        ({"database": "marginalia_no_such_db"}, "the database does not exist on the server"),
        ({"host": "nohost.invalid"}, "the database server cannot be reached"),
    ],
    ids=["refused", "password", "no-database", "no-host"],
)
def test_the_servers_refusals_are_plain_words(changes: dict[str, Any], says: str) -> None:
    url = server_url(**changes)
    with pytest.raises(DatabaseError) as refused:
        Store.open(url)
    message = str(refused.value)
    plain(message)
    assert says in message
    assert "wrong" not in message  # never the password
    assert len(message) < 300


def _article(store: Store) -> int:
    digest = hashlib.sha256(TEXT.encode()).hexdigest()
    return store.add_articles([NewArticle(digest, TEXT, "t")]).value[0].id


def _lose_connection_at_commit(store: Store, *, after: bool) -> None:
    """The next COMMIT loses its connection: after the server committed, or before."""
    dialect = engine(store).dialect
    original = dialect.do_commit

    def commit(dbapi_connection: Any) -> None:
        dialect.do_commit = original  # type: ignore[method-assign]
        if after:
            original(dbapi_connection)
        driver = getattr(dbapi_connection, "dbapi_connection", dbapi_connection)
        driver.close()  # the socket is gone; the server ends the session
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    dialect.do_commit = commit  # type: ignore[method-assign]


def test_an_edit_committed_before_the_connection_was_lost_is_not_reported_as_failed(
    pg_url: str,
) -> None:
    with Store.open(pg_url) as store:
        article = _article(store)
        _lose_connection_at_commit(store, after=True)
        made = store.create_annotation(article, "claim", 0, 3, "ana").value
        assert [a.id for a in store.annotations(article)] == [made.id]
        store.create_annotation(article, "figure", 5, 7, "ana")  # the store carries on


def test_an_edit_lost_with_its_connection_before_commit_is_reported_not_saved(
    pg_url: str,
) -> None:
    with Store.open(pg_url) as store:
        article = _article(store)
        _lose_connection_at_commit(store, after=False)
        with pytest.raises(StorageError) as refused:
            store.create_annotation(article, "claim", 0, 3, "ana")
        assert str(refused.value).endswith(
            "the connection to the database server was lost; this change was not saved; "
            "try again when the server is back"
        )
        assert store.annotations(article) == []
        store.create_annotation(article, "claim", 0, 3, "ana")
        assert len(store.annotations(article)) == 1


def test_a_session_ended_by_the_server_mid_import_stops_with_what_was_stored(
    pg_url: str, tmp_path: Path
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for i in range(700):
        (source / f"{i:03}.txt").write_text(f"第{i}篇\n\n{TEXT}{i}\n", "utf-8")
    with Store.open(pg_url) as store:
        batches = 0

        def end_session_in_third_batch(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            nonlocal batches
            if statement.startswith("INSERT INTO articles"):
                batches += 1
                if batches == 3:  # the server ends this session, as a restart would
                    conn.connection.dbapi_connection.execute(
                        "SELECT pg_terminate_backend(pg_backend_pid())"
                    )

        event.listen(engine(store), "before_cursor_execute", end_session_in_third_batch)
        with pytest.raises(ImportStopped) as stopped:
            import_paths(store, [source])
        event.remove(engine(store), "before_cursor_execute", end_session_in_third_batch)
        report = stopped.value.report
        assert len(report.imported) == 400  # two batches of 200 were committed
        assert len(report.failed) == 200  # the third is named as not stored
        message = str(stopped.value)
        assert message.startswith(f"{store.name}: the database server ended the connection")
        plain(message.removeprefix(store.name))  # the address as given names its driver
        assert "400 of 700 articles were stored" in message
        assert store.article_count() == 400
        with reading(store) as conn:
            assert conn.scalar(text("SELECT count(*) FROM articles")) == 400
