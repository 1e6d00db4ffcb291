"""Linux desktop integration files and the tarball's install/uninstall scripts.

The scripts are tried on a stand-in bundle (two small shell programs) staged exactly as
``packaging/build.py`` stages the real one, installed under a temporary root. The real
bundle is built and self-tested by ``packaging/ci-build.sh``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
TOOLS = {
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "update-mime-database": "shared-mime-info",
}


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install the Debian package {TOOLS[name]} (./dev does)")
    return found


def load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "packaging_build", REPO / "packaging" / "build.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_desktop_entry_is_valid(tmp_path: Path) -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(LINUX / "marginalia.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_the_appstream_metainfo_is_valid_and_current() -> None:
    metainfo = LINUX / "org.marginalia.Marginalia.metainfo.xml"
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    version = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    newest = ET.parse(metainfo).getroot().find("releases/release")
    assert newest is not None and newest.get("version") == version
    launchable = ET.parse(metainfo).getroot().find("launchable")
    assert launchable is not None and (LINUX / str(launchable.text)).exists()


def test_work_packages_have_their_mime_type(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / "marginalia-mime.xml", packages / "marginalia.xml")
    subprocess.run(
        [tool("update-mime-database"), str(tmp_path / "mime")], check=True, capture_output=True
    )
    globs = (tmp_path / "mime" / "globs2").read_text()
    assert "application/x-marginalia-work-package:*.marginalia" in globs
    desktop = (LINUX / "marginalia.desktop").read_text()
    assert "MimeType=application/x-marginalia-work-package;" in desktop


def fake_bundle(folder: Path, self_test_status: int) -> Path:
    """Laid out as the real one: ``marginalia-cli`` is a link to ``marginalia``, which tells
    the two apart by the name it was started under (packaging/entry.py)."""
    folder.mkdir(parents=True)
    program = folder / "marginalia"
    program.write_text(
        '#!/bin/sh\nname=$(basename "$0")\n'
        f'[ "$name" = marginalia-cli ] && [ "$1" = self-test ] && echo "self-test ran" '
        f"&& exit {self_test_status}\necho $name\n"
    )
    program.chmod(0o755)
    (folder / "marginalia-cli").symlink_to("marginalia")
    (folder / "_internal").mkdir()
    (folder / "_internal" / "library.so").write_text("x")
    return folder


def stage(tmp_path: Path, self_test_status: int) -> Path:
    icons = tmp_path / "icons"
    icons.mkdir()
    for size in (16, 48, 512):
        (icons / f"marginalia-{size}.png").write_bytes(b"png")
    shutil.copy(LINUX / "icons" / "marginalia.svg", icons / "marginalia.svg")
    bundle = fake_bundle(tmp_path / "bundle", self_test_status)
    return Path(load_build().stage_linux(bundle, icons, tmp_path / "staged"))


@pytest.fixture
def staged(tmp_path: Path) -> Path:
    return stage(tmp_path, 0)


def install(staged: Path, root: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(staged / "install.sh"), "--root", str(root), *extra],
        capture_output=True,
        text=True,
    )


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if not p.is_dir()}


def test_install_upgrade_and_uninstall_keep_user_data(staged: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    user_data = root / "home" / "wang" / ".local" / "share" / "Marginalia"
    user_data.mkdir(parents=True)
    (user_data / "marginalia.sqlite").write_text("annotations")
    config = tmp_path / "site.ini"
    config.write_text("[marginalia]\nannotator_policy = os-user\n")
    before = tree(root)

    result = install(staged, root, "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "self-test ran" in result.stdout
    opt = root / "opt" / "marginalia"
    assert (opt / "marginalia-cli").exists() and (opt / "_internal" / "library.so").exists()
    assert os.readlink(root / "usr/local/bin/marginalia") == "/opt/marginalia/marginalia"
    # the command line is the same program started under its own name
    assert os.readlink(opt / "marginalia-cli") == "marginalia"
    started = subprocess.run([opt / "marginalia-cli"], capture_output=True, text=True)
    assert started.stdout.strip() == "marginalia-cli"
    entry = root / "usr/local/share/applications/marginalia.desktop"
    assert "Exec=/opt/marginalia/marginalia %F" in entry.read_text()
    validated = subprocess.run(
        [tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert validated.returncode == 0 and validated.stdout == ""
    for icon in (
        "48x48/apps/marginalia.png",
        "512x512/apps/marginalia.png",
        "scalable/apps/marginalia.svg",
    ):
        assert (root / "usr/local/share/icons/hicolor" / icon).exists()
    assert (root / "usr/local/share/mime/packages/marginalia.xml").exists()
    assert (root / "usr/local/share/metainfo/org.marginalia.Marginalia.metainfo.xml").exists()
    assert (root / "etc/xdg/marginalia/marginalia.ini").read_text() == config.read_text()

    # an upgrade replaces the application folder: files the new version lacks are gone
    (staged / "app" / "_internal" / "library.so").unlink()
    (staged / "app" / "_internal" / "new.so").write_text("y")
    assert install(staged, root, "--no-self-test").returncode == 0
    assert (opt / "_internal" / "new.so").exists() and not (
        opt / "_internal" / "library.so"
    ).exists()
    assert not (root / "opt" / "marginalia.old").exists()

    removed = subprocess.run(
        ["sh", str(opt / "uninstall.sh"), "--root", str(root)], capture_output=True, text=True
    )
    assert removed.returncode == 0, removed.stderr
    assert tree(root) == before | {"etc/xdg/marginalia/marginalia.ini"}
    assert (user_data / "marginalia.sqlite").read_text() == "annotations"


def test_a_failing_self_test_fails_the_install(tmp_path: Path) -> None:
    result = install(stage(tmp_path, 1), tmp_path / "root")
    assert result.returncode == 1 and "self-test failed" in result.stderr


def test_install_refuses_unknown_options_and_missing_config(staged: Path, tmp_path: Path) -> None:
    assert install(staged, tmp_path / "r", "--frobnicate").returncode == 2
    missing = install(staged, tmp_path / "r", "--config", str(tmp_path / "none.ini"))
    assert missing.returncode == 1 and "does not exist" in missing.stderr
