"""Maps the top-level folders db/, desktop/ and resources/ to marginalia.* (ADR 0002).

The mapping itself is declared in pyproject.toml; only the package list needs code, because
setuptools cannot discover packages under a renamed folder by itself. The build also
compiles the translations (``resources/translations/*.ts`` → ``.qm``, ADR 0072): generated
files are built, never committed. An editable install (``pip install -e .``) compiles them
into the source tree and links ``build/typing/marginalia/*`` to the folders, the view of the
tree that mypy needs (it cannot follow the editable install's import hook).
"""

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

FOLDERS = ("db", "desktop", "resources")
HERE = Path(__file__).resolve().parent
TRANSLATIONS = Path("resources") / "translations"


def find_lrelease() -> str:
    """Qt's lrelease, as shipped in the PySide6 wheel (a build requirement)."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).exists():
            return str(folder / name)
    raise RuntimeError("Qt's lrelease was not found: install PySide6-Essentials to build")


def compile_translations(target: Path) -> list[str]:
    """Compile every ``.ts`` into a ``.qm`` in ``target``; returns the files written."""
    sources = sorted((HERE / TRANSLATIONS).glob("*.ts"))
    if not sources:
        return []
    lrelease = find_lrelease()
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(str(qm))
    return written


def link_typing_tree() -> None:
    """``build/typing/marginalia/{db,desktop,resources}`` → the folders (for mypy_path)."""
    tree = HERE / "build" / "typing" / "marginalia"
    tree.mkdir(parents=True, exist_ok=True)
    for folder in FOLDERS:
        link = tree / folder
        if link.is_symlink() or link.exists():
            if link.resolve() == HERE / folder:
                continue
            link.unlink()
        try:
            link.symlink_to(HERE / folder, target_is_directory=True)
        except OSError:  # no symlinks (Windows without developer mode): type-check elsewhere
            return


class BuildPyWithTranslations(build_py):
    """build_py, then the ``.qm`` files into the package (or the source tree if editable)."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            target = HERE / TRANSLATIONS
            link_typing_tree()
        else:
            target = Path(self.build_lib) / "marginalia" / TRANSLATIONS
        self._qm_files = compile_translations(target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return super().get_outputs(include_bytecode) + getattr(self, "_qm_files", [])


os.chdir(HERE)
setup(
    # Namespace discovery: folders of data (migrations/versions, icons, translations) are
    # packages too, so setuptools neither warns about them nor leaves them out.
    packages=[
        f"marginalia.{name}"
        for name in find_namespace_packages(
            include=[f"{f}" for f in FOLDERS] + [f"{f}.*" for f in FOLDERS],
            exclude=["*.__pycache__"],
        )
    ],
    cmdclass={"build_py": BuildPyWithTranslations},
)
