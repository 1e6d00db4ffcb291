"""Several processes at once: first opens of a new database, writers beside an import, and
a writer that holds the lock longer than the busy timeout (issue 16, items 6 and 7)."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from marginalia.db import database
from marginalia.db.errors import StorageError
from marginalia.db.store import NewArticle, Store

from .conftest import count, integrity, run_cli

TEXT = "部长说失业率降到5%，江北区工业总产值突破1500亿元。" * 3

#: Waits for the starting signal (a file), opens the database and writes one annotation.
FIRST_OPEN = """
    import os, sys, time
    go = sys.argv[2]
    while not os.path.exists(go):
        time.sleep(0.001)
    from marginalia.db.connection import writing
    from marginalia.db.store import Store
    from marginalia.db.team.sync import database_id
    with Store.open(sys.argv[1]) as store:
        with writing(store) as conn:
            print(database_id(conn), flush=True)
"""


def start_together(target: str, go: Path, n: int = 4) -> list[subprocess.Popen[str]]:
    children = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(FIRST_OPEN), target, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(n)
    ]
    time.sleep(2.0)  # all have imported the library and wait for the signal
    go.touch()
    return children


def outcomes(children: list[subprocess.Popen[str]]) -> list[str]:
    ids = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        ids.append(out.strip())
    return ids


def test_four_processes_opening_a_new_sqlite_path_at_once_all_succeed(tmp_path: Path) -> None:
    for attempt in range(3):
        path = tmp_path / f"new{attempt}.sqlite"
        ids = outcomes(start_together(str(path), tmp_path / f"go{attempt}"))
        assert len(set(ids)) == 1  # one database, made once
        assert integrity(path) == "ok"
        assert count(path, "labels") == 3
    assert [p for p in tmp_path.iterdir() if ".creating" in p.name] == []


@pytest.mark.postgres
def test_four_processes_opening_a_new_postgresql_database_at_once_all_succeed(
    pg_url: str, tmp_path: Path
) -> None:
    ids = outcomes(start_together(pg_url, tmp_path / "go"))
    assert len(set(ids)) == 1
    with Store.open(pg_url) as store:
        assert [lb.id for lb in store.schema().labels] == ["claim", "figure", "caption"]


EDITOR = """
    import sys
    from marginalia.db.store import Store
    with Store.open(sys.argv[1]) as store:
        for n in range(int(sys.argv[2])):
            made = store.create_annotation(1, "claim", n % 30, n % 30 + 4, sys.argv[3])
            print(made.value.id, flush=True)
"""


def test_several_writers_beside_an_import_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        store.add_articles([NewArticle(hashlib.sha256(TEXT.encode()).hexdigest(), TEXT, "t")])
    source = tmp_path / "in"
    source.mkdir()
    for i in range(600):
        (source / f"{i:03}.txt").write_text(f"第{i}篇\n\n{TEXT}{i}\n", "utf-8")
    editors = [
        subprocess.Popen(
            [sys.executable, "-c", textwrap.dedent(EDITOR), str(db), "60", f"ana{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    imported = run_cli("--db", db, "import", source, "--json")
    made: list[str] = []
    for editor in editors:
        out, err = editor.communicate(timeout=300)
        assert editor.returncode == 0, err
        made += out.split()
    assert imported.status == 0, imported.err
    assert len(made) == 240
    with Store.open(db) as store:
        assert {a.id for a in store.annotations(1)} == set(made)
        assert store.article_count() == 601
    assert integrity(db) == "ok"


def hold_write_lock(path: Path, seconds: float, started: threading.Event) -> threading.Thread:
    """Another program (a lead's merge, say) holds the write lock for ``seconds``."""

    def hold() -> None:
        raw = sqlite3.connect(path, isolation_level=None)
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE articles SET title = title")
        started.set()
        time.sleep(seconds)
        raw.execute("COMMIT")
        raw.close()

    thread = threading.Thread(target=hold)
    thread.start()
    assert started.wait(10)
    return thread


def test_an_edit_waits_visibly_for_a_lock_held_longer_than_the_busy_timeout(
    tmp_path: Path,
) -> None:
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        article = (
            store.add_articles([NewArticle(hashlib.sha256(TEXT.encode()).hexdigest(), TEXT, "t")])
            .value[0]
            .id
        )
        heard: list[float | None] = []
        store.on_waiting = heard.append
        held = database.BUSY_TIMEOUT_MS / 1000 + 1.5
        holder = hold_write_lock(db, held, threading.Event())
        began = time.monotonic()
        saved = store.create_annotation(article, "claim", 0, 3, "ana").value  # never refused
        waited = time.monotonic() - began
        holder.join()
        assert waited >= held - 1
        assert saved.id in {a.id for a in store.annotations(article)}
    seconds = [s for s in heard if s is not None]
    assert len(seconds) >= int(held) - 2 and seconds == sorted(seconds)
    assert heard[-1] is None  # told when it got the lock
    assert integrity(db) == "ok"


def test_a_lock_held_beyond_the_longest_wait_is_a_plain_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db.sqlite"
    with Store.open(db) as store:
        article = (
            store.add_articles([NewArticle(hashlib.sha256(TEXT.encode()).hexdigest(), TEXT, "t")])
            .value[0]
            .id
        )
        monkeypatch.setattr(database, "WRITE_WAIT_S", 1.0)
        monkeypatch.setattr(database, "WAIT_STEP_MS", 200)
        holder = hold_write_lock(db, 3.0, threading.Event())
        with pytest.raises(StorageError) as refused:
            store.create_annotation(article, "claim", 0, 3, "ana")
        holder.join()
        assert str(refused.value) == (
            f"{db}: another program or window has been writing to the database for too long; "
            "wait until it has finished (a merge or an import), then try again"
        )
        store.create_annotation(article, "claim", 0, 3, "ana")  # and afterwards it works
