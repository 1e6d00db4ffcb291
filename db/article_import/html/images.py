"""Finding an image's source and reading its bytes, offline and inside the page folder.

An ``<img>`` may name its picture in several places: lazy loaders keep the real one in
``data-src`` (and friends) with a placeholder in ``src``; ``srcset`` and ``<picture>``
offer sizes; "Save page as" rewrites ``src`` to ``page_files/…`` and often leaves the
remote URL in ``data-src``. We collect every candidate and take a local file that exists
inside the page's folder if there is one; else the first (in the element's own order, so a
lazy loader's ``data-src`` beats its placeholder ``src``) ``data:`` URI that is a real
base64 image or remote URL (never fetched: a placeholder that keeps URL and alt text).

A local path is resolved and must stay inside ``base_dir`` (``../../etc/passwd`` is never
read); without ``base_dir`` (HTML inside a zip or a batch) no local file is read at all.
"""

from __future__ import annotations

import base64
import binascii
import pathlib
import re
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

from lxml.html import HtmlElement

from .. import limits

#: Attributes lazy loaders keep the real source in, most specific first.
LAZY_ATTRIBUTES = (
    "data-src",
    "data-original",
    "data-lazy-src",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-actualsrc",
    "datasrc",
)
LAZY_SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "srcset")
#: Other lazy loaders' names for the same (``data-gl-src``, ``data-echo-src``), read after
#: those above.
_OTHER_LAZY = re.compile(r"data-[a-z0-9-]+-src", re.I)
_OTHER_LAZY_SRCSET = re.compile(r"data-[a-z0-9-]+-srcset", re.I)

#: A local image file larger than this is not read (the pipeline would refuse it anyway).
MAX_IMAGE_BYTES = limits.MAX_IMAGE_BYTES

_DATA_URI = re.compile(r"^data:(?P<type>[^;,]*)(?P<params>(?:;[^;,]*)*),(?P<data>.*)$", re.S)


@dataclass(frozen=True, slots=True)
class LoadedImage:
    name: str
    data: bytes | None
    url: str | None
    #: Why there are no bytes (placeholder), or None.
    problem: str | None
    #: The bytes are the page's own (a ``data:`` URI), not a file's.
    embedded: bool = False


def candidates(img: HtmlElement) -> list[str]:
    """Every source the element offers, most likely the real picture first."""
    found: list[str] = []
    for attr in LAZY_ATTRIBUTES:
        if value := (img.get(attr) or "").strip():
            found.append(value)
    # Any other lazy loader's attribute (USA Today's ``data-gl-src``, no ``src`` at all):
    # before a ``src`` that is missing or a ``data:`` stand-in, after a real one.
    others = [name for name in img.attrib if name not in LAZY_ATTRIBUTES]
    lazy = [
        value
        for name in others
        if _OTHER_LAZY.fullmatch(name) and (value := (img.get(name) or "").strip())
    ]
    src = (img.get("src") or "").strip()
    stand_in = not src or src.startswith("data:")
    found += [*lazy, src] if stand_in else [src, *lazy]
    found = [value for value in found if value]
    srcsets = [img.get(attr) for attr in LAZY_SRCSET_ATTRIBUTES]
    srcsets += [img.get(name) for name in others if _OTHER_LAZY_SRCSET.fullmatch(name)]
    # libxml2 does not know <source> is empty and nests the <img> inside it.
    for ancestor in list(img.iterancestors())[:2]:
        if ancestor.tag == "picture":
            srcsets += [source.get("srcset") for source in ancestor.iter("source")]
            break
    for srcset in srcsets:
        found += _srcset_urls(srcset or "")
    unique: list[str] = []
    for value in found:
        if value not in unique:
            unique.append(value)
    return unique


def _srcset_urls(srcset: str) -> list[str]:
    """URLs of a srcset, widest first (``a.jpg 320w, b.jpg 640w`` → b, a)."""
    entries: list[tuple[float, str]] = []
    for part in re.split(r",\s+", srcset.strip()):
        if not part or part.startswith("data:"):
            continue
        url, _, descriptor = part.strip().partition(" ")
        size = re.match(r"([\d.]+)", descriptor.strip())
        entries.append((float(size.group(1)) if size else 1.0, url))
    return [url for _, url in sorted(entries, key=lambda entry: -entry[0])]


def load_image(
    sources: list[str],
    *,
    index: int,
    base_dir: pathlib.Path | None,
    page_url: str | None,
    files: dict[pathlib.Path, LoadedImage] | None = None,
) -> LoadedImage:
    """Pick the best source and read it, or describe the placeholder.

    ``files``: local files already read for this page, by path — a page that shows one
    picture forty times reads (and holds) it once.
    """
    problems: list[str] = []
    chosen: LoadedImage | None = None
    for source in sources:
        scheme = "data" if source.startswith("data:") else urlsplit(source).scheme.lower()
        if scheme == "data":
            loaded = _from_data_uri(source, index)
            if loaded.data is None:
                problems.append(loaded.problem or "unreadable data: URI")
            elif chosen is None:
                chosen = loaded
        elif scheme in ("http", "https") or source.startswith("//"):
            url = f"https:{source}" if source.startswith("//") else source
            chosen = chosen or LoadedImage(_name_of(url), None, url, "remote image, not fetched")
        elif scheme in ("", "file"):
            local = _from_local_file(source, base_dir, {} if files is None else files)
            if isinstance(local, LoadedImage):
                return local
            problems.append(local)
            if page_url and scheme == "" and chosen is None:
                url = urljoin(page_url, source)
                chosen = LoadedImage(_name_of(url), None, url, f"{local}; remote copy not fetched")
        else:
            problems.append(f"unsupported image source scheme {scheme!r}")
    if chosen is not None:
        return chosen
    name = _name_of(sources[0]) if sources and not sources[0].startswith("data:") else ""
    return LoadedImage(name or f"image-{index + 1}", None, None, "; ".join(problems) or None)


def _name_of(source: str) -> str:
    path = unquote(urlsplit(source).path)
    return path.rstrip("/").rsplit("/", 1)[-1]


def _from_data_uri(uri: str, index: int) -> LoadedImage:
    placeholder = f"image-{index + 1}"
    match = _DATA_URI.match(uri)
    if match is None:
        return LoadedImage(placeholder, None, None, "malformed data: URI")
    media_type = match.group("type").strip().lower()
    if not media_type.startswith("image/"):
        return LoadedImage(placeholder, None, None, f"data: URI is not an image ({media_type})")
    if "base64" not in match.group("params").lower():
        return LoadedImage(placeholder, None, None, "data: URI image is not base64-encoded")
    payload = re.sub(r"\s+", "", unquote(match.group("data")))
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return LoadedImage(placeholder, None, None, "data: URI image is not valid base64")
    if not data:
        return LoadedImage(placeholder, None, None, "data: URI image is empty")
    extension = media_type.removeprefix("image/").split("+")[0] or "img"
    return LoadedImage(f"{placeholder}.{extension}", data, None, None, embedded=True)


def _from_local_file(
    source: str, base_dir: pathlib.Path | None, files: dict[pathlib.Path, LoadedImage]
) -> LoadedImage | str:
    """The file's bytes, or the reason it cannot be read."""
    parts = urlsplit(source)
    if parts.scheme == "file" or parts.netloc:
        return "absolute file: URLs are not read"
    relative = unquote(parts.path)
    if not relative:
        return "empty image source"
    if base_dir is None:
        return f"local image {relative!r} cannot be read from this source"
    root = base_dir.resolve()
    try:
        path = (root / relative).resolve()
    except (OSError, RuntimeError, ValueError):
        return f"local image {relative!r} has an unusable path"
    if relative.startswith("/") or not path.is_relative_to(root):
        return f"local image {relative!r} lies outside the page's folder"
    if path in files:
        return files[path]
    try:
        if not path.is_file():
            return f"local image {relative!r} is missing"
        if path.stat().st_size > MAX_IMAGE_BYTES:
            return f"local image {relative!r} is larger than {MAX_IMAGE_BYTES // 2**20} MB"
        files[path] = LoadedImage(path.name, path.read_bytes(), None, None)
        return files[path]
    except OSError as exc:
        return f"local image {relative!r} cannot be read: {exc.strerror}"
