"""Others' changes to the open article show up without a restart (ADR 0087).

Two people on one PostgreSQL database, or two windows on one SQLite file: every two seconds
a cheap query on the database worker reads a fingerprint of the open article — how many
annotations it has, the sum of their revisions, the latest ``updated``, and the same of its
status rows. When the fingerprint moved, the article's annotation ids are broadcast with
``changed`` and the views refresh as after one's own edit.

An edit or undo that meets a newer revision (:class:`ConflictError`) is told in a plain
sentence and the article is reloaded, so the next gesture starts from what is stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from marginalia.db import Changes, ConflictError, Fingerprint

from . import ask

if TYPE_CHECKING:
    from marginalia.db.store import Store

    from ..mainwindow import MainWindow

POLL_MS = 2000


def article_changes(store: Store, article_id: int) -> Changes:
    ids = {a.id for a in store.annotations(article_id, include_deleted=True)}
    return Changes(articles=frozenset({article_id}), annotations=frozenset(ids))


class LiveRefresh(QObject):
    """Polls the open article on the database worker and broadcasts what others changed."""

    #: another writer's change was picked up (article id); for tests and the status bar
    picked_up = Signal(int)

    def __init__(self, window: MainWindow, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self.window = window
        self.runner = window.context.runner
        self._seen: tuple[int, Fingerprint] | None = None
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        window.session.opened.connect(lambda _id: self.poll())
        # conflicts are explained and reloaded here, not only reported
        window.session.failed.disconnect(window.errors.report)
        window.session.failed.connect(self.failed)
        self.runner.failed.disconnect(window.errors.report)
        self.runner.failed.connect(self.failed)

    def poll(self) -> None:
        article = self.window.session.article
        if article is None or self._polling:
            return
        article_id = article.id
        self._polling = True
        self.runner.run(
            lambda store: store.fingerprint(article_id),
            lambda seen: self._compare(article_id, seen),
            self._poll_failed,
        )

    def _poll_failed(self, _error: BaseException) -> None:
        self._polling = False  # a dropped connection: the next tick tries again

    def _compare(self, article_id: int, seen: Fingerprint) -> None:
        self._polling = False
        before, self._seen = self._seen, (article_id, seen)
        if before is None or before[0] != article_id or before[1] == seen:
            return
        self.runner.run(lambda store: article_changes(store, article_id), self._broadcast)

    def _broadcast(self, changes: Changes) -> None:
        self.runner.changed.emit(changes)
        self.picked_up.emit(next(iter(changes.articles)))

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, ConflictError):
            self.window.errors.report(error)
            return
        article = self.window.session.article
        ask.inform(
            self.window,
            self.tr("Changed by somebody else"),
            self.tr(
                "Somebody else changed this meanwhile ({reason}). The article was reloaded "
                "with their change; make your edit again if it is still needed."
            ).format(reason=str(error)),
            warning=True,
        )
        self.window.errors.shown.emit(str(error))
        if article is not None:
            self.window.session.open(article.id)
