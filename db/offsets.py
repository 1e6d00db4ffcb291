"""The one conversion between stored offsets and positions in a rendered document.

Stored offsets count Unicode code points of the article text (ADR 0003). A rendering toolkit
such as Qt counts UTF-16 code units, so every character outside the Basic Multilingual Plane
(``😀``, ``𠀋``) takes two positions there; and the reader inserts things that are not part of
the text (an image, the paragraph break around it, a caption line), each taking positions of
its own. :class:`OffsetMap` knows both and converts in each direction (ADR 0060).

This module is pure Python so that it is tested without Qt; the reader builds its document
from :meth:`OffsetMap.insertions` and converts every position through the map.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Insertion:
    """``length`` document positions inserted before the code point at ``offset``."""

    offset: int
    length: int


#: a character outside the Basic Multilingual Plane: two UTF-16 units (a surrogate pair)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes."""
    return len(text) + len(_ASTRAL.findall(text))


class OffsetMap:
    """Converts between code-point offsets of ``text`` and positions in its rendering.

    ``insertions`` are the runs the rendering adds (sorted or not; several at one offset
    are kept in the given order). A position inside an inserted run, or between the two
    halves of a surrogate pair, maps to the nearest code-point boundary.
    """

    def __init__(self, text: str, insertions: Iterable[Insertion] = ()) -> None:
        self.text_length = len(text)
        #: code-point indexes of the characters that take two UTF-16 units
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        #: UTF-16 index just after each such character
        self._astral_ends = [i + k + 2 for k, i in enumerate(self._astral)]
        runs = sorted(insertions, key=lambda run: run.offset)
        for run in runs:
            if not 0 <= run.offset <= self.text_length or run.length < 0:
                raise ValueError(f"insertion {run} is outside the text (0–{self.text_length})")
        self._run_offsets = [run.offset for run in runs]
        self._run_lengths = [run.length for run in runs]
        # The document position where each run starts, and the running total before it.
        self._run_starts: list[int] = []
        self._inserted_before: list[int] = []
        total = 0
        for run in runs:
            self._run_starts.append(self._utf16(run.offset) + total)
            self._inserted_before.append(total)
            total += run.length
        self.inserted_total = total
        self.document_length = self._utf16(self.text_length) + total

    @property
    def insertions(self) -> Sequence[Insertion]:
        return [Insertion(o, n) for o, n in zip(self._run_offsets, self._run_lengths, strict=True)]

    def run_start(self, index: int) -> int:
        """The document position where the ``index``-th insertion (sorted by offset) starts."""
        return self._run_starts[index]

    def utf16_position(self, offset: int) -> int:
        """The position of a code-point offset in the bare text (no insertions)."""
        return self._utf16(offset)

    def _utf16(self, offset: int) -> int:
        return offset + bisect_left(self._astral, offset)

    def _from_utf16(self, unit: int) -> int:
        whole = bisect_right(self._astral_ends, unit)  # astral characters entirely before
        offset = unit - whole
        if whole < len(self._astral) and self._astral[whole] < offset:
            offset = self._astral[whole]  # between the halves of a pair: snap to its start
        return offset

    def to_document(self, offset: int, *, after_insertions: bool = True) -> int:
        """The document position of a code-point offset.

        Where insertions stand at ``offset``, the position is after them (where the
        character at ``offset`` is drawn) unless ``after_insertions`` is False (the end of
        a span that stops where an image stands).
        """
        if not 0 <= offset <= self.text_length:
            raise ValueError(f"offset {offset} is outside the text (0–{self.text_length})")
        if after_insertions:
            runs = bisect_right(self._run_offsets, offset)
        else:
            runs = bisect_left(self._run_offsets, offset)
        inserted = self._inserted_before[runs - 1] + self._run_lengths[runs - 1] if runs else 0
        return self._utf16(offset) + inserted

    def to_offset(self, position: int) -> int:
        """The code-point offset of a document position (clamped to the text)."""
        position = max(0, min(position, self.document_length))
        # runs that start at or before the position
        index = bisect_right(self._run_starts, position) - 1
        inserted = 0
        if index >= 0:
            start = self._run_starts[index]
            length = self._run_lengths[index]
            if position < start + length:
                return self._run_offsets[index]  # inside an inserted run
            inserted = self._inserted_before[index] + length
        return self._from_utf16(position - inserted)

    def span_to_document(self, start: int, end: int) -> tuple[int, int]:
        """Document positions of a half-open code-point span (images at its ends outside)."""
        return self.to_document(start), self.to_document(end, after_insertions=False)

    def span_to_offsets(self, anchor: int, position: int) -> tuple[int, int]:
        """A selection between two document positions as a sorted code-point span."""
        a, b = self.to_offset(anchor), self.to_offset(position)
        return (a, b) if a <= b else (b, a)


__all__ = ["Insertion", "OffsetMap", "utf16_length"]
