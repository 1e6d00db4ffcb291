"""Another writer's changes reach the open article without a restart; a conflicting undo is
explained and reloaded. Two stores on one SQLite file, and on PostgreSQL when named."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from marginalia.db import Annotation
from marginalia.db.store import Store
from marginalia.desktop import ask

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "shared.sqlite")
        return
    yield str(request.getfixturevalue("pg_url"))


@pytest.fixture
def two_writers(qtbot, database: str) -> Iterator[tuple[Harness, Store]]:
    mine, other = Store.open(database), Store.open(database)
    harness = Harness(qtbot, mine)
    harness.workspace.team.live.timer.setInterval(50)
    yield harness, other
    harness.wait()
    harness.window.close()
    harness.runner.shutdown()
    other.close()
    mine.close()


def test_another_writers_annotation_shows_up(two_writers) -> None:
    harness, other = two_writers
    article = add_article(harness.store)
    harness.open(article)
    start = TEXT.index("minister")
    with harness.qtbot.waitSignal(harness.workspace.team.live.picked_up, timeout=5_000):
        created = other.create_annotation(article, "claim", start, start + 8, ANNOTATOR).value
    harness.wait()
    assert created.id in harness.view.annotations
    assert created.id in harness.panel.annotations
    with harness.qtbot.waitSignal(harness.workspace.team.live.picked_up, timeout=5_000):
        other.delete_annotation(created.id, created.revision)
    harness.wait()
    assert created.id not in harness.view.annotations


def test_an_undo_over_anothers_edit_is_explained_and_reloaded(
    two_writers, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness, other = two_writers
    harness.workspace.team.live.timer.stop()  # the edit lands between two polls
    told: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda _p, title, _t, warning=False: told.append(title))
    article = add_article(harness.store)
    harness.open(article)
    start = TEXT.index("minister")
    harness.view.select_span(start, start + 8)
    QTest.keyClick(harness.view, Qt.Key.Key_1)
    harness.wait()
    [created] = harness.mine(article)
    harness.session.edit(created.id, {"note": "mine"})
    harness.wait()
    [mine] = harness.mine(article)
    other.update_annotation(created.id, mine.revision, note="the other's note")
    QTest.keyClick(harness.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    harness.wait()
    harness.wait()
    assert told == ["Changed by somebody else"]
    assert [a.note for a in harness.mine(article)] == ["the other's note"]
    assert harness.view.annotations[created.id].note == "the other's note"


def test_ones_own_edits_are_not_picked_up_again(two_writers) -> None:
    """One's own edit is shown by its broadcast; the poll after it must not take it for
    somebody else's and make every view read and apply the whole article again (at 5,000
    annotations that froze the window for seconds, two seconds after every edit)."""
    harness, other = two_writers
    live = harness.workspace.team.live
    article = add_article(harness.store)
    harness.open(article)
    picked: list[int] = []
    live.picked_up.connect(picked.append)
    applied: list[int] = []
    update = harness.view.update_annotations

    def counted(changed: Iterable[Annotation]) -> None:
        changed = list(changed)
        applied.append(len(changed))
        update(changed)

    harness.view.update_annotations = counted
    for word in ("minister", "said"):
        start = TEXT.index(word)
        harness.view.select_span(start, start + len(word))
        QTest.keyClick(harness.view, Qt.Key.Key_1)
        harness.wait()
    harness.qtbot.wait(400)  # several polls
    harness.wait()
    assert picked == []
    assert applied == [1, 1]
    # somebody else's edit still is picked up, and only what changed is applied
    start = TEXT.index("minister")
    with harness.qtbot.waitSignal(live.picked_up, timeout=5_000):
        other.create_annotation(article, "figure", start, start + 3, ANNOTATOR)
    harness.wait()
    assert applied == [1, 1, 1]
