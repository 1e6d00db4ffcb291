"""When the runner says "Saved" (``busy(False)``): never before every write is committed,
and, when the write's broadcast queued the views' reads, with the first of them, so that
the status bar changes in the frame that shows the edit (ADR 0104, amended)."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marginalia.db import NewArticle, Store
from marginalia.desktop.ops import OpRunner


@pytest.fixture
def runner(store: Store) -> Iterator[OpRunner]:
    made = OpRunner(store)
    yield made
    made.shutdown()


def articles_on_disk(path: Path) -> int:
    """Counted through a connection of its own: what another program (or a restart) sees."""
    with sqlite3.connect(path) as conn:
        return int(conn.execute("select count(*) from articles").fetchone()[0])


def add(text: str, gate: threading.Event | None = None) -> Any:
    def write(store: Store) -> Any:
        if gate is not None:
            assert gate.wait(10)
        sha = hashlib.sha256(text.encode()).hexdigest()
        return store.add_articles([NewArticle(sha, text, "T")])

    return write


def test_saved_comes_with_the_refresh_the_write_queued_and_only_after_the_commit(
    qtbot, runner, tmp_path
):
    database = tmp_path / "t.sqlite"
    events: list[tuple[str, object]] = []
    gate = threading.Event()

    def busy(value: bool) -> None:
        events.append(("busy", value))
        if not value:
            events.append(("on disk", articles_on_disk(database)))

    runner.busy.connect(busy)
    # a view's refresh: a read queued by the write's broadcast, held until released
    runner.changed.connect(
        lambda _changes: runner.run(
            lambda _store: gate.wait(10), lambda _result: events.append(("refreshed", None))
        )
    )
    runner.run(add("one"), lambda _result: events.append(("written", None)), write=True)
    assert events == [("busy", True)]
    qtbot.waitUntil(lambda: ("written", None) in events)
    # committed and delivered, but the refresh that shows it is not there yet: still "Saving…"
    assert events == [("busy", True), ("written", None)]
    assert runner.writing is False and articles_on_disk(database) == 1
    gate.set()
    assert runner.wait()
    # "Saved" in the refresh's own delivery (the same frame), after the views updated
    assert events == [
        ("busy", True),
        ("written", None),
        ("refreshed", None),
        ("busy", False),
        ("on disk", 1),
    ]


def test_saved_never_shows_while_a_write_is_on_its_way(qtbot, runner, tmp_path):
    database = tmp_path / "t.sqlite"
    states: list[tuple[bool, int]] = []
    runner.busy.connect(lambda value: states.append((value, articles_on_disk(database))))
    gate = threading.Event()
    reads: list[int] = []

    def changed(_changes: object) -> None:
        # the view's refresh, then the annotator's next edit, before the refresh is back
        runner.run(lambda store: store.schema(), lambda _schema: reads.append(1))
        if len(reads) == 0 and articles_on_disk(database) == 1:
            runner.run(add("two", gate), write=True)

    runner.changed.connect(changed)
    runner.run(add("one"), write=True)
    qtbot.waitUntil(lambda: len(reads) == 1)
    qtbot.wait(50)
    assert states == [(True, 0)]  # the refresh came, a write is on its way: no "Saved"
    gate.set()
    assert runner.wait()
    assert reads == [1, 1]
    assert states == [(True, 0), (False, 2)]


def test_saved_at_once_when_nothing_is_queued_behind_the_write(qtbot, runner, tmp_path):
    states: list[bool] = []
    runner.busy.connect(states.append)
    started: list[bool] = []
    # a read started later (the suggestions' recompute, ADR 0103) is not waited for
    runner.later(60_000, lambda: started.append(True))
    runner.run(add("one"), write=True)
    qtbot.waitUntil(lambda: states == [True, False], timeout=5_000)
    assert not started and not runner.writing


def test_saved_after_a_failed_write_and_its_error(qtbot, runner):
    states: list[object] = []
    runner.busy.connect(states.append)
    runner.failed.connect(lambda error: states.append(type(error).__name__))

    def broken(_store: Store) -> None:
        raise ValueError("no")

    runner.run(broken, write=True)
    runner.run(lambda store: store.schema())  # a read already queued behind it
    assert runner.wait()
    assert states == [True, "ValueError", False]
