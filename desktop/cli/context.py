"""What every command gets: the parsed arguments, the store (opened on first use), output."""

from __future__ import annotations

import getpass
import json
import os
import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from marginalia.db.article_import.pipeline import ArticleSink
    from marginalia.db.article_import.sqlite_writer import SQLiteArticleWriter
    from marginalia.db.config import Config
    from marginalia.db.quick_read import QuickReader
    from marginalia.db.store import Store

    from .jobs import Job

#: Exit statuses of the README's command table; 130 and 141 are the shells' 128 + SIGINT and
#: 128 + SIGPIPE, what a program stopped by Ctrl+C or by ``| head`` conventionally returns.
OK, FAILED, PARTLY, INTERRUPTED, BROKEN_PIPE = 0, 1, 3, 130, 141


class Context:
    def __init__(
        self, args: Namespace, out: TextIO | None = None, err: TextIO | None = None
    ) -> None:
        self.args = args
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self._store: Store | None = None
        self._writers: list[SQLiteArticleWriter] = []
        self._quick: QuickReader | None = None
        self._config: Config | None = None
        #: Whether the command's JSON document went out (see :meth:`fail`).
        self.json_written = False

    @property
    def config(self) -> Config:
        """The machine-wide and user configuration; problems in it are noted, not fatal."""
        if self._config is None:
            from marginalia.db.config import load_config

            self._config = load_config()
            for warning in self._config.warnings:
                self.note(f"marginalia-cli: configuration: {warning}")
        return self._config

    @property
    def database(self) -> str | Path:
        """``--db``, else ``$MARGINALIA_DB``, else the configured one, else the default."""
        explicit = getattr(self.args, "db", None) or os.environ.get("MARGINALIA_DB")
        if explicit:
            return str(explicit)
        chosen = self.config.database
        if not chosen:
            from marginalia.db.locations import default_database_path

            return default_database_path()
        return chosen if "://" in chosen else Path(chosen).expanduser()

    @property
    def store(self) -> Store:
        if self._store is None:
            from marginalia.db.store import Store

            target = self.database
            if isinstance(target, Path):
                target.parent.mkdir(parents=True, exist_ok=True)
            self._store = Store.open(target)
            report = self._store.report
            if report is not None and report.backup is not None:
                self.note(f"The database was upgraded; a backup is at {report.backup}.")
        return self._store

    @property
    def reader(self) -> QuickReader | Store:
        """What ``stats`` and ``articles`` read: an up-to-date SQLite file with ``sqlite3``
        alone, without loading SQLAlchemy (0.2 s; ADR 0102); anything else (a new file, one
        to upgrade or refuse, a server) through the store. Both give the same values."""
        if self._quick is None and self._store is None:
            from marginalia.db.quick_read import quick_reader

            self._quick = quick_reader(self.database)
        return self._quick or self.store

    def article_sink(self) -> ArticleSink:
        """Where an import stores articles: an up-to-date SQLite file is written with
        ``sqlite3`` alone, without loading SQLAlchemy (0.2 s; ADR 0100); anything else
        (a new file, one to upgrade, a server) through the store."""
        if self._store is None:
            from marginalia.db.article_import.sqlite_writer import sqlite_article_writer

            writer = sqlite_article_writer(self.database)
            if writer is not None:
                self._writers.append(writer)
                return writer
        return self.store

    @property
    def annotator(self) -> str:
        """``--annotator``, else the configured name, else the operating-system user."""
        return (
            getattr(self.args, "annotator", None)
            or os.environ.get("MARGINALIA_ANNOTATOR")
            or self.config.configured_annotator
            or _os_user()
        )

    @property
    def quiet(self) -> bool:
        return bool(getattr(self.args, "quiet", False))

    @property
    def wants_json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def job(self, what: str, unit: str, total: int | None = None, *, stoppable: bool = True) -> Job:
        """A long job: a progress bar on a terminal; if ``stoppable``, Ctrl+C asks it to stop
        between items (:mod:`.jobs`)."""
        from .jobs import Job

        return Job(self, what, unit, total, stoppable=stoppable)

    def close(self) -> None:
        for writer in self._writers:
            writer.close()
        if self._quick is not None:
            self._quick.close()
        if self._store is not None:
            self._store.close()

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def note(self, text: str) -> None:
        try:
            print(text, file=self.err)
        except (BrokenPipeError, ValueError):  # nobody reads stderr any more
            pass

    def print_json(self, value: Any) -> None:
        self.json_written = True
        # json.dump writes each token on its own: one system call each when the output is
        # unbuffered (PYTHONUNBUFFERED; 120,000 for an import of 10,000). In 64 KiB pieces.
        encoder = json.JSONEncoder(ensure_ascii=False, indent=2, default=str)
        pieces: list[str] = []
        size = 0
        for piece in encoder.iterencode(value):
            pieces.append(piece)
            size += len(piece)
            if size >= 65536:
                self.out.write("".join(pieces))
                pieces.clear()
                size = 0
        pieces.append("\n")
        self.out.write("".join(pieces))

    def fail(self, reason: str, *, interrupted: bool = False) -> None:
        """Say why the command stopped: on stderr, and as the JSON document if one is due.

        ``--json`` output is always one valid document: a command that stops before it
        printed its own gets ``{"error": reason}`` (and ``"interrupted": true``).
        """
        self.note(f"marginalia-cli: {reason}")
        if self.wants_json and not self.json_written:
            document: dict[str, Any] = {"error": reason}
            if interrupted:
                document["interrupted"] = True
            self.print_json(document)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "annotator"
