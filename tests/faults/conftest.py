"""The fault suite (issue 16, docs/reliability.md).

Kills at chosen points, several writers, full and read-only file systems, odd paths,
hostile inputs and lost servers. Every test here carries the ``faults`` marker
(``pytest -m faults`` runs them alone; ``./dev check`` and CI run them with the rest).

Mounting a small file system needs root (CI runs as root); without it those tests skip
and say so. Kills at a system call use ``strace`` fault injection.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NOT_ROOT = "mounting a small or read-only file system needs root (CI runs as root)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.faults)


@pytest.fixture(autouse=True)
def _no_real_configuration(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("MARGINALIA_SYSTEM_CONFIG", str(folder / "machine.ini"))
    monkeypatch.setenv("MARGINALIA_USER_CONFIG", str(folder / "user.ini"))
    monkeypatch.delenv("MARGINALIA_DB", raising=False)
    monkeypatch.delenv("MARGINALIA_ANNOTATOR", raising=False)


def integrity(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        return str(raw.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        raw.close()


def count(path: Path, table: str) -> int:
    raw = sqlite3.connect(path)
    try:
        return int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        raw.close()


#: Runs ``marginalia-cli`` in this process and prints its peak memory (KiB) last on stderr.
#: ``VmHWM`` is this program's own peak; ``ru_maxrss`` would count the parent it was forked
#: from too (Linux folds the old address space's peak into it at exec).
_MEASURED = textwrap.dedent(
    """
    import resource, sys
    from marginalia.desktop.cli.main import main
    try:
        status = main(sys.argv[1:])
    finally:
        sys.stderr.flush()
        try:
            with open("/proc/self/status") as status_file:
                line = next(l for l in status_file if l.startswith("VmHWM:"))
            peak = int(line.split()[1])
        except OSError:
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"PEAK-KIB {peak}", file=sys.stderr)
    sys.exit(status)
    """
)


@dataclass(frozen=True)
class CliRun:
    status: int
    out: str
    err: str
    peak_mib: float

    def json(self) -> dict[str, Any]:
        value = json.loads(self.out)
        assert isinstance(value, dict)
        return value


def run_cli(
    *args: str | Path,
    timeout: float = 300,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> CliRun:
    """``marginalia-cli ARGS`` in a child process: exit status, output, peak memory.

    ``timeout`` is a hang detector (a walk that never ends), not a speed test.
    """
    process = subprocess.run(
        [sys.executable, "-c", _MEASURED, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env={**os.environ, **(env or {}), "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    err, _, peak = process.stderr.rpartition("PEAK-KIB ")
    return CliRun(process.returncode, process.stdout, err, int(peak or 0) / 1024)


def plain(message: str) -> None:
    """A message a user may see: no SQL, no traceback, no driver's class names."""
    for leak in ("Traceback", "[SQL", "SELECT ", "INSERT ", "UPDATE ", "sqlite3.", "psycopg"):
        assert leak not in message, f"{leak!r} shown to the user: {message}"
    assert "Something went wrong" not in message


class Mounts:
    """Small and read-only file systems for one test; all unmounted at its end."""

    def __init__(self) -> None:
        self.points: list[Path] = []

    def tmpfs(self, where: Path, size: str) -> Path:
        where.mkdir(parents=True, exist_ok=True)
        _mount(["-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(where)])
        self.points.append(where)
        return where

    def read_only(self, path: Path) -> Path:
        """``path`` (a folder or a file) seen read-only at the same place (a bind mount)."""
        _mount(["--bind", str(path), str(path)])
        self.points.append(path)
        _mount(["-o", "remount,bind,ro", str(path)])
        return path

    def resize(self, where: Path, size: str) -> None:
        """Give a tmpfs more room (as freeing space would)."""
        _mount(["-o", f"remount,size={size}", str(where)])

    def undo(self, path: Path) -> None:
        subprocess.run(["umount", str(path)], check=True, capture_output=True)
        self.points.remove(path)

    def close(self) -> None:
        for point in reversed(self.points):
            result = subprocess.run(["umount", str(point)], capture_output=True, check=False)
            if result.returncode != 0:
                subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)
        self.points.clear()


def _mount(args: list[str]) -> None:
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount here ({result.stderr.strip()}); {NOT_ROOT}")


@pytest.fixture
def mounts() -> Iterator[Mounts]:
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip(NOT_ROOT)
    made = Mounts()
    try:
        yield made
    finally:
        made.close()


def strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(
        ["strace", "-f", "-o", os.devnull, "true"], capture_output=True, check=False
    )
    return probe.returncode == 0


@pytest.fixture(scope="session")
def strace() -> str:
    """The strace program, for killing a process at a chosen system call."""
    if not strace_works():
        pytest.skip("strace is missing or may not trace here (CI installs it: .ci/run)")
    return str(shutil.which("strace"))


Protect = Callable[[Path], None]


@pytest.fixture
def protect() -> Iterator[Protect]:
    """Make a file or folder read-only (for root too); undone at the end of the test."""
    done: list[Path] = []

    def make(path: Path) -> None:
        if IS_ROOT:
            result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
            if result.returncode != 0:
                pytest.skip(f"cannot make {path} immutable here ({result.stderr.strip()!r})")
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
        done.append(path)

    yield make
    for path in reversed(done):
        if IS_ROOT:
            subprocess.run(["chattr", "-i", str(path)], capture_output=True, check=False)
        else:
            path.chmod(0o755 if path.is_dir() else 0o644)
