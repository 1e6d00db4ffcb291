"""The boundary holds both ways (pyproject.toml's import-linter contracts, docs/architecture.md):
db/ never imports Qt or the desktop; desktop/ never imports SQL, connections, tables or
models; features never import the window that assembles them. ``./dev check`` runs
lint-imports too; this makes a plain ``pytest`` run hold the same line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(
    bool(os.environ.get("MARGINALIA_TEST_INSTALLED")), reason="the contracts read the source tree"
)
def test_the_import_contracts_are_kept() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint is None:
        pytest.skip("import-linter is not installed (pip install -e .[test])")
    result = subprocess.run(
        [lint, "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    kept = [line for line in result.stdout.splitlines() if line.endswith(" KEPT")]
    assert len(kept) == 3, result.stdout


def test_the_graph_sees_third_party_imports_so_the_sql_contract_can_fail() -> None:
    import grimp

    graph = grimp.build_graph("marginalia.db", "marginalia.desktop", include_external_packages=True)
    assert graph.direct_import_exists(importer="marginalia.db.store", imported="sqlalchemy")
    desktop = [m for m in graph.modules if m.startswith("marginalia.desktop")]
    assert len(desktop) > 40
    for module in desktop:
        assert not graph.direct_import_exists(importer=module, imported="sqlalchemy"), module
