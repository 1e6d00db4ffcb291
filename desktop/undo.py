"""One ``QUndoStack`` of data commands (ADR 0061).

A gesture first runs its Qt-free command (:mod:`marginalia.db.commands`) on the database
worker; only when that succeeded is it pushed onto the stack, so a refused edit (a bad span,
a conflict) never leaves a step that cannot be undone. Undo and redo run the command's
``revert``/``apply`` on the worker too, in order, and the ``changed`` broadcast refreshes
the views.

Two things keep the order of steps the order of gestures (ADR 0074):

- Before a new command is applied, and before Undo or Redo, the ``before_change`` hooks
  run: the panel's editor saves what is still being typed, so that it becomes its own step
  first instead of being lost or landing on top of an undone one.
- Undo and Redo wait for commands still on their way to the stack: pressed right after a
  label key, Undo takes back that annotation, not the step before it.

A command given a ``merge_key`` is merged into the step on top when that step has the same
key and the command can ``absorb`` it (the saves of one field edit: one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from marginalia.db import Message

from .i18n import label_name
from .ops import OpRunner

if TYPE_CHECKING:
    from marginalia.db import Command

#: QUndoCommand.id() of steps that may merge (Qt merges only equal ids other than -1)
MERGING = 1_074


class Absorbing(Protocol):
    def absorb(self, later: Any) -> bool: ...

    def changes_nothing(self) -> bool: ...


def step_name(text: str) -> str:
    """An undo step's name in the window's language (ADR 0117, addendum of round 13): the
    library names its steps as :class:`Message` values whose ``label`` values are label names,
    shown translated as the panel shows them (a default label's name)."""
    if not isinstance(text, Message):
        return text
    # imported with the first step the library names, not at start-up (ADR 0117)
    from .db_messages import rendered

    values = {
        name: label_name(value) if name.endswith("label") and isinstance(value, str) else value
        for name, value in text.params.items()
    }
    return rendered(Message(text.template, **values))


class _StoreCommand(QUndoCommand):
    def __init__(
        self, stack: UndoStack, runner: OpRunner, command: Command, merge_key: str | None
    ) -> None:
        super().__init__(step_name(command.text))
        self.stack = stack
        self.runner = runner
        self.command = command
        self.merge_key = merge_key
        self._applied = True  # pushed after its first apply succeeded

    def id(self) -> int:
        return MERGING if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _StoreCommand) or other.merge_key != self.merge_key:
            return False
        absorb = getattr(self.command, "absorb", None)
        if absorb is None or not absorb(other.command):
            return False
        self.setText(other.text())
        if cast(Absorbing, self.command).changes_nothing():
            self.setObsolete(True)  # typed back to what it was: no step at all
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        command = self.command
        self.runner.run(
            command.apply, lambda _changes: self.stack.stepped.emit(command, False), write=True
        )

    def undo(self) -> None:
        command = self.command
        self.runner.run(
            command.revert, lambda _changes: self.stack.stepped.emit(command, True), write=True
        )


class UndoStack(QUndoStack):
    """The window's undo stack; :meth:`do` is how every edit is made."""

    #: an undo (True) or redo (False) of this command was committed (before its broadcast)
    stepped = Signal(object, bool)

    def __init__(self, runner: OpRunner, parent: Any = None) -> None:
        super().__init__(parent)
        self.runner = runner
        #: called before a new command and before Undo/Redo (the editor saves its typing)
        self._before_change: list[Callable[[], None]] = []
        self._in_flight = 0  # commands applied on the worker, not yet pushed
        self._waiting: list[Callable[[], None]] = []  # undo/redo asked for meanwhile
        self._settling = False

    def before_change(self, hook: Callable[[], None]) -> None:
        self._before_change.append(hook)

    def settle(self) -> None:
        """Run the ``before_change`` hooks (once at a time: a hook may call :meth:`do`)."""
        if self._settling:
            return
        self._settling = True
        try:
            for hook in self._before_change:
                hook()
        finally:
            self._settling = False

    def do(
        self,
        command: Command,
        on_done: Callable[[Command], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        merge_key: str | None = None,
    ) -> None:
        """Apply ``command`` on the worker; push it once it is committed."""
        self.settle()
        self._in_flight += 1

        def applied(_changes: object) -> None:
            self.push(_StoreCommand(self, self.runner, command, merge_key))
            self._landed()
            if on_done is not None:
                on_done(command)

        def refused(error: BaseException) -> None:
            self._landed()
            if on_error is not None:
                on_error(error)
            else:
                self.runner.failed.emit(error)

        self.runner.run(command.apply, applied, refused, write=True)

    def _landed(self) -> None:
        self._in_flight -= 1
        if self._in_flight == 0:
            waiting, self._waiting = self._waiting, []
            for step in waiting:
                step()

    def undo_in_order(self) -> None:
        """Undo, after saving pending typing and after every command already on its way."""
        self.settle()
        if self._in_flight:
            self._waiting.append(self.undo)
        else:
            self.undo()

    def redo_in_order(self) -> None:
        self.settle()
        if self._in_flight:
            self._waiting.append(self.redo)
        else:
            self.redo()

    def make_undo_action(self, parent: Any, prefix: str) -> QAction:
        """Edit ▸ Undo: "prefix text-of-the-step", enabled when there is one to undo."""
        return self._make_action(parent, prefix, self.undo_in_order, undo=True)

    def make_redo_action(self, parent: Any, prefix: str) -> QAction:
        return self._make_action(parent, prefix, self.redo_in_order, undo=False)

    def _make_action(
        self, parent: Any, prefix: str, trigger: Callable[[], None], *, undo: bool
    ) -> QAction:
        action = QAction(prefix, parent)

        def words(text: str) -> None:
            action.setText(f"{prefix} {text}" if text else prefix)

        # the signals carry the state: the stack may be on its way out when they fire
        (self.undoTextChanged if undo else self.redoTextChanged).connect(words)
        (self.canUndoChanged if undo else self.canRedoChanged).connect(action.setEnabled)
        action.triggered.connect(lambda _checked=False: trigger())
        words(self.undoText() if undo else self.redoText())
        action.setEnabled(self.canUndo() if undo else self.canRedo())
        return action
