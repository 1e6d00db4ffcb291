"""Operations: store calls run on one database worker thread, results come back to the GUI.

Widgets never touch the database themselves (style guide): they call :meth:`OpRunner.run`
with a function of the store, and get its result (or error) in a callback on the GUI thread.
One worker keeps every write in the order the user made it. A result that is (or carries)
:class:`~marginalia.db.values.Changes` is broadcast with :attr:`OpRunner.changed`, which
every view listens to — after the operation's own callback, so that whoever asked (an undo
step being pushed, a selection to restore) is done before the views refresh, once each
(ADR 0063). Long jobs with a progress dialog run through :meth:`OpRunner.start_job`
(:mod:`.jobs`); anything else that changed the database says so with :meth:`announce`.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

from marginalia.db import Changes, Outcome

from .jobs import Job, JobSpec

if TYPE_CHECKING:
    from marginalia.db import Store

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]

#: the event that starts :meth:`OpRunner.after_frame`'s reads, posted behind the frame
_AFTER_FRAME = QEvent.Type(QEvent.registerEventType())
#: what Qt posts a window's update request with (``QWidgetRepaintManager``): an event of
#: the same priority posted later is delivered after it, so after the frame is painted
_UPDATE_PRIORITY = Qt.EventPriority.LowEventPriority.value


@dataclass(slots=True)
class _Job:
    fn: Callable[[Store], Any]
    on_done: OnDone | None
    on_error: OnError | None
    write: bool
    result: Any = None
    error: BaseException | None = None
    meta: dict[str, Any] = field(default_factory=dict)


class _Worker(QThread):
    finished_job = Signal(object)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.setObjectName("marginalia-db")
        self.store = store
        self.jobs: queue.Queue[_Job | None] = queue.Queue()
        #: set when the window closes: reads not started yet are skipped
        self.closing = threading.Event()
        #: the job running now (read by the GUI thread when it decides whether to wait)
        self.current: _Job | None = None

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            if self.closing.is_set() and not job.write:
                job.error = Closing()
            else:
                self.current = job
                try:
                    job.result = job.fn(self.store)
                except BaseException as error:  # delivered to the GUI thread, never lost
                    job.error = error
                finally:
                    self.current = None
            self.finished_job.emit(job)


class Closing(Exception):
    """A read skipped because the window is closing."""


#: workers left finishing a read when their runner shut down (kept, so that Qt
#: does not destroy a running thread; the process ends, or they end on their own)
_LEFT_RUNNING: list[_Worker] = []


class OpRunner(QObject):
    """The single database worker and the ``changed`` broadcast."""

    #: what a write changed; every view refreshes from this
    changed = Signal(object)
    #: the same, right after, with what changed it: the function the worker ran (a
    #: command's bound ``apply``/``revert``), None for a job or another writer (ADR 0104)
    announced = Signal(object, object)
    #: True while writes are queued or running; False once all are committed and delivered
    #: ("Saved"), with the next delivery when their broadcast queued reads (the views'
    #: refresh: the same frame), never before (ADR 0104)
    busy = Signal(bool)
    #: an operation failed and had no error callback of its own
    failed = Signal(object)
    #: seconds a write has waited for another program's write lock; None when it got it
    waiting = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pending = 0
        self._pending_writes = 0
        #: every write is committed and delivered, but "Saved" waits for the next delivery
        #: (the views' reads that the write's broadcast queued): see :meth:`_deliver`
        self._saved_owed = False
        #: operations on the worker's queue or running (``_pending`` also counts
        #: :meth:`later`'s timers)
        self._queued = 0
        self._lock = threading.Lock()
        store.on_waiting = self.waiting.emit  # from the worker: delivered queued
        self._worker = _Worker(store)
        self._worker.finished_job.connect(self._deliver)
        self._worker.start()
        self._jobs: set[Job] = set()
        #: :meth:`after_frame`'s calls not made yet, and whether their event is posted
        self._after_frame: list[Callable[[], None]] = []
        self._after_frame_posted = False

    def run(
        self,
        fn: Callable[[Store], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        write: bool = False,
    ) -> None:
        """Run ``fn(store)`` on the worker; ``on_done(result)`` then runs on the GUI thread.

        ``write``: it changes the database or writes a file, so it is finished even when
        the window closes. Anything else is a read for a view: when the window closes, a
        read not started is skipped and one running is not waited for (ADR 0063)."""
        self._pending += 1
        self._queued += 1
        if write:
            self._pending_writes += 1
            if self._pending_writes == 1:
                if self._saved_owed:
                    self._saved_owed = False  # still says "Saving…"
                else:
                    self.busy.emit(True)
        self._worker.jobs.put(_Job(fn, on_done, on_error, write))

    def later(self, delay_ms: int, start: Callable[[], None]) -> None:
        """Call ``start`` (which queues operations with :meth:`run`) on the GUI thread in
        ``delay_ms``; until then the runner is not idle, so :meth:`wait` and :attr:`idle`
        count it as queued. For a read that should not share the CPU with the frame the
        GUI is about to paint (the suggestions' recompute after an edit, ADR 0103)."""
        self._pending += 1

        def go() -> None:
            self._pending -= 1
            if not self._worker.closing.is_set():
                start()

        QTimer.singleShot(delay_ms, self, go)

    def after_frame(self, start: Callable[[], None]) -> None:
        """Call ``start`` (which queues reads with :meth:`run`) on the GUI thread once every
        operation queued is delivered and the frame their deliveries asked for is painted;
        until then the runner is not idle (:meth:`wait`, :attr:`idle`). For a read whose
        answer that frame does not need: run at once it shared the CPU and the interpreter
        with the GUI thread applying an edit and painting it (the article list's counts
        read again after each add: ~0.3 ms of the add's GUI time, issue 14, ADR 0133)."""
        self._pending += 1
        self._after_frame.append(start)
        if not self._queued:
            self._post_after_frame()

    def _post_after_frame(self) -> None:
        if self._after_frame and not self._after_frame_posted:
            self._after_frame_posted = True
            QCoreApplication.postEvent(self, QEvent(_AFTER_FRAME), _UPDATE_PRIORITY)

    def customEvent(self, event: QEvent) -> None:
        # (not ``event``: every delivery of the worker's results is an event of this
        # object, and would go through Python once more)
        if event.type() != _AFTER_FRAME:
            return
        self._after_frame_posted = False
        if self._queued:
            return  # (posted again when the last of them is delivered)
        starts, self._after_frame = self._after_frame, []
        self._pending -= len(starts)
        if not self._worker.closing.is_set():
            for start in starts:
                start()

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        self._queued -= 1
        try:
            self._deliver_job(job)
        finally:
            if job.write:
                self._pending_writes -= 1
                if self._pending_writes == 0:
                    # Committed. When the broadcast queued reads (the views' refresh),
                    # "Saved" is shown with the first of them, in the frame that shows the
                    # edit, not in a frame of its own (ADR 0104, amended); else now.
                    if self._queued and not self._worker.closing.is_set():
                        self._saved_owed = True
                    else:
                        self.busy.emit(False)
            elif self._saved_owed:
                self._saved_owed = False
                self.busy.emit(False)
            if not self._queued:
                self._post_after_frame()

    def _deliver_job(self, job: _Job) -> None:
        if self._worker.closing.is_set() and not job.write:
            return  # the window is closing: nothing more to show
        if job.error is not None:
            if job.on_error is not None:
                job.on_error(job.error)
            else:
                self.failed.emit(job.error)
            return
        try:
            if job.on_done is not None:
                job.on_done(job.result)
        finally:
            self.announce(changes_of(job.result), job.fn)

    def start_job[T](
        self,
        spec: JobSpec[T],
        parent: QWidget,
        on_done: Callable[[T], None],
        on_error: OnError | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> Job:
        """Run a long job on a thread of its own, with a progress dialog over ``parent``
        after half a second and Cancel (:mod:`.jobs`); errors go to ``on_error``, else to
        :attr:`failed`. What the result changed is broadcast before ``on_done`` shows a
        summary."""
        job = Job(
            self.store,
            spec,
            parent,
            self.announce,
            on_done,
            on_error or self.failed.emit,
            on_cancelled,
            self,
        )
        self._jobs.add(job)
        job.ended.connect(lambda _result: self._jobs.discard(job))
        return job

    def announce(self, changes: Changes, source: object = None) -> None:
        """Tell every view what changed (a job or another writer changed the database);
        ``source``: what changed it, if known (see :attr:`announced`)."""
        if changes:
            self.changed.emit(changes)
            self.announced.emit(changes, source)

    @property
    def idle(self) -> bool:
        return self._pending == 0

    @property
    def writing(self) -> bool:
        """Whether writes are queued or running (what ``busy`` last said)."""
        return self._pending_writes > 0

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every queued operation is delivered (tests, shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(1)
        return self._pending == 0

    def close(self, timeout_ms: int = 10_000) -> bool:
        """The window is closing: every write is committed and delivered; reads (a view's
        refresh, the suggestions of a long article) are skipped or, if one is running, not
        waited for — nor shown."""
        self._worker.closing.set()
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending_writes and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(1)
        return self._pending_writes == 0

    def shutdown(self) -> None:
        """Stop long jobs at their next step, finish every queued operation (after
        :meth:`close`, every write; a read still running is left to end on its own)."""
        for job in list(self._jobs):
            job.cancel()
            job.wait()
        if self._worker.closing.is_set():
            self.close()
        else:
            self.wait()
        self._worker.jobs.put(None)
        running = self._worker.current
        if self._worker.closing.is_set() and running is not None and not running.write:
            if not self._worker.wait(50):
                _LEFT_RUNNING.append(self._worker)
            return
        self._worker.wait(5_000)


def changes_of(result: object) -> Changes:
    """What an operation's result says it changed: itself, or an ``Outcome``'s changes."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, Outcome):
        return result.changes
    return Changes()


__all__ = ["OpRunner", "changes_of"]
