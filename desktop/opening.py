"""Opening the database on a thread, so that the window shows before SQLAlchemy has loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal


class DatabaseOpener(QThread):
    opened = Signal(object)  # Store
    failed = Signal(object)  # BaseException

    def __init__(self, target: str | Path) -> None:
        super().__init__()
        self.target = target

    def run(self) -> None:
        try:
            from marginalia.db import Store

            store = Store.open(self.target)
            store.schema()  # read now, off the GUI thread
        except BaseException as error:  # shown on the GUI thread
            self.failed.emit(error)
            return
        self.opened.emit(store)
