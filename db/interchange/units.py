"""How other tools count text positions, and how a file's text maps onto our stored text.

Our offsets are code points of the stored text (ADR 0003). Other tools count otherwise:
doccano's editor uses JavaScript string indices, that is **UTF-16 code units** (an astral
character such as ``😀`` or ``𠀋`` counts two), or **grapheme clusters** when its project
option "count grapheme clusters as one character" is on (a ZWJ emoji sequence counts one).
:class:`Positions` converts both ways for one text and refuses a position that falls inside
a character (half a surrogate pair) or inside a cluster.

A file's text may also differ from the stored one by what article import normalizes (CRLF
and CR become LF, a leading BOM and C0 controls other than tab and newline go):
:class:`Normalized` gives the stored form and maps the file's positions onto it.
"""

from __future__ import annotations

import bisect
import re
from enum import StrEnum

import regex

from ..article_import.normalize import normalize_text
from ..messages import Message


class OffsetUnit(StrEnum):
    """What one step of a file's offset counts."""

    CODEPOINT = "codepoint"
    UTF16 = "utf16"
    GRAPHEME = "grapheme"


_GRAPHEME = regex.compile(r"\X")


class PositionError(ValueError):
    """A position that names no place between two characters in the given unit."""


class Positions:
    """Conversions between code points and another unit for one text."""

    def __init__(self, text: str, unit: OffsetUnit | str) -> None:
        self.text = text
        self.unit = OffsetUnit(unit)
        self._starts: list[int] | None = None  # grapheme: each cluster's first code point
        self._astral: list[int] = []  # utf16: code-point indexes of astral characters
        self._identity = self.unit == OffsetUnit.CODEPOINT
        if self.unit == OffsetUnit.UTF16:
            if text.isascii() or max(text) < "\U00010000":
                self._identity = True
            else:
                self._astral = [i for i, c in enumerate(text) if c > "\uffff"]
        elif self.unit == OffsetUnit.GRAPHEME:
            starts = [m.start() for m in _GRAPHEME.finditer(text)]
            if len(starts) == len(text):  # every cluster one code point
                self._identity = True
            else:
                self._starts = starts

    @property
    def length(self) -> int:
        """The text's length in the unit."""
        return self.to_unit(len(self.text))

    def to_codepoint(self, position: int) -> int:
        """The code-point index of ``position`` (counted in the unit)."""
        if self._identity:
            return position
        if self._starts is not None:
            if position == len(self._starts):
                return len(self.text)
            if not 0 <= position < len(self._starts):
                clusters = len(self._starts)
                raise PositionError(
                    Message(
                        "{position} is outside the text ({clusters} clusters)",
                        position=position,
                        clusters=clusters,
                    )
                )
            return self._starts[position]
        # UTF-16: the k-th astral character (code point a) starts at unit a + k.
        astral = self._astral
        low, high = 0, len(astral)  # count of astral characters wholly before ``position``
        while low < high:
            middle = (low + high) // 2
            if astral[middle] + middle + 2 <= position:
                low = middle + 1
            else:
                high = middle
        if low < len(astral) and astral[low] + low + 1 == position:
            char = self.text[astral[low]]
            raise PositionError(
                Message(
                    "{position} falls inside the surrogate pair of {character}",
                    position=position,
                    character=repr(char),
                )
            )
        return position - low

    def to_unit(self, codepoint: int) -> int:
        """The position in the unit of the code-point index ``codepoint``."""
        if self._identity:
            return codepoint
        if self._starts is not None:
            if codepoint == len(self.text):
                return len(self._starts)
            index = bisect.bisect_left(self._starts, codepoint)
            if index >= len(self._starts) or self._starts[index] != codepoint:
                raise PositionError(
                    Message(
                        "code point {codepoint} is inside a grapheme cluster", codepoint=codepoint
                    )
                )
            return index
        return codepoint + bisect.bisect_left(self._astral, codepoint)


_REMOVED = re.compile("\r(?=\n)|[\x00-\x08\x0b\x0c\x0e-\x1f]")


class Normalized:
    """A file's text in the form article import stores, with its positions mapped."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        removed: list[int] = []
        if raw.startswith("\ufeff"):
            removed.append(0)
        removed += [m.start() for m in _REMOVED.finditer(raw)]
        self._removed = removed
        self.changed = bool(removed) or "\r" in raw
        self.text = normalize_text(raw) if self.changed else raw

    def position(self, raw_position: int) -> int:
        """Where a position of the file's text is in the stored text."""
        if not self._removed:
            return raw_position
        return raw_position - bisect.bisect_left(self._removed, raw_position)


def labelstudio_text(text: str) -> str:
    """A span's text as Label Studio writes it in a region's ``value.text``: each line
    break as the two characters ``\\n`` (``corpus/interop/SOURCES.md``)."""
    if "\n" not in text and "\r" not in text:
        return text
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
