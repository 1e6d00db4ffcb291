"""Operations: store calls run on one database worker thread, results come back to the GUI.

Widgets never touch the database themselves (style guide): they call :meth:`OpRunner.run`
with a function of the store, and get its result (or error) in a callback on the GUI thread.
One worker keeps every write in the order the user made it. A write that returns
:class:`~marginalia.db.values.Changes` (or an ``Outcome`` carrying them) is broadcast with
:attr:`OpRunner.changed`, which every view listens to.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QThread, Signal, Slot

from marginalia.db.values import Changes, Outcome

if TYPE_CHECKING:
    from marginalia.db.store import Store

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


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

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            try:
                job.result = job.fn(self.store)
            except BaseException as error:  # delivered to the GUI thread, never lost
                job.error = error
            self.finished_job.emit(job)


class OpRunner(QObject):
    """The single database worker and the ``changed`` broadcast."""

    #: what a write changed; every view refreshes from this
    changed = Signal(object)
    #: True while writes are queued or running, False once all are committed ("Saved")
    busy = Signal(bool)
    #: an operation failed and had no error callback of its own
    failed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._pending = 0
        self._pending_writes = 0
        self._lock = threading.Lock()
        self._worker = _Worker(store)
        self._worker.finished_job.connect(self._deliver)
        self._worker.start()

    def run(
        self,
        fn: Callable[[Store], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        write: bool = False,
    ) -> None:
        """Run ``fn(store)`` on the worker; ``on_done(result)`` then runs on the GUI thread."""
        self._pending += 1
        if write:
            self._pending_writes += 1
            if self._pending_writes == 1:
                self.busy.emit(True)
        self._worker.jobs.put(_Job(fn, on_done, on_error, write))

    @Slot(object)
    def _deliver(self, job: _Job) -> None:
        self._pending -= 1
        try:
            if job.error is not None:
                if job.on_error is not None:
                    job.on_error(job.error)
                else:
                    self.failed.emit(job.error)
                return
            changes = _changes_of(job.result)
            if changes:
                self.changed.emit(changes)
            if job.on_done is not None:
                job.on_done(job.result)
        finally:
            if job.write:
                self._pending_writes -= 1
                if self._pending_writes == 0:
                    self.busy.emit(False)

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every queued operation is delivered (tests, shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(1)
        return self._pending == 0

    def shutdown(self) -> None:
        self.wait()
        self._worker.jobs.put(None)
        self._worker.wait(5_000)


def _changes_of(result: Any) -> Changes:
    if isinstance(result, Changes):
        return result
    if isinstance(result, Outcome):
        return result.changes
    return Changes()


__all__ = ["OpRunner"]
