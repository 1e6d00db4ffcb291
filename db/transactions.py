"""The store's transactions: failures of the machine in plain words, and an honest commit.

- A driver error that is the machine's (a full disk, a read-only file, a lost server) leaves
  a transaction as a :class:`~marginalia.db.errors.StorageError` naming the database and
  what to do; the SQL stays in the log. Errors of the data (a constraint, a bug) pass as
  they are.
- On PostgreSQL, a connection lost *during* COMMIT does not mean the change was lost: the
  server may have committed it and died before answering. The transaction's id is read
  before committing, and on such a loss a new connection asks the server what became of it
  (``txid_status``): committed is success; aborted is a failure; unknown says so.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from .errors import LOST, Cause, StorageError, storage_error
from .messages import Message

log = logging.getLogger("marginalia")

#: Asked again while the server still reports a lost transaction "in progress".
_OUTCOME_TRIES = 5

UNKNOWN = Cause(
    "lost",
    Message(
        "the connection to the database server was lost while saving, so whether this change "
        "was saved is not known"
    ),
    Message("when the server is back, look whether the change is there and make it again if not"),
)
NOT_SAVED = Cause(
    "lost",
    Message("the connection to the database server was lost; this change was not saved"),
    Message("try again when the server is back"),
)


def _translated(exc: BaseException, name: str, read_only: Cause | None) -> BaseException | None:
    """The plain error for a driver failure of the machine, else ``None`` (re-raise as is)."""
    if not isinstance(exc, DBAPIError):
        return None
    failure = storage_error(exc, name)
    if failure is None:
        return None
    if read_only is not None and failure.kind == "read-only":
        # The reason it was opened read-only (its folder, its disk) says more than SQLite.
        return StorageError(read_only, name, doing=Message("this change was not saved"))
    return failure


@contextmanager
def reading(engine: Engine, name: str) -> Iterator[Connection]:
    try:
        with engine.connect() as conn:
            yield conn
    except Exception as exc:
        failure = _translated(exc, name, None)
        if failure is None:
            raise
        raise failure from exc


@contextmanager
def writing(writer: Engine, name: str, *, read_only: Cause | None = None) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back on error."""
    try:
        if writer.dialect.name == "postgresql":
            with _server_transaction(writer, name) as conn:
                yield conn
        else:
            with writer.begin() as conn:
                yield conn
    except Exception as exc:
        failure = _translated(exc, name, read_only)
        if failure is None:
            raise
        raise failure from exc


@contextmanager
def _server_transaction(writer: Engine, name: str) -> Iterator[Connection]:
    with writer.connect() as conn:
        transaction = conn.begin()
        try:
            yield conn
            xid = conn.scalar(text("SELECT txid_current_if_assigned()"))
        except BaseException:
            with suppress(Exception):
                transaction.rollback()
            raise
        try:
            transaction.commit()
        except DBAPIError as exc:
            failure = storage_error(exc)
            if xid is None or failure is None or failure.cause.kind != LOST.kind:
                raise
            outcome = _outcome(writer, int(xid))
            log.warning("%s: connection lost at COMMIT of %s; outcome %s", name, xid, outcome)
            if outcome == "committed":
                return  # saved: the server committed it before the connection went
            raise StorageError(
                NOT_SAVED if outcome == "aborted" else UNKNOWN, name, detail=str(exc)
            ) from exc


def _outcome(writer: Engine, xid: int) -> str | None:
    """``committed``, ``aborted``, or ``None`` when the server cannot tell (or be reached)."""
    for attempt in range(_OUTCOME_TRIES):
        try:
            with writer.connect() as conn:
                status = conn.scalar(text("SELECT txid_status(:xid)"), {"xid": xid})
        except DBAPIError:
            status = None
        if status in {"committed", "aborted"}:
            return str(status)
        if status != "in progress":
            return None
        time.sleep(0.2 * (attempt + 1))
    return None
