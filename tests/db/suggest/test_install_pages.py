"""The page installer's reading of a package's archive (``--wa2t``, held-out 34's wa-* pages).

The real archive (webarticle2text 3.0.2's sdist from PyPI) is not in the repository: the last
test reads it only when ``$MARGINALIA_WA2T`` names it, and is skipped otherwise.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
from pathlib import Path

import pytest

from .install_pages import ARCHIVES, archive_members
from .sets import held_out

FOLDER = "pkg-1.0/pkg/fixtures/compare/"


def tar_gz(path: Path, files: dict[str, bytes]) -> str:
    """Write a ``.tar.gz`` of the folder and ``files`` (name: bytes) at ``path``; its sha256."""
    with tarfile.open(path, "w:gz") as tar:
        folder = tarfile.TarInfo(FOLDER.rstrip("/"))
        folder.type = tarfile.DIRTYPE
        tar.addfile(folder)
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_pages_under_the_folder_are_read(tmp_path: Path) -> None:
    archive = tmp_path / "pkg-1.0.tar.gz"
    sha256 = tar_gz(
        archive,
        {
            FOLDER + "page1.html": b"<html>one</html>",
            FOLDER + "page1.expected.txt": b"one",
            "pkg-1.0/pkg/other.html": b"<html>elsewhere</html>",
            FOLDER + "../../../escape.html": b"<html>outside</html>",
        },
    )
    members = archive_members(archive, sha256, FOLDER)
    assert members == {"page1.html": b"<html>one</html>", "page1.expected.txt": b"one"}


def test_an_archive_with_another_sha256_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "pkg-1.0.tar.gz"
    tar_gz(archive, {FOLDER + "page1.html": b"<html>one</html>"})
    with pytest.raises(ValueError, match="sha256"):
        archive_members(archive, "0" * 64, FOLDER)


def test_the_wa2t_archive_holds_every_page_of_the_gold() -> None:
    named = os.environ.get("MARGINALIA_WA2T")
    if not named or not Path(named).is_file():
        pytest.skip("$MARGINALIA_WA2T names no archive (webarticle2text-3.0.2.tar.gz)")
    sha256, folder = ARCHIVES["wa2t"]
    members = archive_members(Path(named), sha256, folder)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in held_out(34).glob("wa-*.json")]
    assert docs
    for doc in docs:
        page = members[doc["source"].removeprefix("wa2t/")]
        assert hashlib.sha256(page).hexdigest() == doc["page_sha256"], doc["id"]
