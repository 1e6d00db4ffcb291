"""Opening a database: the lifecycle of ADR 0004.

- a missing SQLite file is built aside and put in place whole (a kill leaves no half
  database; of several processes creating it at once one wins, the others open its file);
  an empty one, or an empty PostgreSQL database, is created in place under the write lock;
  either is stamped at the newest schema revision and given the default label schema;
- an older Marginalia file is first copied to a timestamped backup beside it, then migrated
  (under the write lock, looking again first: another process may have done it);
- a file from a newer Marginalia is refused, never "repaired";
- anything that is not a Marginalia database is refused, untouched;
- a database that cannot be written (a read-only file, folder or disk) opens read-only if it
  needs no upgrade; every write then fails with that reason.

SQLite runs with WAL, foreign keys on, a busy timeout and ``synchronous=FULL``: a committed
edit survives a killed process and a power cut.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import ConnectionPoolEntry

from .errors import Cause, DatabaseError, StorageError, first_line, storage_error
from .messages import Message
from .revision import APPLICATION, newest_migration
from .schema.defaults import install_default_schema
from .sqlite_files import (
    APPLICATION_ID,
    SQLITE_HEADER,
    FileLook,
    clean_abandoned_builds,
    connect,
    create_aside,
    inspecting_connection,
    look,
    read_only_cause,
    read_only_params,
    sidecar,
    sqlalchemy_url,
)
from .tables import META, METADATA

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["APPLICATION", "APPLICATION_ID", "SQLITE_HEADER", "newest_migration"]

BUSY_TIMEOUT_MS = 10_000
#: Pages copied per step of a backup that reports progress (4 MiB of 4 KiB pages).
BACKUP_STEP_PAGES = 1024
#: A writer that finds another one writing waits this long at most (a lead's merge holds
#: the write lock for its whole transaction, ADR 0080) ...
WRITE_WAIT_S = 15 * 60.0
#: ... and says it is waiting after this long, then again at this interval.
WAIT_STEP_MS = 1_000


@dataclass(frozen=True, slots=True)
class OpenReport:
    """What opening did: created a new database, or migrated one (and where its backup is).

    ``read_only``: why the database was opened for reading only (it cannot be written).
    """

    url: str
    created: bool = False
    migrated_from: str | None = None
    backup: Path | None = None
    read_only: Cause | None = None


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def database_url(target: str | Path) -> str:
    """The SQLAlchemy URL of a server URL (``postgresql://`` uses psycopg 3), or a file's
    URI as SQLite reads it."""
    if is_url(target):
        url = str(target)
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    return sqlalchemy_url(Path(target).expanduser().resolve()).render_as_string()


def display_name(target: str | Path) -> str:
    """How a database is named in messages: its path, or its URL without the password."""
    if is_url(target):  # as the user wrote it, without the driver's name
        return make_url(str(target)).render_as_string(hide_password=True)
    return str(Path(target).expanduser())


# Alembic is imported only where a database is created, migrated or checked in depth: an
# up-to-date database opens without it (the CLI's start-up, issue 14).
def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("marginalia.db") / "migrations"))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _is_head(revision: str | None) -> bool:
    """Alembic's own look at the scripts only when the database is not plainly up to date."""
    return revision is not None and (revision == newest_migration() or revision == head_revision())


def _set_sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":  # pragma: no cover - e.g. a network share
            raise DatabaseError(
                Message("the database cannot use write-ahead logging on this medium")
            )
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _set_read_only_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


#: Execution option that makes a SQLite transaction take the write lock when it begins.
WRITE = {"marginalia_write": True}
#: Execution option: a function told how long a writer has waited (``None``: done waiting).
WAITING = "marginalia_waiting"

Waiting = Callable[[float | None], None]


def serialize(conn: Connection, what: str) -> None:
    """Make writers of ``what`` take turns until their transactions end.

    SQLite needs nothing: a writing transaction holds the whole file (``BEGIN IMMEDIATE``).
    On PostgreSQL a transaction-level advisory lock keeps two sessions from both finding a
    row missing and both inserting it (an article by hash, an annotator by name).
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:what))"), {"what": what})


def _begin_sqlite(conn: Connection) -> None:
    # pysqlite's own transaction handling is off (see make_engine); a writing transaction
    # starts IMMEDIATE so that two writers queue instead of failing half-way with "database
    # is locked"; readers start deferred and never block in WAL.
    options = conn.get_execution_options()
    if options.get("marginalia_write"):
        _begin_immediate(conn, options.get(WAITING))
    else:
        conn.exec_driver_sql("BEGIN")


def _begin_immediate(conn: Connection, waiting: Waiting | None) -> None:
    """Take the write lock, waiting up to :data:`WRITE_WAIT_S` for another writer.

    SQLite's own wait is only :data:`WAIT_STEP_MS` at a time, so that ``waiting`` hears
    every second how long it has been (the window shows "waiting for …"); an annotator's
    edit is never refused because a lead's merge holds the lock for a minute.
    """
    started = time.monotonic()
    waited = False
    conn.exec_driver_sql(f"PRAGMA busy_timeout = {WAIT_STEP_MS}")
    try:
        while True:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                so_far = time.monotonic() - started
                code = getattr(exc.orig, "sqlite_errorcode", None)
                if code is None or code & 0xFF != sqlite3.SQLITE_BUSY or so_far >= WRITE_WAIT_S:
                    raise
                waited = True
                if waiting is not None:
                    waiting(so_far)
    finally:
        with suppress(Exception):
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if waited and waiting is not None:
            waiting(None)


def make_engine(target: str | Path, *, read_only: dict[str, str] | None = None) -> Engine:
    """An engine for a path or URL; ``read_only``: URI parameters of a read-only file."""
    if is_url(target):
        return create_engine(database_url(target), pool_pre_ping=True)
    path = Path(target).expanduser().resolve()
    engine = create_engine(
        sqlalchemy_url(path, **(read_only or {})),
        connect_args={"check_same_thread": False, "isolation_level": None},
    )
    event.listen(engine, "connect", _set_read_only_pragmas if read_only else _set_sqlite_pragmas)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def backup_sqlite(
    source: Path, target: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """A consistent copy of a live SQLite database, with SQLite's online backup.

    With ``progress(pages_done, pages)`` the copy goes in steps (a Ctrl+C can stop it). On
    failure no file is left at ``target``.
    """
    # Read-write when it may be written (SQLite then tidies its -wal and -shm on closing),
    # though only read.
    params = read_only_params(look(source)) if read_only_cause(source) else {}
    src = connect(source, **params)
    try:
        dst = connect(target)
        try:
            if progress is None:
                src.backup(dst)
            else:
                src.backup(
                    dst,
                    pages=BACKUP_STEP_PAGES,
                    progress=lambda _status, left, pages: progress(pages - left, pages),
                )
        finally:
            dst.close()
    except BaseException:
        for name in (target, sidecar(target, "-journal")):
            name.unlink(missing_ok=True)
        raise
    finally:
        src.close()


def timestamped_backup_path(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return path.with_name(f"{path.name}.{stamp}.rev-{revision}.bak")


def _application_marker(conn: Connection) -> str | None:
    if not inspect(conn).has_table(META.name):
        return None
    return conn.scalar(select(META.c.value).where(META.c.key == "application"))


def _create(conn: Connection) -> None:
    METADATA.create_all(conn)
    conn.execute(
        META.insert(),
        [
            {"key": "application", "value": APPLICATION},
            {"key": "created", "value": datetime.now(UTC).isoformat()},
            {"key": "database_id", "value": str(uuid.uuid4())},
        ],
    )
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    install_default_schema(conn)
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = conn
    command.stamp(config, "head")


def _build_new(path: Path) -> None:
    """Build a whole new database at ``path`` (a private temporary name): no journal on
    disk, no syncs until the end (a crash simply loses the temporary), then WAL."""
    engine = create_engine(
        sqlalchemy_url(path), connect_args={"check_same_thread": False, "isolation_level": None}
    )

    def pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        for pragma in ("foreign_keys = ON", "journal_mode = MEMORY", "synchronous = OFF"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    event.listen(engine, "connect", pragmas)
    event.listen(engine, "begin", _begin_sqlite)
    try:
        with engine.execution_options(**WRITE).begin() as conn:
            _create(conn)
    finally:
        engine.dispose()
    raw = connect(path)
    try:
        raw.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()


def _upgrade(conn: Connection) -> None:
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def open_database(target: str | Path) -> tuple[Engine, OpenReport]:
    """Open (creating or migrating as needed) the database at a path or URL."""
    if is_url(target):
        name = display_name(target)
        engine = make_engine(target)
        try:
            found = _guarded(name, lambda: _inspect_engine(engine))
            return engine, _guarded(name, lambda: _prepare(engine, name, found, None))
        except BaseException:
            engine.dispose()
            raise
    return _open_file(Path(target).expanduser().resolve())


def _guarded[T](name: str, step: Callable[[], T]) -> T:
    """Run a step of opening; failures name the database in plain words (never SQL)."""
    try:
        return step()
    except DatabaseError:
        raise
    except Exception as exc:
        failure = storage_error(exc, name)
        if failure is not None:
            raise failure from exc
        raise DatabaseError(
            Message("{path}: cannot be opened ({detail})", path=name, detail=first_line(exc))
        ) from exc


def _open_file(path: Path) -> tuple[Engine, OpenReport]:
    name = str(path)
    clean_abandoned_builds(path)
    seen = look(path)
    blocked = read_only_cause(path)
    if not seen.exists:
        if blocked is not None:
            raise StorageError(
                blocked,
                name,
                doing=Message("a new database cannot be created there"),
                advice=Message("choose a folder you can write to"),
            )
        if _guarded(name, lambda: create_aside(path, _build_new)):
            return make_engine(path), OpenReport(name, created=True)
        seen = look(path)  # another process created it first: open that one
    found = (
        _Found(set(), None, None)
        if seen.new
        else _guarded(name, lambda: _inspect_file(seen, blocked))
    )
    if blocked is not None:
        return _open_read_only(seen, found, blocked)
    engine = make_engine(path)
    try:
        return engine, _guarded(name, lambda: _prepare(engine, name, found, path))
    except BaseException:
        engine.dispose()
        raise


def _open_read_only(seen: FileLook, found: _Found, blocked: Cause) -> tuple[Engine, OpenReport]:
    """A database that cannot be written, opened for reading if it needs no change."""
    name = str(seen.path)
    if not found.tables:
        raise StorageError(
            blocked,
            name,
            doing=Message("a new database cannot be created there"),
            advice=Message("choose a folder you can write to"),
        )
    _refuse_strangers(found, name)
    if not _is_head(found.revision):
        raise StorageError(
            blocked,
            name,
            doing=Message("it must be upgraded for this version of Marginalia, but"),
        )
    return make_engine(seen.path, read_only=read_only_params(seen)), OpenReport(
        name, read_only=blocked
    )


def _inspect_engine(engine: Engine) -> _Found:
    with engine.connect() as conn:
        return _inspect(conn)


@dataclass(frozen=True, slots=True)
class _Found:
    tables: set[str]
    revision: str | None
    marker: str | None


def _inspect(conn: Connection) -> _Found:
    from alembic.runtime.migration import MigrationContext

    return _Found(
        set(inspect(conn).get_table_names()),
        MigrationContext.configure(conn).get_current_revision(),
        _application_marker(conn),
    )


def _inspect_file(seen: FileLook, blocked: Cause | None) -> _Found:
    """What a SQLite file holds, read before any engine touches it (look before touching).

    A file known to be ours is read with a writable connection, so that SQLite recovers a
    hot journal or WAL left by a killed process. A file not marked as ours is read without
    side effects; if it carries a hot journal, it is recovered only when it proves to be
    ours or holds nothing (a creation killed by an older version), else refused.
    """
    path = seen.path
    if blocked is not None:
        if seen.hot_journal:
            raise StorageError(
                blocked,
                str(path),
                doing=Message(
                    "a program that stopped left an unfinished change in it ({journal}) that "
                    "cannot be undone here, because",
                    journal=sidecar(path, "-journal").name,
                ),
                advice=Message(
                    "copy the database and that file together to a folder you can write to"
                ),
            )
        return _read_found(path, lambda: connect(path, **read_only_params(seen)), ours=seen.ours)
    recover = seen.ours
    if seen.hot_journal and not recover:
        try:
            quick = _read_found(path, lambda: inspecting_connection(seen, recover=False))
        except DatabaseError:
            quick = None
        recover = (quick is not None and quick.marker == APPLICATION) or seen.pages <= 1
        if not recover:
            raise DatabaseError(
                Message(
                    "{path}: is not a Marginalia database, and a program that stopped left an "
                    "unfinished change in it ({journal}); open it with that program first",
                    path=str(path),
                    journal=sidecar(path, "-journal").name,
                )
            )
    return _read_found(path, lambda: inspecting_connection(seen, recover=recover), ours=seen.ours)


def _read_found(
    path: Path, open_: Callable[[], sqlite3.Connection], *, ours: bool = False
) -> _Found:
    try:
        raw = open_()
    except sqlite3.Error as exc:
        raise storage_error(exc, str(path)) or DatabaseError(
            Message("{path}: cannot be opened ({detail})", path=str(path), detail=str(exc))
        ) from exc
    try:
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = marker = None
        if "alembic_version" in tables:
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if META.name in tables:
            row = raw.execute(f"SELECT value FROM {META.name} WHERE key = 'application'").fetchone()
            marker = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        failure = storage_error(exc, str(path))
        if failure is not None and (failure.kind != "damaged" or ours):
            raise failure from exc  # ours and damaged: restore a backup
        raise DatabaseError(
            Message("{path}: is damaged, or not a Marginalia database", path=str(path))
        ) from exc
    finally:
        raw.close()
    return _Found(tables, revision, marker)


def _refuse_strangers(found: _Found, name: str) -> None:
    """Refuse a database that is not ours, or is newer than this version."""
    if found.marker != APPLICATION or found.revision is None:
        raise DatabaseError(Message("{path}: is not a Marginalia database", path=name))
    if not _is_head(found.revision) and found.revision not in known_revisions():
        raise DatabaseError(
            Message(
                "{path}: was made by a newer version of Marginalia (schema {revision}); "
                "please upgrade Marginalia to open it",
                path=name,
                revision=found.revision,
            )
        )


def _prepare(engine: Engine, name: str, found: _Found, sqlite_path: Path | None) -> OpenReport:
    if found.tables:
        _refuse_strangers(found, name)
        if _is_head(found.revision):
            return OpenReport(name)
    # Creating or upgrading: under the write lock, and looking again first, because another
    # process may have done it since (four windows opening a new database at once).
    backup: Path | None = None
    try:
        with engine.execution_options(**WRITE).begin() as conn:
            serialize(conn, "marginalia-open")
            found = _inspect(conn)
            if not found.tables:
                _create(conn)
                return OpenReport(name, created=True)
            _refuse_strangers(found, name)
            if _is_head(found.revision):
                return OpenReport(name)
            migrated_from = str(found.revision)
            if sqlite_path is not None:
                backup = timestamped_backup_path(sqlite_path, migrated_from)
                backup_sqlite(sqlite_path, backup)
            _upgrade(conn)
    except BaseException:
        if backup is not None:  # the database is as it was: its copy is not needed
            backup.unlink(missing_ok=True)
        raise
    return OpenReport(name, migrated_from=migrated_from, backup=backup)


@contextmanager
def opened(target: str | Path) -> Iterator[Engine]:
    engine, _report = open_database(target)
    try:
        yield engine
    finally:
        engine.dispose()
