"""The JSON values of an annotation file, one at a time, in flat memory.

A file is JSON Lines (one value per line; lines split on ``\\n`` only, so a U+2028 inside
a string never breaks a record), or one JSON document. A document that is an array is read
item by item (``ijson``), so a Label Studio export of 100,000 spans never sits in memory
whole; a document that is an object is read whole unless the caller names the arrays inside
it to stream (a W3C ``AnnotationCollection``'s pages).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import ijson

from ..messages import Message

#: Objects larger than this are streamed by their named arrays rather than read whole.
WHOLE_OBJECT_LIMIT = 16 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"


class Unreadable(Exception):
    """A part of the file that cannot be read; the message (a :class:`Message`) says why.
    :func:`documents` yields it in place of the value (a broken line does not stop the
    lines after it)."""


#: The name of a file's one JSON document, as a record (``where``).
DOCUMENT = Message("document")


def _numbered(kind: str, number: int) -> Message:
    """``line N`` or ``item N``: where a value stands in the file."""
    if kind == "line":
        return Message("line {number}", number=number)
    return Message("item {number}", number=number)


def _first_byte(handle: IO[bytes]) -> bytes:
    head = handle.read(len(_BOM))
    if head != _BOM:
        handle.seek(0)
    start = handle.tell()
    while True:
        byte = handle.read(1)
        if not byte or not byte.isspace():
            handle.seek(start)
            return byte
        start += 1


def _decode(raw: bytes, where: str) -> Any:
    try:
        return json.loads(raw)
    except UnicodeDecodeError as error:
        raise Unreadable(
            Message("the file is not UTF-8 text ({detail})", detail=error.reason)
        ) from None
    except json.JSONDecodeError as error:
        if where == "document":
            raise Unreadable(
                Message(
                    "broken JSON ({problem}, line {line} column {column})",
                    problem=_problem(error.msg),
                    line=error.lineno,
                    column=error.colno,
                )
            ) from None
        raise Unreadable(
            Message(
                "broken JSON ({problem}, column {column})",
                problem=_problem(error.msg),
                column=error.colno,
            )
        ) from None


def _problem(msg: str) -> str:
    """Python's reason for refusing JSON, as a message the window knows where it is one
    (``article_import.sources``' list, ADR 0117), else as Python wrote it."""
    from ..article_import.sources import json_problem

    return json_problem(msg)


def _ijson_error(error: Exception, where: str) -> Unreadable:
    if isinstance(error, UnicodeDecodeError):
        return Unreadable(Message("the file is not UTF-8 text ({detail})", detail=error.reason))
    return Unreadable(Message("broken JSON ({detail})", detail=str(error)))


def documents(path: Path, stream: Sequence[str] = ()) -> Iterator[tuple[str, Any]]:
    """``(where, value)`` for each JSON value of the file.

    ``where`` is ``line N`` for JSON Lines, ``item N`` for the items of a top-level array,
    ``document`` for a whole object, and ``<prefix> N`` for the items of an array a
    large object holds under one of the ``stream`` prefixes (ijson prefixes such as
    ``@included.item``). Broken JSON comes as an :class:`Unreadable` value; after one in
    an array or a document, nothing more can be read.
    """
    with path.open("rb") as handle:
        first = _first_byte(handle)
        if not first:
            return
        if first == b"[":
            yield from _array(handle)
            return
        start = handle.tell()
        line = handle.readline()
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError):
            value = None
            one_line = False
        else:
            one_line = True
        if one_line:
            yield _numbered("line", 1), value
            yield from _lines(handle, 2)
            return
        handle.seek(start)
        if path.stat().st_size <= WHOLE_OBJECT_LIMIT or not stream:
            try:
                yield DOCUMENT, _decode(handle.read(), "document")
            except Unreadable as error:
                yield DOCUMENT, error
            return
        for prefix in stream:
            handle.seek(start)
            try:
                for n, item in enumerate(ijson.items(handle, prefix, use_float=True), 1):
                    yield Message("{prefix} {number}", prefix=prefix, number=n), item
            except (ijson.JSONError, UnicodeDecodeError) as error:
                yield DOCUMENT, _ijson_error(error, "the document")
                return


def _array(handle: IO[bytes]) -> Iterator[tuple[str, Any]]:
    n = 0
    try:
        for n, item in enumerate(ijson.items(handle, "item", use_float=True), 1):
            yield _numbered("item", n), item
    except (ijson.JSONError, UnicodeDecodeError) as error:
        yield _numbered("item", n + 1), _ijson_error(error, f"item {n + 1}")


def _lines(handle: IO[bytes], number: int) -> Iterator[tuple[str, Any]]:
    for number, raw in enumerate(handle, number):  # noqa: B020 - binary lines end at \n only
        if raw.strip():
            where = _numbered("line", number)
            try:
                yield where, _decode(raw, "line")
            except Unreadable as error:
                yield where, error
