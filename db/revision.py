"""Which database is ours and how new it is, told without SQLAlchemy or Alembic.

The ``marginalia_meta`` row ``application`` names a Marginalia database; its Alembic
revision is up to date when it is the newest migration script's. Both are read by
:mod:`.database` when it opens a database, and by the import command's quick SQLite
writer (:mod:`.article_import.sqlite_writer`) and the quick reader of ``stats`` and
``articles`` (:mod:`.quick_read`), which must not load SQLAlchemy (issue 14).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

#: The value of ``marginalia_meta.application`` in every Marginalia database.
APPLICATION = "marginalia"


def newest_migration() -> str:
    """The revision of the newest migration script, read from its file name alone.

    Each script is ``NNNN_what.py`` with ``revision = "NNNN"`` on a straight line of
    revisions (``tests/db/test_database.py`` holds every script to it), so this is the
    head that Alembic finds (``database.head_revision``), at a fraction of the cost. The
    folder is the one beside this file that Alembic is given (``database._alembic_config``),
    found without loading ``importlib.resources`` (~5 ms of the CLI's start-up) wherever the
    package is a folder on disk (an install, the tree, the bundle: packaging/marginalia.spec).
    """
    versions = Path(__file__).with_name("migrations") / "versions"
    if versions.is_dir():
        names = [entry.name for entry in os.scandir(versions)]
    else:  # pragma: no cover - a package loaded from an archive
        from importlib.resources import files

        names = [entry.name for entry in (files(__package__) / "migrations" / "versions").iterdir()]
    return max(name[:4] for name in names if name.endswith(".py") and name[:4].isdigit())


def up_to_date(conn: sqlite3.Connection) -> bool:
    """Whether a SQLite file (open on ``conn``) is a Marginalia database at the newest
    revision: one that the store would open without creating, migrating or refusing it."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"alembic_version", "marginalia_meta", "articles"} <= tables:
        return False
    marker = conn.execute("SELECT value FROM marginalia_meta WHERE key = 'application'").fetchone()
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return (
        marker is not None
        and marker[0] == APPLICATION
        and revision is not None
        and revision[0] == newest_migration()
    )
