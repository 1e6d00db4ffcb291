"""Preferences tests keep every QSettings file in a temporary folder.

The offscreen line duplicates ``tests/conftest.py``; delete it here when that is merged.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from marginalia.desktop.settings import ORGANIZATION, use_settings_folder


@pytest.fixture
def settings_folder(tmp_path: Path, qapp) -> Iterator[Path]:
    folder = tmp_path / "settings"
    use_settings_folder(folder)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    yield folder
