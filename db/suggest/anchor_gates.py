"""Anchors let through a cheap test before a form's pattern is tried around them (twenty-fourth
round, ADR 0141 decision 16).

:func:`forms.at` tries a pattern at every start up to ``back`` characters before each anchor
(a ``-``, `` at ``, an ``x``): hundreds of anchors a long article, each ``back + 1`` calls of
``match``. :func:`gated` tries it only around the anchors a test lets through; each test here
is *necessary* for any match starting in an anchor's window (the proof is beside the test's
use), so a refused anchor is one whose window holds no match, and the matches, their order and
``around``'s memory of matched starts are those of :func:`forms.at` (held to it over random
texts in ``tests/db/suggest/test_speed_r24_forms.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from .forms import anchored_all, around

_DIGIT = re.compile(r"[0-9]")


def gated(
    text: str,
    pattern: re.Pattern[str],
    anchors: tuple[str, ...],
    back: int,
    keep: Callable[[str, int], bool],
) -> Iterator[re.Match[str]]:
    """:func:`forms.at`'s matches, tried only around the anchors ``keep(text, offset)`` lets
    through (``keep`` must hold wherever a match starts in the anchor's window)."""
    found = anchored_all(text, anchors)
    return around(text, pattern, [[p for p in ps if keep(text, p)] for ps in found], back)


def digit_after(offset: int) -> Callable[[str, int], bool]:
    """An ASCII digit 1-9 stands ``offset`` characters after the anchor's start."""

    def keep(text: str, position: int) -> bool:
        return "1" <= text[position + offset : position + offset + 1] <= "9"

    return keep


def digit_before(within: int) -> Callable[[str, int], bool]:
    """An ASCII digit stands in the ``within`` characters before the anchor."""

    def keep(text: str, position: int) -> bool:
        return _DIGIT.search(text, max(0, position - within), position) is not None

    return keep


def from_starts(
    text: str,
    pattern: re.Pattern[str],
    anchors: tuple[str, ...],
    back: int,
    starts: Iterable[int],
) -> list[re.Match[str]]:
    """:func:`forms.at`'s matches in its order, found from the other side: ``pattern`` tried at
    ``starts`` (every place a match can start, read off a rare character it needs, such as a
    clock's colon), each match kept if an anchor stands in its window, where ``at`` finds it.

    ``at`` yields a match at the first anchor (in the order of ``anchors``, then of the text)
    that stands from its start to ``back`` characters after it; sorting by that anchor and the
    start gives the same order. For anchors that are common words while the matches are rare
    (six scans of the article for `` period`` … `` round`` against its few colons)."""
    found: list[tuple[int, int, int, re.Match[str]]] = []
    for start in sorted(set(starts)):
        match = pattern.match(text, start)
        if match is None:
            continue
        for order, anchor in enumerate(anchors):
            position = text.find(anchor, start, start + back + len(anchor))
            if position >= 0:
                found.append((order, position, start, match))
                break
    found.sort(key=lambda item: item[:3])
    return [match for *_, match in found]


def before_each(text: str, char: str, distances: tuple[int, ...]) -> Iterator[int]:
    """The offsets ``distances`` before each ``char`` of ``text`` (those not before its start)."""
    position = text.find(char)
    while position >= 0:
        for distance in distances:
            if position >= distance:
                yield position - distance
        position = text.find(char, position + 1)


def finditer_near(
    text: str, pattern: re.Pattern[str], places: list[int], before: int, after: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, searched only in the windows around ``places`` (sorted).

    For a pattern with no lookaround, ``\\b``, ``^`` or ``$``, every match of which holds a
    place at most ``before`` characters after its start and ends at most ``after`` characters
    after that place: no match starts outside the windows, each ends inside its own, and
    windows that meet are searched as one, so the search goes on through them as ``finditer``
    over the whole text does (a separator's few hundred windows against the text's every
    digit: ``sports._CORE``)."""
    low, high = 0, -1  # the window being widened (none yet)
    for place in places:
        start, end = max(0, place - before), min(len(text), place + after)
        if start > high:  # apart from the last window: search that one, open this one
            if high >= 0:
                yield from pattern.finditer(text, low, high)
            low = start
        high = end
    if high >= 0:
        yield from pattern.finditer(text, low, high)
