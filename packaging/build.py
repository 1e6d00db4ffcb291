"""Build the self-contained Marginalia application for this platform: ``python packaging/build.py``.

1. a build environment (``packaging/build/venv``) with the project installed as a user gets
   it (non-editable, so the translations are compiled) plus PyInstaller;
2. the icons rendered from the SVG (PNG 16…512, .ico, .icns);
3. PyInstaller on ``packaging/marginalia.spec`` → ``packaging/dist/marginalia/`` (and
   ``Marginalia.app`` on macOS);
4. on Linux, ``packaging/dist/marginalia-VERSION-linux-ARCH.tar.gz`` with install.sh.

Prints the bundle's size and the time taken. ``--python`` picks the interpreter for the
build environment; ``--reuse-env`` skips reinstalling it (for quick local rebuilds).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BUILD = HERE / "build"
DIST = HERE / "dist"
LINUX = HERE / "linux"
LINUX_SHARE = (
    "marginalia.desktop",
    "org.marginalia.Marginalia.metainfo.xml",
    "marginalia-mime.xml",
)


def project() -> tuple[str, str]:
    meta = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    return meta["name"], meta["version"]


def say(text: str) -> None:
    print(f"build: {text}", flush=True)


def run(*command: str | Path, **kwargs: object) -> None:
    subprocess.run([str(part) for part in command], check=True, **kwargs)  # type: ignore[call-overload]


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def build_environment(python: str, reuse: bool) -> Path:
    venv = BUILD / "venv"
    interpreter = venv_python(venv)
    if reuse and interpreter.exists():
        return interpreter
    if not interpreter.exists():
        say(f"creating the build environment {venv}")
        run(python, "-m", "venv", venv)
    run(interpreter, "-m", "pip", "install", "-q", "--upgrade", "pip")
    say("installing Marginalia (non-editable) with PyInstaller and PostgreSQL support")
    run(interpreter, "-m", "pip", "install", "-q", f"{REPO}[packaging,postgres]")
    return interpreter


def app_svg() -> Path:
    """The app's own icon once the desktop ships one; the packaging icon until then."""
    shipped = REPO / "resources" / "icons" / "marginalia.svg"
    return shipped if shipped.exists() else LINUX / "icons" / "marginalia.svg"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def stage_linux(bundle: Path, icons: Path, staging: Path) -> Path:
    """The tarball's folder: app/ (the bundle), share/ (desktop integration), the scripts."""
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(bundle, staging / "app", symlinks=True)
    share = staging / "share"
    (share / "icons").mkdir(parents=True)
    for file in LINUX_SHARE:
        shutil.copy2(LINUX / file, share / file)
    for icon in [*icons.glob("marginalia-*.png"), icons / "marginalia.svg"]:
        shutil.copy2(icon, share / "icons" / icon.name)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(LINUX / script, staging / script)
        (staging / script).chmod(0o755)
    shutil.copy2(REPO / "docs" / "install.md", staging / "INSTALL.md")
    return staging


def linux_tarball(bundle: Path, name: str, version: str, icons: Path) -> Path:
    stem = f"{name}-{version}-linux-{platform.machine()}"
    staging = stage_linux(bundle, icons, BUILD / stem)
    target = DIST / f"{stem}.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        archive.add(staging, arcname=stem)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter for the build env")
    parser.add_argument("--reuse-env", action="store_true", help="do not reinstall the build env")
    args = parser.parse_args()

    started = time.monotonic()
    name, version = project()
    say(f"{name} {version} for {sys.platform}-{platform.machine()}")
    python = build_environment(args.python, args.reuse_env)
    icons = BUILD / "icons"
    say(f"rendering icons from {app_svg().relative_to(REPO)}")
    run(
        python,
        HERE / "icons.py",
        app_svg(),
        icons,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    env = {**os.environ, "MARGINALIA_ICONS": str(icons)}
    shutil.rmtree(DIST / name, ignore_errors=True)
    say("running PyInstaller")
    run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "work",
        HERE / "marginalia.spec",
        env=env,
        cwd=BUILD,
    )
    bundle = DIST / name
    size = folder_size(bundle)
    say(f"bundle {bundle}: {size / 2**20:.1f} MiB")
    if sys.platform.startswith("linux"):
        tarball = linux_tarball(bundle, name, version, icons)
        say(f"tarball {tarball}: {tarball.stat().st_size / 2**20:.1f} MiB")
    say(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
