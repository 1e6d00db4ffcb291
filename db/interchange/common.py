"""Shared pieces of the exporters: atomic output, the manifest, small JSON helpers."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import stat
import time
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..schema.transfer import schema_to_dict
from ..values import Annotation, Article, ImageInfo, Schema
from .bundle import ExportCounts, ExportFilter

if TYPE_CHECKING:
    from _typeshed import SizedBuffer

#: The IRI of the ``marginalia:`` extension vocabulary (ADR 0050).
NAMESPACE = "https://example.invalid/marginalia/ns#"
MANIFEST_SUFFIX = ".manifest.json"
ARTICLES_SUFFIX = ".articles.jsonl"


def tool_version() -> str:
    try:
        return metadata.version("marginalia")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def iso(moment: datetime | None) -> str | None:
    """An ISO 8601 UTC time with a ``Z`` (W3C requires xsd:dateTime with a zone)."""
    if moment is None:
        return None
    if moment.tzinfo is not UTC:
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat()[:-6] + "Z"


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
try:  # the C encoder, made once (``JSONEncoder.encode`` makes one per call)
    from json.encoder import c_make_encoder as _make  # type: ignore[attr-defined]
    from json.encoder import encode_basestring as _plain

    _C_COMPACT: Any = _make(None, _COMPACT.default, _plain, None, ":", ",", False, False, True)
except ImportError:  # pragma: no cover - CPython has it
    _C_COMPACT = None


def dumps(value: Any) -> str:
    """Compact JSON that keeps non-ASCII text readable (one JSON Lines record), the same
    text as ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``."""
    if value.__class__ is str or _C_COMPACT is None:
        return _COMPACT.encode(value)
    return "".join(_C_COMPACT(value, 0))


def iso_pair(created: datetime, updated: datetime) -> tuple[str, str]:
    """:func:`iso` of both times, formatting once when they are the same object (an
    annotation never edited: the export source shares it)."""
    first = iso(created) or ""
    return first, first if updated is created else iso(updated) or ""


def article_source(article: Article) -> str:
    """The IRI an annotation targets: the article's URL, else a stable URN of its text hash."""
    return article.url or f"urn:sha256:{article.sha256}"


def annotation_iri(annotation_id: str) -> str:
    return f"urn:uuid:{annotation_id}"


def image_json(image: ImageInfo) -> dict[str, Any]:
    return {
        "id": image.id,
        "name": image.name,
        "offset": image.offset,
        "caption": image.caption,
        "sha256": image.sha256,
        "width": image.width,
        "height": image.height,
        "url": image.url,
        "alt": image.alt,
    }


def article_json(article: Article) -> dict[str, Any]:
    """An article with its text and images, for the ``articles.jsonl`` sidecar."""
    return {
        "id": article.id,
        "sha256": article.sha256,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "text": article.text,
        "images": [image_json(im) for im in article.images],
    }


def image_of(article: Article, annotation: Annotation) -> ImageInfo | None:
    if annotation.image_id is None:
        return None
    return next((im for im in article.images if im.id == annotation.image_id), None)


def schema_json(schema: Schema) -> dict[str, Any]:
    """The schema as ``marginalia-cli schema --export`` writes it (one format for both)."""
    return schema_to_dict(schema)


def label_name(schema: Schema, label_id: str) -> str:
    label = schema.label(label_id)
    return label.name if label else label_id


def manifest(
    fmt: str,
    layout: str | None,
    schema: Schema,
    export_filter: ExportFilter | None,
    counts: ExportCounts,
    files: list[str],
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The small description that travels with every export (ADR 0050)."""
    return {
        "tool": "marginalia",
        "version": tool_version(),
        "format": fmt,
        "layout": layout,
        "created": iso(datetime.now(UTC)),
        "offsets": "unicode code points of the article text, half-open [start, end)",
        "filter": (export_filter or ExportFilter()).as_json(),
        "counts": counts.as_json(),
        "files": files,
        "schema": schema_json(schema),
        **(extra or {}),
    }


class AtomicTarget:
    """Files and folders that appear under their names only when every one is complete.

    Each ``open_*`` call writes to a temporary name in the target's folder; ``commit``
    renames them all at the end. If the block fails, the temporaries are removed and
    nothing is left under a target name.

    Everything an export writes gets the permissions of any file the user creates — read
    and write as the umask allows (usually ``rw-r--r--``; folders ``rwxr-xr-x``), members of
    a zip archive likewise. ``tempfile`` would make them private (``rw-------``), so a
    single-file export and a zip's members used to differ from a folder export's files.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []
        self._handles: list[IO[Any]] = []

    def _temp_for(self, target: Path, directory: bool = False) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = _new_temporary(target, directory)
        self._pending.append((temp, target))
        return temp

    def open_text(self, target: Path, *, bom: bool = False, newline: str = "\n") -> IO[str]:
        temp = self._temp_for(target)
        handle = open(  # noqa: SIM115 - closed by commit/abort
            temp, "w", encoding="utf-8-sig" if bom else "utf-8", newline=newline
        )
        self._handles.append(handle)
        return handle

    def open_binary(self, target: Path) -> IO[bytes]:
        temp = self._temp_for(target)
        handle = open(temp, "wb")  # noqa: SIM115 - closed by commit/abort
        self._handles.append(handle)
        return handle

    def open_zip(self, target: Path) -> zipfile.ZipFile:
        """A zip archive whose members carry the permissions the archive file got."""
        handle = self.open_binary(target)
        return _Archive(handle, os.fstat(handle.fileno()).st_mode & 0o777)

    def directory(self, target: Path) -> Path:
        """A temporary folder to fill; it replaces ``target`` on commit."""
        return self._temp_for(target, directory=True)

    def write_json(self, target: Path, value: Any) -> None:
        with self.open_text(target) as handle:
            json.dump(value, handle, ensure_ascii=False, indent=2)
            handle.write("\n")

    def commit(self) -> None:
        for handle in self._handles:
            if not handle.closed:
                handle.flush()
                os.fsync(handle.fileno())
                handle.close()
        for temp, target in self._pending:
            if temp.is_dir():
                if target.exists():
                    old = target.with_name(f".{target.name}.old")
                    shutil.rmtree(old, ignore_errors=True)
                    target.rename(old)
                    temp.rename(target)
                    shutil.rmtree(old, ignore_errors=True)
                else:
                    temp.rename(target)
            else:
                os.replace(temp, target)
        self._pending.clear()

    def abort(self) -> None:
        for handle in self._handles:
            with contextlib.suppress(OSError):
                handle.close()
        for temp, _ in self._pending:
            if temp.is_dir():
                shutil.rmtree(temp, ignore_errors=True)
            else:
                with contextlib.suppress(OSError):
                    temp.unlink()
        self._pending.clear()


_TEMPORARY_TRIES = 100


def _new_temporary(target: Path, directory: bool) -> Path:
    """A new file or folder beside ``target``, created with the modes an ordinary new file
    or folder gets (0o666 / 0o777 less the umask), unlike ``tempfile``'s private ones."""
    for _ in range(_TEMPORARY_TRIES):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
        try:
            if directory:
                temp.mkdir(0o777)
            else:
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
                os.close(os.open(temp, flags, 0o666))
        except FileExistsError:
            continue
        return temp
    raise FileExistsError(f"no free temporary name beside {target}")


class _Archive(zipfile.ZipFile):
    """A zip for writing whose members get ``mode`` (``writestr`` would give them 0o600)."""

    def __init__(self, handle: IO[bytes], mode: int) -> None:
        super().__init__(handle, "w", zipfile.ZIP_DEFLATED)
        self.member_mode = mode

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: SizedBuffer | str,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            member = zipfile.ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            member.compress_type = self.compression
            member.external_attr = (stat.S_IFREG | self.member_mode) << 16
            zinfo_or_arcname = member
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)


@contextlib.contextmanager
def atomic_target() -> Iterator[AtomicTarget]:
    target = AtomicTarget()
    try:
        yield target
    except BaseException:
        target.abort()
        raise
    target.commit()
