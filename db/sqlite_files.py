"""SQLite files on disk: any path as a URI, looking without touching, creating aside.

- Every path a file manager allows (``#``, ``?``, ``%``, spaces, quotes, CJK, emoji, bytes
  that are not UTF-8) reaches SQLite as a percent-encoded ``file:`` URI, never as text
  glued into a URL.
- :func:`look` reads a file's 100-byte header and its sidecars (``-journal``, ``-wal``)
  without opening it with SQLite, so a foreign file is judged before anything touches it.
- :func:`create_aside` builds a new database under a temporary name beside the target and
  links it into place only when it is complete: a kill at any moment leaves either no
  database or a whole one, and of several processes creating the same path one wins and
  the others open its file (ADR 0004).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import aside
from .errors import (
    READ_ONLY_DISK,
    READ_ONLY_FILE,
    READ_ONLY_FOLDER,
    Cause,
    DatabaseError,
)
from .messages import Message

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

#: PRAGMA application_id of our SQLite files: "MRGN".
APPLICATION_ID = 0x4D52474E
SQLITE_HEADER = b"SQLite format 3\x00"
#: The first bytes of a rollback journal whose header was written (a "hot" one, if left).
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
#: The name of a database being built: ``.NAME.<random>.creating`` beside it.
CREATING_SUFFIX = ".creating"
SIDECARS = ("-journal", "-wal", "-shm")


def sqlite_uri(path: Path, **params: str) -> str:
    """A ``file:`` URI for ``path`` that SQLite reads back to exactly that path."""
    uri = Path(os.path.abspath(path)).as_uri()
    if not params:
        return uri
    from urllib.parse import urlencode

    return f"{uri}?{urlencode(params)}"


def sqlalchemy_url(path: Path, **params: str) -> URL:
    """A SQLAlchemy URL that hands SQLite the URI of :func:`sqlite_uri` unparsed."""
    from sqlalchemy.engine import URL  # the rest of this module serves sqlite3 alone

    return URL.create("sqlite", database=sqlite_uri(path, **params), query={"uri": "true"})


def connect(path: Path, **params: str) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection (no pragmas) to ``path`` through its URI."""
    return sqlite3.connect(sqlite_uri(path, **params), uri=True)


def sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@dataclass(frozen=True, slots=True)
class FileLook:
    """What a database file is, read from its header and sidecars (nothing opened by SQLite)."""

    path: Path
    exists: bool
    size: int = 0
    application_id: int = 0
    page_size: int = 0
    pages: int = 0
    wal_mode: bool = False
    hot_journal: bool = False
    wal_file: bool = False
    shm_file: bool = False

    @property
    def new(self) -> bool:
        """Missing or empty: there is nothing in it to lose."""
        return self.size == 0

    @property
    def ours(self) -> bool:
        return self.application_id == APPLICATION_ID


def look(path: Path) -> FileLook:
    """Describe ``path``; refuse folders, missing folders, unreadable and non-SQLite files."""
    if not path.exists() and not path.is_symlink():
        if not path.parent.is_dir():
            raise DatabaseError(
                Message(
                    "{path}: the folder {folder} does not exist",
                    path=str(path),
                    folder=str(path.parent),
                )
            )
        return FileLook(path, exists=False)
    if path.is_dir():
        raise DatabaseError(Message("{path}: is a folder, not a database file", path=str(path)))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise DatabaseError(
            Message(
                "{path}: cannot be read ({detail})", path=str(path), detail=exc.strerror or str(exc)
            )
        ) from exc
    if not header:
        return FileLook(path, exists=True)
    if not header.startswith(SQLITE_HEADER) or len(header) < 100:
        raise DatabaseError(
            Message("{path}: is not a Marginalia database (not an SQLite file)", path=str(path))
        )
    page_size = int.from_bytes(header[16:18], "big")
    return FileLook(
        path,
        exists=True,
        size=path.stat().st_size,
        application_id=int.from_bytes(header[68:72], "big"),
        page_size=65536 if page_size == 1 else page_size,
        pages=int.from_bytes(header[28:32], "big"),
        wal_mode=header[18] == 2 and header[19] == 2,
        hot_journal=_journal_is_hot(sidecar(path, "-journal")),
        wal_file=sidecar(path, "-wal").exists(),
        shm_file=sidecar(path, "-shm").exists(),
    )


def _journal_is_hot(journal: Path) -> bool:
    """A journal with a written header: SQLite rolls it back on the next writable open."""
    try:
        with journal.open("rb") as handle:
            return handle.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False


def inspecting_connection(seen: FileLook, *, recover: bool) -> sqlite3.Connection:
    """A connection for reading what a file holds.

    ``recover``: a read-write connection (read-only if the file is), which lets SQLite roll
    back a hot journal or replay a WAL — only for files known to be ours. Otherwise the
    file is read without side effects: ``immutable`` when there is no ``-wal`` to read (so
    no ``-wal``/``-shm`` appear beside a foreign file), plain read-only when there is one.
    """
    if recover:
        return connect(seen.path)
    if seen.wal_file:
        return connect(seen.path, mode="ro")
    return connect(seen.path, mode="ro", immutable="1")


def read_only_cause(path: Path) -> Cause | None:
    """Why ``path`` (or, if missing, a new file there) cannot be written; ``None`` if it can.

    A WAL database writes ``-wal`` and ``-shm`` beside itself, so its folder must be
    writable too.
    """
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        return READ_ONLY_DISK if _read_only_medium(path) else READ_ONLY_FILE
    if not os.access(folder, os.W_OK):
        return READ_ONLY_DISK if _read_only_medium(folder) else READ_ONLY_FOLDER
    return None


def _read_only_medium(path: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # pragma: no cover - Windows
        return False
    try:
        return bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def read_only_params(seen: FileLook) -> dict[str, str]:
    """URI parameters that read a database nobody may write (a read-only disk or folder).

    A WAL database without its ``-shm`` cannot be read in a folder where SQLite may not
    create one; ``immutable`` reads it as it is on disk.
    """
    params = {"mode": "ro"}
    if seen.wal_mode and not (seen.shm_file and os.access(sidecar(seen.path, "-shm"), os.W_OK)):
        params["immutable"] = "1"
    return params


def remove_with_sidecars(path: Path) -> None:
    for name in (path, *(sidecar(path, s) for s in SIDECARS)):
        with contextlib.suppress(OSError):
            name.unlink()


def file_to_open_as_it_is(target: str | Path) -> Path | None:
    """The path of ``target`` if it names an existing SQLite file of ours, without a hot
    journal, that may be written: the file the store would open as it is (abandoned builds
    beside it are cleaned, as the store does). ``None`` for a server URL or anything else:
    the caller opens the store, which creates, migrates, refuses or explains it. The
    sqlite3-only readers and writers start here (ADR 0100, 0102); the revision is theirs to
    check on their own connection."""
    if isinstance(target, str) and "://" in target:
        return None
    path = Path(target).expanduser().resolve()
    try:
        seen = look(path)
    except DatabaseError:
        return None
    if not seen.exists or not seen.ours or seen.hot_journal or read_only_cause(path):
        return None
    clean_abandoned_builds(path)
    return path


def clean_abandoned_builds(path: Path) -> list[Path]:
    """Remove databases half-built for ``path`` by processes that were killed."""
    return aside.clean_abandoned(
        path.parent, CREATING_SUFFIX, prefix=f".{path.name}.", also=SIDECARS
    )


def create_aside(path: Path, build: Callable[[Path], None]) -> bool:
    """Build a database with ``build(temp)`` and put it at ``path`` if nothing is there yet.

    Returns False when another process put its database there first (the caller then opens
    that one). The finished file is synced before it takes the name, so the name never
    points at an incomplete database, not even after a power cut.
    """
    temp, held = aside.new_file(path, CREATING_SUFFIX)
    try:
        build(temp)
        _fsync(temp)
        placed = _place(temp, path)
        if placed:
            _fsync_folder(path.parent)
        return placed
    finally:
        remove_with_sidecars(temp)
        held.release()


def _place(temp: Path, path: Path) -> bool:
    """Give ``temp`` the name ``path`` unless it exists (atomic: a hard link, or a rename
    that never replaces on Windows)."""
    if os.name == "nt":  # pragma: no cover - rename never replaces there
        try:
            os.rename(temp, path)
        except FileExistsError:
            return False
        return True
    try:
        os.link(temp, path)
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in {
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EMLINK,
            errno.EXDEV,
        }:
            raise
        # A file system without hard links (FAT, exFAT on USB sticks): a rename after a
        # check. Two processes creating the same new file there at the same moment is the
        # one case this cannot settle; docs/reliability.md says so.
        if path.exists():
            return False
        os.rename(temp, path)
    return True


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover - folders cannot be opened there
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    except OSError:  # some file systems do not sync folders; the rename is still atomic
        pass
    finally:
        os.close(descriptor)
