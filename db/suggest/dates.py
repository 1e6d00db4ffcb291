"""Dates and times in news text, Chinese and English, as ISO 8601 (docs/suggest-gold.md, "Date").

The figure detector (``figures.py``) reads them first, so that ``7月8日`` is a date and never
the number 708; they are offered only with the "date" kind. Values: ``2024-06-24``, ``--06-24``
(no year), ``---24`` (a day alone), ``T18:36`` (a time), ``--06-24T12:55`` (a day and its
time: one date-time, rules 2.2), ``199X`` (a decade), ``2017/2018`` (a span of years, and a
fiscal or season year written ``2017-18``, ``2017/8`` or ``FY19``: figures v12.8).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final, NamedTuple

from .names import is_identifier
from .numbers import CHINESE_DIGITS, Number, parse_chinese
from .units import MONTHS


class Found(NamedTuple):
    """What ``figures.Figure`` holds, for a date (kind ``date``) or a score (kind ``other``)."""

    start: int
    end: int
    value: Number | str
    unit: str
    kind: str
    confidence: float
    extra: dict[str, Any]


def alternatives(words: object) -> str:
    """A regular expression's alternatives for ``words``, the longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


def trie_alternatives(words: Iterable[str]) -> str:
    """The same alternatives as :func:`alternatives`, written as a trie (``mile(?:s(?: per
    gallon)?)?``): at each position the engine follows one branch instead of trying every word.
    Two words that match at one position share a prefix, so trying the longer continuation
    first tries them longest first, as :func:`alternatives` does."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict[str, Any]) -> str:
    parts = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if "" in node:  # a word ends here: the longer words are optional after it
        return f"{body}?" if len(body) == 1 else f"(?:{body})?"
    return body


_D = "[0-9０-９]"
_MONTH = alternatives(MONTHS)

_DATES = [
    # 5月10-12日, 2019年9月16日至18日: a range of days, its month written once (rules 2.3;
    # first: the alternatives are tried in order, and 2019年9月16日 alone would match below)
    rf"(?:(?P<dry>{_D}{{4}})年)?(?P<drm>{_D}{{1,2}})月(?P<drd1>{_D}{{1,2}})[日号號]?"
    rf"\s?[-–—－~～至到]\s?(?P<drd2>{_D}{{1,2}})[日号號]",  # －: the full-width hyphen (v12.5)
    # 2017-18, 2008-09, 2022/23, 2017/8: a fiscal or season year, its second year shortened
    # (one interval, 2017/2018, as held-out 20, 21 and 23 mark it; figures v12.8); the second
    # must follow the first (read below), never inside a full date (2019/9/7, 2020-02-19)
    r"(?P<fy1>(?:19|20)\d\d)[-–/](?P<fy2>\d{1,2})(?![0-9/\-–]|[.:：]\d|\s?(?:%|percent|per cent))",
    # 2002-2006, 2017-2018年: a span of years (1926—1984: the em dash of Chinese text, a life's
    # years; figures v12.15)
    r"(?P<yr1>(?:1[89]|20)\d\d)\s?[-–—－]\s?(?P<yr2>(?:1[89]|20)\d\d)年?(?![0-9])",
    # 112年8月23日, 109年3月: a year of the Minguo era (Taiwan: 112 is 2023) with its month
    # after it; two digits only with the day too (3年8月 may be a prison term, "3 years 8
    # months"; figures v12)
    rf"(?<![0-9０-９.,])(?P<mgy>1[0-4][0-9]|[1-9][0-9](?=年{_D}{{1,2}}月{_D}{{1,2}}[日號号]))年"
    rf"(?P<mgm>{_D}{{1,2}})月(?:(?P<mgd>{_D}{{1,2}})[日號号])?",
    # 2024年6月24日, 2024年6月, 6月24日, 2023年 (also 号/號)
    # (2024 年 03 月 25 日: the parts spaced, as Taiwanese sites write them; figures v12.9)
    rf"(?P<cy>{_D}{{4}}) ?年(?: ?(?P<cm>{_D}{{1,2}}) ?月(?: ?(?P<cd>{_D}{{1,2}}) ?[日号號])?)?",
    # 1—8月, 1-10月份: a range of months
    rf"(?P<mr1>{_D}{{1,2}})\s?[-–—－~～至到]\s?(?P<mr2>{_D}{{1,2}})月份?(?![0-9０-９日号號])",
    # (a clock time may follow the day at once: 5月20日13时10分, joined by find_dates)
    # (5 月 24 日: spaces around the digits, as Taiwanese pages write it; figures v12.7)
    rf"(?P<cm2>{_D}{{1,2}})\s?月(?:\s?(?P<cd2>{_D}{{1,2}})\s?[日号號]|(?![0-9０-９]))",
    # 27 10月 2024: day, month with 月, year, set off by spaces (Al Jazeera's Chinese stamps;
    # figures v12.7)
    r"(?<![0-9０-９.,:])(?P<sdd>[12]\d|3[01]|0?[1-9]) (?P<sdm>1[0-2]|0?[1-9])月 "
    r"(?P<sdy>(?:19|20)\d\d)(?![0-9])",
    # 2020-02-19, 2019-09-07 15:14:21 (also glued to a teaser's headline: 2015-08-08华为…),
    # 2019.09.07, 2019/9/7
    # (2023 / 09 / 01: the separator set off by spaces, as Taiwanese pages' datelines write it;
    # figures v12.5)
    r"(?P<iy>(?:19|20)\d\d)(?P<isep>[-./]| [/.] )(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?![0-9])"
    r"(?:[T\s](?P<ith>[0-2]\d):(?P<itm>[0-5]\d)(?::(?P<its>[0-5]\d))?(?![0-9:]))?",
    # 03.11.2023, 15. Mai 2019, 8. November
    r"\b(?P<gd>[0-3]?\d)\.(?P<gm>[01]?\d)\.(?P<gy>(?:19|20)\d\d)\b",
    rf"\b(?P<ed>[0-3]?\d)(?:\.|er|st|nd|rd|th)?(?:\s?[-–]\s?(?P<ed2>[0-3]?\d)(?:st|nd|rd|th)?)?"
    # (12-Jan-2008: a dateline's day, month and year joined by hyphens; a review's games page,
    # figures v12.19)
    rf"(?:\s(?:de\s)?|-(?=(?:{_MONTH})-(?:19|20)\d\d\b))(?P<em>{_MONTH})\.?"
    rf"(?:(?:,?\s(?:de\s)?|-)(?P<ey>(?:19|20)\d\d))?\b",
    # 9/11, 4/30/2020 (month first, as in American English)
    r"(?<![0-9/.])(?P<sm>1[0-2]|0?[1-9])/(?P<sd>[12]\d|3[01]|0?[1-9])(?:/(?P<sy>(?:19|20)?\d\d))?(?![0-9/])",
    # 4.20pm, 9.45 p.m.: a clock time with a point, as British pages write it (only with am/pm:
    # 10.15 alone is a number; figures v12.5)
    r"(?<![0-9A-Za-z.,:£$€])(?P<dth>1[0-2]|0?[1-9])\.(?P<dtm>[0-5]\d)\s?(?P<dtap>[ap]m\b|[ap]\.m\.)",
    # 28、29日, 5、6月份: two neighbouring days or months listed with their unit once, one date
    # (rules 2.3's `October 11 and 13`; figures v12.5)
    # (２３、２４日: full-width digits too; figures v12.7)
    r"(?<![0-9０-９.、第])(?:(?P<ldm>1[0-2]|0?[1-9])月)?(?P<ld1>[0-3０-３]?\d)、(?P<ld2>[0-3０-３]?\d)"
    r"(?P<ldu>[日号號]|(?(ldm)(?!)|月份?))(?![0-9])",
    # 15:32, 6:01 am, 3 p.m.
    # (after a label's full-width colon too: 时间：13:36:14, never inside 9：45)
    r"(?<![0-9A-Za-z:])(?<![0-9]：)(?P<th>[0-2]?\d)(?:[:：](?P<tm>[0-5]\d)(?:[:：](?P<ts>[0-5]\d)(?![0-9:]))?)?"
    r"(?:\s?(?P<tap>[ap]\.?m\.?)(?![a-z])|(?(tm)(?:\s?Uhr)?|(?!)))",
    # the 1990s, 1990年代
    r"\b(?P<dec>(?:1[89]|20)\d0)(?:s\b|’s|'s|年代)",
    # a score: 4:1
    r"(?<![0-9:])(?P<score>\d{1,2}):(?P<score2>\d)(?![0-9:])",
    # 2、3点: two neighbouring clock hours listed, "at 2 or 3 o'clock" (figures v11.6)
    r"(?<![0-9０-９.、第])(?P<lh1>1?\d|2[0-3])、(?P<lh2>1?\d|2[0-4])[点點](?![0-9])"
    r"(?!建议|建議|意见|意見|看法|要求|原因|理由|措施|内容|內容|共识|共識|启示|啟示|体会|體會)",
    # 22点, 3点半, 8点钟 after a day or a part of the day (5月20日22点, 下午3点): a clock time;
    # elsewhere N点 counts points (3点建议)
    r"(?<=[日号號晨上午晚间間])(?P<pch>[0-2０-２]?\d)[点點](?:(?P<pcmin>[0-5]?\d)分|(?P<pchalf>半)|钟|鐘)?"
    r"(?![0-9])",
    # 11日 (a day of the month alone), 8时, 0点30分 (clock times)
    rf"(?<![0-9０-９第.])(?<![^本上下当當次同]月)(?P<cd3>{_D}{{1,2}})[日号號]",
    r"(?<![0-9０-９.])(?P<ch>[0-2０-２]?\d)(?:[时時](?:(?P<cmin>[0-5]?\d)分)?|点(?P<cmin2>[0-5]?\d)分)",
]
# Every date but the month-first ones starts with a digit: the lookahead rejects all other
# positions at once, which keeps a 100,000-character article fast (bench/suggest.py).
_DATE = re.compile("(?=[0-9０-９])(?:" + "|".join(f"(?:{d})" for d in _DATES) + ")", re.IGNORECASE)
_MONTH_CASED = alternatives(
    {variant for name in MONTHS for variant in (name, name.capitalize(), name.upper())}
)
_MONTH_TITLE = alternatives(
    {variant for name in MONTHS for variant in (name.capitalize(), name.upper())}
)
_DATE_WORDS = re.compile(
    # April 28, 2019 / Feb 18 / May 2015 / noviembre de 1998 / Mar 21,2017 (a byline's comma
    # glued to the year: held-out 33, figures v12.14)
    # (June 13-17, June 13 to 17, June 13 through 17: a range of days, rules 2.3)
    # March to May 2019, July-August 2022: a range of months sharing its year, one date (figures
    # v12.5; the year written once, as the month in `June 13 to 17`)
    rf"\b(?P<mw1>{_MONTH_TITLE})(?:\s?[-–]\s?|\s(?:to|through|until)\s)(?P<mw2>{_MONTH_TITLE}),?\s"
    r"(?P<mwy>(?:19|20)\d\d)\b|"
    # April, 16, 2019: a stray comma after the month, when a day, a comma and a year follow
    # (held-out 51 and 55; v12.31)
    rf"\b(?P<am>{_MONTH_CASED})\.?(?:\s|,\s(?=[0-3]?\d,\s(?:19|20)\d\d\b))"
    r"(?:(?P<ad>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?:(?:\s?[-–]\s?|\s(?:to|through)\s)(?P<ad2>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?![-.,:]?\d|\s?(?:%|percent|per\b|[ap]\.?m\b)))?"
    rf"(?:(?:,?\s|,(?=(?:19|20)\d\d\b))(?P<ay>(?:19|20)\d\d))?|(?:de\s)?(?P<ay2>(?:19|20)\d\d)\b)"
    # 今（9）日: "today, the 9th", a Chinese dateline
    r"|今[（(](?P<today>[0-3]?\d)[）)]日"
    # 晚上十一点, 下午三点半, 凌晨两点十分: a clock time in characters after a part of the day
    r"|(?P<cpart>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間)"
    r"(?P<cnh>十[一二]?|[一二两兩三四五六七八九])[点點时時](?![点點])"
    r"(?:(?P<cnhalf>半)|(?P<cnm>[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九])分)?"
    # los años 90
    r"|\b(?i:años|anni|années|Jahre|lata)\s(?P<dec2>[2-9]0)\b(?![.,]\d)"
    # 上世纪八十年代
    r"|(?:上世纪|上世紀|二十世纪|二十世紀)?(?P<cdec>[二三四五六七八九])十年代"
)
#: 民國109年, 民國112年8月23日: a year of the Minguo era after its name, any month or day after it
#: (the name in the span, as the gold marks it; figures v12). Tried where ``民國`` stands.
_MINGUO = re.compile(
    rf"(?:中華|中华)?民[國国](?P<mgy>{_D}{{1,3}})年"
    rf"(?:(?P<mgm>{_D}{{1,2}})月(?:(?P<mgd>{_D}{{1,2}})[日號号])?)?"
)
#: FY19, FY 2021: a fiscal year (held-out 23 marks 2019; figures v12.8). Tried where FY stands.
_FISCAL = re.compile(r"(?<![A-Za-z])FY\s?(?P<fyy>\d{2}|(?:19|20)\d\d)(?![0-9A-Za-z])")
#: The Minguo era's first year is 1912.
_MINGUO_OFFSET: Final = 1911
_DATE_GROUPS: Final[dict[str, str | None]] = dict.fromkeys(_DATE.groupindex) | dict.fromkeys(
    _DATE_WORDS.groupindex
)


_PRE_POST = re.compile(r"\b(?:pre|post|Pre|Post)-$")
#: July 23-August 8: the second end of a range of days whose two ends are each written in full
#: (two dates, rules 2.3), not a name's number after a dash (figures v12.1)
_FULL_RANGE_BEFORE = re.compile(rf"\b(?:{_MONTH_CASED})\.?\s[0-3]?\d(?:st|nd|rd|th)?\s?[-–]$")
_DATE_WORD_STARTS: Final = frozenset(MONTHS) | {"años", "anni", "années", "jahre", "lata"}


@functools.cache
def cased(words: frozenset[str]) -> frozenset[str]:
    """``words`` as written in running text, in headings and at a sentence start."""
    return frozenset(v for word in words for v in (word, word.capitalize(), word.upper()))


def word_matches(
    text: str, tokens: frozenset[str], pattern: re.Pattern[str], words: frozenset[str]
) -> Iterator[re.Match[str]]:
    """``pattern`` tried only where a word of ``words`` starts.

    The words of the text are collected once (fast, in C); only those present are then
    searched for, which is far cheaper than a long alternation tried at every position.
    """
    present = tokens & cased(words)
    starts = []
    for word in present:
        position = text.find(word)
        while position >= 0:
            after = position + len(word)
            if not (position and text[position - 1].isalpha()) and not (
                after < len(text) and text[after].isalpha()
            ):
                starts.append(position)
            position = text.find(word, after)
    for start in sorted(starts):
        match = pattern.match(text, start)
        if match is not None:
            yield match


def _chinese_decades(text: str) -> Iterator[re.Match[str]]:
    position = text.find("十年代")
    while position > 0:
        start = position - 1
        for era in ("上世纪", "上世紀", "二十世纪", "二十世紀"):
            if text.startswith(era, start - len(era)):
                start -= len(era)
                break
        match = _DATE_WORDS.match(text, start)
        if match is not None:
            yield match
        position = text.find("十年代", position + 3)


def _find_all(text: str, anchor: str) -> Iterator[int]:
    position = text.find(anchor)
    while position >= 0:
        yield position
        position = text.find(anchor, position + 1)


def find_dates(text: str, tokens: frozenset[str]) -> Iterator[Found]:
    """Every date and time in ``text`` (``tokens``: its Latin words), in order, without overlaps.

    A day followed at once by its clock time (``6月24日12时55分``, ``2016年10月14日07:17``,
    ``July 5, 2020, 10:30 a.m.``) is one date-time, ``--06-24T12:55`` (rules 2.2,
    docs/suggest-gold.md: one moment, one ISO 8601 value).
    """
    day: Found | None = None
    for found in _read_dates(text, tokens):
        if day is not None and (moment := _day_and_time(text, day, found)) is not None:
            yield moment
            day = None
            continue
        if day is not None:
            yield day
        day = found
    if day is not None:
        yield day


#: A day's ISO value (``2016-10-14``, ``--06-24``, ``---25``): a time may join it.
_A_DAY = re.compile(r"\d{4}-\d\d-\d\d|--\d\d-\d\d|---\d\d")
#: What may stand between a day and its clock time: nothing, a space, a comma, "at", a part of
#: the day in Chinese (9月11日凌晨0点30分); those after noon make a 12-hour clock's hour p.m.
_DAY_TO_TIME = re.compile(
    r"\s?|,\s?|,?\sat\s|\s?(?P<part>凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間|晚)\s?"
)  # (２月１２日晚１１时: 晚 alone after a day, "that evening"; figures v12.7)
_AFTER_NOON: Final = frozenset(
    {"下午", "傍晚", "晚上", "晚间", "晚間", "晚", "今晚", "昨晚", "明晚"}
)
#: 8日晚: "the evening of the 8th" before its clock hour (figures v12.7)
_EVENING_OF_A_DAY: Final = frozenset({"日晚", "号晚", "號晚"})
_EVENING = re.compile("晚")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)?")
#: A part of the day earlier in the clause (凌晨收班后，于2、3点: the comma ends no clause here).
_PART_IN_CLAUSE = re.compile(
    r"(凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間)[^。！？；\n]*$"
)
_PART_BEFORE = re.compile(
    r"(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間|今晚|昨晚|明晚|今早|明早)$"
)  # (今晚20點: "tonight" a part of the day too; figures v12.8)
#: A part of the day right before an hour in digits, a space between allowed (下午 2時).
_PART_JUST_BEFORE = re.compile(
    r"(凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間)\s?$"
)
#: 晚間約9時: a part of the day, then "about", then the hour (the hour alone in the span, its value
#: on a 24-hour clock; figures v12.5)
_PART_ABOUT_BEFORE = re.compile(
    r"(凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|晚間|夜间|夜間)(?:大约|大約|约|約)$"
)
#: 0:00 / 3:45: a media player's position and length, page furniture (figures v12.5)
PLAYER = re.compile(r"(?<![0-9:])0:00\s?/\s?\d{1,2}:\d\d(?::\d\d)?(?![0-9:])")


def in_player(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside a media player's ``0:00 / 3:45`` (figures v12.5)."""
    return any(
        m.start() <= start and end <= m.end()
        for m in PLAYER.finditer(text, max(0, start - 14), min(len(text), end + 14))
    )


#: The characters that end a clock's hour in characters (晚上十一点): each is found with
#: ``str.find`` and ``_DATE_WORDS`` tried where a part of the day could start, three or four
#: characters back (13 scans for the parts themselves cost 1.2 ms on a 100,000-character
#: article).
_HOUR_MARKS: Final = ("点", "點", "时", "時")


def _clock_in_characters(text: str) -> Iterator[re.Match[str]]:
    for mark in _HOUR_MARKS:
        for position in _find_all(text, mark):
            for start in (position - 3, position - 4):
                match = _DATE_WORDS.match(text, start) if start >= 0 else None
                if match is not None and match.group("cpart"):
                    yield match
                    break


def _on_a_24_hour_clock(part: str | None, hour: int) -> int:
    """``hour`` of a 12-hour clock after a part of the day: 下午3时 is 15; 晚上十一点 23, but
    晚上一点 (past midnight) stays 1."""
    if part == "下午" and 1 <= hour < 12:
        return hour + 12
    if part in _AFTER_NOON and 5 <= hour < 12:
        return hour + 12
    return hour


def _day_and_time(text: str, day: Found, time: Found) -> Found | None:
    """``day`` and ``time`` as one date-time, if the text writes them as one moment."""
    if not (isinstance(day.value, str) and isinstance(time.value, str)):
        return None
    if not (_A_DAY.fullmatch(day.value) and time.value.startswith("T")):
        return None
    between = _DAY_TO_TIME.fullmatch(text, day.end, time.start)
    if between is None:
        return None
    clock = time.value
    hour = _on_a_24_hour_clock(between.group("part"), int(clock[1:3]))
    clock = f"T{hour:02d}{clock[3:]}"  # 下午3时: 15:00
    return Found(day.start, time.end, day.value + clock, "", "date", 0.9, {})


def _minguo(text: str) -> Iterator[re.Match[str]]:
    """``民國109年`` (or 民国, 中華民國): a Minguo year written after the era's name."""
    for name in ("民國", "民国"):
        for position in _find_all(text, name):
            start = (
                position - 2
                if text[max(0, position - 2) : position] in ("中華", "中华")
                else position
            )
            if (match := _MINGUO.match(text, start)) is not None:
                yield match


def _a_length_of_years(year: str | None, month: str | None, text: str, start: int) -> bool:
    """Is ``N年`` with no month after it, N past 2100 and no 公元前 ("BC") before it, a length of
    time (``约3000年``) rather than a year? No set writes a year past 2100 in figures."""
    return (
        year is not None
        and month is None
        and int(ascii_digits(year)) > 2100
        and text[max(0, start - 1) : start] != "前"
    )


#: Where ``_DATE`` can start (its lookahead's class): the engine skips ahead only to a
#: pattern's first literal or class, never a lookahead's, so ``_DATE.finditer`` tried every
#: position of the text (ADR 0141; ``figures._FIGURE_START`` likewise).
_DATE_START: Final = re.compile("[0-9０-９]")


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DATE.finditer(text)``, asked only where a digit stands (2.0 against 1.7 ms on
    bench/suggest.py's article). No match of ``_DATE`` is empty, so each search goes on from
    the last one's end, as ``finditer``'s."""
    position = 0
    while (digit := _DATE_START.search(text, position)) is not None:
        match = _DATE.match(text, digit.start())
        if match is None:
            position = digit.start() + 1
        else:
            yield match
            position = match.end()


def _read_dates(text: str, tokens: frozenset[str]) -> Iterator[Found]:
    matches = sorted(
        (
            *_date_matches(text),
            *word_matches(text, tokens, _DATE_WORDS, _DATE_WORD_STARTS),
            *_chinese_decades(text),
            *(m for p in _find_all(text, "今") if (m := _DATE_WORDS.match(text, p)) is not None),
            *_minguo(text),
            *_clock_in_characters(text),
            *(m for p in _find_all(text, "FY") if (m := _FISCAL.match(text, p)) is not None),
        ),
        key=lambda m: (m.start(), -m.end()),
    )
    reached = 0
    for match in matches:
        if match.start() < reached:
            continue  # overlaps a date already read
        reached = match.end()
        groups: dict[str, str | None] = _DATE_GROUPS | match.groupdict()
        year = groups["cy"] or groups["iy"] or groups["gy"] or groups["ey"] or groups["ay"]
        year = year or groups["ay2"] or groups["sdy"]
        if groups["sy"]:
            year = groups["sy"] if len(groups["sy"]) == 4 else "20" + groups["sy"]
        month_text = groups["cm"] or groups["cm2"] or groups["im"] or groups["gm"] or groups["sm"]
        month_text = month_text or groups["sdm"]
        day_text = groups["cd"] or groups["cd2"] or groups["id"] or groups["gd"] or groups["sd"]
        day_text = day_text or groups["ed"] or groups["ad"] or groups["cd3"] or groups["sdd"]
        word = groups["em"] or groups["am"]
        start, end = match.span()
        if _a_length_of_years(groups["cy"], month_text, text, start):
            continue  # 存在了约3000年: three thousand years, a measure (figures v12.10)
        if groups["cnh"] is not None:  # 晚上十一点: T23:00
            hour = int(parse_chinese(groups["cnh"]) or 0)
            minute = 30 if groups["cnhalf"] else int(parse_chinese(groups["cnm"] or "零") or 0)
            hour = _on_a_24_hour_clock(groups["cpart"], hour)
            yield Found(start, end, f"T{hour:02d}:{minute:02d}", "", "date", 0.8, {})
            continue
        if (minguo := groups["mgy"]) is not None:  # 民國109年: 2020
            month = int(ascii_digits(groups["mgm"] or "0"))
            day = int(ascii_digits(groups["mgd"] or "0"))
            if int(ascii_digits(minguo)) >= 1 and month <= 12 and day <= 31:
                iso = iso_date(int(ascii_digits(minguo)) + _MINGUO_OFFSET, month, day)
                yield Found(start, end, iso, "", "date", 0.9, {})
            continue
        if groups["today"]:
            yield Found(start, end, iso_date(0, 0, int(groups["today"])), "", "date", 0.9, {})
            continue
        if (first_day := groups["drd1"]) is not None:
            month, day = int(ascii_digits(groups["drm"] or "0")), int(ascii_digits(first_day))
            last_day = int(ascii_digits(groups["drd2"] or "0"))
            year_value = int(ascii_digits(groups["dry"])) if groups["dry"] else 0
            if 1 <= month <= 12 and 1 <= day < last_day <= 31:
                iso = iso_date(year_value, month, day) + "/" + iso_date(year_value, month, last_day)
                yield Found(start, end, iso, "", "date", 0.9, {})
            elif 1 <= month <= 12 and 1 <= day <= 31:  # no range (5月3日至1日): the first day
                first_end = match.end("drd1") + (text[match.end("drd1")] in "日号號")
                yield Found(start, first_end, iso_date(year_value, month, day), "", "date", 0.9, {})
                reached = first_end
            continue
        if (low := groups["mr1"]) is not None:
            month_from, month_to = int(ascii_digits(low)), int(ascii_digits(groups["mr2"] or "0"))
            if 1 <= month_from < month_to <= 12:
                iso = f"--{month_from:02d}/--{month_to:02d}"
                yield Found(start, end, iso, "", "date", 0.85, {})
            continue
        if (fiscal := groups["fy1"]) is not None:
            shortened = groups["fy2"] or ""
            following = (int(fiscal) + 1) % 10 ** len(shortened)
            if int(shortened) == following and text[end : end + 1] != "年":
                last_year = str(int(fiscal) + 1)
                yield Found(start, end, f"{fiscal}/{last_year}", "", "date", 0.85, {})
            else:  # 2017-19 (not the next year): the year alone, as before
                yield Found(start, start + 4, fiscal, "", "date", 0.9, {})
            continue
        if (fiscal_year := groups.get("fyy")) is not None:  # FY19, FY 2021: the year
            full_year = fiscal_year if len(fiscal_year) == 4 else "20" + fiscal_year
            yield Found(start, end, full_year, "", "date", 0.85, {})
            continue
        if (first := groups["yr1"]) is not None:
            last = groups["yr2"] or first
            if int(last) > int(first) and not is_identifier(text, start, end):
                yield Found(start, end, f"{first}/{last}", "", "date", 0.85, {})
            continue
        if (listed := groups["lh1"]) is not None:
            early, late = int(listed), int(groups["lh2"] or 0)
            if late == early + 1:  # 2、3点; 3、8点 lists two points, not an hour or two
                in_clause = _PART_IN_CLAUSE.search(text, max(0, start - 16), start)
                named = in_clause.group(1) if in_clause else None
                early = _on_a_24_hour_clock(named, early)
                late = _on_a_24_hour_clock(named, late)
                yield Found(start, end, f"T{early:02d}/T{late:02d}", "", "date", 0.8, {})
            continue
        if groups["pch"] is not None:
            part = _PART_BEFORE.search(text, max(0, start - 2), start)
            if part is None and text[start - 2 : start] in _EVENING_OF_A_DAY:
                part = _EVENING.match(text, start - 1)  # ２月８日晚１１点: that evening (v12.7)
            hour = _on_a_24_hour_clock(part.group() if part else None, int(groups["pch"]))
            minute = 30 if groups["pchalf"] else int(groups["pcmin"] or 0)
            if hour <= 24 and (part or text[start - 1] in "日号號"):  # not 马上3点
                # the part stays outside the span, as for 凌晨0点30分
                yield Found(start, end, f"T{hour:02d}:{minute:02d}", "", "date", 0.8, {})
            continue
        if groups["ch"] is not None:
            hour, minute = int(groups["ch"]), int(groups["cmin"] or groups["cmin2"] or 0)
            part = _PART_JUST_BEFORE.search(text, max(0, start - 3), start)
            if part is not None and hour <= 12:  # 下午 2時, 晚間6時: one time, 14:00 (v12)
                start, hour = part.start(), _on_a_24_hour_clock(part.group(1), hour)
            elif hour <= 12 and (
                about := _PART_ABOUT_BEFORE.search(text, max(0, start - 4), start)
            ):
                hour = _on_a_24_hour_clock(about.group(1), hour)  # 晚間約9時: 21:00
            if hour <= 24:
                yield Found(start, end, f"T{hour:02d}:{minute:02d}", "", "date", 0.8, {})
            continue
        if groups["dth"] is not None:  # 4.20pm: T16:20
            hour = int(groups["dth"]) % 12 + (12 if (groups["dtap"] or "a")[0] in "pP" else 0)
            yield Found(start, end, f"T{hour:02d}:{groups['dtm']}", "", "date", 0.8, {})
            continue
        if (listed_day := groups["ld1"]) is not None:  # 28、29日: ---28/---29
            first_value, second = int(listed_day), int(groups["ld2"] or 0)
            unit = groups["ldu"] or ""
            in_month = int(groups["ldm"] or 0)
            months = unit.startswith("月")
            if second == first_value + 1 and second <= (12 if months else 31):
                if months:
                    iso = f"--{first_value:02d}/--{second:02d}"
                else:
                    iso = f"{iso_date(0, in_month, first_value)}/{iso_date(0, in_month, second)}"
                yield Found(start, end, iso, "", "date", 0.85, {})
            elif 1 <= second <= (12 if months else 31):  # 3、8日: the second alone, as before
                second_start = match.start("ld2")
                iso = f"--{second:02d}" if months else iso_date(0, 0, second)
                second_end = second_start + len(groups["ld2"] or "") + 1
                yield Found(second_start, second_end, iso, "", "date", 0.8, {})
            continue
        if (first_month := groups["mw1"]) is not None:  # March to May 2019
            early_month = MONTHS[first_month.lower()]
            late_month = MONTHS[(groups["mw2"] or "").lower()]
            year_text = groups["mwy"] or ""
            if early_month < late_month:
                iso = f"{year_text}-{early_month:02d}/{year_text}-{late_month:02d}"
                yield Found(start, end, iso, "", "date", 0.9, {})
            else:
                reached = match.start("mw2")
            continue
        if groups["th"] is not None:
            hour, minute = int(groups["th"]), int(groups["tm"] or 0)
            if groups["tm"] and in_player(text, start, end):
                continue  # 0:00 / 0:00: an audio player's counter
            if hour > 24 or (groups["tap"] and hour > 12):
                continue
            if groups["tap"] and groups["tap"].lower().startswith("p") and hour < 12:
                hour += 12
            elif groups["tap"] and groups["tap"].lower().startswith("a") and hour == 12:
                hour = 0  # 12:01 a.m. is a minute past midnight (figures v12)
            seconds = f":{groups['ts']}" if groups["ts"] else ""  # 13:36:14
            yield Found(start, end, f"T{hour:02d}:{minute:02d}{seconds}", "", "date", 0.8, {})
            continue
        if groups["dec"] or groups["dec2"] or groups["cdec"]:
            if groups["dec"]:
                decade = int(groups["dec"])
            elif groups["dec2"]:
                decade = 1900 + int(groups["dec2"])
            else:
                decade = 1900 + 10 * CHINESE_DIGITS[groups["cdec"] or "零"]
            yield Found(start, end, f"{decade // 10:03d}X", "", "date", 0.8, {})
            continue
        if groups["score"]:
            yield Found(start, end, int(groups["score"]), "", "other", 0.6, {"score": True})
            continue
        if word and word.lower() in {"may", "mar"} and word[0].islower() and not year:
            continue  # "may", "mar" are words too
        if word and word.lower() == "may" and not (day_text or year):
            continue
        month = MONTHS[word.lower()] if word else int(ascii_digits(month_text)) if month_text else 0
        day = int(ascii_digits(day_text)) if day_text else 0
        if month > 12 or day > 31:
            continue
        pre = _PRE_POST.search(text, max(0, start - 5), start) or (
            word and _FULL_RANGE_BEFORE.search(text, max(0, start - 18), start)
        )  # pre-August 5, July 23-August 8: a date still
        if text[end - 1] not in "年月日号號" and not pre and is_identifier(text, start, end):
            continue
        year_value = int(ascii_digits(year)) if year else 0
        iso = iso_date(year_value, month, day)
        last_day = int(groups["ad2"] or groups["ed2"] or 0)
        if last_day > day:  # June 13-17, 5-11 July: a range of days, an ISO 8601 interval
            iso += "/" + iso_date(year_value, month, last_day)
        elif groups["ad2"] and not groups["ay"]:  # June 13 to 5: no range, the first day
            end = _ORDINAL_SUFFIX.match(text, match.end("ad")).end()  # type: ignore[union-attr]
        if groups["ith"] is not None:  # a timestamp: 2019-09-07T15:14(:21)
            seconds = f":{groups['its']}" if groups["its"] else ""
            iso += f"T{groups['ith']}:{groups['itm']}{seconds}"
        yield Found(start, end, iso, "", "date", 0.9, {})


def iso_date(year: int, month: int, day: int) -> str:
    """ISO 8601 for what the text says: ``2024-06-24``, ``2024-06``, ``2024``, ``--06-24``
    (month and day, no year), ``--06`` (a month alone) or ``---24`` (a day alone)."""
    if year:
        return "-".join(
            [f"{year:04d}"] + ([f"{month:02d}"] if month else []) + ([f"{day:02d}"] if day else [])
        )
    if month:
        return f"--{month:02d}" + (f"-{day:02d}" if day else "")
    return f"---{day:02d}"


def ascii_digits(digits: str) -> str:
    return digits.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
