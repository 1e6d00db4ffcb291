"""Python's cyclic garbage collection, only on the GUI thread (ADR 0139).

Left to itself the collector runs on whichever thread happens to allocate past its
threshold — the database worker, a long job, the backup — and finalises whatever garbage
it finds there. A cycle that holds the last reference to a Qt object's Python wrapper then
takes the Qt object apart off the GUI thread, which Qt does not allow: a fresh-clone CI run
crashed so, with the collector on the worker inside an XMI import (fifteenth round).

While the application lives, automatic collection is off, and a timer on the GUI thread
does its work: it compares :func:`gc.get_count` with :func:`gc.get_threshold` and collects
the oldest generation that is due, with its younger ones, as the interpreter itself would
(pyqtgraph's ``GarbageCollector`` does the same). Every finaliser of a cycle, ours or a
library's, then runs on the GUI thread. The thresholds are Python's own and unchanged.
The app lets a due collection wait, briefly, while the runner has work queued, so that it
falls between two gestures rather than inside one (:meth:`GuiThreadCollector.defer_while`).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

#: how often the GUI thread looks whether a generation is due; a look costs a microsecond,
#: and at this pace a young generation stays small (its collection under a millisecond)
#: even while the worker allocates fast (an import)
CHECK_EVERY_MS = 100
#: while a due collection waits for the GUI thread's work to be done
#: (:meth:`GuiThreadCollector.defer_while`): how often it looks, and how long it waits at most
CHECK_DEFERRED_EVERY_MS = 2
DEFER_AT_MOST_S = 1.0
#: a young generation this many thresholds past due is collected at once, busy or not
#: (memory stays bounded while the worker allocates fast)
DEFER_AT_MOST_THRESHOLDS = 10


class GuiThreadCollector(QObject):
    """Collects garbage cycles on the thread it lives on (the GUI thread) by generation,
    while automatic collection is off. :meth:`start` turns automatic collection off;
    :meth:`stop` puts back whether it was on."""

    def __init__(self, parent: QObject, interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._was_enabled: bool | None = None
        #: objects the last full collection kept, and those moved into the oldest
        #: generation since (the interpreter's ``long_lived_total`` and ``_pending``)
        self._long_lived = 0
        self._moved_on = 0
        #: young collections since the last middle one, in thresholds' worth of objects
        self._young = 0
        self._interval_ms = interval_ms
        #: whether the GUI thread has work queued (see :meth:`defer_while`)
        self._busy: Callable[[], bool] | None = None
        #: when a due collection was first put off, while it waits
        self._deferred_since: float | None = None
        self._idle_at_last_look = False

    @property
    def active(self) -> bool:
        return self._was_enabled is not None

    def start(self) -> None:
        if self._was_enabled is None:
            self._was_enabled = gc.isenabled()
            gc.disable()
            self._timer.start()

    def stop(self) -> None:
        if self._was_enabled is not None:
            self._timer.stop()
            if self._was_enabled:
                gc.enable()
            self._was_enabled = None

    def defer_while(self, busy: Callable[[], bool] | None) -> None:
        """Put off a due collection while ``busy()`` says the GUI thread has work queued
        (the runner's operations not yet delivered), looking again every few milliseconds,
        so that it falls between two gestures rather than inside one; at most
        :data:`DEFER_AT_MOST_S`, or not at all once the young generation is
        :data:`DEFER_AT_MOST_THRESHOLDS` past due. None: collect when due."""
        self._busy = busy

    def check(self) -> int:
        """:meth:`collect_due`, unless :meth:`defer_while`'s ``busy()`` puts it off."""
        if self._busy is not None and self._put_off():
            return 0
        return self.collect_due()

    def _put_off(self) -> bool:
        """Whether to put off a due collection now: while busy, and until the GUI thread
        was idle at two looks in a row (idle at one look can still be inside a gesture —
        its last result delivered, its frame not yet painted)."""
        assert self._busy is not None
        counts = gc.get_count()
        threshold = gc.get_threshold()[0]
        busy = self._busy()
        idle_before, self._idle_at_last_look = self._idle_at_last_look, not busy
        if threshold > 0 and counts[0] > threshold and (busy or not idle_before):
            now = time.monotonic()
            if self._deferred_since is None:
                self._deferred_since = now
            if (
                now - self._deferred_since < DEFER_AT_MOST_S
                and counts[0] <= threshold * DEFER_AT_MOST_THRESHOLDS
            ):
                self._timer.setInterval(CHECK_DEFERRED_EVERY_MS)
                return True
        self._deferred_since = None
        self._idle_at_last_look = False
        self._timer.setInterval(self._interval_ms)
        return False

    def collect_due(self) -> int:
        """Once the youngest generation is due, collect it, or an older generation with
        it once that one is due, as the interpreter does; the number of unreachable
        objects found, 0 when nothing was due.

        Between two checks the young generation can grow to many times its threshold
        (the worker allocating); it counts as that many young collections towards the
        middle one's threshold, so that the middle generation stays as small as the
        interpreter keeps it (a middle collection ~3 ms, not 5–90). A full collection
        waits, as the interpreter's does, until the objects moved into the oldest
        generation since the last one are a quarter of those it kept (it walks every
        object: ~0.1–0.3 s with the 5,000-annotation article open)."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        if thresholds[0] <= 0 or counts[0] <= thresholds[0]:
            return 0
        self._young += counts[0] // thresholds[0]
        if self._young <= thresholds[1]:
            return gc.collect(0)
        self._young = 0
        if counts[2] > thresholds[2] and self._moved_on >= self._long_lived // 4:
            found = gc.collect(2)
            self._long_lived = len(gc.get_objects(2))
            self._moved_on = 0
            return found
        young = len(gc.get_objects(0)) + len(gc.get_objects(1))
        found = gc.collect(1)
        self._moved_on += max(0, young - found)
        return found


#: the collector of the running application, while one is installed
_installed: GuiThreadCollector | None = None


@contextmanager
def collecting_on_gui_thread(app: QCoreApplication) -> Iterator[GuiThreadCollector]:
    """Collect garbage only on ``app``'s (the GUI) thread while inside; on leaving,
    automatic collection is as it was before. Nested use (the app started inside a test
    that already set it up) keeps the outer one."""
    global _installed
    if _installed is not None:
        yield _installed
        return
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("collecting_on_gui_thread must be entered on the GUI thread")
    collector = GuiThreadCollector(app)
    collector.start()
    _installed = collector
    try:
        yield collector
    finally:
        _installed = None
        collector.stop()
        collector.deleteLater()


__all__ = [
    "CHECK_DEFERRED_EVERY_MS",
    "CHECK_EVERY_MS",
    "DEFER_AT_MOST_S",
    "DEFER_AT_MOST_THRESHOLDS",
    "GuiThreadCollector",
    "collecting_on_gui_thread",
]
