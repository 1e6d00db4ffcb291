"""Errors the library raises. Each message is one plain sentence a user can act on.

Failures of the machine rather than of the input — a full disk, a read-only medium, a lost
database server — become a :class:`StorageError` through :func:`storage_error`: its message
names the cause and what to do, never SQL; the original error (with its SQL) goes to the
log only (docs/reliability.md).
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from .messages import Message

log = logging.getLogger("marginalia")
# A library never prints on its own: without a handler of the application's, Python's last
# resort would write these warnings (with their SQL) to stderr.
log.addHandler(logging.NullHandler())


def one_sentence(reasons: Sequence[str]) -> str:
    """``reasons`` joined with "; " as one message, each reason rendered in its turn (a
    list of refusals: a schema's, a merge source's)."""
    joined: str = ""
    for reason in reasons:
        joined = Message("{reasons}; {reason}", reasons=joined, reason=reason) if joined else reason
    return joined


class MarginaliaError(Exception):
    """Base of every error that is the input's or the user's, never a bug."""


class DatabaseError(MarginaliaError):
    """The database cannot be opened or used (not ours, too new, damaged, locked)."""


class ImportError_(MarginaliaError):
    """A source cannot be imported; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(Message("{path}: {reason}", path=path, reason=reason))
        self.path = path
        self.reason = reason


class ValidationError(MarginaliaError):
    """A value given to the store is not allowed (bad span, unknown label, ...)."""


class ConflictError(MarginaliaError):
    """Somebody else changed the record since it was read (optimistic concurrency)."""


class NotFoundError(MarginaliaError):
    """The article, annotation or image does not exist."""


@dataclass(frozen=True, slots=True)
class Cause:
    """What failed (``reason``) and what the user can do about it (``advice``)."""

    kind: str
    reason: Message
    advice: Message


class StorageError(DatabaseError):
    """The disk, the file system or the database server failed, not the input.

    ``where`` is the file or database concerned; ``cause`` says what happened and what to do.
    The message reads ``WHERE: [DOING: ]REASON; ADVICE``.
    """

    def __init__(
        self,
        cause: Cause,
        where: str | None = None,
        *,
        doing: Message | None = None,
        advice: Message | None = None,
        detail: str = "",
    ) -> None:
        self.cause = cause
        self.where = where
        self.detail = detail
        reason, advice = cause.reason, advice or cause.advice
        if where and doing:
            text = Message(
                "{where}: {doing}: {reason}; {advice}",
                where=where,
                doing=doing,
                reason=reason,
                advice=advice,
            )
        elif where or doing:
            text = Message(
                "{where}: {reason}; {advice}", where=where or doing, reason=reason, advice=advice
            )
        else:
            text = Message("{reason}; {advice}", reason=reason, advice=advice)
        super().__init__(text)

    @property
    def kind(self) -> str:
        return self.cause.kind


DISK_FULL = Cause(
    "disk-full", Message("the disk is full"), Message("free some space on it, then try again")
)
READ_ONLY_FILE = Cause(
    "read-only",
    Message("the database file is read-only"),
    Message("make it writable, or copy it to a folder you can write to"),
)
READ_ONLY_DISK = Cause(
    "read-only",
    Message("the disk is read-only"),
    Message("copy the file to a disk you can write to"),
)
READ_ONLY_FOLDER = Cause(
    "read-only",
    Message(
        "its folder is read-only, and a database needs to keep its working files "
        "(-wal, -shm) beside it"
    ),
    Message("copy it to a folder you can write to"),
)
NO_PERMISSION = Cause(
    "permission",
    Message("you are not allowed to write there (permission denied)"),
    Message("ask whoever manages the computer for write access, or use another folder"),
)
BUSY = Cause(
    "busy",
    Message("another program or window has been writing to the database for too long"),
    Message("wait until it has finished (a merge or an import), then try again"),
)
IO = Cause(
    "io",
    Message("the disk reported an error while reading or writing"),
    Message(
        "check the disk or network share; the backups folder beside the database keeps "
        "recent copies"
    ),
)
DAMAGED = Cause(
    "damaged",
    Message("the database is damaged"),
    Message("restore the newest copy from the backups folder beside it"),
)
CANNOT_OPEN = Cause(
    "cannot-open",
    Message("the database file cannot be opened"),
    Message("check that its folder exists and that you may write to it"),
)
UNREACHABLE = Cause(
    "unreachable",
    Message("the database server cannot be reached"),
    Message("check the network and that the server is running, then try again"),
)
LOST = Cause(
    "lost",
    Message("the connection to the database server was lost"),
    Message("try again when the server is back"),
)
LOGIN = Cause(
    "login",
    Message("the database server refused the user name or password"),
    Message("check them in the database address"),
)
NO_DATABASE = Cause(
    "no-database",
    Message("the database does not exist on the server"),
    Message("check its name, or ask the server's administrator to create it (docs/team-server.md)"),
)
SERVER_PERMISSION = Cause(
    "permission",
    Message("the database server does not allow this user to do that"),
    Message("ask the server's administrator for the rights listed in docs/team-server.md"),
)
SERVER_FULL = Cause(
    "disk-full",
    Message("the database server's disk is full"),
    Message("ask the server's administrator to free space, then try again"),
)
SERVER_BUSY = Cause(
    "busy",
    Message("the database server is overloaded (too many connections or out of memory)"),
    Message("try again in a moment"),
)
SERVER_DOWN = Cause(
    "lost",
    Message(
        "the database server ended the connection (it is restarting, or its administrator "
        "ended the session)"
    ),
    Message("try again in a moment"),
)
SERVER_READ_ONLY = Cause(
    "read-only",
    Message("the database server only allows reading (a standby server)"),
    Message("connect to the primary server"),
)
RACE = Cause(
    "busy",
    Message("another user changed the same data at the same moment"),
    Message("try again"),
)

_SQLITE_CAUSES = {
    sqlite3.SQLITE_FULL: DISK_FULL,
    sqlite3.SQLITE_READONLY: READ_ONLY_FILE,
    sqlite3.SQLITE_BUSY: BUSY,
    6: BUSY,  # SQLITE_LOCKED
    10: IO,  # SQLITE_IOERR
    sqlite3.SQLITE_CORRUPT: DAMAGED,
    sqlite3.SQLITE_NOTADB: DAMAGED,
    sqlite3.SQLITE_CANTOPEN: CANNOT_OPEN,
    sqlite3.SQLITE_PERM: NO_PERMISSION,
}

_ERRNO_CAUSES = {
    getattr(errno, name): cause
    for name, cause in (
        ("ENOSPC", DISK_FULL),
        ("EDQUOT", DISK_FULL),  # a quota is a full disk to the user
        ("EFBIG", DISK_FULL),
        ("EROFS", READ_ONLY_DISK),
        ("EACCES", NO_PERMISSION),
        ("EPERM", NO_PERMISSION),
        ("EIO", IO),
    )
    if hasattr(errno, name)
}

#: PostgreSQL SQLSTATE codes (exact, then by class) — Appendix A of its manual.
_SQLSTATE_CAUSES = {
    "53100": SERVER_FULL,
    "53200": SERVER_BUSY,
    "53300": SERVER_BUSY,
    "57P01": SERVER_DOWN,
    "57P02": SERVER_DOWN,
    "57P03": SERVER_DOWN,
    "28P01": LOGIN,
    "28000": LOGIN,
    "3D000": NO_DATABASE,
    "42501": SERVER_PERMISSION,
    "25006": SERVER_READ_ONLY,
    "40001": RACE,
    "40P01": RACE,
    "55P03": BUSY,
}
_SQLSTATE_CLASSES = {"08": LOST, "53": SERVER_BUSY, "57": SERVER_DOWN, "58": IO}

_LOST_WORDS = (
    "server closed the connection",
    "connection is lost",
    "connection is closed",
    "consuming input failed",
    "terminating connection",
    "connection already closed",
    "ssl connection has been closed",
)
_UNREACHABLE_WORDS = (
    "connection refused",
    "could not translate host name",
    "timeout expired",
    "no route to host",
    "could not connect",
    "name or service not known",
    "connection failed",
    "network is unreachable",
)


def _original(error: BaseException) -> BaseException:
    """The driver's error inside SQLAlchemy's wrapper, if any."""
    orig = getattr(error, "orig", None)
    return orig if isinstance(orig, BaseException) else error


def storage_cause(error: BaseException) -> Cause | None:
    """The cause, if ``error`` is the machine's (disk, file system, server); else ``None``."""
    if isinstance(error, StorageError):
        return error.cause
    orig = _original(error)
    if isinstance(orig, sqlite3.Error):
        code = getattr(orig, "sqlite_errorcode", None)
        if code is None:
            return None
        if code == sqlite3.SQLITE_READONLY_DIRECTORY:
            return READ_ONLY_FOLDER
        return _SQLITE_CAUSES.get(code & 0xFF)
    if isinstance(orig, OSError) and orig.errno is not None:
        return _ERRNO_CAUSES.get(orig.errno)
    if type(orig).__module__.startswith("psycopg"):
        return _postgresql_cause(orig)
    return None


def _postgresql_cause(orig: BaseException) -> Cause | None:
    state = getattr(orig, "sqlstate", None)
    if isinstance(state, str):
        return _SQLSTATE_CAUSES.get(state) or _SQLSTATE_CLASSES.get(state[:2])
    kind = type(orig).__name__
    if kind not in {"OperationalError", "InterfaceError"}:
        return None
    text = str(orig).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return LOGIN
    if "does not exist" in text and "database" in text:
        return NO_DATABASE
    if any(words in text for words in _UNREACHABLE_WORDS):
        return UNREACHABLE
    if any(words in text for words in _LOST_WORDS):
        return LOST
    return LOST if kind == "InterfaceError" else UNREACHABLE


def storage_error(error: BaseException, where: str | None = None) -> StorageError | None:
    """A :class:`StorageError` naming ``where`` for a failure of the machine, else ``None``.

    The original error's whole text (which may hold SQL) is logged, never put in the message.
    """
    if isinstance(error, StorageError):
        return error
    cause = storage_cause(error)
    if cause is None:
        return None
    detail = f"{type(error).__name__}: {error}"
    log.warning("%s: %s (%s)", where or "storage", cause.reason, detail)
    made = StorageError(cause, where, detail=detail)
    made.__cause__ = error
    return made


def first_line(error: BaseException) -> str:
    """The driver's first line of an error, without SQLAlchemy's ``[SQL: …]`` appendix."""
    lines = str(_original(error)).strip().splitlines()
    return lines[0] if lines else type(error).__name__
