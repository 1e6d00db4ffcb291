"""A long job of a command: its progress bar, and Ctrl+C that stops it cleanly (issue 17).

Inside ``with ctx.job(...) as job:`` the first Ctrl+C does not raise: it sets a flag that
the job reads between items (``cancelled=job.stopped`` of the db functions), so the job ends
at a clean point — an import keeps the articles it committed and no half article, an export
leaves neither a partial target nor a temporary file, a merge rolls back whole — and the
command prints what was done and exits 130. A second Ctrl+C stops at once, as Python does by
default (every write is still one transaction). ADR 0095.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator, Sequence
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any

from .context import INTERRUPTED
from .progress import Bar, bar_wanted

if TYPE_CHECKING:
    from .context import Context


class Job:
    """``stoppable``: the job reads :meth:`stopped` between items. Jobs that do not (one
    transaction, or a file that is removed on any exception) keep Python's own Ctrl+C: a
    ``KeyboardInterrupt`` at once, which the command or ``main`` turns into exit 130."""

    def __init__(
        self, ctx: Context, what: str, unit: str, total: int | None = None, *, stoppable: bool
    ) -> None:
        self.ctx = ctx
        self.stoppable = stoppable
        self.bar = Bar(ctx.err, what, unit, total, enabled=bar_wanted(ctx.err, ctx.quiet))
        self.interrupted = False
        self._previous: Any = None
        self._installed = False
        # The signal handler only sets flags; this thread says "stopping" (printing from a
        # handler could re-enter a write that the handler interrupted).
        self._wake = threading.Event()
        self._finished = False
        self._announcer = threading.Thread(target=self._announce, daemon=True)

    def __enter__(self) -> Job:
        if self.stoppable and threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._on_interrupt)
            self._installed = True
        self._announcer.start()
        self.bar.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._finished = True
        self._wake.set()
        self._announcer.join(timeout=1)
        self.bar.close()
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False

    def each[T](self, items: Sequence[T], *, counted: bool = True) -> Iterator[T]:
        """The items until Ctrl+C, the bar counting them (unless the job counts in another
        unit: ``counted=False``); the job lasts as long as the loop."""
        with self:
            if counted:
                self.bar.update(0, len(items))
            for item in items:
                if self.stopped():
                    return
                yield item
                if counted:
                    self.bar.advance()

    def json(self) -> dict[str, bool]:
        """What a command adds to its JSON document: ``{"interrupted": true}`` or nothing."""
        return {"interrupted": True} if self.interrupted else {}

    def summary(self, done: str) -> int:
        """The one-line summary after Ctrl+C, on stderr; the exit status to return."""
        self.ctx.note(f"marginalia-cli: interrupted: {done}")
        return INTERRUPTED

    def stopped(self) -> bool:
        """True once Ctrl+C was pressed: for the ``cancelled`` argument of the db functions."""
        return self.interrupted

    def update(self, done: int, total: int | None = None) -> None:
        self.bar.update(done, total)

    def advance(self, count: int = 1) -> None:
        self.bar.advance(count)

    def _on_interrupt(self, _signum: int, _frame: FrameType | None) -> None:
        if self.interrupted:
            raise KeyboardInterrupt
        self.interrupted = True
        self._wake.set()

    def _announce(self) -> None:
        self._wake.wait()
        if not self._finished:
            self.bar.note(
                "marginalia-cli: stopping at the next clean point (Ctrl+C again: at once)"
            )
