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


REPO = Path(__file__).resolve().parents[1]


def test_the_tests_run_on_the_package_they_were_asked_to() -> None:
    """``./dev test`` runs the suite on the editable tree and again on the built wheel."""
    import marginalia.db
    import marginalia.desktop

    for package in (marginalia.db, marginalia.desktop):
        location = Path(package.__file__).resolve()  # type: ignore[arg-type]
        if os.environ.get("MARGINALIA_TEST_INSTALLED"):
            assert "site-packages" in location.parts, location
        else:
            assert location.parent.parent == REPO, location


def test_no_folder_of_the_tree_shadows_the_namespace_package() -> None:
    # marginalia is a namespace package made of db/, desktop/ and resources/ (ADR 0002): a
    # marginalia/ folder at the top would hide the installed parts from code run there.
    assert not (REPO / "marginalia").exists()
