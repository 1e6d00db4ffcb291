"""The status bar says "Saving…" only for a save slow enough to see (ADR 0115): an add
that is shown quickly leaves "Saved" as it is and the status bar out of its frames; one
that takes longer says "Saving…" after ``SAVING_SHOWN_AFTER_MS``, until it is shown."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest

from marginalia.desktop import workspace

from .helpers import TEXT, add_article


class Painted(QObject):
    """What the label said each time it was painted, and how many annotations were shown."""

    def __init__(self, harness) -> None:
        super().__init__()
        self.harness = harness
        self.seen: list[tuple[str, int, float]] = []
        #: when the save started (the held write was queued)
        self.started = 0.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            shown = len(self.harness.view.annotations)
            self.seen.append((self.harness.workspace.saved_label.text(), shown, time.monotonic()))
        return False


def tag_behind_a_slow_write(harness, gate: threading.Event) -> Painted:
    """A write held on the worker (a slow disk, a long save), then the label's key: the
    add's save ends when the held write is let go."""
    article = add_article(harness.store)
    harness.open(article)
    harness.qtbot.wait(50)  # the window's first frames
    painted = Painted(harness)
    harness.workspace.saved_label.installEventFilter(painted)
    start = TEXT.index("unemployment")
    harness.view.select_span(start, start + len("unemployment"))
    painted.started = time.monotonic()
    harness.runner.run(lambda _store: gate.wait(10), write=True)
    QTest.keyClick(harness.view, Qt.Key.Key_1)
    return painted


def test_a_save_shown_within_the_delay_never_says_saving(app_window, monkeypatch) -> None:
    monkeypatch.setattr(workspace, "SAVING_SHOWN_AFTER_MS", 60_000)
    gate = threading.Event()
    painted = tag_behind_a_slow_write(app_window, gate)
    app_window.qtbot.wait(300)  # frames painted meanwhile
    label = app_window.workspace.saved_label
    assert label.text() == "Saved"
    gate.set()
    app_window.wait()
    app_window.qtbot.wait(50)
    assert len(app_window.mine(app_window.view.article.id)) == 1
    assert len(app_window.view.annotations) == 1
    assert label.text() == "Saved"
    assert [text for text, _shown, _at in painted.seen if text != "Saved"] == []


def test_a_slow_save_says_saving_until_the_edit_is_shown(app_window) -> None:
    gate = threading.Event()
    painted = tag_behind_a_slow_write(app_window, gate)
    label = app_window.workspace.saved_label
    app_window.qtbot.waitUntil(lambda: any(t == "Saving…" for t, _s, _a in painted.seen))
    first = next(at for text, _shown, at in painted.seen if text == "Saving…")
    # (a coarse timer, as Qt's are by default, may fire up to 5 % early, and the two clocks
    # read here are a few hundred microseconds apart: 94.97 ms was seen under load)
    assert first - painted.started >= 0.9 * workspace.SAVING_SHOWN_AFTER_MS / 1000
    assert len(app_window.view.annotations) == 0
    gate.set()
    app_window.wait()
    app_window.qtbot.waitUntil(lambda: label.text() == "Saved")
    app_window.qtbot.wait(50)
    # "Saving…" on screen until the frame that shows the add, "Saved" from then on
    said = [(text, shown) for text, shown, _at in painted.seen]
    assert said[0] == ("Saving…", 0) and said[-1] == ("Saved", 1)
    assert all(shown == 0 for text, shown in said if text == "Saving…")
    assert all(shown == 1 for text, shown in said if text == "Saved")
