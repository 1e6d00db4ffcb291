"""Files written aside: a temporary name beside the target, renamed into place when whole.

A temporary is named ``.NAME.<12 hex digits>SUFFIX``, and the process writing it keeps an
exclusive lock on it (``flock``; the kernel drops it when the process dies). So the next
run can tell a temporary left by a killed process from one somebody is writing right now,
and remove only the former — at once, not after some age — and never touches a file of
another program's that merely looks alike. Used by new databases, backups and exports
(docs/reliability.md).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: an open file cannot be deleted there
    fcntl = None  # type: ignore[assignment]

_TOKEN = re.compile(r"\.[0-9a-f]{12}$")
#: flock's answers that mean "somebody holds it"; others mean the file system has no locks
_HELD = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES}


def temp_name(target: Path, suffix: str) -> Path:
    """``.NAME.<random>SUFFIX`` beside ``target``: hidden, and never a name in use."""
    import secrets  # only when a file is put aside: hmac and hashlib are not the start-up's

    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{suffix}")


def new_file(target: Path, suffix: str) -> tuple[Path, Held]:
    """Create an empty temporary file for ``target`` and hold it."""
    return _new(target, suffix, folder=False)


def new_folder(target: Path, suffix: str) -> tuple[Path, Held]:
    """Create an empty temporary folder for ``target`` and hold it."""
    return _new(target, suffix, folder=True)


def _new(target: Path, suffix: str, *, folder: bool) -> tuple[Path, Held]:
    while True:
        path = temp_name(target, suffix)
        if folder:
            path.mkdir()
        else:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        try:
            return path, Held(path)
        except FileNotFoundError:  # removed by a cleaner before we held it: another name
            continue


class Held:
    """An exclusive lock on a temporary file or folder for as long as this object lives.

    On a file system without locks the temporary is simply not held; a cleaner then leaves
    it alone too.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        if fcntl is None:  # pragma: no cover - Windows
            return
        fd = os.open(path, os.O_RDONLY)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                if exc.errno in _HELD:
                    raise
            # A cleaner may have removed the name between its creation and the lock.
            if not os.path.samestat(os.fstat(fd), os.stat(path)):
                raise FileNotFoundError(path)
        except OSError:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)  # closing drops the lock
            self._fd = None


def _abandoned(path: Path) -> bool:
    """True if no process holds ``path`` (its writer was killed or has finished)."""
    if fcntl is None:  # pragma: no cover - Windows: deleting an open file fails instead
        return True
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # held — or no locks here, so nobody can tell: leave it
    finally:
        os.close(fd)  # also drops the lock just taken
    return True


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


def clean_abandoned(
    folder: Path, suffix: str, *, prefix: str, also: tuple[str, ...] = ()
) -> list[Path]:
    """Remove the temporaries ``PREFIX….<token>SUFFIX`` in ``folder`` that nobody holds.

    ``prefix`` is ``.NAME.`` of the target whose leftovers these are; ``also``: suffixes of
    files that belong to each (a database's ``-journal``, say).
    """
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return removed
    for path in candidates:
        if not path.name.endswith(suffix) or not _TOKEN.search(path.name[: -len(suffix)]):
            continue
        if not _abandoned(path):
            continue
        remove(path)
        for extra in also:
            remove(path.with_name(path.name + extra))
        if not path.exists():
            removed.append(path)
    return removed
