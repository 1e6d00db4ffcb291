"""A progress bar on stderr for long jobs: count, rate and time left (issue 17).

The bar shows only on a terminal, only without ``--quiet``, and only once a job has run for
:data:`SHOW_AFTER` seconds; `rich <https://rich.readthedocs.io>`_ draws it and is imported
only then, so a short command never pays for it (``bench/cli_startup.py``). A timer shows the
bar even while a job is between updates (one big source of a merge), and rich's own refresh
keeps the elapsed time moving. Rich honours ``NO_COLOR`` and ``TERM=dumb``. The bar is
transient: when the job ends it is erased and the command's summary takes its place.
"""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

#: A job that ends sooner than this shows no bar at all.
SHOW_AFTER = 0.5


def bar_wanted(stream: TextIO, quiet: bool) -> bool:
    """A bar is drawn only for a person: stderr is a terminal and not a dumb one."""
    if quiet or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or not a real stream
        return False


class Bar:
    """Counts a job's items; draws them once the job has lasted :data:`SHOW_AFTER` seconds.

    ``update`` is cheap until the bar shows, so a job may call it for every item.
    """

    def __init__(
        self,
        stream: TextIO,
        what: str,
        unit: str,
        total: int | None = None,
        *,
        enabled: bool = True,
        show_after: float = SHOW_AFTER,
    ) -> None:
        self.stream = stream
        self.enabled = enabled
        self.what = what
        self.unit = unit
        self.done = 0
        self.total = total
        self._lock = threading.Lock()
        self._closed = False
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        self._timer: threading.Timer | None = None
        if enabled:
            self._timer = threading.Timer(show_after, self._show)
            self._timer.daemon = True

    @property
    def shown(self) -> bool:
        return self._progress is not None

    def start(self) -> None:
        if self._timer is not None:
            self._timer.start()

    def update(self, done: int, total: int | None = None) -> None:
        with self._lock:
            self.done = done
            if total is not None:
                self.total = total
            if self._progress is not None and self._task is not None:
                self._progress.update(self._task, completed=done, total=self.total)

    def advance(self, count: int = 1) -> None:
        self.update(self.done + count)

    def note(self, text: str) -> None:
        """A line on stderr that the bar, if shown, does not overwrite."""
        with self._lock:
            if self._progress is not None:
                self._progress.console.print(text, markup=False, highlight=False)
                return
        try:
            print(text, file=self.stream, flush=True)
        except (BrokenPipeError, ValueError):
            pass

    def close(self) -> None:
        with self._lock:
            self._closed = True
            progress, self._progress = self._progress, None
        if self._timer is not None:
            self._timer.cancel()
            if self._timer.is_alive() and self._timer is not threading.current_thread():
                self._timer.join(timeout=1)  # it may be importing rich right now
        if progress is not None:
            progress.stop()

    def _show(self) -> None:
        progress = _rich_progress(self.stream, self.unit)  # imported outside the lock
        with self._lock:
            if self._closed:
                return
            self._task = progress.add_task(self.what, total=self.total, completed=self.done)
            progress.start()
            self._progress = progress


def _rich_progress(stream: TextIO, unit: str) -> Progress:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn
    from rich.table import Column
    from rich.text import Text

    class Count(ProgressColumn):
        """``2,800/5,000 articles`` (``2,800 articles`` while the total is unknown)."""

        def render(self, task: Task) -> Text:
            done = f"{int(task.completed):,}"
            total = f"/{int(task.total):,}" if task.total is not None else ""
            return Text(f"{done}{total} {unit}", style="progress.download", no_wrap=True)

    class RateAndTimeLeft(ProgressColumn):
        """``5,384/s, 0:00:01 left``: rich's own columns have no rate of items."""

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            rate = f"{speed:,.0f}/s" if speed else "–/s"
            left = task.time_remaining
            if left is None or task.total is None:
                return Text(rate, style="progress.data.speed", no_wrap=True)
            minutes, seconds = divmod(round(left), 60)
            hours, minutes = divmod(minutes, 60)
            return Text(
                f"{rate}, {hours}:{minutes:02}:{seconds:02} left",
                style="progress.remaining",
                no_wrap=True,
            )

    fixed = Column(no_wrap=True)
    columns: list[Any] = [
        TextColumn("{task.description}", table_column=fixed),
        BarColumn(bar_width=None),  # what the text leaves of the terminal's width
        Count(table_column=fixed),
        RateAndTimeLeft(table_column=fixed),
    ]
    return Progress(
        *columns,
        console=Console(file=stream, highlight=False),
        transient=True,
        expand=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )
