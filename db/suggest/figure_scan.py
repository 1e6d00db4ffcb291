"""Whole-text scans the figure detector reads once a call (twenty-fourth round's speed pass, ADR
0141 decision 14): each computes what a per-character expression did, in fewer passes of C.

- :func:`latin_words`: the set of Latin words of a text (``figures.py``'s month names and number
  words are looked up in it), as ``frozenset(re.findall("[A-Za-zÀ-ÿ]+", text))``.
- :func:`either`: one expression for a refusal's dozen tests that open at the same place (the
  figure's end): where it does not match, none of them does, and none is asked.
- :func:`first_characters`: the characters a match of an expression can open on, read off its
  parse (``forms.around`` asks the expression only where one stands).
"""

from __future__ import annotations

import functools
import importlib
import re
from typing import Any, Final

#: The standard library's parser of expressions and its names (as ``literal_gates`` reads them).
_parser: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")

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


def _first_ranges(items: Any) -> tuple[list[tuple[int, int]], bool] | None:
    """The code point ranges a match of the parsed sequence ``items`` can open on, and whether
    it can match the empty string (then what follows it opens the match too); ``None`` where
    that cannot be read (a class by category, any character, a case-blind part, …). Zero-width
    tests (``\\b``, lookarounds) are passed over: the ranges are a superset, never too few."""
    ranges: list[tuple[int, int]] = []
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        if op is _C.LITERAL:
            return [*ranges, (av, av)], False
        if op is _C.IN:
            for kind, value in av:
                if kind is _C.LITERAL:
                    ranges.append((value, value))
                elif kind is _C.RANGE:
                    ranges.append(value)
                else:
                    return None  # a category, a negated class
            return ranges, False
        if op is _C.BRANCH:
            empty = False
            for branch in av[1]:
                found = _first_ranges(branch)
                if found is None:
                    return None
                ranges += found[0]
                empty = empty or found[1]
        elif op is _C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            found = _first_ranges(av[3])
            if found is None:
                return None
            ranges += found[0]
            empty = found[1]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            found = _first_ranges(av[2])
            if found is None:
                return None
            ranges += found[0]
            empty = av[0] == 0 or found[1]
        elif op is _C.ATOMIC_GROUP:
            found = _first_ranges(av)
            if found is None:
                return None
            ranges += found[0]
            empty = found[1]
        else:
            return None
        if not empty:
            return ranges, False
    return ranges, True


#: Longer expressions are not read: the parser takes ~3 ms a 1,000 characters, once a process,
#: and the long ones (the forms' tables of words) are asked at few places (bench/suggest.py).
_LONGEST_READ: Final = 1000


@functools.lru_cache(maxsize=256)
def first_characters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A class of the characters a match of ``pattern`` can open on (a superset), or ``None``
    where it cannot be read off the expression (a case-blind one, one that opens on any
    character, or can match nothing at all) or is not (over ``_LONGEST_READ`` characters).

    ``forms.around`` tries ``pattern.match`` at each of the ``back`` places before an anchor
    (~7,600 calls a scan of bench/suggest.py, three of which match); with this it asks only at
    the places where such a character stands, found by one ``search`` of the class."""
    if pattern.flags & re.IGNORECASE or len(pattern.pattern) > _LONGEST_READ:
        return None
    found = _first_ranges(_parser.parse(pattern.pattern, pattern.flags))
    if found is None or found[1]:
        return None
    return re.compile(
        "["
        + "".join(
            re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}"
            for low, high in found[0]
        )
        + "]"
    )
