"""What every command gets: the parsed arguments, the store (opened on first use), output."""

from __future__ import annotations

import getpass
import json
import os
import sys
from argparse import Namespace
from pathlib import Path
from typing import Any, TextIO

from marginalia.db.config import Config, load_config
from marginalia.db.locations import default_database_path
from marginalia.db.store import Store

#: Exit statuses of the README's command table.
OK, FAILED, PARTLY = 0, 1, 3


class Context:
    def __init__(
        self, args: Namespace, out: TextIO | None = None, err: TextIO | None = None
    ) -> None:
        self.args = args
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self._store: Store | None = None
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        """The machine-wide and user configuration; problems in it are noted, not fatal."""
        if self._config is None:
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
            return default_database_path()
        return chosen if "://" in chosen else Path(chosen).expanduser()

    @property
    def store(self) -> Store:
        if self._store is None:
            target = self.database
            if isinstance(target, Path):
                target.parent.mkdir(parents=True, exist_ok=True)
            self._store = Store.open(target)
            report = self._store.report
            if report is not None and report.backup is not None:
                self.note(f"The database was upgraded; a backup is at {report.backup}.")
        return self._store

    @property
    def annotator(self) -> str:
        """``--annotator``, else the configured name, else the operating-system user."""
        return (
            getattr(self.args, "annotator", None)
            or os.environ.get("MARGINALIA_ANNOTATOR")
            or self.config.configured_annotator
            or _os_user()
        )

    def close(self) -> None:
        if self._store is not None:
            self._store.close()

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def note(self, text: str) -> None:
        print(text, file=self.err)

    def print_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "annotator"
