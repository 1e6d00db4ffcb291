"""marginalia.db's public face: every name it lists resolves, the names mypy sees are the
names loaded at run time, and importing the package loads neither SQLAlchemy nor Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import marginalia.db

INIT = Path(marginalia.db.__file__)


def test_every_public_name_resolves_to_what_its_module_defines() -> None:
    from importlib import import_module

    for module, names in marginalia.db._PUBLIC.items():
        defined = import_module(f"marginalia.db.{module}")
        for name in names:
            assert getattr(marginalia.db, name) is getattr(defined, name), name
    assert marginalia.db.__version__
    assert set(dir(marginalia.db)) == set(marginalia.db.__all__)


def test_the_type_checking_imports_are_the_public_names() -> None:
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    seen: dict[str, tuple[str, ...]] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.level == 1, ast.unparse(node)
        seen[node.module or ""] = tuple(sorted(alias.name for alias in node.names))
    expected = {module: tuple(sorted(names)) for module, names in marginalia.db._PUBLIC.items()}
    assert seen == expected


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        marginalia.db.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("an unknown name resolved")


def test_importing_the_package_or_a_value_loads_no_sqlalchemy_and_no_qt() -> None:
    code = (
        "import sys, marginalia.db\n"
        "from marginalia.db import Changes, Status\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'PySide6', 'shiboken6'))\n"
        "print(heavy)\n"
        "from marginalia.db import Store\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "True"  # the store does need it, once asked for
