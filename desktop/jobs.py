"""Long jobs: importing articles, exporting, merging, writing a work package.

A long job runs on a thread of its own — not the database worker, which stays free for the
window's edits — through :meth:`OpRunner.start_job <marginalia.desktop.ops.OpRunner.start_job>`,
which owns everything the four features used to repeat: the thread, a progress dialog that
appears only when the job lasts longer than half a second, Cancel, and the ``changed``
broadcast of what the job changed (ADR 0063). A feature only says what to run
(:class:`JobSpec`) and what to do with the result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from marginalia.db import Changes

if TYPE_CHECKING:
    from marginalia.db import Store

#: A progress dialog appears only for jobs that last longer than this.
SHOW_AFTER_MS = 500
#: Qt's own rule shows the dialog as soon as it guesses the job will take longer (from the
#: first 50 ms of progress); a guess on the first, slow file makes a dialog flash. The job
#: shows it itself, when SHOW_AFTER_MS have passed.
_QT_NEVER = 2**31 - 1


class Cancelled(Exception):
    """Raised inside a job's work once the user cancelled it (:meth:`JobControl.check`)."""


class JobControl:
    """What a job's work is given besides the store: where to report progress and whether
    the user asked it to stop. Safe to call from the job's thread."""

    def __init__(self, progressed: Callable[[int, int, str], None]) -> None:
        self._progressed = progressed
        self._stop = threading.Event()

    def progress(self, done: int, total: int, item: str = "") -> None:
        """``done`` of ``total`` steps, now at ``item`` (a file name, an article …)."""
        self._progressed(done, total, item)

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user cancelled; call it between steps."""
        if self._stop.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._stop.set()


@dataclass(frozen=True, slots=True)
class JobSpec[T]:
    """A long job: what it runs, and how its progress dialog speaks.

    ``work(store, control)`` runs on the job's thread; a library that has its own way to
    stop (an import's report says it was cancelled) returns normally, anything else raises
    :class:`Cancelled`. ``describe(done, total, item)`` words a progress report for the
    dialog, on the GUI thread; ``changes(result)`` says what the result changed.
    """

    title: str
    label: str
    work: Callable[[Store, JobControl], T]
    describe: Callable[[int, int, str], str] | None = None
    changes: Callable[[T], Changes] | None = None
    cancellable: bool = True


class _JobThread(QThread):
    done = Signal(object)
    crashed = Signal(object)
    stopped = Signal()
    progressed = Signal(int, int, str)

    def __init__(self, store: Store, spec: JobSpec[Any]) -> None:
        super().__init__()
        self.setObjectName(f"marginalia-job-{spec.title}")
        self.store = store
        self.spec = spec
        self.control = JobControl(self.progressed.emit)

    def run(self) -> None:
        try:
            result = self.spec.work(self.store, self.control)
        except Cancelled:
            self.stopped.emit()
            return
        except BaseException as error:  # shown as a dialog on the GUI thread
            self.crashed.emit(error)
            return
        self.done.emit(result)


class Job(QObject):
    """A running long job. Its callbacks run on the GUI thread, after the progress dialog
    has closed: ``on_done(result)`` — after the ``changed`` broadcast of what the job
    changed, so that the window already shows it while its summary is read —,
    ``on_error(error)`` or ``on_cancelled()``; ``ended`` follows each of them. If the
    widget that started the job is gone by then (a dialog closed meanwhile), its callbacks
    are not called; the broadcast still is."""

    #: the job is over, however it ended (its result, or None)
    ended = Signal(object)

    def __init__(
        self,
        store: Store,
        spec: JobSpec[Any],
        parent: QWidget,
        announce: Callable[[Changes], None],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_cancelled: Callable[[], None] | None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__(owner)  # the runner: the job outlives a dialog that started it
        self.spec = spec
        self._asker_alive = True
        parent.destroyed.connect(self._asker_gone)
        self._announce = announce
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancelled = on_cancelled
        self._thread: _JobThread | None = _JobThread(store, spec)
        cancel = QCoreApplication.translate("Job", "Cancel") if spec.cancellable else ""
        dialog = QProgressDialog(spec.label, cancel, 0, 0, parent)
        dialog.setWindowTitle(spec.title)
        dialog.setMinimumDuration(_QT_NEVER)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if spec.cancellable:
            dialog.canceled.connect(self.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog: QProgressDialog | None = dialog
        dialog.destroyed.connect(self._dialog_gone)
        self._latest: tuple[int, int, str] | None = None
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one fires early
        self._show_timer.timeout.connect(self._show_dialog)
        self._show_timer.start(SHOW_AFTER_MS)
        self._thread.progressed.connect(self._progress)
        self._thread.done.connect(self._done)
        self._thread.crashed.connect(self._crashed)
        self._thread.stopped.connect(self._stopped)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        """Ask the job to stop at its next step."""
        if self._thread is not None:
            self._thread.control.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the job's thread ended (shutdown); True if it did."""
        thread = self._thread
        return thread is None or thread.wait(QDeadlineTimer(timeout_ms))

    def _progress(self, done: int, total: int, item: str) -> None:
        self._latest = (done, total, item)
        if self.dialog is not None and self.dialog.isVisible():
            self._show_progress(self.dialog)

    def _show_dialog(self) -> None:
        if self.dialog is not None and self._thread is not None:
            self._show_progress(self.dialog)
            self.dialog.show()

    def _show_progress(self, dialog: QProgressDialog) -> None:
        if self._latest is None:
            return
        done, total, item = self._latest
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))
        describe = self.spec.describe
        dialog.setLabelText(describe(done, total, item) if describe else self.spec.label)

    def _asker_gone(self) -> None:
        self._asker_alive = False

    def _dialog_gone(self) -> None:
        self.dialog = None

    def _finish(self) -> None:
        self._show_timer.stop()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None

    def _done(self, result: object) -> None:
        self._finish()
        try:
            if self.spec.changes is not None:
                self._announce(self.spec.changes(result))
            if self._asker_alive:
                self._on_done(result)
        finally:
            self.ended.emit(result)

    def _crashed(self, error: BaseException) -> None:
        self._finish()
        try:
            if self._asker_alive:
                self._on_error(error)
        finally:
            self.ended.emit(None)

    def _stopped(self) -> None:
        self._finish()
        try:
            if self._asker_alive and self._on_cancelled is not None:
                self._on_cancelled()
        finally:
            self.ended.emit(None)


__all__ = ["SHOW_AFTER_MS", "Cancelled", "Job", "JobControl", "JobSpec"]
