"""Quantity forms the figure detector's main pattern does not read, and forms it must not offer.

``figures.py`` reads a number with its unit in one regular expression; these are the general
forms around it (fifth round, docs/performance.md) that the gold rules (docs/suggest-gold.md)
settle and that one pattern cannot:

- read: ``前5月``/``前五个月`` (the first five months: a duration, not the month of May),
  ``a million pounds``/``a thousand years`` (a scale word after "a" with a unit of measure or
  money), ``in their early 40s`` (an age in decades), ``过亿``/``近千亿`` (a round number
  of 亿 after a bound word, no unit written; ``过千万`` stays vague, like ``千万人``);
- read (sixth round): ``一年半``/``两个半小时``/``3天半`` (and a half), ``一米四``/``1米75``
  (a height in metres with its decimals after ``米``), a ratio of three or more parts or of
  decimals (``1.1:50.3:48.6``, the shares of three industries: each part a figure, not a time),
  ``两个多月``/``三个多小时`` (more than N months or hours: a duration, not "two" and a month);
- join: ``2lb 13oz``, ``5ft 10in``, ``11st 4lb`` (one measure in two units);
- refuse: emergency and alert levels (``4级应急响应``), a counter with its label
  (``评论19064条``), vague decades (``30-something``, ``20-odd``), ``the two sessions`` (两会 in
  English), ``州`` after a numeral in characters (``九州`` is a name; ``37州`` counts states),
  a numbered list's markers (``1. Finland``), years and times (``’91``, ``1451 GMT``,
  ``9点半``), phases and "second" (``二期工程``, ``二次整改``), ``401(k)``, and page
  furniture (``5 min read``, ``Posted 3 hours ago``);
- refuse (ninth round, held-out 10): street numbers (``1119 Eighth St.``, ``3170 W. County
  Road``, ``2134 Caldwell Place``), North American phone numbers (``1-800-843-0008``), a
  postcode after its label (``邮政编码：100101``), a mail domain (``@163.com``) and a legend's
  bracketed markers (``(1) crew quarters, (8) life support``), a sequel's number glued to its
  title's name (``《绝地战警4：生死与共》``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Final

from .figure_scan import either, first_characters
from .numbers import MULTIPLIERS, Number, parse_chinese, tidy
from .units import ENGLISH_NUMBER_WORDS, ENGLISH_UNITS

#: Currencies whose own countries group thousands with a full stop (``Rp 6.559``, ``R$ 1.200``,
#: ``₫ 25.000``), before or after the number.
_DOT_GROUP_CURRENCIES: Final = frozenset(
    ("Rp", "Rp.", "IDR", "R$", "BRL", "₫", "VND", "₺", "TRY", "ARS", "CLP", "rupiah", "reais",
     "real", "dong", "lira", "liras", "pesos", "Euro")
)  # fmt: skip
_CJK_NEAR = re.compile(r"[\u3400-\u9fff\uff01-\uff5e]")


def dot_groups_thousands(
    text: str, start: int, end: int, prefix: str, unit: str, *, english: bool
) -> bool:
    """May one ``.`` followed by three digits in ``text[start:end]`` group thousands?

    Only where the writing convention does: a currency of a country that writes thousands so
    (``Rp 6.559`` is 6,559 rupiah, even in an English page), or a text that is neither English
    nor Chinese (German, Spanish, Indonesian: ``40.000 Besucher``). Never in Chinese or English
    text: ``报6.559元``, ``a rate of 1.250``, ``0.125`` are decimals. ``1.234.567`` (two full
    stops) is read as thousands before this is asked.
    """
    if prefix.strip() in _DOT_GROUP_CURRENCIES or unit.strip() in _DOT_GROUP_CURRENCIES:
        return True
    if english:
        return False
    return _CJK_NEAR.search(text, max(0, start - 20), min(len(text), end + 20)) is None


#: 前5月, 前五个月, 前11个月: the first N months of a year, a duration (the gold's ``月``).
_FIRST_MONTHS = re.compile(
    r"(?<![目当當眼之此以日提空向])"
    r"前(?P<n>[0-9]{1,2}|[一二两兩三四五六七八九十]{1,3})(?P<unit>个月|個月|月)(?![份日号號0-9])"
)
_MEASURE_OR_MONEY: Final = sorted(
    (u for u, kind in ENGLISH_UNITS.items() if kind in ("measure", "money") and u.isalpha()),
    key=len,
    reverse=True,
)
#: a million pounds, a thousand years, a hundred miles: "a" as "one" before a scale word; half a
#: million pounds is no figure ("half" is a word, rules 2.3), nor is the million in it.
_A_SCALE = re.compile(
    r"(?<![-\w])(?<![Hh]alf\s)[Aa]\s(?P<scale>hundred|thousand|million|billion|trillion)\s"
    r"(?P<unit>" + "|".join(map(re.escape, _MEASURE_OR_MONEY)) + r")\b"
)
#: more than a million tweets, over a thousand times, a million or more Uighurs: "a" as "one"
#: before a scale word that counts (set 15 marks ``a million``; figures v12.2): "a million" and up
#: before a plural noun, any scale after a bound word ("a thousand choices" alone is a manner of
#: speaking; "as many as a thousand loyalists" is bound too: figures v12.11, held-out 30), the
#: bound word also opening a sentence ("Over a hundred asylum-seekers", held-out 34; v12.16).
_A_SCALE_COUNT = re.compile(
    r"(?:(?<=\b[Mm]ore\sthan\s)|(?<=\b[Oo]ver\s)|(?<=\b[Nn]early\s)|(?<=\b[Aa]lmost\s)"
    r"|(?<=\b[Aa]bout\s)|(?<=\b[Aa]round\s)|(?<=\b[Rr]oughly\s)|(?<=\b[Uu]p\sto\s)"
    r"|(?<=\b[Aa]t\sleast\s)|(?<=\b[Aa]s\smany\sas\s)|(?<=\b[Aa]s\smuch\sas\s))"
    r"a\s(?P<scale>hundred|thousand|million|billion|trillion)(?P<times>\stimes)?(?![-\w])"
    r"|(?<![-\w])(?<![Hh]alf\s)[Aa]\s(?P<big>million|billion|trillion)"
    r"(?=\s(?:[a-z]+s\b|or\smore\b|people\b))"
)
#: in their early 40s, in his 70s: an age given by its decade.
_AGE_DECADE = re.compile(
    r"\b(?:in|into)\s(?:his|her|their|my|your|our)\s(?:(?:early|mid|late)[\s-]?)?"
    r"(?P<n>[1-9]0)s\b"
)
#: the 2011 season: a year before "season" (a date; figures v12.9)
_SEASON_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
#: 22岁-: a number and its unit before a dash, the first end of a range (figures v12.9)
_UNIT_RANGE_BEFORE = re.compile(r"[0-9](?P<unit>[^\s0-9-]{1,6})-$")


def season_year(number: str, unit: str, separator: str | None) -> bool:
    """Is ``number`` before ``season`` a year (the 2011 season: a date, as the sets mark it)?"""
    return unit in ("season", "seasons") and not separator and bool(_SEASON_YEAR.fullmatch(number))


def second_end(text: str, start: int, unit: str) -> bool:
    """Is the number at ``start`` a range's second end, its unit written at both ends after a
    dash (22岁-80岁, 131~179g/L's like)? Then the dash is no hyphen of a name (分享-2)."""
    before = _UNIT_RANGE_BEFORE.search(text, max(0, start - 12), start) if unit else None
    return before is not None and before.group("unit") == unit


#: 过亿, 破亿, 近千亿, 超百万: a round multiplier after a bound word, with no unit written.
_BOUND_MULTIPLIER = re.compile(
    r"(?<=[过過破超逾近])(?P<mult>万亿|萬億|千亿|千億|百亿|百億|亿|億)"
    r"(?![\u3400-\u9fff]?[元美港欧歐日人个個家台臺辆輛件吨噸])"
)


#: 一年半, 三天半, 两个半小时, 1年半: a number of a unit and a half.
_AND_A_HALF = re.compile(
    r"(?<![0-9一二两兩三四五六七八九十百千万萬])"
    r"(?P<n>[0-9]{1,2}|[一二两兩三四五六七八九十]{1,3})"
    r"(?P<unit>年|天|周|週|小时|小時|公里|米|吨|噸|斤|公斤|岁|歲|(?P<ge>个|個)(?=半(?:月|小时|小時)))"
    r"半(?P<rest>(?(ge)(?:月|小时|小時)|))(?!载|載|岛|島|导|導|夜|边|邊|径|徑|场|場|山|路|生)"
)
#: 一米四, 一米七五, 1米8: a height in metres, the decimals written after 米.
_METRE_DECIMALS = re.compile(
    r"(?<![0-9一二两兩三四五六七八九十])(?P<n>[一二两兩]|[12])米"
    r"(?P<d>[一二三四五六七八九][一二三四五六七八九〇零]?|[0-9]{1,2})(?![0-9\u3400-\u9fff])"
    r"|(?<![0-9一二两兩三四五六七八九十])(?P<n2>[一二两兩]|[12])米"
    r"(?P<d2>[一二三四五六七八九][一二三四五六七八九〇零]?|[0-9]{1,2})(?=[的左高多])"
)


#: 两个多月, 三个多小时, 10个多星期: more than N months, hours or weeks.
_MORE_THAN_UNITS = re.compile(
    r"(?<![0-9一二两兩三四五六七八九十百千])(?P<n>[0-9]{1,3}|[一二两兩三四五六七八九十]{1,3})"
    r"(?:个|個)多(?P<unit>月|小时|小時|星期|钟头|鐘頭)"
)
#: 1.1:50.3:48.6, 3:4:3, 0.7:1: a ratio (three or more parts, or a decimal in it).
_RATIO = re.compile(
    r"(?<![0-9.:：])(?:[0-9]{1,3}(?:\.[0-9]+)?[:：]){2,}[0-9]{1,3}(?:\.[0-9]+)?(?![0-9:：])"
    r"|(?<![0-9.:：])[0-9]{1,3}\.[0-9]+[:：][0-9]{1,3}(?:\.[0-9]+)?(?![0-9.:：])"
    r"|(?<![0-9.:：])[0-9]{1,3}[:：][0-9]{1,3}\.[0-9]+(?![0-9.:：])"
)
_RATIO_PART = re.compile(r"[0-9]+(?:\.[0-9]+)?")
#: 1 in 10, one in five: a share written as "N in M", one figure (a fraction, kind other).
_ONE_IN = re.compile(
    r"(?<![\w.,$£€-])(?P<num>[0-9]{1,3}|one|two|three|four|five|One|Two|Three|Four|Five)"
    r"(?P<sep>[\s-])in(?P=sep)(?P<den>(?:a\s)?[0-9]{1,3}(?:,[0-9]{3})?"  # one-in-100 (v12.8)
    # one in 1100, one in a 1000, one in two (held-out 42; figures v12.22): four digits but a
    # year's (one in 2013 is a time)
    r"|(?:a\s)?(?!19|20)[0-9]{4}|two|three|four|five|six|seven|eight|nine|ten|twenty|a\shundred)"
    # walking 28 in 164 innings: a time or a spell of play, not a share (v12.18)
    # (one in 10. at a sentence's end: the point no decimal's; held-out 43, v12.27)
    r"(?![\w,%-]|\.[0-9]|\s(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|innings)\b)"
)


#: 10x faster, 3x the price: "N times" written with an x (rules 2.3: one figure, kind other).
_GLUED_TIMES = re.compile(
    r"(?<![\w.,])(?P<n>[0-9]{1,4}(?:\.[0-9]+)?)x(?=\s(?:faster|slower|more|less|higher|lower|"
    r"bigger|smaller|larger|cheaper|better|worse|greater|stronger|the|as)\b)"
)
#: 5'11", 6′2″: a height in feet and inches.
_FEET_INCHES = re.compile(r"(?<![\w.,'])(?P<ft>[4-7])['′](?P<in>[0-9]{1,2})(?:\"|″|'')")


def _share_part(written: str) -> int:
    """A part of "N in M": digits (``1,000``) or a number word (``a hundred``)."""
    written = written.removeprefix("a ")
    if written[0].isdigit():
        return int(written.replace(",", ""))
    if written.endswith("hundred"):
        return 100
    return 1 if written.lower() == "one" else ENGLISH_NUMBER_WORDS.get(written.lower(), 0)


def _number_of(written: str) -> Number | None:
    return int(written) if written.isdigit() else parse_chinese(written)


def at(
    text: str, pattern: re.Pattern[str], anchors: tuple[str, ...], back: int
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` starting up to ``back`` characters before an anchor: the anchors
    are found in C (:func:`_anchored`), so a long article is not scanned four more times
    (bench/suggest.py)."""
    return around(text, pattern, anchored_all(text, anchors), back)


def around(
    text: str, pattern: re.Pattern[str], found: Iterable[Iterable[int]], back: int
) -> Iterator[re.Match[str]]:
    """:func:`at` with its anchors' offsets ``found`` already, anchor by anchor.

    ``pattern`` is asked only where a character it can open on stands (``first_characters``,
    one ``search`` of a class over the ``back`` places instead of a ``match`` at each: ~7,600
    calls a scan of bench/suggest.py, three of which match; ADR 0141, decision 14)."""
    first = first_characters(pattern)
    if first is None:
        yield from _around_each(text, pattern, found, back)
        return
    seen: set[int] = set()
    for positions in found:
        for position in positions:
            place = first.search(text, max(0, position - back), position + 1)
            while place is not None:
                start = place.start()
                if start not in seen:  # (else matched already: the same whichever anchor asks)
                    match = pattern.match(text, start)
                    if match is not None:
                        seen.add(start)
                        yield match
                place = first.search(text, start + 1, position + 1)


def _around_each(
    text: str, pattern: re.Pattern[str], found: Iterable[Iterable[int]], back: int
) -> Iterator[re.Match[str]]:
    """:func:`around` for an expression whose first characters cannot be read: a ``match`` at
    each place."""
    seen: set[int] = set()
    for positions in found:
        for position in positions:
            for start in range(max(0, position - back), position + 1):
                if start in seen:
                    continue  # matched already (a match is the same whichever anchor asks)
                match = pattern.match(text, start)
                if match is not None:
                    seen.add(start)
                    yield match


def after_digit(
    text: str, pattern: re.Pattern[str], anchors: tuple[str, ...], back: int
) -> Iterator[re.Match[str]]:
    """As :func:`at`, only at an anchor written right after a digit (``5.17日``, ``2大1小``): a
    common character such as 日 or 小 costs one test, not ``back`` matches (figures v11.3)."""
    seen: set[int] = set()
    for positions in anchored_all(text, anchors):
        for position in positions:
            if position and "0" <= text[position - 1] <= "9":
                for start in range(max(0, position - back), position):
                    if start in seen:
                        continue
                    match = pattern.match(text, start)
                    if match is not None:
                        seen.add(start)
                        yield match


def _anchored(text: str, anchor: str) -> Iterator[int]:
    """Every offset of ``anchor`` in ``text``, in order (overlapping ones too).

    ``str.find`` for one character; for a longer anchor the engine's literal search where it
    finds each one (it opens on no space and cannot overlap itself: a match then never hides
    another), several times faster than ``str.find`` on a text of Chinese characters (``个多``,
    ``世纪``, ``x ``: 0.03–0.11 against 0.2–0.4 ms on bench/suggest.py's article)."""
    if len(anchor) > 1 and not anchor[0].isspace() and not _overlaps_itself(anchor):
        for found in _literal(anchor).finditer(text):
            yield found.start()
        return
    position = text.find(anchor)
    while position >= 0:
        yield position
        position = text.find(anchor, position + 1)


def anchored_all(text: str, anchors: tuple[str, ...]) -> list[list[int]]:
    """Every offset of each of ``anchors`` in ``text`` (:func:`_anchored`'s), anchor by anchor.

    Anchors that end alike (``nties`` … ``eties``, ``MILLION`` … ``TRILLION``) are found from one
    scan for the ending they share (:func:`shared_ending`), each at its ending's place tested
    with ``startswith``: one pass over a long article instead of one an anchor."""
    ending = shared_ending(anchors)
    if not ending:
        return [list(_anchored(text, anchor)) for anchor in anchors]
    found: list[list[int]] = [[] for _ in anchors]
    cuts = [len(anchor) - len(ending) for anchor in anchors]
    for place in _anchored(text, ending):
        for index, anchor in enumerate(anchors):
            position = place - cuts[index]
            if position >= 0 and text.startswith(anchor, position):
                found[index].append(position)
    return found


@functools.lru_cache(maxsize=256)
def shared_ending(anchors: tuple[str, ...]) -> str:
    """The ending several ``anchors`` share, when one scan for it is worth having (three
    characters or more); "" otherwise. An anchor stands where its ending stands, so every
    place of each anchor is one of the ending's places."""
    if len(anchors) < 2:
        return ""
    ending = anchors[0]
    for anchor in anchors[1:]:
        while not anchor.endswith(ending):
            ending = ending[1:]
    return ending if len(ending) >= 3 else ""


def _overlaps_itself(anchor: str) -> bool:
    """Can two of ``anchor`` overlap (an ending of it is also its beginning, `` in ``)?"""
    return any(anchor.startswith(anchor[size:]) for size in range(1, len(anchor)))


@functools.lru_cache(maxsize=256)
def _literal(anchor: str) -> re.Pattern[str]:
    """``anchor`` as an expression (the anchors are the forms' constants: a few dozen)."""
    return re.compile(re.escape(anchor))


def extra_figures(text: str) -> Iterator[tuple[int, int, Number, str, str, dict[str, object]]]:
    """(start, end, value, unit, kind, extra) of the forms above, read before dates."""
    for match in at(text, _GLUED_TIMES, ("x ",), 8):
        yield match.start(), match.end(), tidy(float(match.group("n"))), "times", "other", {}
    for match in at(text, _FEET_INCHES, ("'", "′"), 1):
        feet, inches = int(match.group("ft")), int(match.group("in"))
        if inches < 12:
            yield match.start(), match.end(), tidy(feet + inches / 12), "ft", "measure", {}
    for match in at(text, _RATIO, (":", "："), 8):
        parts = list(_RATIO_PART.finditer(match.group()))
        if "." not in match.group() and all(len(p.group()) == 2 for p in parts[1:]):
            continue  # 16:25:01: a time of day
        values = [float(part.group()) for part in parts]
        kind = "percent" if abs(sum(values) - 100) <= 0.5 else "other"
        for part, share in zip(parts, values, strict=True):
            start = match.start() + part.start()
            yield start, match.start() + part.end(), tidy(share), "", kind, {"ratio": True}
    for match in after_digit(text, _ADULTS_CHILDREN, ("小",), 3):
        for group, word in (("a", "大"), ("c", "小")):
            start = match.start(group)
            yield start, start + 2, int(match.group(group)), word, "count", {}
    for match in at(text, _ONE_IN, (" in ", "-in-"), 5):
        numerator, denominator = _share_part(match.group("num")), _share_part(match.group("den"))
        if 0 < numerator < denominator:
            extra: dict[str, object] = {"fraction": f"{numerator}/{denominator}"}
            yield match.start(), match.end(), tidy(numerator / denominator), "", "other", extra
    for match in at(text, _MORE_THAN_UNITS, ("个多", "個多"), 3):
        count = _number_of(match.group("n"))
        if count and match.group("n") != "一":  # 一个多月: "a month or more", like 一个月
            unit = text[match.end("n") : match.start("unit") - 1] + match.group("unit")
            more = {"approximate": True, "qualifier": "more than"}
            yield match.start(), match.end(), count, unit, "measure", more
    for match in at(text, _AND_A_HALF, ("半",), 6):
        count = _number_of(match.group("n"))
        if count:
            unit = match.group("unit") + match.group("rest")
            yield match.start(), match.end(), tidy(count + 0.5), unit, "measure", {}
    for match in at(text, _METRE_DECIMALS, ("米",), 2):
        whole = _number_of(match.group("n") or match.group("n2"))
        digits = match.group("d") or match.group("d2")
        if whole and digits:
            decimals = "".join(str(parse_chinese(c) or 0) if not c.isdigit() else c for c in digits)
            height = tidy(whole + int(decimals) / 10 ** len(decimals))
            yield match.start(), match.end(), height, "米", "measure", {}
    for match in at(text, _FIRST_MONTHS, ("前",), 0):
        written = match.group("n")
        value = int(written) if written.isdigit() else parse_chinese(written)
        if value and 1 <= value <= 12:
            yield match.start("n"), match.end(), value, "月", "measure", {}
    scales = [list(_anchored(text, anchor)) for anchor in _SCALES]  # found once for both
    for match in around(text, _A_SCALE, scales, 5):
        value = MULTIPLIERS[match.group("scale").lower()]
        unit = match.group("unit")
        yield match.start(), match.end(), value, unit, ENGLISH_UNITS[unit], {}
    for match in around(text, _A_SCALE_COUNT, scales, 5):
        value = MULTIPLIERS[(match.group("scale") or match.group("big")).lower()]
        unit = "times" if match.group("times") else ""
        yield match.start(), match.end(), value, unit, "count", {}
    for match in at(text, _AGE_DECADE, ("0s",), 24):
        start = match.start("n")
        yield start, match.end(), int(match.group("n")), "years", "measure", {}
    for match in at(text, _BOUND_MULTIPLIER, ("亿", "億"), 1):
        value = MULTIPLIERS.get(match.group("mult")) or parse_chinese(match.group("mult"))
        if value:
            extra = {"approximate": True, "qualifier": _BOUNDS[text[match.start() - 1]]}
            yield match.start(), match.end(), value, "", "count", extra


_SCALES: Final = tuple(
    f"{a} {scale} "
    for a in "aA"
    for scale in ("hundred", "thousand", "million", "billion", "trillion")
)
_BOUNDS: Final = {
    "过": "more than", "過": "more than", "破": "more than", "超": "more than",
    "逾": "more than", "近": "nearly",
}  # fmt: skip

#: 2lb 13oz, 5ft 10in, 11st 4lb: the second unit and how many of it make one of the first.
_COMPOUND: Final = {
    ("lb", "oz"): 16, ("lbs", "oz"): 16, ("pounds", "ounces"): 16, ("pound", "ounces"): 16,
    ("ft", "in"): 12, ("feet", "inches"): 12, ("foot", "inches"): 12, ("st", "lb"): 14,
    ("stone", "pounds"): 14,
}  # fmt: skip
_BETWEEN_PARTS = re.compile(r"[ \u00a0]?")


def compound(text: str, first_end: int, first_unit: str, second: tuple[int, str]) -> int | None:
    """How many of ``second``'s unit make one of ``first_unit`` when the two figures are one
    measure written in two units (``2lb 13oz``); None when they are two figures."""
    start, unit = second
    per = _COMPOUND.get((first_unit, unit))
    if per is None or _BETWEEN_PARTS.fullmatch(text, first_end, start) is None:
        return None
    return per


def joined_value(first: Number, second: Number, per: int) -> Number:
    return tidy(first + second / per)


#: 4级应急响应, 三级预警, Ⅱ级响应: a level of an emergency response or alert names a state.
_LEVEL_AFTER = re.compile(
    r"(?:应急|應急|防汛|防台|防疫)?(?:响应|響應|预警|預警|警报|警報|警戒|防控|应急|應急)"
)
_LEVEL_BEFORE = re.compile(r"[级級](?:应急|應急)?(?:响应|響應|预警|預警)[^。，,；;]{0,8}$")
#: 评论19064条, 跟帖 532: a counter's label right before the number.
_COUNTER_LABEL = re.compile(
    r"(?:评论|評論|跟帖|阅读|閱讀|浏览|瀏覽|点击|點擊|转发|轉發|点赞|點讚|播放)(?:数|數|量)?[:：]?\s?$"
)
#: 30-something, 20-odd, 40-ish: a vague decade, no amount.
_VAGUE_AFTER = re.compile(r"-?(?:something|odd|ish)\b")
#: a stock's 52-week range, high or low: a term of the trade, not a duration (figures v11.5).
_TRADING_TERM_AFTER = re.compile(r"\s(?:trading\s)?(?:range|high|low)s?\b")
#: "the two sessions": China's annual legislative meetings (两会), a name.
_NAMED_AFTER = re.compile(r"\s[Ss]essions\b")


def not_a_figure(text: str, start: int, end: int, unit: str, chinese_numeral: bool) -> bool:
    """Is the figure ``text[start:end]`` (its unit as shown) one of the refused forms?

    The tests that open at the figure's end are asked only where one of them can match
    (``_AFTER``, one call for eleven), those that open a line only at a line's start: 344
    figures a call of bench/suggest.py, most of which follow none (ADR 0141, decision 14)."""
    if not chinese_numeral and _named_place_or_line(text, start, end):
        return True
    if unit in ("级", "級") and (
        _LEVEL_AFTER.match(text, end) or _LEVEL_BEFORE.search(text, max(0, start - 16), start)
    ):
        return True  # 4级应急响应提升至3级: both are levels
    if not chinese_numeral and _COUNTER_LABEL.search(text, max(0, start - 6), start):
        return True  # 评论19064条; but 论文、评论三十余篇 counts reviews (a counter shows digits)
    if _AFTER.match(text, end) is not None and _refused_by_what_follows(text, start, end, unit):
        return True
    if unit in ("组", "組") and text[start - 1 : start] in ("村", "队", "隊"):
        return True  # 驾桥村四组, 红星村3组: a village's group, an address (全村分成四组 counts)
    if text[start:end] in ("一个", "一個") and text[end : end + 1] in tuple("0123456789"):
        return True  # 派一个15个人的项目组: the article before a count; 两个10万美元大奖 counts
    if text[start - 1 : start] in ("", "\n") and (  # (both expressions open a line)
        (_GLUED_COUNTER.match(text, start) and _neighbour_opens_with(_GLUED_COUNTER, text, start))
        or (_LIST_MARKER.match(text, start) and _neighbour_opens_with(_LIST_MARKER, text, start))
    ):
        return True  # 1. Finland / 2. Norway: a list's markers
    if list_item(text, start, end):
        return True  # 1、 … 62、 with the items' lines between: an enumeration's numbers
    if text[start - 1 : start] in ("’", "'") and _TWO_DIGITS.fullmatch(text, start, end):
        return True  # in ’91: a year
    if end - start == 2 and _SPLIT_YEAR_BEFORE.search(text, max(0, start - 5), start):
        return True  # 2019/20, 2019-20: a financial or school year
    if not unit and _sequel(text, start, end):
        return True  # 《绝地战警4：生死与共》, 《速度与激情9》: a sequel's number, a name
    if chinese_numeral and (unit == "期" or text[start:end] == "二次"):
        return True  # 二期工程, 二次整改: a phase, "second", not a count
    # 九州, 九死一生: names and idioms in characters; 37州, 3死5伤 count
    return unit in ("州", "死", "伤", "傷") and chinese_numeral


def _refused_by_what_follows(text: str, start: int, end: int, unit: str) -> bool:
    """:func:`not_a_figure`'s tests that open at the figure's end (``_AFTER`` matched there)."""
    if not unit and _VAGUE_AFTER.match(text, end):
        return True
    if text[start:end].endswith("-week") and _TRADING_TERM_AFTER.match(text, end):
        return True  # the stock's 52-week range is $73.96 to $104.80
    if text[start:end].lower() == "two" and _NAMED_AFTER.match(text, end):
        return True
    if _SUBSECTION_AFTER.match(text, end):
        return True  # 401(k), 501(c)(3): a name
    if _COUNTER_AFTER.match(text, end) and _opens_line(text, start):
        return True  # "12 comments", "1.2k views · 45 shares": a page's counters
    if _READERS_NOW.match(text, end) or (
        _RANK_THEN_READERS.match(text, end) and _opens_line(text, start)
    ):
        return True  # a popular list's "1 1211 reading now": its rank and its readers (v12.14)
    if _LINE_ENDS.match(text, end) and _AD_SLOT_BEFORE.search(text, max(0, start - 20), start):
        return True  # a line "Advertisement 2": the page's numbered ad slot (figures v11.7)
    if _READ_TIME_AFTER.match(text, end) or _posted_ago(text, start, end):
        return True  # "5 min read", "Posted 3 hours ago": page furniture
    if _ZONE_AFTER.match(text, end) and not _A_CLOCK.search(text, start, end):
        return True  # 1451 GMT: a time (2:16 p.m. EST is read as one already)
    return _CLOCK_AFTER.match(text, end) is not None  # 9点半: a time


#: Five or more digits opening a line, glued to Chinese text: a headline's rank and views
#: (``49980对于华为…`` is rank 4, 9,980 views) when the lines around it open the same way.
_GLUED_COUNTER = re.compile(r"(?<![^\n])[0-9]{5,}(?=[\u3400-\u9fff\"“「《【])")


def _neighbour_opens_with(pattern: re.Pattern[str], text: str, start: int) -> bool:
    """Does the line before or after the one opening at ``start`` open with ``pattern``
    (blank lines between skipped)?"""
    end = start
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    previous = text.rfind("\n", 0, end) + 1
    following = text.find("\n", start)
    while 0 <= following < len(text) and text[following] == "\n":
        following += 1
    return bool(
        (end < start and pattern.match(text[previous:end]))
        or (following > 0 and pattern.match(text, following))
    )


#: A list's marker: a number opening its line, then a full stop or bracket and a word.
_LIST_MARKER = re.compile(
    r"(?<![^\n])[0-9]{1,2}(?:[.)]\s\S|[、．.)）](?=[\u3400-\u9fff【「“《\"]))"
)
#: An enumeration's item number opening its line (figures v11.3, held-out 13's list of 62
#: sights): ``1、``, ``1.``/``1．``, ``1)``/``1）`` or ``(1)``/``（1）``, then the item's first
#: word, not a digit (``1.5亿元`` opening a line is an amount).
_ITEM = re.compile(
    r"^(?:[(（](?P<b>[0-9]{1,2})[)）]\s?(?=[^\s0-9])"
    r"|(?P<n>[0-9]{1,2})(?P<mark>[.)]\s(?=\S)|[、．.)）](?=[\u3400-\u9fff【「“《\"A-Z])))",
    re.MULTILINE,
)
_ITEM_MARKS: Final = {"．": ".", "）": ")"}


def list_item(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` an enumeration's item number: a marker opening its line
    (``_ITEM``), with another line opening the same way with the number before or after it,
    however many lines the items take between (``1、`` … ``2、``)? Page structure, not a
    quantity, wherever the list stands (figures v11.3)."""
    line = start - 1 if text[start - 1 : start] in ("(", "（") else start
    if line and text[line - 1] != "\n":
        return False
    match = _ITEM.match(text, line)
    if match is None or match.span("b" if match.group("b") else "n") != (start, end):
        return False
    style, number = _item_key(match)
    items = _items(text)
    return (style, number - 1) in items or (style, number + 1) in items


@functools.lru_cache(maxsize=8)
def _items(text: str) -> frozenset[tuple[str, int]]:
    """The (style, number) of each line's item marker: one scan of a text, only for a text
    with a figure opening a line as a marker does."""
    return frozenset(_item_key(match) for match in _ITEM.finditer(text))


def _item_key(match: re.Match[str]) -> tuple[str, int]:
    if match.group("b") is not None:
        return "()", int(match.group("b"))
    mark = match.group("mark")[0]
    return _ITEM_MARKS.get(mark, mark), int(match.group("n"))


_TWO_DIGITS = re.compile(r"[0-9]{2}")
_SPLIT_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}[/-]$")
_ZONE_AFTER = re.compile(r"\s?(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|HKT|JST|KST)\b")
_CLOCK_AFTER = re.compile("点半|點半|点钟|點鐘")
#: A clock time read as one (``2:16 p.m.``, ``15:32``): a time zone after it is its own.
_A_CLOCK = re.compile(r"[0-9][:：][0-9]|[0-9]\s?[ap]\.?m\.?$")
_SUBSECTION_AFTER = re.compile(r"\([a-z]\)")
_READ_TIME_AFTER = re.compile(r"\s(?:min|mins|minute|minutes)?\s?read\b", re.IGNORECASE)
#: "3 hours ago" ending a short line: when a page item was posted.
_AGO_LINE_END = re.compile(r"\s?ago\s*(?:\n|$)")


#: A page's counter word after its number, ending the line or before the next counter.
_COUNTER_AFTER = re.compile(
    r"\s?(?:comments?|shares?|views?|likes?|replies|reply|reactions?|retweets?|reposts?|"
    r"followers?|subscribers?|reads|plays|votes|claps)\b\s*(?:\n|$|[|·•/,])",
    re.IGNORECASE,
)
#: ``1211 reading now``: a "Popular in News" list's count of readers (CBC; held-out 33,
#: figures v12.14), and ``1`` before it, the item's rank, where it opens the line. The sets mark
#: such lists' ranks and counters nowhere (set 6's ``评论19064条``, 12's views, 28's "Most read"),
#: the figures of their headlines everywhere.
_NOW = r"(?:people\s)?(?:reading|watching|viewing|listening)\snow\b"
_READERS_NOW = re.compile(rf"[ \u00a0]{_NOW}")
_RANK_THEN_READERS = re.compile(rf"[ \u00a0][0-9][0-9,.]*[kK]?[ \u00a0]{_NOW}")
#: A line of its own that holds an ad slot's word and its number (``Advertisement 2``).
_AD_SLOT_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:Advertisement|ADVERTISEMENT|Advert|Ad|Sponsored|Sponsor)[ \t]?$"
)
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
_FURNITURE_BEFORE = re.compile(r"(?:^|\n)[ \t]*$|[|·•/][ \t]*$")
#: Where one of the tests that open at a figure's end can match (:func:`not_a_figure`).
_AFTER = either(
    _VAGUE_AFTER,
    _TRADING_TERM_AFTER,
    _NAMED_AFTER,
    _SUBSECTION_AFTER,
    _COUNTER_AFTER,
    _READERS_NOW,
    _RANK_THEN_READERS,
    _LINE_ENDS,
    _READ_TIME_AFTER,
    _AGO_LINE_END,
    _ZONE_AFTER,
    _CLOCK_AFTER,
)


def _opens_line(text: str, start: int) -> bool:
    """Does ``text[start]`` open its line, or follow a counter's separator (``·``, ``|``)?"""
    return _FURNITURE_BEFORE.search(text, max(0, start - 40), start) is not None


def _posted_ago(text: str, start: int, end: int) -> bool:
    """Is the figure the "3 hours" of a short line ending in "ago" (``Posted 3 hours ago``)?"""
    if _AGO_LINE_END.match(text, end) is None:
        return False
    return start - (text.rfind("\n", 0, start) + 1) <= 30


_DECIMAL = re.compile(r"[0-9]+\.([0-9]+)")


def decimal_range(low: str, high: str | None) -> bool:
    """``6.55-6.60``: two decimals written to the same places, rising — a range (an exchange
    rate's band), not an identifier or a model and its variant."""
    if high is None:
        return False
    first, second = _DECIMAL.fullmatch(low), _DECIMAL.fullmatch(high)
    if first is None or second is None or len(first.group(1)) != len(second.group(1)):
        return False
    return float(low) < float(high)


#: 在18.5-24之间, 6-10以内: the words after a range that say it is one.
_RANGE_AFTER = re.compile("之间|之間|以内|以內|范围|範圍")
#: ＞24, ≥ 30, 大于24: a comparison sign or word before a bare number makes it a threshold.
_COMPARED = re.compile(r"(?:[＞＜>≥≤≧≦]|大于|小于|高于|低于|大於|小於|高於|低於)\s?$")


def bounded_range(text: str, end: int, low: str, high: str | None) -> bool:
    """``18.5-24之间``: two numbers, rising, that the words after them call a range."""
    if high is None or not _RANGE_AFTER.match(text, end):
        return False
    try:
        return float(low) < float(high)
    except ValueError:
        return False


#: 2大1小, 1大2小: a family ticket's adults and children, each a count with its word, as 2大 is
#: (figures v11.3, held-out 13).
_ADULTS_CHILDREN = re.compile(r"(?<![0-9.])(?P<a>[1-9])大(?P<c>[1-9])小")


def changed_from(text: str, start: int, end: int) -> bool:
    """Is the number at ``start`` a change's first value, glued to its verb (``由0.7调整至0.6``,
    ``从5%下调到3%``; figures v11.3), not a name glued to its word (``58同城``)?"""
    return (
        _FROM_CN.search(text, max(0, start - 1), start) is not None
        and _CHANGE_VERB.match(text, end) is not None
    )


_FROM_CN = re.compile("[由从從]$")
_CHANGE_VERB = re.compile(
    "调|調|上调|上調|下调|下調|提高|提升|降低|降至|降到|降为|降為|升至|升到|升为|升為|增至|增加|增长|增長|"
    "减少|減少|减至|減至|下降|上升|变为|變為|变成|變成"
)


def compared(text: str, start: int) -> bool:
    """Is the number at ``start`` a threshold after a comparison (``＞24属于超重``)?"""
    return _COMPARED.search(text, max(0, start - 3), start) is not None


#: 1119 Eighth St., 3170 W. County Road 600S, 2134 Caldwell Place: a street number, then an
#: optional direction and one to three capitalised words ending in a street's suffix, which
#: ends the phrase (a mark, a capital or a small word such as "and", "back", "is" after it;
#: ``40 Main Street businesses`` is left alone).
STREET_WORDS = (
    "Street|St|Avenue|Ave|Road|Rd|Place|Pl|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|"
    "Way|Terrace|Parkway|Pkwy|Highway|Hwy|Plaza|Square"
)
STREET_AFTER = re.compile(
    r"\s(?:(?:[NSEW]\.|North|South|East|West)\s)?(?:[A-Z0-9][A-Za-z0-9]*\s){1,3}"
    rf"(?:{STREET_WORDS})\b\.?"
    r"(?=[,.;:)\n]|$|\s[A-Z0-9]|\s(?:and|or|in|is|was|near|where|between|back|to|on|at|for|"
    r"from|with|which|that|has|had)\b)"
    r"|\s[NSEW]\.\s[A-Z]"  # 2134 N. Main: a direction abbreviated before a name
)
#: 300 Slater (is …): a street number and its street's name, the address written in full
#: elsewhere in the text (300 Slater Street).
_STREET_NAME_AFTER = re.compile(r"\s([A-Z][a-z]+)\b")
#: 1-800-843-0008, (202) 555-0100, 202-555-0100: a North American telephone number.
_NORTH_AMERICAN_PHONE = re.compile(
    r"(?:1[-‐. ])?\(?[0-9]{3}\)?[-‐. ][0-9]{3}[-‐.][0-9]{4}(?![0-9])"
)
#: 020 7946 0958, 0161 496 0000, 07700 900123, 06 12 34 56 78: a telephone number written with
#: its trunk prefix 0 and groups of digits (figures v11; no amount is written so).
_SPACED_PHONE = re.compile(
    r"(?<![0-9.,])0[0-9]{1,4}(?:[ \u00a0][0-9]{3,6}){1,3}(?![0-9%]|[.,][0-9])"
    r"|(?<![0-9.,])0[1-9](?:[ .][0-9]{2}){4}(?![0-9])"
)
#: 225-8452, 502-9991: a local telephone number, three digits, a tight dash and four (held-out
#: 20, figures v11.8); a range so written starts or ends round (150-1200, 225-8400 stay ranges).
_LOCAL_PHONE = re.compile(
    r"(?<![0-9.,$\-‐])([1-9][0-9]{2})[-‐]([0-9]{4})(?![0-9]|[-‐.,][0-9]|\s?%)"
)
_LOCAL_PHONE_DASHES: Final = frozenset("-‐")
#: 邮政编码：100101, 邮编 100101, ZIP 90210: a postcode after its label.
_POSTCODE_BEFORE = re.compile(
    r"(?:邮政编码|郵政編碼|邮编|郵編|(?-i:ZIP)|[Zz]ip code|[Pp]ostcode)\s?[:：]?\s?$"
)
_DIGITS = re.compile(r"[0-9]+")
_CJK_CHARACTER = re.compile(r"[\u3400-\u9fff]")


def _sequel(text: str, start: int, end: int) -> bool:
    """A number glued to a title's name, ending it or its name before a subtitle's colon."""
    if not text[start:end].isdigit():
        return False  # 《中国人口达14亿》 says an amount
    if text[end : end + 1] not in ("》", "〉", "：", ":") or not _CJK_CHARACTER.match(
        text, start - 1
    ):
        return False
    window = text[max(0, start - 30) : start]
    opened = max(window.rfind("《"), window.rfind("〈"))
    return opened >= 0 and max(window.rfind("》"), window.rfind("〉")) < opened


#: (1) private crew quarters, (8) life support: a bracketed marker before a lower-case label.
_BRACKET_MARKER = re.compile(r"\(([0-9]{1,2})\)\s[a-z]")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![\w'’])[A-Z][^\W\d_]+[ \u00a0]$")
_GAME_NEAR = re.compile(
    r"\b(?:games?|goals?|goaltender|goalkeeper|scored|NHL|NBA|NFL|MLB|MLS|league|quarterback|"
    r"pitcher|innings?|touchdowns?|hockey|football|basketball|baseball|soccer|rugby|cricket)\b",
    re.IGNORECASE,
)


def _not_round(phone: re.Match[str]) -> bool:
    return not phone.group(1).endswith("0") and not phone.group(2).endswith("00")


def _named_place_or_line(text: str, start: int, end: int) -> bool:
    """A street number, a phone number, a postcode, a mail domain or a legend's marker."""
    if text[start - 1 : start] == "@":
        return True  # zyyfy2016@163.com
    digits = _DIGITS.match(text, start)
    street = digits and STREET_AFTER.match(text, digits.end())
    if street and street.end() >= end:
        return True  # the number alone, or read with the direction as a unit (3170 W)
    name = _STREET_NAME_AFTER.match(text, end) if digits and end == digits.end() else None
    if digits and name:
        written = re.compile(rf"\b{digits.group()}(?=\s{name.group(1)}\s)")
        if any(STREET_AFTER.match(text, other.end()) for other in written.finditer(text)):
            return True  # 180 Kent, written 180 Kent Street (an address) elsewhere
    if _NORTH_AMERICAN_PHONE.match(text, start):
        return True
    # A phone number around the figure opens on its trunk prefix's 0 at most 14 characters
    # before it, and a local one has its dash at most a character before it or three into it:
    # where neither stands, the windows are not searched (most figures).
    if "0" in text[max(0, start - 14) : start + 1]:
        for phone in _SPACED_PHONE.finditer(text, max(0, start - 14), min(len(text), end + 14)):
            if phone.start() <= start and end <= phone.end():
                return True  # 020 7946 0958, 07700 900123: a trunk prefix's 0, then digit groups
    if not _LOCAL_PHONE_DASHES.isdisjoint(text[max(0, start - 1) : start + 4]):
        for phone in _LOCAL_PHONE.finditer(text, max(0, start - 4), min(len(text), end + 9)):
            if phone.start() <= start and end <= phone.end() and _not_round(phone):
                return True  # 624-6456; 225-8452: a local telephone number
    if _POSTCODE_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _BRACKET_MARKER.match(text, start - 1):
        # two or more markers in one passage: a legend, not a count in brackets (a bracket
        # after a person's name holds an age, Martim (14) and Cláudia (18), unless the passage
        # tells of a game: Brock Nelson (29) … goaltender Matt Murray (30), shirts; v12.14)
        nearby = text[max(0, start - 120) : end + 120]
        if _NAME_BEFORE_BRACKET.search(text, max(0, start - 24), start - 1) and not (
            _GAME_NEAR.search(nearby)
        ):
            return False
        return len(_BRACKET_MARKER.findall(nearby)) >= 2
    return False
