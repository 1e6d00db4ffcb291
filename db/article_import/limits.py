"""Every limit on what an import reads, in one place (docs/reliability.md, "Limits").

An input over a limit fails alone, with the limit in its reason; nothing over a limit is
ever held in memory whole.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

#: An article file, a saved page, a zip member or one JSON Lines record: nobody annotates a
#: 16 MB article, and the reader could not lay it out.
MAX_ARTICLE_BYTES = 16 * 1024 * 1024
#: One image file (before decoding) ...
MAX_IMAGE_BYTES = 50 * 1024 * 1024
#: ... and its pixels (Pillow's decompression-bomb warning starts at half of this).
MAX_PIXELS = 80_000_000
#: The distinct images of one article together (an image named forty times counts once).
MAX_ARTICLE_IMAGE_BYTES = 256 * 1024 * 1024
#: A JSON Lines record nested deeper than this is refused (real articles need 3 or 4).
MAX_JSON_DEPTH = 64
#: Image files kept for the next article of the same folder, archive or batch.
SIBLING_CACHE_BYTES = 128 * 1024 * 1024
#: Articles waiting to be stored are written once they hold this much (or 200 articles).
PENDING_BYTES = 64 * 1024 * 1024
#: Files found while counting an import's inputs, remembered so that the walk does not list
#: and ``stat`` them again (a few hundred bytes each); beyond, the folders are listed afresh.
REMEMBERED_FILES = 50_000
#: How many of the remembered files ahead of the one being read the system is asked to start
#: reading from the disk (``posix_fadvise``), so that a folder not in memory is read while
#: articles are parsed, not file by file in between (at most 32 × 16 MB asked for at once).
READ_AHEAD_FILES = 32


def megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def nesting_exceeds(value: Any, limit: int) -> bool:
    """True if lists and objects in ``value`` nest deeper than ``limit`` (no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return False


def printable(path: str | Path) -> str:
    r"""A path as text that can be shown, printed and stored.

    A file name that is not valid UTF-8 reaches Python with its odd bytes as lone
    surrogates; they are written ``\xNN`` (the bytes themselves), so the name can still be
    recognised and nothing downstream fails to encode it.
    """
    text = os.fspath(path)
    if text.isascii():  # no odd bytes: the text as it is (most names; one call, not two)
        return text
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is not an escaped byte (Windows names)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")
