"""Opening a database: the lifecycle of ADR 0004.

- a new (missing or empty) SQLite file is created, stamped at the newest schema revision and
  given the default label schema;
- an older Marginalia file is first copied to a timestamped backup beside it, then migrated;
- a file from a newer Marginalia is refused, never "repaired";
- anything that is not a Marginalia database is refused.

SQLite runs with WAL, foreign keys on, a busy timeout and ``synchronous=FULL``: a committed
edit survives a killed process and a power cut.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import ConnectionPoolEntry

from .errors import DatabaseError
from .schema.defaults import install_default_schema
from .tables import META, METADATA

if TYPE_CHECKING:
    from alembic.config import Config

APPLICATION = "marginalia"
#: PRAGMA application_id of our SQLite files: "MRGN".
APPLICATION_ID = 0x4D52474E
BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"
#: Pages copied per step of a backup that reports progress (4 MiB of 4 KiB pages).
BACKUP_STEP_PAGES = 1024


@dataclass(frozen=True, slots=True)
class OpenReport:
    """What opening did: created a new database, or migrated one (and where its backup is)."""

    url: str
    created: bool = False
    migrated_from: str | None = None
    backup: Path | None = None


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a path or URL (``postgresql://`` uses psycopg 3)."""
    if is_url(target):
        url = str(target)
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+psycopg://" + url.split("://", 1)[1]
        return url
    return f"sqlite:///{Path(target).expanduser().resolve()}"


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


def newest_migration() -> str:
    """The revision of the newest migration script, read from its file name alone.

    Each script is ``NNNN_what.py`` with ``revision = "NNNN"`` on a straight line of
    revisions (``tests/db/test_database.py`` holds every script to it), so this is the
    head that :func:`head_revision` finds with Alembic, at a fraction of the cost.
    """
    versions = files("marginalia.db") / "migrations" / "versions"
    return max(
        entry.name[:4]
        for entry in versions.iterdir()
        if entry.name.endswith(".py") and entry.name[:4].isdigit()
    )


def _set_sqlite_pragmas(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":  # pragma: no cover - e.g. a read-only medium
            raise DatabaseError("the database cannot use write-ahead logging on this medium")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


#: Execution option that makes a SQLite transaction take the write lock when it begins.
WRITE = {"marginalia_write": True}


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
    # starts IMMEDIATE so that two writers queue on the busy timeout instead of failing
    # half-way with "database is locked"; readers start deferred and never block in WAL.
    if conn.get_execution_options().get("marginalia_write"):
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        conn.exec_driver_sql("BEGIN")


def make_engine(target: str | Path) -> Engine:
    url = database_url(target)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "isolation_level": None},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _check_sqlite_file(path: Path) -> bool:
    """True if the file is missing or empty (a new database); refuses non-SQLite files."""
    if not path.exists():
        if not path.parent.is_dir():
            raise DatabaseError(f"{path}: the folder {path.parent} does not exist")
        return True
    if path.is_dir():
        raise DatabaseError(f"{path}: is a folder, not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot be read ({exc.strerror})") from exc
    if not header:
        return True
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path}: is not a Marginalia database (not an SQLite file)")
    return False


def backup_sqlite(
    source: Path, target: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """A consistent copy of a live SQLite database, with SQLite's online backup.

    With ``progress(pages_done, pages)`` the copy goes in steps (a Ctrl+C can stop it).
    """
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
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


def _upgrade(conn: Connection) -> None:
    from alembic import command

    config = _alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, "head")


def open_database(target: str | Path) -> tuple[Engine, OpenReport]:
    """Open (creating or migrating as needed) the database at a path or URL."""
    url = database_url(target)
    if is_url(target):
        name = make_url(url).render_as_string(hide_password=True)
        engine = make_engine(target)
        return engine, _prepared(engine, name, lambda: _inspect_engine(engine), url, None)
    path = Path(target).expanduser().resolve()
    new_file = _check_sqlite_file(path)
    # Look before touching: a foreign file must stay byte-for-byte as it was (no WAL switch).
    found = _Found(set(), None, None) if new_file else _inspect_sqlite_file(path)
    engine = make_engine(path)
    return engine, _prepared(engine, str(path), lambda: found, url, path)


def _prepared(
    engine: Engine,
    name: str,
    inspect_: Callable[[], _Found],
    url: str,
    sqlite_path: Path | None,
) -> OpenReport:
    """Inspect and prepare; any failure disposes of the engine and names the database."""
    try:
        return _prepare(engine, url, name, inspect_(), sqlite_path)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(f"{name}: cannot be opened ({_reason(exc)})") from exc


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


def _inspect_sqlite_file(path: Path) -> _Found:
    try:
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot be opened ({exc})") from exc
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
        raise DatabaseError(f"{path}: is damaged or not a database ({exc})") from exc
    finally:
        raw.close()
    return _Found(tables, revision, marker)


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _prepare(
    engine: Engine, url: str, name: str, found: _Found, sqlite_path: Path | None
) -> OpenReport:
    # Alembic's own look at the scripts only when the database is not plainly up to date.
    head = found.revision if found.revision == newest_migration() else head_revision()
    if not found.tables:
        with engine.execution_options(**WRITE).begin() as conn:
            _create(conn)
        return OpenReport(url, created=True)
    if found.marker != APPLICATION or found.revision is None:
        raise DatabaseError(f"{name}: is not a Marginalia database")
    if found.revision == head:
        return OpenReport(url)
    if found.revision not in known_revisions():
        raise DatabaseError(
            f"{name}: was made by a newer version of Marginalia (schema {found.revision}); "
            "please upgrade Marginalia to open it"
        )
    backup = None
    if sqlite_path is not None:
        backup = timestamped_backup_path(sqlite_path, found.revision)
        backup_sqlite(sqlite_path, backup)
    with engine.execution_options(**WRITE).begin() as conn:
        _upgrade(conn)
    return OpenReport(url, migrated_from=found.revision, backup=backup)


@contextmanager
def opened(target: str | Path) -> Iterator[Engine]:
    engine, _report = open_database(target)
    try:
        yield engine
    finally:
        engine.dispose()
