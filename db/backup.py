"""Consistent copies of a live SQLite database: on request, and rolling automatic ones.

Both use SQLite's online backup (:func:`.database.backup_sqlite`), so they may run while the
application or another process writes: the copy is the database as of one moment. A copy
is written beside its target first and renamed into place, so an interrupted backup never
leaves a half-written file under the final name (ADR 0091).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from . import aside
from .database import backup_sqlite, is_url
from .errors import DatabaseError, StorageError, first_line, storage_error
from .messages import Message
from .sqlite_files import SIDECARS, read_only_cause, remove_with_sidecars

#: Rolling backups go into this folder beside the database.
BACKUP_FOLDER = "backups"
_SUFFIX = ".auto.sqlite"
#: A copy being written: ``.NAME.<random>.partial`` beside its target.
_PARTIAL = ".partial"


def backup_database(
    source: str | Path, target: Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Copy the SQLite database ``source`` to ``target`` (replaced if it exists).

    ``progress(pages_done, pages)`` follows the copy.
    """
    if is_url(source):
        raise DatabaseError(
            "backup copies SQLite files; back up a PostgreSQL database with pg_dump"
        )
    source = Path(source)
    if not source.is_file():
        raise DatabaseError(f"{source}: there is no database file to back up")
    target = Path(target)
    if target.resolve() == source.resolve():
        raise DatabaseError(f"{target}: a backup cannot replace the database itself")
    if not target.parent.is_dir():
        raise DatabaseError(f"{target}: the folder {target.parent} does not exist")
    aside.clean_abandoned(target.parent, _PARTIAL, prefix=f".{target.name}.", also=SIDECARS)
    try:
        partial, held = aside.new_file(target, _PARTIAL)
    except OSError as exc:
        raise _not_written(exc, source, target) from exc
    try:
        backup_sqlite(source, partial, progress)
        _check(partial)
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        raise _not_written(exc, source, target) from exc
    finally:
        remove_with_sidecars(partial)
        held.release()
    return target


def _not_written(exc: BaseException, source: Path, target: Path) -> DatabaseError:
    failure = storage_error(exc, str(target))
    if failure is not None:
        return StorageError(
            failure.cause,
            str(target),
            doing=Message("the backup was not written"),
            advice=Message(
                "{advice}; the database itself is unchanged", advice=failure.cause.advice
            ),
        )
    return DatabaseError(f"{source}: the backup failed ({first_line(exc)})")


def backup_folder(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_FOLDER


def rolling_backups(db_path: Path) -> list[Path]:
    """The automatic backups of ``db_path``, oldest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    prefix = f"{Path(db_path).name}."
    return sorted(
        p for p in folder.iterdir() if p.name.startswith(prefix) and p.name.endswith(_SUFFIX)
    )


def rotate_backups(db_path: Path, keep: int = 5) -> Path | None:
    """Make a new automatic backup of ``db_path`` and delete all but the newest ``keep``.

    Called by the application at start. Returns the new backup, or ``None`` when none was
    needed: ``keep`` below 1 (automatic backups off), no database yet, a database that is
    read-only (it opens read-only and cannot change), or nothing changed since the newest
    backup.
    """
    db_path = Path(db_path)
    if keep < 1 or not db_path.is_file() or read_only_cause(db_path) is not None:
        return None  # (a database that cannot be written cannot change either)
    folder = backup_folder(db_path)
    # copies that a killed process left half-written
    aside.clean_abandoned(folder, _PARTIAL, prefix=f".{db_path.name}.", also=SIDECARS)
    existing = rolling_backups(db_path)
    if existing and existing[-1].stat().st_mtime_ns >= _last_change(db_path):
        made = None
    else:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _not_written(exc, db_path, folder) from exc
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        made = backup_database(db_path, folder / f"{db_path.name}.{stamp}{_SUFFIX}")
        existing.append(made)
    for old in existing[: max(0, len(existing) - keep)]:
        old.unlink(missing_ok=True)
    return made


def _last_change(db_path: Path) -> int:
    times = [db_path.stat().st_mtime_ns]
    wal = db_path.with_name(db_path.name + "-wal")
    if wal.exists():
        times.append(wal.stat().st_mtime_ns)
    return max(times)


def _check(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        # The copy is the live database's pages; make it a self-contained file (no WAL).
        connection.execute("PRAGMA journal_mode=DELETE")
        result = connection.execute("PRAGMA quick_check").fetchone()
    finally:
        connection.close()
    if result is None or result[0] != "ok":
        raise sqlite3.DatabaseError(f"the copy failed its check ({result})")
