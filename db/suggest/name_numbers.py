"""Numbers inside names: no figure, yet read by the claims detector (figures v12.30; twenty-third
round, the false alarms of held-out 49 and 50 and those v12.27 and v12.28 tried and left).

Rules 2.4 (docs/suggest-gold.md) leave numbers inside names unmarked, and every set that has
these forms leaves them so:

- ``chromosome 21``, ``chromosomes 18 and 13``: a chromosome named by its number (sets 42, 43:
  none of 6 marked);
- ``Game 5``: a series' game (sets 36, 45, 47: none of 11);
- ``7 On Your Side``: a number opening a name whose next word is a capitalised preposition or
  pronoun, in a line of prose (set 49's TV segment, none of 10; a title-case headline, whose
  count the sets mark, is no line of prose);
- ``Claude 3.5 Sonnet``, ``Meta's Llama 3.1``: a version with one or two decimals after a
  product's name in mixed case, with a capitalised word after it or an owner's possessive
  before (set 50, none of 4; sets 43-46's ``Android 4.3``, ``Web 2.0`` unmarked too);
- ``PlayStation 3``: a number after a name in camel case (sets 37, 46, 51: none of 5).

Refusing them outright moved the claims (ADR 0143, v12.27 and v12.28: a sentence whose only
number was one of them lost its "figure" feature, and sets 42's, 45's, 49's and 50's claim
recall fell). So :func:`figures.figures_and_names` sets them apart instead of dropping them:
the figure suggestions leave them out and ``suggest`` hands the claims detector both lists, as
it read them before. Each form sits behind a cheap anchor (ADR 0141): a plain number of one or
two digits (three for a name's opening number), then one look at the characters around it.
"""

from __future__ import annotations

import re
from typing import Final, Protocol

from . import unmarked_numbers
from .cues import word_set

#: 21, 3.5, 3.12: the only spans read at all (a figure with a unit, a currency or a word is no
#: name's number here)
_PLAIN = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?")
_CHROMOSOME_BEFORE = re.compile(r"\b[Cc]hromosomes?\s(?:[0-9]{1,2}(?:,\s|,?\sand\s|,?\sor\s))*$")
_GAME_BEFORE = re.compile(r"(?<![\w'’-])Game\s$")
#: 7 On Your Side: a capitalised preposition or pronoun, then a capitalised word
_NAME_GOES_ON = re.compile(r"\s(?:On|In|At|Of|For|By|With|Your|Our|My)\s[A-Z]")
#: a word of four letters or more in lower case: a line with three is prose, not a headline
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]{4,}\b")
#: Claude 3.5, Llama 3.1: a product's name in mixed case right before the version
_PRODUCT_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z][A-Za-z]*)[ \u00a0]$")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w-]*['’]s\s$")
_CAPITALISED_AFTER = re.compile(r"[ \u00a0][A-Z][a-z]")
#: PlayStation 3, iPhone 4: a name in camel case (a capital after lower-case letters: four
#: letters at least before it, so McCain 52 and LeBron's numbers are not names' numbers)
_CAMEL_BEFORE = re.compile(r"(?<![\w'’.-])(?:[a-z]+|[A-Z][a-z]{3,})[A-Z][A-Za-z]*[ \u00a0]$")
#: Words that open a phrase in capitals without naming a product (names.py's list, and months)
_NOT_PRODUCTS: Final = word_set(
    "about around roughly some nearly almost over under only just more less than the in on at "
    "by for from to of with since until after before and or but all top up down when while if "
    "as its his her their our my your this that each every no version update release "
    "january february march april may june july august september october november december"
)


def refused(text: str, start: int, end: int, unit: str) -> bool:
    """Is ``text[start:end]`` (its unit as shown) a number inside a name of the forms above?"""
    if unit or not text[start : start + 1].isdigit() or not _PLAIN.fullmatch(text, start, end):
        return False
    decimal = "." in text[start:end]
    spaced = text[start - 1 : start] in (" ", "\u00a0")
    if spaced and not decimal and end - start <= 2:
        before = text[max(0, start - 40) : start]
        if "hromosome" in before and _CHROMOSOME_BEFORE.search(before):
            return True  # chromosome 21, chromosomes 18 and 13
        if before.endswith("Game ") and text[start:end] in "1234567" and end - start == 1:
            return _GAME_BEFORE.search(before) is not None  # Game 5: a series' game
        if _CAMEL_BEFORE.search(text, max(0, start - 30), start):
            return True  # PlayStation 3
    if spaced and decimal and (product := _PRODUCT_BEFORE.search(text, max(0, start - 30), start)):
        return product.group(1).lower() not in _NOT_PRODUCTS and (
            _CAPITALISED_AFTER.match(text, end) is not None
            or _POSSESSIVE_BEFORE.search(text, max(0, product.start() - 30), product.start())
            is not None
        )  # Claude 3.5 Sonnet, Meta's Llama 3.1: a version
    if (
        not decimal
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and _NAME_GOES_ON.match(text, end)
        and not text[start - 1 : start].isalnum()
    ):
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return len(_LOWER_WORD.findall(line)) >= 3  # 7 On Your Side, in a line of prose
    return False


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def unit(self) -> str: ...


def set_apart[F: _Spanned](text: str, found: list[F]) -> tuple[list[F], list[F]]:
    """``found`` (figures in order) split: those that are figures, and the numbers inside names."""
    named = [
        refused(text, f.start, f.end, f.unit)
        or unmarked_numbers.refused(text, f.start, f.end, f.unit)
        for f in found
    ]  # Tom Brady (12), stages one and two (v12.31)
    if not any(named):
        return found, []
    return [f for f, n in zip(found, named, strict=True) if not n], [
        f for f, n in zip(found, named, strict=True) if n
    ]
