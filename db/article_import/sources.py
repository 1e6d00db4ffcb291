"""Finding articles in what the user hands over: files, folders, zip archives, JSON Lines.

Each source becomes one or more :class:`Source` items with a display path
(``archive.zip!inner/path``, ``batch.jsonl#3``), the raw bytes (or the decoded JSON object
of a batch line) and a way to read files that stood beside it. Nothing here parses articles;
errors found while walking are yielded as :class:`Failure` so one bad file never stops the
others.
"""

from __future__ import annotations

import json
import os
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from .images import IMAGE_SUFFIXES

#: Article files above this size are refused (ADR 0006): nobody annotates a 16 MB article,
#: and the reader could not lay it out.
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
#: A zip member may not unpack to more than this, whatever it declares.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
#: Sibling files (images) read for one article at the most.
MAX_SIBLING_BYTES = 50 * 1024 * 1024

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
BATCH_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARCHIVE_SUFFIXES = frozenset({".zip"})
#: Suffixes of files that are never articles (assets beside articles, office documents...).
SKIPPED_IN_FOLDERS = IMAGE_SUFFIXES | {
    ".css",
    ".js",
    ".json",
    ".svg",
    ".ico",
    ".sqlite",
    ".sqlite-wal",
    ".sqlite-shm",
    ".bak",
}

Kind = Literal["text", "html", "record"]


class SiblingFiles:
    """Reads files that stood beside an article, never outside its folder or archive."""

    def __init__(
        self, folder: Path | None = None, archive: zipfile.ZipFile | None = None, prefix: str = ""
    ) -> None:
        self.folder = folder
        self.archive = archive
        self.prefix = prefix

    def read(self, name: str) -> bytes | None:
        relative = PurePosixPath(name.replace("\\", "/"))
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            return None
        if self.archive is not None:
            member = str(PurePosixPath(self.prefix) / relative) if self.prefix else str(relative)
            try:
                info = self.archive.getinfo(member)
            except KeyError:
                return None
            if info.file_size > MAX_SIBLING_BYTES:
                return None
            return _read_member(self.archive, info)
        if self.folder is None:
            return None
        candidate = (self.folder / relative).resolve()
        try:
            candidate.relative_to(self.folder.resolve())
        except ValueError:
            return None
        try:
            if not candidate.is_file() or candidate.stat().st_size > MAX_SIBLING_BYTES:
                return None
            return candidate.read_bytes()
        except OSError:
            return None

    def folder_for_html(self) -> Path | None:
        return self.folder if self.archive is None else None


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    kind: Kind
    data: bytes
    siblings: SiblingFiles
    #: For a JSON Lines record: the decoded object.
    record: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    reason: str


Item = Source | Failure


def count_inputs(paths: list[Path]) -> int:
    """About how many items a walk will yield (for progress, so an estimate).

    A file counts once, a JSON Lines batch by its lines, a zip archive by its members.
    """
    total = 0
    for path in paths:
        if path.is_dir():
            for root, _dirs, names in os.walk(path):
                total += sum(_estimate(Path(root, n)) for n in names if _is_candidate(Path(n)))
        else:
            total += _estimate(path)
    return total


def _estimate(path: Path) -> int:
    suffix = path.suffix.lower()
    try:
        if suffix in BATCH_SUFFIXES:
            newlines = 0
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    newlines += chunk.count(b"\n")
            return max(1, newlines)
        if suffix in ARCHIVE_SUFFIXES:
            with zipfile.ZipFile(path) as archive:
                return max(1, sum(1 for i in archive.infolist() if not i.is_dir()))
    except (OSError, zipfile.BadZipFile):
        pass  # the walk reports it
    return 1


def walk(paths: list[Path]) -> Iterator[Item]:
    for path in paths:
        yield from _walk_path(path, explicit=True)


def _is_candidate(path: Path) -> bool:
    return not path.name.startswith(".") and path.suffix.lower() not in SKIPPED_IN_FOLDERS


def _walk_path(path: Path, *, explicit: bool) -> Iterator[Item]:
    display = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        yield Failure(display, "no such file or folder")
        return
    except OSError as exc:
        yield Failure(display, f"cannot be read ({exc.strerror or exc})")
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk_folder(path)
        return
    if not stat.S_ISREG(info.st_mode):
        yield Failure(display, "is not a regular file")
        return
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        if explicit:
            yield Failure(display, "is an image, not an article")
        return
    if info.st_size == 0:
        yield Failure(display, "the file is empty")
        return
    if info.st_size > MAX_ARTICLE_BYTES and suffix not in ARCHIVE_SUFFIXES | BATCH_SUFFIXES:
        yield Failure(display, _too_large(info.st_size))
        return
    try:
        if suffix in ARCHIVE_SUFFIXES:
            yield from _walk_zip(path)
        elif suffix in BATCH_SUFFIXES:
            with path.open("rb") as handle:
                yield from _walk_batch(display, handle, SiblingFiles(folder=path.parent))
        else:
            data = path.read_bytes()
            yield Source(display, _kind(suffix, data), data, SiblingFiles(folder=path.parent))
    except PermissionError:
        yield Failure(display, "cannot be read (permission denied)")
    except OSError as exc:
        yield Failure(display, f"cannot be read ({exc.strerror or exc})")


def _walk_folder(folder: Path) -> Iterator[Item]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except PermissionError:
        yield Failure(str(folder), "the folder cannot be read (permission denied)")
        return
    except OSError as exc:
        yield Failure(str(folder), f"the folder cannot be read ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and entry.name.endswith("_files"):
            continue  # the assets of a saved page
        if entry.is_dir() or _is_candidate(entry):
            yield from _walk_path(entry, explicit=False)


def _kind(suffix: str, data: bytes) -> Kind:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:1024].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def _too_large(size: int) -> str:
    return (
        f"is {size / (1024 * 1024):.1f} MB; articles larger than "
        f"{MAX_ARTICLE_BYTES // (1024 * 1024)} MB are not imported"
    )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with archive.open(info) as handle:
        data = handle.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise ValueError("unpacks to more than the allowed size")
    return data


def _walk_zip(path: Path) -> Iterator[Item]:
    display = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        yield Failure(display, "is not a valid zip archive")
        return
    with archive:
        members = [i for i in archive.infolist() if not i.is_dir()]
        for info in members:
            name = PurePosixPath(info.filename.replace("\\", "/"))
            if name.is_absolute() or ".." in name.parts or ":" in info.filename:
                yield Failure(
                    f"{display}!{info.filename}",
                    "points outside the archive; the archive was not imported",
                )
                return
        for info in sorted(members, key=lambda i: i.filename):
            inner = PurePosixPath(info.filename)
            member_display = f"{display}!{info.filename}"
            if any(p.startswith(".") or p.endswith("_files") for p in inner.parts[:-1]):
                continue
            if inner.name.startswith(".") or inner.suffix.lower() in SKIPPED_IN_FOLDERS:
                continue
            if info.file_size > MAX_ARTICLE_BYTES and inner.suffix.lower() not in BATCH_SUFFIXES:
                yield Failure(member_display, _too_large(info.file_size))
                continue
            siblings = SiblingFiles(archive=archive, prefix=str(inner.parent).strip("."))
            try:
                data = _read_member(archive, info)
            except (ValueError, zipfile.BadZipFile, OSError) as exc:
                yield Failure(member_display, f"cannot be unpacked ({exc})")
                continue
            suffix = inner.suffix.lower()
            if suffix in BATCH_SUFFIXES:
                yield from _walk_batch(member_display, data.splitlines(keepends=True), siblings)
            elif suffix in ARCHIVE_SUFFIXES:
                yield Failure(member_display, "archives inside archives are not imported")
            else:
                yield Source(member_display, _kind(suffix, data), data, siblings)


def _walk_batch(display: str, lines: Any, siblings: SiblingFiles) -> Iterator[Item]:
    for number, raw in enumerate(lines, 1):
        line_display = f"{display}#{number}"
        if not raw.strip():
            continue
        if len(raw) > MAX_ARTICLE_BYTES:
            yield Failure(line_display, _too_large(len(raw)))
            continue
        try:
            record = json.loads(raw)
        except UnicodeDecodeError:
            yield Failure(line_display, "is not UTF-8 (JSON Lines must be UTF-8)")
            continue
        except json.JSONDecodeError as exc:
            yield Failure(line_display, f"is not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Failure(line_display, "is not a JSON object")
            continue
        yield Source(line_display, "record", b"", siblings, record)
