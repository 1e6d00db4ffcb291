"""Counts of a kit's parts and people's age groups (figures v12.28; twenty-second round, the
figure errors by value on held-out 49 and 50, ADR 0143 "v12.28"), each behind a cheap anchor:

- ``4x USB 3.0 ports``, ``12x 6.8GHz modules``: a spec sheet's count, a lower-case ``x`` glued
  to the number before a capitalised name, an acronym or a number (sets 37 and 49 mark the
  number and its ``x``, unit none, kind count); after a capitalised word it is a name's model
  (``Mate 20X``), refused;
- ``over-65s``, ``under-25s``, ``18-24s``: an age group in the plural (set 49 marks ``65s``
  and ``18-24s``, unit none, kind measure, the range's first age its value).

Refusing ``7 On Your Side`` (a number before a capitalised preposition in prose) and a
product's version (``Claude 3.5 Sonnet``, ``Meta's Llama 3.1``) was tried and left: like ``Game
5`` in v12.27, the claims detector reads those sentences' numbers, and sets 49's and 50's claim
recall fell (ADR 0143, "v12.28").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .forms import anchored_all, around, at
from .numbers import Number

Found = tuple[int, int, Number | str, str, str, dict[str, Any]]

#: 4x USB 3.0, 12x 6.8GHz: a kit's count
_KIT = re.compile(r"(?<![\w.$,-])(?P<n>[1-9][0-9]?)[x×](?=\s(?:[A-Z]{2,}|[A-Z][a-z]+[A-Z]|[0-9]))")
#: a capitalised word right before (Mate 20X, Model 3x): a name's model
_NAME_BEFORE = re.compile(r"[A-Z][\w-]*\s$")
#: over-65s, under-25s
_OVER_UNDER = re.compile(r"(?<![\w-])(?:[Oo]ver|[Uu]nder)-(?P<n>[1-9][0-9])s\b")
#: 18-24s, 25-34s
_AGE_BAND = re.compile(r"(?<![\w.,-])(?P<a>[1-9][0-9])-(?P<b>[1-9][0-9])s\b")

#: the anchor of both: a digit and an ``s`` (rare: ``1990s``), never ``s `` (every plural)
_DIGIT_S = tuple(f"{digit}s" for digit in "0123456789")


def extra_figures(text: str) -> Iterator[Found]:
    """The counts and age groups above: (start, end, value, unit, kind, extra)."""
    for match in at(text, _KIT, ("x ", "× "), 2):
        if not _NAME_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            yield match.start(), match.end(), int(match["n"]), "", "count", {}
    digit_s = anchored_all(text, _DIGIT_S)  # found once for both (ADR 0141 decision 13)
    for match in around(text, _OVER_UNDER, digit_s, 7):
        yield match.start("n"), match.end(), int(match["n"]), "", "measure", {}
    for match in around(text, _AGE_BAND, digit_s, 4):
        low, high = int(match["a"]), int(match["b"])
        if low < high:
            yield match.start(), match.end(), low, "", "measure", {"value_max": high}
