"""Long jobs off the GUI thread: a thread that can be stopped, and its progress dialog.

Import, export and merge each run one job at a time on a thread of their own (not the
database worker, which stays free for the window), show progress only after half a second
and can be cancelled between items (ADR 0063).
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

#: A progress dialog appears only for jobs that last longer than this.
SHOW_AFTER_MS = 500


class JobThread(QThread):
    """Runs :meth:`work`; its result arrives as ``done``, any exception as ``crashed``."""

    done = Signal(object)
    crashed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.stop = threading.Event()

    def work(self) -> Any:
        raise NotImplementedError

    def run(self) -> None:
        try:
            result = self.work()
        except BaseException as error:  # shown as a dialog on the GUI thread
            self.crashed.emit(error)
            return
        self.done.emit(result)


def progress_dialog(
    parent: QWidget, label: str, cancel: str, title: str, thread: JobThread, maximum: int = 0
) -> QProgressDialog:
    """A dialog that shows only for long jobs; its Cancel stops ``thread``."""
    dialog = QProgressDialog(label, cancel, 0, maximum, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(thread.stop.set)
    return dialog
