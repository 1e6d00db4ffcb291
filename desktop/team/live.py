"""Others' changes to the open article show up without a restart (ADR 0087).

Two people on one PostgreSQL database, or two windows on one SQLite file: every two seconds
a cheap query on the database worker reads the open article's fingerprint
(:meth:`Store.fingerprint <marginalia.db.store.Store.fingerprint>`: how many annotations it
has, the sum of their revisions, the latest ``updated``, and the same of its status rows).
When it moved, the article's annotation ids are broadcast with ``changed`` and the views
refresh as after one's own edit — the reader and panel with one batched read.

An edit or undo that meets somebody else's newer revision is the error path's business
(:class:`~marginalia.desktop.errors.ErrorReporter`: explained, then the article reloaded).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from marginalia.db import Changes, Fingerprint

from ..shell import Shell

if TYPE_CHECKING:
    from marginalia.db import Store

POLL_MS = 2000


def article_changes(store: Store, article_id: int) -> Changes:
    """The article and every annotation of it, deleted ones included."""
    ids = {a.id for a in store.annotations(article_id, include_deleted=True)}
    return Changes(articles=frozenset({article_id}), annotations=frozenset(ids))


class LiveRefresh(QObject):
    """Polls the open article on the database worker and broadcasts what others changed."""

    #: another writer's change was picked up (article id); for tests and the status bar
    picked_up = Signal(int)

    def __init__(self, shell: Shell, interval_ms: int = POLL_MS) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.runner = shell.context.runner
        self._seen: tuple[int, Fingerprint] | None = None
        self._polling = False
        #: one's own changes broadcast whose fingerprint is not read yet (``_own_change``)
        self._adopting = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        shell.articleOpened.connect(lambda _id: self.poll())
        self.runner.changed.connect(self._own_change)

    def poll(self) -> None:
        article = self.shell.current_article()
        # a write of this window on its way is adopted when it is broadcast (_own_change),
        # and one broadcast when its fingerprint is read
        if article is None or self._polling or self._adopting or self.runner.writing:
            return
        article_id = article.id
        self._polling = True
        self.runner.run(
            lambda store: store.fingerprint(article_id),
            lambda seen: self._compare(article_id, seen),
            self._poll_failed,
        )

    def _own_change(self, _changes: Changes) -> None:
        """Something this window did (or picked up) was broadcast: the views show it
        already, so the fingerprint after it becomes the one seen. Read on the worker after
        the write (once the edit's frame is painted; no poll reads it in between), so that
        one's own edit is not taken for somebody else's — which would read and re-apply
        every annotation of the article two seconds after each edit (seconds of work at
        5,000)."""
        article = self.shell.current_article()
        if article is None:
            return
        article_id = article.id
        self._adopting += 1

        def read() -> None:
            self.runner.run(
                lambda store: store.fingerprint(article_id),
                lambda seen: self._adopt(article_id, seen),
                lambda _error: self._adopt(article_id, None),  # the next poll reads it again
            )

        # read after the edit's frame: run at once it shared the CPU and the interpreter
        # with the GUI thread painting the edit (issue 14, ADR 0133); polls wait for it
        self.runner.after_frame(read)

    def _adopt(self, article_id: int, seen: Fingerprint | None) -> None:
        self._adopting -= 1
        if seen is None:
            return
        current = self.shell.current_article()
        if current is not None and current.id == article_id:
            self._seen = (article_id, seen)

    def _poll_failed(self, _error: BaseException) -> None:
        self._polling = False  # a dropped connection: the next tick tries again

    def _compare(self, article_id: int, seen: Fingerprint) -> None:
        self._polling = False
        before, self._seen = self._seen, (article_id, seen)
        if before is None or before[0] != article_id or before[1] == seen:
            return
        # the runner broadcasts the Changes this returns, once
        self.runner.run(
            lambda store: article_changes(store, article_id),
            lambda _changes: self.picked_up.emit(article_id),
        )
