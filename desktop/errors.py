"""Errors shown as dialogs with a plain sentence; unexpected ones also go to a log file.

A :class:`~marginalia.db.errors.MarginaliaError` already carries a sentence for the user,
shown in the window's language (ADR 0117).
Anything else is a bug: its traceback is written to ``marginalia.log`` in the user data
folder, the user sees one sentence and where the log is, and the application keeps running.

:meth:`ErrorReporter.report` is the one path every error takes. A
:class:`~marginalia.db.errors.ConflictError` (somebody else changed what an edit or undo
meant to change) is explained as such and announced with ``conflicted``, so that the open
article is reloaded with the other's change (ADR 0087).
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from marginalia.db import ConflictError, MarginaliaError, StorageError, storage_error

from . import ask

log = logging.getLogger("marginalia")


def data_dir() -> Path:
    """The user data folder (``MARGINALIA_DATA_DIR`` overrides it, for tests)."""
    override = os.environ.get("MARGINALIA_DATA_DIR")
    if override:
        return Path(override)
    from marginalia.db import data_dir as default_data_dir

    return default_data_dir()


def log_path() -> Path:
    return data_dir() / "marginalia.log"


def setup_logging() -> Path:
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


def plain_sentence(error: BaseException) -> str:
    # the catalogue's list of the library's sentences is read when the first error comes
    from .db_messages import error_sentence

    if isinstance(error, MarginaliaError):
        return error_sentence(error)
    failure = storage_error(error)  # a full disk, a read-only file, a lost server...
    if failure is not None:
        return error_sentence(failure)
    if isinstance(error, OSError) and error.strerror:
        where = f"{error.filename}: " if error.filename else ""
        return f"{where}{error.strerror}."
    return QApplication.translate(
        "errors", "Something went wrong inside Marginalia. Your saved work is safe."
    )


def log_exception(error: BaseException) -> None:
    setup_logging()
    log.error(
        "%s\n%s",
        # a failure of the disk or the server is expected to happen; anything else is a bug
        "storage error" if isinstance(error, StorageError) else "unexpected error",
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    )


class ErrorReporter(QObject):
    """Shows errors as dialogs; logs the unexpected ones first."""

    #: the sentence shown (also for tests)
    shown = Signal(str)
    #: somebody else's change stood in the way of an edit or undo (the ConflictError)
    conflicted = Signal(object)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self._open = False

    def report(self, error: BaseException) -> None:
        if isinstance(error, ConflictError):
            self._conflict(error)
            return
        message = plain_sentence(error)
        if not isinstance(error, MarginaliaError) or isinstance(error, StorageError):
            log_exception(error)
            message += "\n\n" + QApplication.translate(
                "errors", "The details were written to {path}."
            ).format(path=log_path())
        self.shown.emit(message)
        if os.environ.get("MARGINALIA_NO_DIALOGS"):
            return
        if self._open:  # never a cascade of dialogs
            return
        self._open = True
        try:
            QMessageBox.warning(
                self.parent_widget, QApplication.translate("errors", "Marginalia"), message
            )
        finally:
            self._open = False

    def _conflict(self, error: ConflictError) -> None:
        from .db_messages import error_sentence

        ask.inform(
            self.parent_widget,
            QApplication.translate("errors", "Changed by somebody else"),
            QApplication.translate(
                "errors",
                "Somebody else changed this meanwhile ({reason}). The article was reloaded "
                "with their change; make your edit again if it is still needed.",
            ).format(reason=error_sentence(error)),
            warning=True,
        )
        self.shown.emit(str(error))
        self.conflicted.emit(error)

    def install_excepthook(self) -> None:
        """Unexpected exceptions in slots and callbacks become a logged error dialog."""

        def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, error, tb)
                return
            error.__traceback__ = tb
            QTimer.singleShot(0, lambda: self.report(error))

        sys.excepthook = hook
