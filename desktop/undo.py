"""One ``QUndoStack`` of data commands (ADR 0061).

A gesture first runs its Qt-free command (:mod:`marginalia.db.commands`) on the database
worker; only when that succeeded is it pushed onto the stack, so a refused edit (a bad span,
a conflict) never leaves a step that cannot be undone. Undo and redo run the command's
``revert``/``apply`` on the worker too, in order, and the ``changed`` broadcast refreshes
the views.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from .ops import OpRunner

if TYPE_CHECKING:
    from marginalia.db import Command


class _StoreCommand(QUndoCommand):
    def __init__(self, runner: OpRunner, command: Command) -> None:
        super().__init__(command.text)
        self.runner = runner
        self.command = command
        self._applied = True  # pushed after its first apply succeeded

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.runner.run(self.command.apply, write=True)

    def undo(self) -> None:
        self.runner.run(self.command.revert, write=True)


class UndoStack(QUndoStack):
    """The window's undo stack; :meth:`do` is how every edit is made."""

    def __init__(self, runner: OpRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.runner = runner

    def do(
        self,
        command: Command,
        on_done: Callable[[Command], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Apply ``command`` on the worker; push it once it is committed."""

        def applied(_changes: object) -> None:
            self.push(_StoreCommand(self.runner, command))
            if on_done is not None:
                on_done(command)

        self.runner.run(command.apply, applied, on_error, write=True)
