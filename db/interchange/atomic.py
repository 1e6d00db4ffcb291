"""Export files appear under their names only when every one of them is complete.

Each file (or folder) is written under ``.NAME.<random>.part`` beside its target, held
(:mod:`marginalia.db.aside`) while it is written, and renamed over the target at the end.
A failed export removes its temporaries; one killed half-way leaves them, and the next
export into that folder removes every one whose writer is gone (docs/reliability.md).
A full disk or a read-only folder is a :class:`~marginalia.db.errors.StorageError` that
names the target, never a raw ``OSError``.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .. import aside
from ..errors import StorageError, storage_error
from ..messages import Message

if TYPE_CHECKING:
    from _typeshed import SizedBuffer

PART = ".part"


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
        self._held: list[aside.Held] = []

    def _temp_for(self, target: Path, directory: bool = False) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        # what killed exports to this target left behind
        aside.clean_abandoned(target.parent, PART, prefix=f".{target.name}.")
        make = aside.new_folder if directory else aside.new_file
        temp, held = make(target, PART)
        self._held.append(held)
        self._pending.append((temp, target))
        return temp

    def target_of(self, path: str | os.PathLike[str] | None) -> Path | None:
        """The target a temporary (or target) name belongs to; else the first target."""
        for temp, target in self._pending:
            if path is not None and (Path(path) in (temp, target) or temp in Path(path).parents):
                return target
        return self._pending[0][1] if self._pending else None

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
        self._release()

    def abort(self) -> None:
        for handle in self._handles:
            with contextlib.suppress(OSError):
                handle.close()
        for temp, _ in self._pending:
            aside.remove(temp)
        self._pending.clear()
        self._release()

    def _release(self) -> None:
        for held in self._held:
            held.release()
        self._held.clear()


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
        target.commit()
    except OSError as exc:
        where = target.target_of(exc.filename)
        target.abort()
        failure = storage_error(exc, str(where) if where else None)
        if failure is None:
            raise
        raise StorageError(
            failure.cause,
            failure.where,
            doing=Message("the export was not written"),
            advice=Message("{advice}; nothing was left half-written", advice=failure.cause.advice),
        ) from exc
    except BaseException:
        target.abort()
        raise
