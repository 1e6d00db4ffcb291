"""Guards for the environment the tests (and users) run in."""

from __future__ import annotations

import os
import sys
from importlib.metadata import metadata
from pathlib import Path

import PySide6


def test_pyside6_612_never_runs_on_cpython_311() -> None:
    # PySide6 6.12.0 on CPython 3.11 corrupts the reference counts of None and True and
    # aborts after a few thousand Qt calls (ADR 0001). We require Python 3.12 or newer.
    pyside = tuple(int(part) for part in PySide6.__version__.split(".")[:2])
    assert not (sys.version_info[:2] == (3, 11) and pyside == (6, 12))
    assert sys.version_info >= (3, 12)


def test_the_package_declares_python_312_or_newer() -> None:
    assert metadata("marginalia")["Requires-Python"] == ">=3.12"


def test_ci_tests_the_installed_wheel_not_the_source_tree() -> None:
    import marginalia.db

    location = Path(marginalia.db.__file__).resolve()
    if os.environ.get("MARGINALIA_TEST_INSTALLED"):
        assert "site-packages" in location.parts, location
    else:
        assert location.name == "__init__.py"
