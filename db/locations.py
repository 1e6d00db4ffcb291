"""Where Marginalia keeps its files by default (platform conventions, via platformdirs)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "Marginalia"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "marginalia.sqlite"


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def sample_article() -> Path:
    """The sample article shipped inside the package (a real file in wheels and bundles)."""
    from importlib.resources import files  # only here: it costs the CLI's start-up ~5 ms

    return Path(str(files("marginalia.resources") / "samples" / "qingchuan-port.txt"))


def log_file() -> Path:
    """Where the details of errors go (tracebacks, SQL): never shown, kept for support.

    In the user data folder, or ``MARGINALIA_DATA_DIR`` (as the desktop's log, for tests).
    """
    folder = os.environ.get("MARGINALIA_DATA_DIR")
    return (Path(folder) if folder else data_dir()) / "marginalia.log"


def log_to_file() -> Path:
    """Send the ``marginalia`` log to :func:`log_file` (once; the file is opened only when
    something is written)."""
    path = log_file()
    logger = logging.getLogger("marginalia")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        handler = _DelayedFileHandler(path)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        if logger.level == logging.NOTSET or logger.level > logging.INFO:
            logger.setLevel(logging.INFO)
    return path


class _DelayedFileHandler(logging.FileHandler):
    """A file handler that makes its folder when it first writes, and never raises."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8", delay=True)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return  # nowhere to write: the user still sees the plain sentence
        super().emit(record)
