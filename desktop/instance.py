"""One Marginalia per database file, unless the user wants two.

A second ``marginalia`` started on a database file that another one has open says so, and
offers to bring that window forward (the usual case: the icon clicked twice) or to open a
second window anyway — which is safe: each window shows the other's edits through the live
refresh, and a conflicting edit is detected (ADR 0087). The first instance holds a
``QLockFile`` named after the database's resolved path (a lock left by a killed process is
stale and taken over) and listens on a local socket of the same name for "show".
PostgreSQL databases are shared by design and are not locked.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLockFile, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

SHOW = b"show\n"
#: how long the second instance waits for the first to answer
CONNECT_MS = 1500


def _key(database: Path) -> str:
    where = str(database.expanduser().resolve())
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    return "marginalia-" + hashlib.sha256(f"{user}:{where}".encode()).hexdigest()[:20]


class DatabaseInstance(QObject):
    """This process's claim on one database file."""

    #: another start asked this one to show its window
    showRequested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.name = _key(database)
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        self._lock.setStaleLockTime(0)  # only a dead holder makes it stale, never its age
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Take the database for this process; False if another Marginalia has it."""
        if not self._lock.tryLock(0):
            return False
        self._server = QLocalServer(self)
        QLocalServer.removeServer(self.name)  # a socket file left by a killed process
        if self._server.listen(self.name):
            self._server.newConnection.connect(self._answer)
        return True

    def holder(self) -> int | None:
        """The process id of the Marginalia that has the database, if known."""
        info = self._lock.getLockInfo()  # (pid, host, application); pid 0: unknown
        pid = int(info[0]) if info else 0
        return pid if pid > 0 else None

    def ask_holder_to_show(self) -> bool:
        """Ask the other Marginalia to bring its window forward; False if it did not hear."""
        socket = QLocalSocket(self)
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(SHOW)
        heard = socket.waitForBytesWritten(CONNECT_MS)
        socket.disconnectFromServer()
        return bool(heard)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _answer(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return

        def read() -> None:
            if bytes(socket.readAll().data()).startswith(SHOW.strip()):
                self.showRequested.emit()
            socket.disconnectFromServer()

        socket.readyRead.connect(read)
        socket.disconnected.connect(socket.deleteLater)
        if socket.bytesAvailable():
            read()


def second_window_wanted(instance: DatabaseInstance, parent: QWidget) -> bool:
    """The database is open in another Marginalia: say so, and ask. True: open a second
    window; False: the other one was brought forward (or the user gave up), so quit."""
    pid = instance.holder()
    where = str(instance.database)
    if os.environ.get("MARGINALIA_NO_DIALOGS"):
        print(
            f"marginalia: {where} is already open in another Marginalia"
            + (f" (process {pid})" if pid else "")
            + "; opening a second window on it (both work; each shows the other's edits).",
            file=sys.stderr,
        )
        return True
    box = QMessageBox(parent)
    box.setObjectName("alreadyOpen")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Marginalia")
    box.setText(
        QCoreApplication.translate(
            "Instance", "This database is already open in another Marginalia window."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Instance",
            "{path}\n\nEverything done there is saved as it is done. Go to that window to go "
            "on working, or open a second one: two windows on one database both work, and "
            "each shows the other's changes within a few seconds.",
        ).format(path=where)
    )
    show = box.addButton(
        QCoreApplication.translate("Instance", "&Go to the open window"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    second = box.addButton(
        QCoreApplication.translate("Instance", "Open a &second window"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show)
    box.exec()
    chosen = box.clickedButton()
    if chosen is second:
        return True
    if chosen is show and not instance.ask_holder_to_show():
        QMessageBox.warning(
            parent,
            "Marginalia",
            QCoreApplication.translate(
                "Instance",
                "The other Marginalia did not answer (process {pid}). If it is stuck, end it; "
                "this one opens the database now.",
            ).format(pid=pid or "?"),
        )
        return True
    return False


def bring_forward(window: QWidget) -> None:
    """Show a window above the others, as asked by a second start."""
    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


__all__ = ["DatabaseInstance", "bring_forward", "second_window_wanted"]
