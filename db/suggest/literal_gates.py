"""Quick tests in front of long expressions: the literals a match cannot do without (ADR 0141).

:func:`any_of` finds any of a few dozen strings in one pass, each read from its rarest
character (46 substring scans of each line cost more than the line's length in C). A
:class:`GatedSearch` is a long alternation whose alternatives are each asked only where the
literals one of them needs stand in the line: the literals are read off the expression by the
standard library's parser, once, so that a new alternative is gated (or, needing none, always
asked) without anyone writing its gate. The answers are the whole expression's, character for
character: ``test_speed_twenty_second.py`` holds them so.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from typing import Any, Final

#: The Latin small letters, the commonest first (English text): a string is found from its
#: rarest character, a letter later in this order or any other character but a space or a mark.
_COMMON: Final = "etaoinshrdlcumwfgypbvkjxqz"
#: Characters as common as letters or more, never an anchor if another character can be.
_FREQUENT: Final = " .,-'\"\n"


def _rarity(char: str) -> int:
    if char in _FREQUENT:
        return -1
    position = _COMMON.find(char)
    return len(_COMMON) if position < 0 else position


def any_of(strings: Iterable[str]) -> re.Pattern[str]:
    """One expression whose ``search`` finds a string when one of ``strings`` stands in it (as
    ``any(s in line for s in strings)``). Each string is read from its rarest character (the
    branch opens on it, what comes before in a lookbehind, what follows after it), so the
    engine skips to the few places where such a character stands instead of trying every
    position or scanning the line once per string."""
    branches: dict[str, list[str]] = {}
    for string in dict.fromkeys(strings):
        if not string:
            return re.compile("")  # the empty string stands everywhere
        at = max(range(len(string)), key=lambda index: _rarity(string[index]))
        before, anchor, after = string[:at], string[at], string[at + 1 :]
        behind = f"(?<={re.escape(before + anchor)})" if before else ""
        branches.setdefault(anchor, []).append(behind + re.escape(after))
    return re.compile(
        "|".join(
            re.escape(anchor) + ("(?:" + "|".join(rest) + ")" if rest != [""] else "")
            for anchor, rest in branches.items()
        )
        or "(?!)"
    )


class AnyOf:
    """Does one of ``strings`` stand in a line? :func:`any_of` for the ASCII strings, and for
    the others only in a line that is not ASCII (``str.isascii`` is read, not computed): the
    engine's test of each position against a class of Latin letters alone is quicker than
    against one that holds Chinese characters too (1.8 against 1.4 ms over bench/suggest.py's
    lines for the credit hints)."""

    def __init__(self, strings: Iterable[str]) -> None:
        strings = list(strings)
        ascii_only = [string for string in strings if string.isascii()]
        others = [string for string in strings if not string.isascii()]
        self._ascii = any_of(ascii_only) if ascii_only else None
        self._others = any_of(others) if others else None

    def found_in(self, line: str) -> bool:
        if self._ascii is not None and self._ascii.search(line) is not None:
            return True
        return (
            self._others is not None
            and not line.isascii()
            and self._others.search(line) is not None
        )


#: The characters ``re.IGNORECASE`` matches to a Latin small letter whose ``str.lower()`` is
#: not that letter (İ ı ſ): in a line with one, a literal's lowered form may be missing where
#: the expression still matches, so the whole expression is asked there.
_FOLDS: Final = re.compile("[\u0130\u0131\u017f]")

_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")


def _usable(code: int) -> str | None:
    """A literal's lowered form, where ``str.lower()`` of every character ``re`` may match to
    it gives that form (ASCII, or a character without case); None otherwise."""
    char = chr(code)
    if char.isascii() or char.lower() == char.upper() == char:
        return char.lower()
    return None


def _best(candidates: Sequence[frozenset[str]]) -> frozenset[str] | None:
    """The most telling of several gates that each hold for every match: the fewest hints."""
    return min(candidates, key=len) if candidates else None


def _in_hints(strings: Iterable[str], hints: Sequence[str]) -> frozenset[str] | None:
    """``strings`` (one of which every match holds) as hints: for each string a hint it holds
    (the longest), so one of these stands wherever one of the strings does; None if a string
    holds no hint."""
    found = set()
    for string in strings:
        held = [hint for hint in hints if hint in string]
        if not held:
            return None
        found.add(max(held, key=len))
    return frozenset(found)


def _required(items: Any, hints: Sequence[str]) -> frozenset[str] | None:
    """Hints one of which every match of the parsed sequence ``items`` holds (lowered), or None
    where the parser's tree does not say (a class, a lookahead that must fail, an anchor …)."""
    c = _constants
    candidates: list[frozenset[str]] = []
    run = ""

    def add(strings: Iterable[str]) -> None:
        if (gate := _in_hints(strings, hints)) is not None:
            candidates.append(gate)

    for op, value in items:
        if op is c.LITERAL and (char := _usable(value)) is not None:
            run += char
            continue
        if run:
            add((run,))
            run = ""
        if op is c.IN:
            chars = [_usable(v) if o is c.LITERAL else None for o, v in value]
            if chars and None not in chars:
                add(char for char in chars if char is not None)
            continue
        found: frozenset[str] | None = None
        if op is c.BRANCH:
            branches = [_required(branch, hints) for branch in value[1]]
            if branches and None not in branches:
                found = frozenset().union(*(b for b in branches if b is not None))
        elif op is c.SUBPATTERN:
            found = _required(value[3], hints)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and value[0] >= 1:
            found = _required(value[2], hints)
        elif op is c.ASSERT or op is c.ATOMIC_GROUP:
            found = _required(value[1] if op is c.ASSERT else value, hints)
        if found:
            candidates.append(found)
    if run:
        add((run,))
    return _best(candidates)


def required(pattern: str, hints: Sequence[str], flags: int = 0) -> frozenset[str] | None:
    """Those of ``hints`` (lowered strings) one of which stands in ``line.lower()`` wherever
    ``pattern`` matches in ``line`` (a line without İ, ı or ſ), or None when none can be told."""
    try:
        return _required(_parser.parse(pattern, flags), hints)
    except Exception:  # a Python whose parser reads otherwise: no gate, the answer is the same
        return None


class GatedSearch:
    """``re.compile("|".join(alternatives), flags).search(line) is not None``, asking each
    alternative only where one of the ``hints`` it needs (:func:`required`) stands in the line;
    the alternatives that need the same ones are asked together. Meant for lines that hold a
    hint or two: the hints are looked for once each, the gates are then set lookups."""

    def __init__(self, alternatives: Sequence[str], hints: Sequence[str], flags: int = 0) -> None:
        gated: dict[frozenset[str], list[str]] = {}
        always: list[str] = []
        for alternative in alternatives:
            gate = required(alternative, hints, flags)
            (always if gate is None else gated.setdefault(gate, [])).append(alternative)
        self._whole = re.compile("|".join(alternatives), flags)
        self._always = re.compile("|".join(always), flags) if always else None
        self._gated = [(gate, re.compile("|".join(group), flags)) for gate, group in gated.items()]
        self._hints = tuple(dict.fromkeys(hint for gate in gated for hint in sorted(gate)))

    def search(self, line: str) -> bool:
        if not line.isascii() and _FOLDS.search(line) is not None:
            return self._whole.search(line) is not None
        if self._always is not None and self._always.search(line) is not None:
            return True
        lowered = line.lower()
        present = {hint for hint in self._hints if hint in lowered}
        return any(
            pattern.search(line) is not None
            for gate, pattern in self._gated
            if not present.isdisjoint(gate)
        )
