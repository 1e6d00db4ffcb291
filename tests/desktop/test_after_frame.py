"""Reads that the edit's frame does not need start after it (``OpRunner.after_frame``,
ADR 0133): once every queued operation is delivered and the frame their deliveries asked
for is painted; the runner is not idle until then, so waiting for it waits for them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from marginalia.db import Store
from marginalia.desktop.ops import OpRunner

from .conftest import Harness
from .helpers import TEXT, add_article


@pytest.fixture
def runner(store: Store) -> Iterator[OpRunner]:
    made = OpRunner(store)
    yield made
    made.shutdown()


class Painted(QWidget):
    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def paintEvent(self, _event: QPaintEvent) -> None:
        self.events.append("painted")


def test_after_frame_starts_once_the_deliveries_and_their_frame_are_done(qtbot, runner):
    events: list[str] = []
    widget = Painted(events)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    runner.wait()
    QTest.qWait(50)
    events.clear()

    def delivered(_result: object) -> None:
        events.append("delivered")
        widget.update()  # the frame that shows it

    runner.run(lambda store: store.schema(), delivered)
    runner.run(lambda store: store.schema(), delivered)
    runner.after_frame(lambda: events.append("started"))
    assert not runner.idle
    assert runner.wait()
    assert events == ["delivered", "delivered", "painted", "started"]
    assert runner.idle


def test_after_frame_with_nothing_queued_starts_soon_and_is_waited_for(qtbot, runner):
    started: list[bool] = []
    runner.after_frame(lambda: started.append(True))
    assert not runner.idle and not started
    assert runner.wait()
    assert started == [True]


def test_after_frame_is_skipped_once_the_window_closes(qtbot, runner):
    started: list[bool] = []
    runner.after_frame(lambda: started.append(True))
    runner.close()
    assert runner.wait()
    assert started == []


def test_a_poll_waits_for_the_fingerprint_of_ones_own_edit(app_window: Harness) -> None:
    """One's own edit's fingerprint is read after the edit's frame: a poll in between would
    take the edit for somebody else's, so it is skipped (ADR 0087, ADR 0133)."""
    harness = app_window
    live = harness.workspace.team.live
    live.timer.stop()
    article = add_article(harness.store)
    harness.open(article)
    harness.wait()
    held: list[Callable[[], None]] = []

    def idle() -> bool:  # asked anew each time (mypy would keep the first answer)
        return harness.runner.idle

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(harness.runner, "after_frame", held.append)
        start = TEXT.index("minister")
        harness.view.select_span(start, start + 8)
        QTest.keyClick(harness.view, Qt.Key.Key_1)
        harness.wait()
        names = [getattr(start, "__qualname__", "") for start in held]
        assert [name.split(".")[0] for name in names].count("LiveRefresh") == 1
        live.poll()
        assert idle()  # skipped: nothing read
    for frame_start in held:
        frame_start()
    harness.wait()
    assert live._seen is not None and live._seen[0] == article
    live.poll()
    assert not idle()  # polled again
    harness.wait()
