"""One update per gesture: an edit, or somebody else's change picked up by the live refresh,
reaches the reader and the panel with one batched read and one update — never a re-read per
annotation (ADR 0087)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from marginalia.db import Store

from .conftest import ANNOTATOR, Harness
from .helpers import TEXT, add_article

COUNTED = ("annotation", "annotations", "annotations_by_ids")


def count_calls(
    monkeypatch: pytest.MonkeyPatch, target: object, names: tuple[str, ...]
) -> Counter[str]:
    """Count calls of some methods of one object (the store the window's worker uses, or a
    view), from whatever thread."""
    calls: Counter[str] = Counter()
    for name in names:
        method: Callable[..., Any] = getattr(target, name)

        def counting(
            *args: Any, __name: str = name, __method: Callable[..., Any] = method, **kw: Any
        ) -> Any:
            calls[__name] += 1
            return __method(*args, **kw)

        monkeypatch.setattr(target, name, counting)
    return calls


def test_one_edit_is_one_batched_read_and_one_update(app_window, monkeypatch) -> None:
    article = add_article(app_window.store)
    for start in range(0, 40, 4):  # others' annotations, which the edit must not re-read
        app_window.store.create_annotation(article, "claim", start, start + 2, ANNOTATOR)
    app_window.open(article)
    reads = count_calls(monkeypatch, app_window.store, COUNTED)
    updates = count_calls(monkeypatch, app_window.view, ("update_annotations",))
    panel = count_calls(monkeypatch, app_window.panel, ("update_annotations",))
    start = TEXT.index("minister")
    app_window.view.select_span(start, start + len("minister"))
    QTest.keyClick(app_window.view, Qt.Key.Key_1)
    app_window.wait()
    made = [a for a in app_window.mine(article) if a.quote == "minister"]
    assert len(made) == 1 and made[0].id in app_window.view.annotations
    assert reads["annotations_by_ids"] == 1  # the session's refresh: the new one, batched
    assert reads["annotation"] == 1  # the store reading back what it just wrote, no more
    assert updates["update_annotations"] == 1 and panel["update_annotations"] == 1
    assert app_window.panel.selected() == made[0].id  # selected once it is shown


@pytest.fixture
def two_windows(qtbot, tmp_path) -> Iterator[tuple[Harness, Store]]:
    database = tmp_path / "shared.sqlite"
    mine, other = Store.open(database), Store.open(database)
    harness = Harness(qtbot, mine)
    harness.workspace.team.live.timer.setInterval(50)
    yield harness, other
    harness.wait()
    harness.window.close()
    harness.runner.shutdown()
    other.close()
    mine.close()


def test_a_remote_change_is_one_batched_read_however_many_annotations(
    two_windows, monkeypatch
) -> None:
    harness, other = two_windows
    article = add_article(harness.store)
    for start in range(0, 60, 3):
        harness.store.create_annotation(article, "figure", start, start + 2, ANNOTATOR)
    harness.open(article)
    harness.qtbot.wait(150)  # the first poll has seen the article as it is
    harness.wait()
    reads = count_calls(monkeypatch, harness.store, COUNTED)
    updates = count_calls(monkeypatch, harness.view, ("update_annotations",))
    start = TEXT.index("minister")
    with harness.qtbot.waitSignal(harness.workspace.team.live.picked_up, timeout=5_000):
        created = other.create_annotation(article, "claim", start, start + 8, ANNOTATOR).value
    harness.wait()
    assert created.id in harness.view.annotations
    assert reads["annotation"] == 0  # never one read per annotation
    assert reads["annotations_by_ids"] == 1  # the session: all 21 of the article, at once
    assert updates["update_annotations"] == 1
