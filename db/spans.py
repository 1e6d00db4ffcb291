"""Where a span's edges may go: words, whole figures, and one character at a time.

The reader snaps a mouse selection and steps a selected annotation's edges with what this
module says (ADR 0096). Everything is in code points of the article text, Qt-free:

- A **word** is a segment between two Unicode default word boundaries (UAX #29, the
  ``regex`` module's ``WORD`` flag): ``doesn’t``, ``12.5``, ``U.S`` are one word each.
  Chinese has no spaces and UAX #29 uses no dictionary, so **each Han character is a word**
  (as in the CoNLL export, where a CJK character is a token); a katakana run and a Hangul
  word stay whole. Punctuation marks are words of one character; spaces are not words.
- A **figure** is what the figure detector (``marginalia.db.suggest.figures``) reads as a
  number with its multiplier and unit, or a date: ``1500億元``, ``12.5%``, ``三分之一``,
  ``$4.6 billion``, ``2024年6月24日``. A figure is one unit: the words it covers (``1500``,
  ``億``, ``元``) are not stopped at.
- With snapping off an edge moves by one **grapheme cluster** (``regex``'s ``\\X``), so an
  emoji with its modifier or a letter with its accent is never cut.

Only the line around an edge is read (at most :data:`WINDOW` code points each way), so a
step costs the same in a 100,000-character article as in a short one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from itertools import pairwise
from typing import Any, Final, Literal

import regex

from .errors import ValidationError
from .suggest.figures import find_figures
from .validation import validate_attributes
from .values import Label

#: How far around an edge the words and figures are read, each way (code points).
WINDOW: Final = 300

Edge = Literal["start", "end"]

_BOUNDARY = regex.compile(r"\b", regex.WORD)
_GRAPHEME = regex.compile(r"\X")


def _window(text: str, position: int) -> tuple[int, int]:
    """The line around ``position``, cut to :data:`WINDOW` code points each way."""
    low = max(0, position - WINDOW)
    high = min(len(text), position + WINDOW)
    line_start = text.rfind("\n", low, position) + 1 or low
    line_end = text.find("\n", position, high)
    return max(low, line_start), high if line_end < 0 else line_end


def units(text: str, low: int, high: int) -> list[tuple[int, int]]:
    """The words and figures of ``text[low:high]`` in order (absolute positions), no spaces.

    A figure replaces the words it covers; a word that reaches into a figure keeps only the
    part outside it.
    """
    piece = text[low:high]
    bounds = [m.start() for m in _BOUNDARY.finditer(piece)]
    if not bounds or bounds[0] != 0:
        bounds.insert(0, 0)
    if bounds[-1] != len(piece):
        bounds.append(len(piece))
    words = [(a, b) for a, b in pairwise(bounds) if not piece[a:b].isspace()]
    figures = [(f.start, f.end) for f in find_figures(piece)]
    found: list[tuple[int, int]] = list(figures)
    for word in words:
        pieces = [word]
        for fa, fb in figures:
            pieces = [part for a, b in pieces for part in _outside(a, b, fa, fb)]
        found.extend(pieces)
    found.sort()
    return [(low + a, low + b) for a, b in found]


def _outside(a: int, b: int, fa: int, fb: int) -> list[tuple[int, int]]:
    """What of ``[a, b)`` lies outside ``[fa, fb)``."""
    if b <= fa or fb <= a:
        return [(a, b)]
    return [part for part in ((a, fa), (fb, b)) if part[0] < part[1]]


def _units_around(text: str, position: int) -> list[tuple[int, int]]:
    low, high = _window(text, position)
    return units(text, low, high)


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection grown to whole words and figures, spaces at its ends left out.

    A selection of nothing but spaces is returned as it is.
    """
    a, b = start, end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if a >= b:
        return start, end
    for unit_start, unit_end in _units_around(text, a):
        if unit_start <= a < unit_end:
            a = unit_start
            break
    for unit_start, unit_end in _units_around(text, b - 1):
        if unit_start < b <= unit_end:
            b = unit_end
            break
    return a, b


def step(
    text: str, start: int, end: int, edge: Edge, forward: bool, *, snapping: bool = True
) -> tuple[int, int]:
    """The span with one edge moved by one word or figure (or one character without
    ``snapping``). The span never becomes empty; at the text's ends it stays as it is."""
    if snapping:
        moved = _unit_step(text, start, end, edge, forward)
    else:
        moved = _grapheme_step(text, start, end, edge, forward)
    if moved is None:
        return start, end
    new_start, new_end = (moved, end) if edge == "start" else (start, moved)
    if not 0 <= new_start < new_end <= len(text):
        return start, end
    return new_start, new_end


def drag(
    text: str, start: int, end: int, edge: Edge, position: int, *, snapping: bool = True
) -> tuple[int, int]:
    """The span with one edge dragged to ``position`` (a caret position under the pointer).

    With ``snapping`` the edge lands on the nearer end of the word or figure under the
    pointer. The span never becomes empty or turns inside out: an edge dragged past the
    other stops one unit (or one grapheme) short of it.
    """
    position = max(0, min(len(text), position))
    if snapping:
        for unit_start, unit_end in _units_around(text, min(position, len(text) - 1)):
            if unit_start < position < unit_end:
                middle = (unit_start + unit_end) / 2
                position = unit_start if position < middle else unit_end
                break
        # an edge never keeps spaces inside the span
        if edge == "end":
            while position > start and text[position - 1].isspace():
                position -= 1
        else:
            while position < end and position < len(text) and text[position].isspace():
                position += 1
    if edge == "start":
        if position >= end:
            return _last_unit(text, start, end, snapping)
        return position, end
    if position <= start:
        return _first_unit(text, start, end, snapping)
    return start, position


def _first_unit(text: str, start: int, end: int, snapping: bool) -> tuple[int, int]:
    """The span cut down to its first word or figure (or grapheme)."""
    if snapping:
        for unit_start, unit_end in _units_around(text, start):
            if unit_start <= start < unit_end:
                return start, min(end, unit_end)
    moved = _grapheme_step(text, start, start, "end", True)
    return start, min(end, moved if moved is not None else start + 1)


def _last_unit(text: str, start: int, end: int, snapping: bool) -> tuple[int, int]:
    """The span cut down to its last word or figure (or grapheme)."""
    if snapping:
        for unit_start, unit_end in _units_around(text, end - 1):
            if unit_start < end <= unit_end:
                return max(start, unit_start), end
    moved = _grapheme_step(text, end, end, "start", False)
    return max(start, moved if moved is not None else end - 1), end


def _unit_step(text: str, start: int, end: int, edge: Edge, forward: bool) -> int | None:
    position = start if edge == "start" else end
    if forward:
        # the next unit may be on a later line: look from the next non-space character
        look = position
        while look < len(text) and text[look].isspace():
            look += 1
        if look >= len(text):
            return None
        found = _units_around(text, look)
        if look != position:
            found = _units_around(text, position) + found
        if edge == "end":
            ends = sorted({b for _a, b in found})
            index = bisect_right(ends, position)
            return ends[index] if index < len(ends) else None
        starts = sorted({a for a, _b in found})
        index = bisect_right(starts, position)
        chosen = starts[index] if index < len(starts) else None
        return chosen if chosen is not None and chosen < end else None
    look = position
    while look > 0 and text[look - 1].isspace():
        look -= 1
    if look == 0:
        return None
    found = _units_around(text, look - 1)
    if look != position:
        found = found + _units_around(text, position - 1)
    if edge == "end":
        ends = sorted({b for _a, b in found})
        index = bisect_left(ends, position) - 1
        chosen = ends[index] if index >= 0 else None
        return chosen if chosen is not None and chosen > start else None
    starts = sorted({a for a, _b in found})
    index = bisect_left(starts, position) - 1
    return starts[index] if index >= 0 else None


def _grapheme_step(text: str, start: int, end: int, edge: Edge, forward: bool) -> int | None:
    position = start if edge == "start" else end
    low = max(0, position - 32)
    high = min(len(text), position + 32)
    bounds = [low + m.start() for m in _GRAPHEME.finditer(text, low, high)] + [high]
    if forward:
        index = bisect_right(bounds, position)
        return bounds[index] if index < len(bounds) else None
    index = bisect_left(bounds, position) - 1
    return bounds[index] if index >= 0 else None


#: what a figure reading fills: a label with none of these is never read for one
FIGURE_ATTRIBUTES: Final = ("value", "unit", "kind")
#: a span longer than this is no figure (and reading it would cost)
LONGEST_FIGURE: Final = 1000


def reads_figures(label: Label) -> bool:
    """Whether tagging ``label`` should read the span for a figure (Figure: value, unit,
    kind)."""
    return any(label.attribute(name) is not None for name in FIGURE_ATTRIBUTES)


def figure_reading(text: str, start: int, end: int) -> dict[str, Any] | None:
    """What the figure detector reads in ``text[start:end]``: its attributes (value, unit,
    kind …) when the span holds exactly one figure, else None.

    The figure is looked for in the span's lines first, so that the detector sees the
    figure's context (``12`` cut out of ``12.5%`` is not read as twelve); when no figure lies
    wholly inside the span there, the span's text is read alone (``1500億`` cut from
    ``1500億元`` is still 150,000,000,000).
    """
    if end - start > LONGEST_FIGURE:
        return None
    low = _window(text, start)[0]
    high = _window(text, max(start, end - 1))[1]
    inside = [
        figure
        for figure in find_figures(text[low:high])
        if start <= low + figure.start and low + figure.end <= end
    ]
    if len(inside) != 1:
        inside = find_figures(text[start:end]) if not inside else []
    if len(inside) != 1:
        return None
    return inside[0].attributes()


def prefill(label: Label, reading: Mapping[str, Any] | None) -> dict[str, Any]:
    """The attributes of ``label`` that ``reading`` supplies and that are valid for it (a
    date's value is no number for a number attribute; a kind the label does not offer is
    left out). Attributes the label does not define are never invented."""
    if not reading:
        return {}
    values: dict[str, Any] = {}
    for definition in label.attributes:
        if definition.name not in reading:
            continue
        candidate = {definition.name: reading[definition.name]}
        try:
            values.update(validate_attributes(label, candidate))
        except ValidationError:
            continue
    return values


__all__ = [
    "FIGURE_ATTRIBUTES",
    "LONGEST_FIGURE",
    "WINDOW",
    "Edge",
    "drag",
    "figure_reading",
    "prefill",
    "reads_figures",
    "snap",
    "step",
    "units",
]
