"""Whole-text scans the figure detector reads once a call (twenty-fourth round's speed pass, ADR
0141 decision 14): each computes what a per-character expression did, in fewer passes of C.

- :func:`latin_words`: the set of Latin words of a text (``figures.py``'s month names and number
  words are looked up in it), as ``frozenset(re.findall("[A-Za-zÀ-ÿ]+", text))``.
- :func:`either`: one expression for a refusal's dozen tests that open at the same place (the
  figure's end): where it does not match, none of them does, and none is asked.
"""

from __future__ import annotations

import re
from typing import Final

#: Each byte of Latin-1 that ``[A-Za-zÀ-ÿ]`` takes stays itself; every other byte becomes a
#: space. (``À-ÿ`` takes ``×`` and ``÷`` too, as the expression always did.)
_WORD_BYTES: Final = bytes(
    byte if 0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A or 0xC0 <= byte <= 0xFF else 0x20
    for byte in range(256)
)


def latin_words(text: str) -> frozenset[str]:
    """The runs of ``[A-Za-zÀ-ÿ]`` in ``text``, as a set: ``frozenset(_TOKEN.findall(text))``.

    Every character past Latin-1 is encoded as ``?`` (the encoder's own replacement, in C), the
    bytes outside the class become spaces (``bytes.translate``), and what is left is split on
    them: three passes in C and one split, 1.3 against 2.5 ms for the expression's ``findall``
    on bench/suggest.py's article (the runs are the same; a space is not in the class)."""
    return frozenset(
        text.encode("latin-1", "replace").translate(_WORD_BYTES).decode("latin-1").split()
    )


#: What stops two expressions from being joined as alternatives: a reference to a group by its
#: number or name (the numbers move), or a flag other than ``re.IGNORECASE`` (kept per part).
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")
_JOINABLE_FLAGS: Final = re.IGNORECASE | re.UNICODE


def either(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One expression that matches at a place where one of ``patterns`` matches there, and
    nowhere else (their alternation, each with its own ``re.IGNORECASE``).

    A gate: a refusal's tests that each ``match`` at the figure's end are asked only where this
    matches; one call of the engine trying a dozen first characters costs about what one of the
    tests does (each is ~0.3 µs of Python around a failing C call, for 344 figures a call)."""
    parts = []
    for pattern in patterns:
        if pattern.flags & ~_JOINABLE_FLAGS or _BACKREFERENCE.search(pattern.pattern):
            raise ValueError(f"cannot join {pattern.pattern!r}")
        scope = "?i:" if pattern.flags & re.IGNORECASE else "?:"
        parts.append(f"({scope}{pattern.pattern})")
    return re.compile("|".join(parts))
