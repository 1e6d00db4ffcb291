"""Every file an export writes gets the permissions of any file the user creates.

Before, ``tempfile`` made single-file exports and their manifests private (``rw-------``),
a folder export's folder ``rwx------`` while the files in it were ``rw-r--r--``, and the
members of a zip ``rw-------`` once unpacked. Now all follow the umask, as ``touch`` does;
the zips are unpacked with Info-ZIP's ``unzip``, the reader people use.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from marginalia.db.interchange import FORMATS, ExportOptions, export

#: what each format writes: a name for the single-file formats, both forms for the others
TARGETS = [
    (fmt, name)
    for fmt in FORMATS
    for name in (("out.zip", "out-folder") if fmt in ("brat", "xmi") else ("out",))
]


@pytest.fixture(params=[0o022, 0o027], ids=["umask-022", "umask-027"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def ordinary_modes(folder: Path) -> tuple[int, int]:
    """The modes a file and a folder the user makes here get (what ``touch``, ``mkdir`` do)."""
    (folder / "touched").touch()
    (folder / "made").mkdir()
    return mode(folder / "touched"), mode(folder / "made")


@pytest.mark.parametrize(("fmt", "name"), TARGETS)
def test_every_file_and_folder_gets_the_ordinary_permissions(
    tmp_path: Path, bundles, schema, fmt: str, name: str, umask: int
) -> None:
    if fmt == "xmi":
        pytest.importorskip("cassis")  # an optional extra; the test venv has it
    file_mode, folder_mode = ordinary_modes(tmp_path)
    out = tmp_path / "export"
    out.mkdir(mode=0o777)
    result = export(bundles, schema, fmt, out / name, ExportOptions(with_texts=True))

    written = sorted(out.rglob("*"))
    assert {p.relative_to(out).parts[0] for p in written} == {p.name for p in result.files}
    assert written
    for path in written:
        expected = folder_mode if path.is_dir() else file_mode
        assert mode(path) == expected, f"{path.relative_to(out)} is {oct(mode(path))}"
    assert file_mode == 0o666 & ~umask

    for archive in (p for p in written if p.suffix == ".zip"):
        with zipfile.ZipFile(archive) as zipped:
            members = zipped.infolist()
        assert members
        for member in members:
            assert stat.S_IMODE(member.external_attr >> 16) == file_mode, member.filename
            assert stat.S_ISREG(member.external_attr >> 16), member.filename


@pytest.mark.skipif(shutil.which("unzip") is None, reason="Info-ZIP unzip is not installed")
@pytest.mark.parametrize("fmt", ["brat", "xmi"])
def test_unzipped_members_get_the_same_permissions(tmp_path: Path, bundles, schema, fmt) -> None:
    if fmt == "xmi":
        pytest.importorskip("cassis")
    old = os.umask(0o022)
    try:
        file_mode, _folder_mode = ordinary_modes(tmp_path)
        export(bundles, schema, fmt, tmp_path / "set.zip")
        export(bundles, schema, fmt, tmp_path / "folder")
        unpacked = tmp_path / "unpacked"
        subprocess.run(
            ["unzip", "-q", str(tmp_path / "set.zip"), "-d", str(unpacked)],
            check=True,
        )
    finally:
        os.umask(old)
    unzipped = [p for p in unpacked.rglob("*") if p.is_file()]
    in_folder = list((tmp_path / "folder").iterdir())
    assert unzipped and in_folder
    for path in [*unzipped, *in_folder]:
        assert mode(path) == file_mode, f"{path.name} is {oct(mode(path))}"
