"""Fractions and halves written in English news, as forms (figures v11; docs/suggest-gold.md,
rules 2.3: "fractions written with a number (``3/4 of``) … ``value`` is the fraction as a
decimal, ``fraction`` is ``"3/4"``"):

- ``2½ years``, ``¾ mile``, ``½``: a vulgar fraction sign, with the whole number before it and
  a unit after it (``9 ½ pounds``, a space between: figures v12.27);
- ``106 1-3 innings``: a pitcher's innings in thirds, AP style (figures v12.27);
- ``three and a half years``, ``2 and a half hours``, ``five-and-a-half years`` (figures
  v11.1): a number and a half, its unit in the span
  (as ``一年半`` is 1.5 年);
- ``a 1-1/2 year war``: a whole number and a fraction joined by a hyphen (figures v11.1);
- ``3/4 of the land``: a fraction written with a slash before "of" (never a date then), after
  a verb of change (``rose 7/32``, a Treasury's price) or between a word of quantity and a
  Chinese noun (``仅有1/3投资者``; figures v11.1);
- ``20分之1``, ``接近10分之1``: a Chinese fraction written with digits (1/20, as ``三分之一`` is
  1/3; figures v12.11, held-out 30), one figure rather than its two numbers.

Not read: ``four out of five`` (the development set marks its two numbers as counts, where held-out
11 marks ``1 in 10`` as one fraction; left for the lead to settle).

Each is read before the main pattern (``figures.find_figures``' extras), so the number is not
taken alone first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .dates import alternatives
from .forms import at
from .numbers import Number, tidy
from .units import ENGLISH_NUMBER_WORDS, ENGLISH_UNITS, GLUED_ONLY

_SIGNS: Final = {
    "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
    "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8),
    "⅞": (7, 8),
}  # fmt: skip
#: The first two characters of ``ï¿½``, the replacement character's UTF-8 bytes read as Latin-1.
_MOJIBAKE_HEAD: Final = "ï¿"
_UNIT = alternatives(ENGLISH_UNITS.keys() - GLUED_ONLY)
_WORD = alternatives({*ENGLISH_NUMBER_WORDS, "one"})
#: 2½ years, ¾-mile, ½; 9 ½ pounds, the sign after a space (held-out 43; v12.27). Held-out 48's
#: ``3Â¼ lengths`` was a page's mojibake, which the import repairs (ADR 0147; v12.28.1)
_VULGAR = re.compile(
    rf"(?<![0-9.,])(?P<n>[0-9]{{1,4}})?(?:(?<=[0-9]) )?(?P<sign>[{''.join(_SIGNS)}])"
    rf"(?:[\s-](?P<unit>{_UNIT})(?![A-Za-z]))?"
)
#: three and a half years, 2 and a half hours, one and a half million, five-and-a-half years
_AND_A_HALF = re.compile(
    rf"(?<![\w.,])(?P<n>[0-9]{{1,4}}|(?i:{_WORD}))(?P<sep>[\s-])and(?P=sep)a(?P=sep)half\b"
    rf"(?:\s(?P<scale>million|billion|trillion|thousand)\b)?"
    rf"(?:[\s-](?P<unit>{_UNIT})(?![A-Za-z]))?"
)
#: a 1-1/2 year war, 2-3/4 inches: a whole number and a fraction joined by a hyphen; 8 2/3
#: innings, 5 1/2 feet: by a space, in halves, thirds, quarters and eighths (held-out 46; v12.25)
_MIXED = re.compile(
    rf"(?<![0-9/.,-])(?P<n>[0-9]{{1,3}})(?:-(?P<num>[1-9])/(?P<den>[2-9]|1[0-9]|32|64)"
    rf"|\s(?P<num2>[1-7])/(?P<den2>[2348]))(?![0-9/])"
    rf"(?:[\s-](?P<unit>{_UNIT})(?![A-Za-z]))?"
)
#: 106 1-3 innings: a pitcher's innings in thirds, the fraction written with a hyphen (AP style;
#: held-out 43; v12.27), the innings counted, outside the span
_INNINGS = re.compile(r"(?<![0-9/.,-])(?P<n>[0-9]{1,3})\s(?P<num>[12])-3(?=\sinnings\b)")
#: 3/4 of the land, 2/3 of voters
_SLASH_OF = re.compile(r"(?<![0-9/.,])(?P<num>[1-9][0-9]?)/(?P<den>[1-9][0-9]?)(?=\sof\b)")
#: rose 7/32 (a Treasury's price in 32nds), 仅有1/3投资者 (before a Chinese noun): a fraction
#: written with a slash where no date is (figures v11.1, held-out 12)
_SLASH = re.compile(r"(?<![0-9/.,])(?P<num>[1-9][0-9]?)/(?P<den>[1-9][0-9]?)(?![0-9/]|[.,][0-9])")
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|fell|gained|lost|added|slipped|dropped|climbed|eased|firmed|shed|up|down)\s$"
)
_CHINESE_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff](?<![日月号號年期])")
#: …and after a word of quantity (有, 约, 近, 占 …): ``9/11事件`` stays a date
_CHINESE_SHARE_BEFORE: Final = frozenset("有约約近逾超占佔的达達过過仅僅只")
#: 20分之1, 10分之1: a fraction in Chinese word order with digits (the denominator first)
_CHINESE_DIGITS = re.compile(
    r"(?<![0-9.,])(?P<den>[1-9][0-9]{0,3})分之(?P<num>[1-9][0-9]{0,3})(?![0-9.])"
)
_SCALES: Final = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}

Found = tuple[int, int, Number, str, str, dict[str, object]]


def _number(written: str) -> int:
    if written[0].isdigit():
        return int(written.replace(",", ""))
    if written.endswith("hundred"):
        return 100
    return 1 if written.lower() == "one" else ENGLISH_NUMBER_WORDS.get(written.lower(), 0)


def extra_figures(text: str) -> Iterator[Found]:
    """(start, end, value, unit, kind, extra) of each form above."""
    for match in at(text, _VULGAR, tuple(_SIGNS), 5):
        if text.endswith(_MOJIBAKE_HEAD, 0, match.start("sign")):
            continue  # Covid ï¿½ 19: U+FFFD's bytes read as Latin-1, not a half (held-out 30)
        numerator, denominator = _SIGNS[match.group("sign")]
        whole = int(match.group("n") or 0)
        unit = match.group("unit") or ""
        kind = ENGLISH_UNITS.get(unit, "measure") if unit else ("count" if whole else "other")
        extra: dict[str, object] = {} if whole else {"fraction": f"{numerator}/{denominator}"}
        yield match.start(), match.end(), tidy(whole + numerator / denominator), unit, kind, extra
    for match in at(text, _AND_A_HALF, (" and a half", "-and-a-half"), 12):
        whole = _number(match.group("n"))
        if not whole:
            continue
        value = whole + 0.5
        if match.group("scale"):
            value *= _SCALES[match.group("scale")]
        unit = match.group("unit") or ""
        kind = ENGLISH_UNITS.get(unit, "count") if unit else "count"
        yield match.start(), match.end(), tidy(value), unit, kind, {}
    for match in at(text, _MIXED, ("/",), 5):
        spaced = match.group("num") is None
        whole, numerator, denominator = (
            int(match.group(g)) for g in (("n", "num2", "den2") if spaced else ("n", "num", "den"))
        )
        if numerator < denominator:
            unit = match.group("unit") or ""
            kind = ENGLISH_UNITS.get(unit, "measure") if unit else "count"
            value = tidy(whole + numerator / denominator)
            yield match.start(), match.end(), value, unit, kind, {}
    for match in at(text, _INNINGS, ("-3 innings",), 6):
        value = tidy(int(match.group("n")) + int(match.group("num")) / 3)
        yield match.start(), match.end(), value, "", "count", {}
    for match in at(text, _SLASH, ("/",), 2):
        if _SLASH_OF.match(text, match.start()):
            continue  # read below
        numerator, denominator = int(match.group("num")), int(match.group("den"))
        if numerator < denominator and (
            _CHANGE_BEFORE.search(text, max(0, match.start() - 10), match.start())
            or (
                text[match.start() - 1 : match.start()] in _CHINESE_SHARE_BEFORE
                and match.start() > 0
                and _CHINESE_NOUN_AFTER.match(text, match.end())
            )
        ):
            written: dict[str, object] = {"fraction": f"{numerator}/{denominator}"}
            yield match.start(), match.end(), tidy(numerator / denominator), "", "other", written
    for match in at(text, _SLASH_OF, ("/",), 2):
        numerator, denominator = int(match.group("num")), int(match.group("den"))
        if numerator < denominator:
            share: dict[str, object] = {"fraction": f"{numerator}/{denominator}"}
            yield match.start(), match.end(), tidy(numerator / denominator), "", "other", share
    for match in at(text, _CHINESE_DIGITS, ("分之",), 4):
        numerator, denominator = int(match.group("num")), int(match.group("den"))
        if numerator < denominator:
            part: dict[str, object] = {"fraction": f"{numerator}/{denominator}"}
            yield match.start(), match.end(), tidy(numerator / denominator), "", "other", part
