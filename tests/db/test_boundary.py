"""The library stands without Qt: every module imports and none of them loads PySide6."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

IMPORT_ALL = """
import importlib, pkgutil, sys
import marginalia.db
names = [info.name for info in pkgutil.walk_packages(marginalia.db.__path__, "marginalia.db.")
         if ".migrations" not in info.name]
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(len(names), loaded)
"""


def test_every_library_module_imports_without_loading_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    count, loaded = result.stdout.split(" ", 1)
    assert int(count) > 50
    assert loaded.strip() == "[]"


@pytest.mark.skipif(
    not os.environ.get("MARGINALIA_TEST_NO_QT"), reason="only in the run without Qt installed"
)
def test_this_run_really_has_no_qt() -> None:
    with pytest.raises(ImportError):
        import PySide6  # noqa: F401
