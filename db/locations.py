"""Where Marginalia keeps its files by default (platform conventions, via platformdirs)."""

from __future__ import annotations

from importlib.resources import files
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
    return Path(str(files("marginalia.resources") / "samples" / "qingchuan-port.txt"))
