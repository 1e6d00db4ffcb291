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
from collections.abc import Callable, Iterator

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


def char_before(char: str, within: int) -> Callable[[str, int], bool]:
    """``char`` stands in the ``within`` characters before the anchor."""

    def keep(text: str, position: int) -> bool:
        return text.find(char, max(0, position - within), position) >= 0

    return keep


def digit_before(within: int) -> Callable[[str, int], bool]:
    """An ASCII digit stands in the ``within`` characters before the anchor."""

    def keep(text: str, position: int) -> bool:
        return _DIGIT.search(text, max(0, position - within), position) is not None

    return keep
