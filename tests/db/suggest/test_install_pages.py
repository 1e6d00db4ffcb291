"""The page installer's reading of a package's archive (``--wa2t``, held-out 34's wa-* pages) and
of the clones of the six collections added for held-out 39 and 40 (``--gogoose``, ``--evan``,
``--crux``, ``--mercuryfork``, ``--rubyreadability``, ``--exreadability``), and of held-out 41
and 42's (``--htmlbench``), and of held-out 49 and 50 (``--wcxb``, gzipped), 51 and 52
(``--l3sgn1``) and 55 on (``--seniorresearch``).

The real archive (webarticle2text 3.0.2's sdist from PyPI) is not in the repository: its test
reads it only when ``$MARGINALIA_WA2T`` names it, and is skipped otherwise. The clones are tested
against small git repositories made here, and against the real mirrors
(``$MARGINALIA_MIRRORS/<owner>+<name>/repo``, by default ``../.mirror`` beside the tree) where
they are present: one page of each, installed at the pinned commit and its sha256 checked.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import subprocess
import tarfile
from pathlib import Path

import pytest

from .install_pages import (
    ARCHIVES,
    COMMITS,
    SAME_CLONE,
    archive_members,
    build_parser,
    install_gold,
)
from .sets import held_out

REPO = Path(__file__).resolve().parents[3]
MIRRORS = Path(os.environ.get("MARGINALIA_MIRRORS", REPO.parent / ".mirror"))

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


# The six collections of saved English news pages held-out 39 and 40 draw on: a page's path in a
# repository shaped like each (its folder, and evan's and mercuryfork's sub-folders), and its
# source in a gold file.
NEW_PAGES = [
    ("gogoose", "sites/example.com.html", "gogoose/example.com.html"),
    ("evan", "articles/story.html", "evan/story.html"),
    ("evan", "articles/no_content/news1_1.html", "evan/no_content/news1_1.html"),
    ("crux", "test_data/story.html", "crux/story.html"),
    ("mercuryfork", "fixtures/example.com.html", "mercuryfork/example.com.html"),
    (
        "mercuryfork",
        "fixtures/example.com/1700000000000.html",
        "mercuryfork/example.com/1700000000000.html",
    ),
    ("rubyreadability", "spec/fixtures/story.html", "rubyreadability/story.html"),
    ("exreadability", "test/fixtures/story.html", "exreadability/story.html"),
    ("htmlbench", "files/0123abcd.html", "htmlbench/0123abcd.html"),  # held-out 41 and 42's
    (  # held-out 51 and 52's
        "l3sgn1",
        "L3S-GN1-20100130203947-00001/original/0a1b2c3d-uuid.html",
        "l3sgn1/0a1b2c3d-uuid.html",
    ),
    (  # held-out 55 on: a file name is the page's URL in urlsafe base64, padding included
        "seniorresearch",
        "Articles/bbcnews/aHR0cHM6Ly93d3cuYmJjLmNvbS9uZXdzLzE=.html",
        "seniorresearch/bbcnews/aHR0cHM6Ly93d3cuYmJjLmNvbS9uZXdzLzE=.html",
    ),
]
# and held-out 49 on: WCXB keeps its pages gzipped (``dev/html/0001.html.gz``)
NEW = sorted({name for name, _, _ in NEW_PAGES} | {"wcxb"})


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` (an author given, no user configuration read); its output."""
    env = {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo)}
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-C", str(repo), *args],
        capture_output=True,
        check=True,
        env={**os.environ, **env},
    )
    return done.stdout.decode().strip()


def commit_files(repo: Path, files: dict[str, bytes | None]) -> str:
    """Write (bytes) or remove (None) ``files`` in the git repository ``repo`` (made if need be)
    and commit them; the commit's hash."""
    if not (repo / ".git").is_dir():
        repo.mkdir(parents=True, exist_ok=True)
        git(repo, "init", "-q")
    for name, data in files.items():
        path = repo / name
        if data is None:
            git(repo, "rm", "-q", name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        git(repo, "add", name)
    git(repo, "commit", "-q", "-m", "pages")
    return git(repo, "rev-parse", "HEAD")


def gold(source: str, page: bytes, commit: str | None = None) -> dict[str, str]:
    doc = {"id": source, "source": source, "page_sha256": hashlib.sha256(page).hexdigest()}
    if commit is not None:
        doc["commit"] = commit
    return doc


def test_the_new_collections_have_their_options() -> None:
    argv = ["--to", "/pages"]
    for name in (name for name in COMMITS if name not in SAME_CLONE):
        argv += [f"--{name}", f"/clones/{name}"]
    for name in ARCHIVES:
        argv += [f"--{name}", f"/archives/{name}.tar.gz"]
    args = build_parser().parse_args(argv)
    for name in NEW:
        assert getattr(args, name) == Path(f"/clones/{name}")


@pytest.mark.parametrize(("name", "path", "source"), NEW_PAGES)
def test_a_page_of_a_new_collection_is_installed(
    tmp_path: Path, name: str, path: str, source: str
) -> None:
    page = f"<html>{source}</html>".encode()
    commit = commit_files(tmp_path / "clone", {path: page, "other.html": b"<html></html>"})
    to = tmp_path / "pages"
    assert install_gold(to, gold(source, page, commit), {name: tmp_path / "clone"}, {})
    assert (to / source).read_bytes() == page


def test_a_wcxb_page_is_installed_decompressed(tmp_path: Path) -> None:
    page = b"<html>a 2026 page</html>"
    commit = commit_files(tmp_path / "clone", {"dev/html/0001.html.gz": gzip.compress(page)})
    to = tmp_path / "pages"
    doc = gold("wcxb/dev/html/0001.html", page, commit)
    assert install_gold(to, doc, {"wcxb": tmp_path / "clone"}, {})
    assert (to / "wcxb" / "dev" / "html" / "0001.html").read_bytes() == page


def test_a_page_is_read_at_the_gold_files_commit(tmp_path: Path) -> None:
    # crux's nbc.html: on a commit of its own, not the pinned one; and test_data/ was removed later
    clone = tmp_path / "clone"
    page = b"<html>nbc</html>"
    first = commit_files(clone, {"test_data/nbc.html": page})
    commit_files(clone, {"test_data/nbc.html": None, "README.md": b"no test data"})
    to = tmp_path / "pages"
    assert install_gold(to, gold("crux/nbc.html", page, first), {"crux": clone}, {})
    assert (to / "crux" / "nbc.html").read_bytes() == page


@pytest.mark.parametrize("name", NEW)
def test_a_missing_page_names_the_option_and_the_file(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    commit = commit_files(tmp_path / "clone", {"README.md": b"no pages"})
    doc = gold(f"{name}/missing.html", b"", commit)
    assert not install_gold(tmp_path / "pages", doc, {name: tmp_path / "clone"}, {})
    error = capsys.readouterr().err
    assert f"--{name}" in error
    assert f"{COMMITS[name][1]}missing.html" in error
    assert not (tmp_path / "pages").exists()


def test_a_page_with_another_sha256_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commit = commit_files(tmp_path / "clone", {"sites/example.com.html": b"<html>1</html>"})
    doc = gold("gogoose/example.com.html", b"<html>2</html>", commit)
    assert not install_gold(tmp_path / "pages", doc, {"gogoose": tmp_path / "clone"}, {})
    assert "sha256" in capsys.readouterr().err
    assert not (tmp_path / "pages").exists()


# One real page of each new collection, read from its mirror at the pinned commit (and crux's
# nbc.html at the pull request's commit), with the sha256 of its bytes there.
REAL_PAGES = [
    (
        "advancedlogic+GoOse",
        "gogoose/abcnews.go.com.html",
        None,
        "8fa58e3c3228d70f880c2cc62947bec4a89da4e099c6e76d1a4c250cac46b27b",
    ),
    (
        "WubabooTR+evan_extract",
        "evan/climate_change.html",
        None,
        "2e50c84b3a3ad7ade4122e4490fb6b091792df26ecee3b0d296297b60866bc67",
    ),
    (
        "WubabooTR+evan_extract",
        "evan/no_content/news126_1.html",
        None,
        "c37eb24c6998f14e4f734020befe4476f91ae57be8cfd5a9b9c8230c3cb8cb1a",
    ),
    (
        "chimbori+crux",
        "crux/answerbag.html",
        None,
        "b30ebc1a32e213f9afe2716a12f4fcddc1093ad6ad0ea53569a7270f4161b40a",
    ),
    (
        "chimbori+crux",
        "crux/nbc.html",
        "b0980b3629caf7e0deedb3bf81e486697e4eb1ac",
        "8b4e58768029f613f0bf2c76f5f09000804fd0e657083be92aa584ee8132678d",
    ),
    (
        "jocmp+mercury-parser",
        "mercuryfork/247sports.com.html",
        None,
        "c8a2d89c0e34db72a95cb2ca45bb314687e9ffc12eb78934b58e5df75e7c31d3",
    ),
    (
        "cantino+ruby-readability",
        "rubyreadability/bbc.html",
        None,
        "1ea41d2ffadbcd4dcae5b6efa66b97ad999b48cb124b87804f7896001896527a",
    ),
    (
        "keepcosmos+readability",
        "exreadability/bbc.html",
        None,
        "5102860b817cf840f86ff42ff1920b891b72a9bec3a50a98fe8b8939b61e0f91",
    ),
    (
        "AndreasMadsen+htmlparser-benchmark",
        "htmlbench/005055fd7e2625aba5e8d2d370ea4914a152fe50d16620f896cdf4b1a68ba741.html",
        None,
        "d8b80e026c0b5669f989337492f71f5684168db09cc9c8877d8dc499dc327417",
    ),
    (
        "Murrough-Foley+web-content-extraction-benchmark",
        "wcxb/dev/html/0001.html",
        None,
        "f6b2c7c7d4fed386c2e3c8a021c2ebf1d6eb009d68a232def31cde51199868d3",
    ),
    (
        "geodrome+page-signal",
        "l3sgn1/01ccc7c5-a1d1-46e1-a5f7-43310df16575.html",
        None,
        "9b013fc2f4e86d421e557ea7140f9c23e55fc35a3a93cfe9c7cc6b79e1940df3",
    ),
]


@pytest.mark.parametrize(("mirror", "source", "commit", "sha256"), REAL_PAGES)
def test_a_real_page_of_each_new_collection_installs(
    tmp_path: Path, mirror: str, source: str, commit: str | None, sha256: str
) -> None:
    clone = MIRRORS / mirror / "repo"
    if not clone.is_dir():
        pytest.skip(f"no mirror of {mirror} at {clone} ($MARGINALIA_MIRRORS names the folder)")
    name = source.split("/", 1)[0]
    doc = {"id": source, "source": source, "page_sha256": sha256}
    if commit is not None:
        doc["commit"] = commit
    assert install_gold(tmp_path, doc, {name: clone}, {})
    assert hashlib.sha256((tmp_path / source).read_bytes()).hexdigest() == sha256
