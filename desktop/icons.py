"""Icons shipped in ``resources/icons`` (SVG, drawn for Marginalia)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon


def icon_path(name: str) -> Path:
    return Path(str(files("marginalia.resources") / "icons" / f"{name}.svg"))


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; a null icon if there is none."""
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("marginalia")
