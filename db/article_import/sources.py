"""Finding articles in what the user hands over: files, folders, zip archives, JSON Lines.

Each source becomes one or more :class:`Source` items with a display path
(``archive.zip!inner/path``, ``batch.jsonl#3``), the raw bytes (or the decoded JSON object
of a batch line) and a way to read files that stood beside it. Nothing here parses articles;
errors found while walking are yielded as :class:`Failure` so one bad file never stops the
others.

Everything is bounded (docs/reliability.md, "Limits"): each folder is entered once however
many links lead to it (``a -> .`` ends), a JSON Lines record is read up to
:data:`MAX_ARTICLE_BYTES` however long its line, a zip member up to its own limit, and an
image file is read once per article whatever number of times the article names it.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath
from typing import IO, TYPE_CHECKING, Any, Literal

from ..messages import Message, reason_of
from .images import IMAGE_SUFFIXES
from .limits import (
    MAX_ARTICLE_BYTES,
    MAX_ARTICLE_IMAGE_BYTES,
    MAX_IMAGE_BYTES,
    MAX_JSON_DEPTH,
    READ_AHEAD_FILES,
    REMEMBERED_FILES,
    SIBLING_CACHE_BYTES,
    megabytes,
    nesting_exceeds,
    printable,
)

if TYPE_CHECKING:
    import zipfile  # loaded where a zip is read (6 ms of every import's start otherwise)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Failure",
    "SiblingFiles",
    "Source",
    "count_inputs",
    "counted_walk",
    "json_problem",
    "walk",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
BATCH_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARCHIVE_SUFFIXES = frozenset({".zip"})
#: Files read as streams, of any size: each holds many articles.
STREAMED_SUFFIXES = ARCHIVE_SUFFIXES | BATCH_SUFFIXES
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


def _unpack_errors() -> tuple[type[BaseException], ...]:
    """What goes wrong when a zip member is unpacked: encrypted (RuntimeError), an unknown
    compression method (NotImplementedError), damaged data (zlib.error, EOFError,
    BadZipFile). Asked for where a zip is read: ``zipfile`` is loaded only for zips (6 ms
    of every import's start otherwise)."""
    import zipfile
    import zlib

    return (
        RuntimeError,
        NotImplementedError,
        zlib.error,
        EOFError,
        zipfile.BadZipFile,
        OSError,
        ValueError,
    )


#: Files that travel with articles but are none — a licence, a notice, a read-me — by the
#: name before the first dot (``LICENSE``, ``NOTICE.txt``, ``LICENSE.trafilatura-repo``),
#: and Markdown, which holds notes about a corpus far more often than a news article. In
#: folders and archives they are skipped; named on their own they are imported (ADR 0075).
NOT_ARTICLE_NAMES = frozenset(
    {"license", "licence", "notice", "copying", "authors", "readme", "changelog", "contributing"}
)
NOT_ARTICLE_SUFFIXES = frozenset({".md", ".markdown", ".rst"})

Kind = Literal["text", "html", "record"]


def is_article_name(name: str, suffix: str | None = None) -> bool:
    """Whether a file found in a folder or an archive may be an article, by its name
    (``suffix``: the name's suffix in lower case, if it was taken already)."""
    if suffix is None:
        suffix = PurePosixPath(name).suffix.lower()
    return (
        not name.startswith(".")
        and suffix not in SKIPPED_IN_FOLDERS
        and suffix not in NOT_ARTICLE_SUFFIXES
        and name.split(".", 1)[0].lower() not in NOT_ARTICLE_NAMES
    )


class SiblingError(ValueError):
    """A file beside an article is there but cannot be used (too large, encrypted...)."""


class SiblingFiles:
    """Reads files that stood beside an article, never outside its folder or archive.

    A file is read once: later requests for the same name come from a small cache
    (:data:`SIBLING_CACHE_BYTES` at most), so an article that names one large image forty
    times holds it once.
    """

    def __init__(
        self, folder: Path | None = None, archive: zipfile.ZipFile | None = None, prefix: str = ""
    ) -> None:
        self.folder = folder
        self.archive = archive
        self.prefix = prefix
        self._cache: OrderedDict[str, bytes | None] = OrderedDict()
        self._cached = 0

    def read(self, name: str) -> bytes | None:
        """The file's bytes, or ``None`` if there is no such file beside the article."""
        relative = PurePosixPath(name.replace("\\", "/"))
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            return None
        key = str(relative)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        data = self._read(relative)
        self._remember(key, data)
        return data

    def _remember(self, key: str, data: bytes | None) -> None:
        size = len(data) if data else 0
        if size > SIBLING_CACHE_BYTES:
            return
        self._cache[key] = data
        self._cached += size
        while self._cached > SIBLING_CACHE_BYTES:
            _key, dropped = self._cache.popitem(last=False)
            self._cached -= len(dropped) if dropped else 0

    def _read(self, relative: PurePosixPath) -> bytes | None:
        if self.archive is not None:
            member = str(PurePosixPath(self.prefix) / relative) if self.prefix else str(relative)
            try:
                info = self.archive.getinfo(member)
            except KeyError:
                return None
            _check_image_size(str(relative), info.file_size)
            try:
                return _read_member(self.archive, info, MAX_IMAGE_BYTES)
            except _unpack_errors() as exc:
                raise SiblingError(
                    Message(
                        "the image {name} {problem}",
                        name=str(relative),
                        problem=_unpack_problem(exc),
                    )
                ) from exc
        if self.folder is None:
            return None
        candidate = (self.folder / relative).resolve()
        try:
            candidate.relative_to(self.folder.resolve())
        except ValueError:
            return None
        try:
            if not candidate.is_file():
                return None
            _check_image_size(str(relative), candidate.stat().st_size)
            return candidate.read_bytes()
        except OSError as exc:
            raise SiblingError(
                Message(
                    "the image {name} cannot be read ({detail})",
                    name=str(relative),
                    detail=exc.strerror or str(exc),
                )
            ) from exc

    def for_article(self) -> Callable[[str], bytes | None]:
        """A reader for one article: its distinct images may hold
        :data:`MAX_ARTICLE_IMAGE_BYTES` together."""
        seen: dict[str, int] = {}

        def read(name: str) -> bytes | None:
            data = self.read(name)
            if data is not None:
                seen[name] = len(data)
                if sum(seen.values()) > MAX_ARTICLE_IMAGE_BYTES:
                    raise SiblingError(
                        Message(
                            "its images together are larger than {limit}",
                            limit=megabytes(MAX_ARTICLE_IMAGE_BYTES),
                        )
                    )
            return data

        return read

    def folder_for_html(self) -> Path | None:
        return self.folder if self.archive is None else None


def _check_image_size(name: str, size: int) -> None:
    if size > MAX_IMAGE_BYTES:
        raise SiblingError(
            Message(
                "the image {name} is {size} MB; images larger than {limit} are not imported",
                name=name,
                size=f"{size / 2**20:.1f}",
                limit=megabytes(MAX_IMAGE_BYTES),
            )
        )


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    kind: Kind
    data: bytes
    siblings: SiblingFiles
    #: For a JSON Lines record: the decoded object.
    record: dict[str, Any] | None = None
    #: For a record: no string of it holds a carriage return or a control character but
    #: tab and newline (its line has no escape that writes one: JSON has no other way).
    no_controls: bool = False


@dataclass(frozen=True, slots=True)
class Failure:
    path: str
    reason: str


Item = Source | Failure


@dataclass(frozen=True, slots=True)
class _Found:
    """A file a walk will read: its path, whether the user named it, its size."""

    #: as ``str(folder / name)`` would write it (a string: no path object per file)
    path: str
    explicit: bool
    size: int
    #: the suffix of its name, in lower case
    suffix: str
    #: the folder it stands in (one object for all the files of a folder), if known
    folder: Path | None = None

    def parent(self) -> Path:
        return self.folder if self.folder is not None else Path(self.path).parent


def count_inputs(paths: list[Path]) -> int:
    """About how many items a walk will yield (for progress, so an estimate).

    A file counts once, a JSON Lines batch by its lines, a zip archive by its members.
    """
    return sum(_estimate(found) for found in _files(paths) if not isinstance(found, Failure))


#: A batch's lines are counted in its first 16 MB; beyond, they are extrapolated (a count
#: for a progress bar must not read a 10 GB file twice).
_COUNTED_BYTES = 16 * 1024 * 1024


def _estimate(found: _Found) -> int:
    path, suffix = found.path, found.suffix
    if suffix not in STREAMED_SUFFIXES:
        return 1
    try:
        if suffix in BATCH_SUFFIXES:
            newlines = read = 0
            with open(path, "rb") as handle:
                while read < _COUNTED_BYTES and (chunk := handle.read(1 << 20)):
                    newlines += chunk.count(b"\n")
                    read += len(chunk)
            size = os.stat(path).st_size
            if read < size:
                newlines = newlines * size // max(read, 1)
            return max(1, newlines)
        if suffix in ARCHIVE_SUFFIXES:
            import zipfile

            try:
                with zipfile.ZipFile(path) as archive:
                    return max(1, sum(1 for i in archive.infolist() if not i.is_dir()))
            except (zipfile.BadZipFile, zipfile.LargeZipFile):
                pass  # the walk reports it
    except (OSError, EOFError, ValueError):
        pass  # the walk reports it
    return 1


def walk(paths: list[Path]) -> Iterator[Item]:
    yield from _read_found(_files(paths))


def counted_walk(paths: list[Path]) -> tuple[int, Iterator[Item]]:
    """:func:`count_inputs` and :func:`walk` in one: the files found while counting are
    read from that list when there are at most :data:`REMEMBERED_FILES` of them (a folder
    of 10,000 articles is listed once, not twice)."""
    total = 0
    remembered: list[_Found | Failure] | None = []
    for found in _files(paths):
        if not isinstance(found, Failure):
            total += _estimate(found)
        if remembered is not None:
            remembered.append(found)
            if len(remembered) > REMEMBERED_FILES:
                remembered = None
    return total, _read_found(
        _reading_ahead(remembered) if remembered is not None else _files(paths)
    )


def _reading_ahead(found: Sequence[_Found | Failure]) -> Iterator[_Found | Failure]:
    """The files found, in order; as each is handed on, the system is asked to start
    reading the article file :data:`READ_AHEAD_FILES` further on (``POSIX_FADV_WILLNEED``):
    a folder that is not in memory is then read from the disk while the articles before are
    parsed, instead of one wait for the disk per file. Batches and archives (read as
    streams, of any size) and files over the article limit are not asked for; where the
    system has no ``posix_fadvise`` (Windows, macOS) nothing is."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        yield from found
        return

    def start(one: _Found | Failure) -> None:
        if (
            isinstance(one, _Found)
            and 0 < one.size <= MAX_ARTICLE_BYTES
            and one.suffix not in STREAMED_SUFFIXES
        ):
            try:  # non-blocking: a FIFO put in a file's place must not stop the import
                descriptor = os.open(one.path, os.O_RDONLY | os.O_NONBLOCK)
            except OSError:
                return  # reading it says what is wrong
            try:
                advise(descriptor, 0, 0, os.POSIX_FADV_WILLNEED)
            except OSError:
                pass
            finally:
                os.close(descriptor)

    for one in found[:READ_AHEAD_FILES]:
        start(one)
    for index, one in enumerate(found):
        if index + READ_AHEAD_FILES < len(found):
            start(found[index + READ_AHEAD_FILES])
        yield one


def _read_found(found: Iterable[_Found | Failure]) -> Iterator[Item]:
    for one in found:
        if isinstance(one, Failure):
            yield one
        elif one.suffix in STREAMED_SUFFIXES:
            yield from _read_streamed(one)
        else:
            yield _read_article(one)


def _files(paths: list[Path]) -> Iterator[_Found | Failure]:
    """The files under ``paths`` in name order, each folder entered once."""
    folders: set[tuple[int, int]] = set()
    for path in paths:
        yield from _visit(path, explicit=True, folders=folders)


def _visit(
    path: Path,
    *,
    explicit: bool,
    folders: set[tuple[int, int]],
    info: os.stat_result | None = None,
    suffix: str | None = None,
) -> Iterator[_Found | Failure]:
    """``info``: the path's ``stat``, if its folder's walk took it already; ``suffix``: its
    name's suffix in lower case, if taken already."""
    if info is None:
        try:
            info = path.stat()
        except FileNotFoundError:
            yield Failure(printable(path), Message("no such file or folder"))
            return
        except OSError as exc:
            yield Failure(printable(path), _unreadable(exc))
            return
    if stat.S_ISDIR(info.st_mode):
        key = (info.st_dev, info.st_ino)
        if key in folders:
            return  # reached again through a link (a -> .): its files are already read
        folders.add(key)
        yield from _visit_folder(path, folders)
        return
    if not stat.S_ISREG(info.st_mode):
        yield Failure(printable(path), Message("is not a regular file"))
        return
    if suffix is None:
        suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        if explicit:
            yield Failure(printable(path), Message("is an image, not an article"))
        return
    yield _Found(os.fspath(path), explicit, info.st_size, suffix)


def _visit_folder(folder: Path, folders: set[tuple[int, int]]) -> Iterator[_Found | Failure]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield Failure(printable(folder), Message("the folder {reason}", reason=_unreadable(exc)))
        return
    # each file's path as ``folder / name`` writes it (``./a.txt`` is ``a.txt``), made as a
    # string: a path object per file costs more than reading the file
    prefix = os.fspath(folder / "x")[:-1]
    for entry in entries:
        name = entry.name
        if name.startswith("."):
            continue
        # one stat per entry (through links, as the walk follows them), handed on
        try:
            info: os.stat_result | None = entry.stat()
        except OSError:
            info = None  # gone or unreadable: _visit looks again and says which
        if info is not None and stat.S_ISDIR(info.st_mode):
            if not name.endswith("_files"):  # the assets of a saved page are none
                yield from _visit(folder / name, explicit=False, folders=folders, info=info)
            continue
        suffix = _suffix(name)
        if not is_article_name(name, suffix):
            continue
        if info is not None and stat.S_ISREG(info.st_mode):
            # what _visit yields for it (an image's name is no article's: skipped above)
            yield _Found(prefix + name, False, info.st_size, suffix, folder)
        else:
            yield from _visit(folder / name, explicit=False, folders=folders, info=info)


def _suffix(name: str) -> str:
    """``PurePath(name).suffix.lower()`` for a name found in a folder."""
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:
        return name[dot:].lower()
    return PurePath(name).suffix.lower()  # none, or a trailing dot (Python versions differ)


def _unreadable(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return Message("cannot be read (permission denied)")
    return Message("cannot be read ({detail})", detail=exc.strerror or str(exc))


def _read_streamed(found: _Found) -> Iterator[Item]:
    """The items of a zip archive or a JSON Lines batch."""
    path = found.path
    display = printable(path)
    if found.size == 0:
        yield Failure(display, Message("the file is empty"))
        return
    try:
        if found.suffix in ARCHIVE_SUFFIXES:
            yield from _walk_zip(Path(path))
        else:
            with open(path, "rb") as handle:
                yield from _walk_batch(display, handle, SiblingFiles(folder=found.parent()))
    except OSError as exc:
        yield Failure(display, _unreadable(exc))


def _read_article(found: _Found) -> Item:
    """One article file, read whole (or why not)."""
    path = found.path
    display = printable(path)
    if found.size == 0:
        return Failure(display, Message("the file is empty"))
    if found.size > MAX_ARTICLE_BYTES:
        return Failure(display, _too_large(found.size))
    try:
        data = _read_bounded(path, found.size)
        if len(data) > MAX_ARTICLE_BYTES:
            return Failure(display, _too_large(os.stat(path).st_size))
    except OSError as exc:
        return Failure(display, _unreadable(exc))
    return Source(display, _kind(found.suffix, data), data, SiblingFiles(folder=found.parent()))


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)


def _read_bounded(path: str | Path, size: int) -> bytes:
    """The file's bytes, bounded though it may have grown since it was found ``size``
    bytes long: up to ``size`` + 1, and if there were that many, on up to
    :data:`MAX_ARTICLE_BYTES` + 1 (asking for 16 MB at once would allocate them).

    Read with ``os.read``: a buffered file object costs three more system calls per file
    (fstat, ioctl, lseek), which a folder of 10,000 articles feels. A file that is still
    the size found is read in one call: a regular file gives fewer bytes than asked for
    only at its end, so asking for one more and getting ``size`` says it ended there.
    """
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        data = os.read(descriptor, size + 1)
        if 0 < len(data) < size:  # shrank, or a short read: read on to the end
            data += _read_up_to(descriptor, size + 1 - len(data))
        if len(data) > size:
            data += _read_up_to(descriptor, MAX_ARTICLE_BYTES + 1 - len(data))
    finally:
        os.close(descriptor)
    return data


def _read_up_to(descriptor: int, limit: int) -> bytes:
    pieces = []
    while limit > 0 and (piece := os.read(descriptor, limit)):
        pieces.append(piece)
        limit -= len(piece)
    return b"".join(pieces)


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
    return Message(
        "is {size} MB; articles larger than {limit} are not imported",
        size=f"{size / (1024 * 1024):.1f}",
        limit=megabytes(MAX_ARTICLE_BYTES),
    )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise ValueError(Message("unpacks to more than {limit}", limit=megabytes(limit)))
    return data


def _unpack_problem(exc: BaseException) -> str:
    text = reason_of(exc)
    if isinstance(exc, RuntimeError) and "encrypted" in text:
        return Message("is encrypted; Marginalia cannot read password-protected archives")
    if isinstance(exc, OSError):
        return _unreadable(exc)
    if isinstance(exc, NotImplementedError):
        text = text[:1].lower() + text[1:]
    return Message("cannot be unpacked ({detail})", detail=text or type(exc).__name__)


def _walk_zip(path: Path) -> Iterator[Item]:
    import zipfile

    display = printable(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        yield Failure(display, Message("is not a valid zip archive"))
        return
    with archive:
        members = [i for i in archive.infolist() if not i.is_dir()]
        for info in members:
            name = PurePosixPath(info.filename.replace("\\", "/"))
            if name.is_absolute() or ".." in name.parts or ":" in info.filename:
                yield Failure(
                    f"{display}!{info.filename}",
                    Message("points outside the archive; the archive was not imported"),
                )
                return
        for info in sorted(members, key=lambda i: i.filename):
            yield from _walk_member(display, archive, info)


def _walk_member(display: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[Item]:
    inner = PurePosixPath(info.filename)
    member_display = f"{display}!{info.filename}"
    if any(p.startswith(".") or p.endswith("_files") for p in inner.parts[:-1]):
        return
    suffix = inner.suffix.lower()
    if not is_article_name(inner.name):
        return
    if suffix in ARCHIVE_SUFFIXES:
        yield Failure(member_display, Message("archives inside archives are not imported"))
        return
    if info.file_size > MAX_ARTICLE_BYTES and suffix not in BATCH_SUFFIXES:
        yield Failure(member_display, _too_large(info.file_size))
        return
    siblings = SiblingFiles(archive=archive, prefix=str(inner.parent).strip("."))
    try:
        if suffix in BATCH_SUFFIXES:
            with archive.open(info) as handle:  # streamed: a batch may be any size
                yield from _walk_batch(member_display, handle, siblings)
            return
        data = _read_member(archive, info, MAX_ARTICLE_BYTES)
    except _unpack_errors() as exc:
        yield Failure(member_display, _unpack_problem(exc))
        return
    yield Source(member_display, _kind(suffix, data), data, siblings)


def _lines(handle: IO[bytes], limit: int) -> Iterator[bytes | int]:
    """The lines of ``handle``; a line longer than ``limit`` bytes is skipped (read in
    pieces, never held whole) and given as its length instead."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while True:
            piece = handle.readline(1 << 20)
            size += len(piece)
            if not piece or piece.endswith(b"\n"):
                break
        yield size


def _walk_batch(display: str, handle: IO[bytes], siblings: SiblingFiles) -> Iterator[Item]:
    number = 0
    lines = _lines(handle, MAX_ARTICLE_BYTES)
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            return
        except _unpack_errors() as exc:  # a damaged member of a zip, found while reading on
            where = f"{display}#{number + 1}"
            yield Failure(
                where, Message("the rest of the file {problem}", problem=_unpack_problem(exc))
            )
            return
        number += 1
        line_display = f"{display}#{number}"
        if isinstance(raw, int):
            yield Failure(line_display, _too_large(raw))
            continue
        if not raw.strip():
            continue
        if len(raw) > MAX_ARTICLE_BYTES:
            yield Failure(line_display, _too_large(len(raw)))
            continue
        yield _record(line_display, raw, siblings)


#: Python's reasons for refusing JSON (``json.JSONDecodeError.msg``, without a trailing " at"),
#: as messages, so a window can show them in its language (ADR 0117); the English is Python's.
_JSON_PROBLEMS: dict[str, Message] = {
    problem: problem
    for problem in (
        Message("Expecting value"),
        Message("Expecting property name enclosed in double quotes"),
        Message("Expecting ':' delimiter"),
        Message("Expecting ',' delimiter"),
        Message("Unterminated string starting"),
        Message("Invalid control character"),
        Message("Invalid \\escape"),
        Message("Invalid \\uXXXX escape"),
        Message("Extra data"),
        Message("Illegal trailing comma before end of array"),
        Message("Illegal trailing comma before end of object"),
    )
}


def json_problem(problem: str) -> str:
    """Python's reason for refusing JSON as its message when it is one of those above (the
    window shows it in its language), else as Python wrote it."""
    return _JSON_PROBLEMS.get(problem, problem)


def _record(line_display: str, raw: bytes, siblings: SiblingFiles) -> Item:
    try:
        record = json.loads(raw)
    except UnicodeDecodeError:
        return Failure(line_display, Message("is not UTF-8 (JSON Lines must be UTF-8)"))
    except json.JSONDecodeError as exc:
        problem = exc.msg.removesuffix(" at")  # "Invalid control character at"
        problem = _JSON_PROBLEMS.get(problem, problem)
        return Failure(
            line_display,
            Message(
                "is not valid JSON ({problem} at column {column})",
                problem=problem,
                column=exc.colno,
            ),
        )
    except RecursionError:
        return Failure(
            line_display,
            Message("is nested more than {depth} levels deep", depth=MAX_JSON_DEPTH),
        )
    if not isinstance(record, dict):
        return Failure(line_display, Message("is not a JSON object"))
    # each level below the first needs a bracket in the line: most lines have too few
    # to be walked through (a value at the last level counts as one)
    brackets = raw.count(b"{") + raw.count(b"[")
    if brackets >= MAX_JSON_DEPTH and nesting_exceeds(record, MAX_JSON_DEPTH):
        return Failure(
            line_display,
            Message("is nested more than {depth} levels deep", depth=MAX_JSON_DEPTH),
        )
    # a line without NUL is UTF-8 to json.loads (UTF-16 and UTF-32 JSON hold NULs), so
    # its escapes are these bytes
    no_controls = b"\x00" not in raw and _CONTROL_ESCAPE.search(raw) is None
    return Source(line_display, "record", b"", siblings, record, no_controls)


#: The JSON escapes that write a carriage return or a control character other than tab and
#: newline (``\r``, ``\b``, ``\f``, ``\u0000``–``\u001f``): a JSON string holds none
#: unescaped. An escaped backslash before one of these letters is counted too (harmless).
_CONTROL_ESCAPE = re.compile(rb"\\(?:[bfr]|u00[01])")
