"""Find figures — numbers with their unit — and dates in news text, Chinese and English.

A figure's span is the number with its multiplier and unit (``1500億元``, ``$4.6 billion``,
``12%``, ``三臺``, ``3至5家``); approximation words (``约``, ``about``) stay outside the span and
set ``approximate``. Ordinals (``第三``, ``third``) and identifiers (``Covid-19``, ``iPhone 4``,
phone numbers) are not figures. See docs/suggest-gold.md for the rules this follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

from . import conventions, forms, sports
from .cues import word_set as cue_words
from .dates import alternatives, ascii_digits, find_dates, word_matches
from .names import (
    COUNTER,
    in_service_name,
    in_title,
    is_identifier,
    is_name_number,
    is_reference,
)
from .numbers import CHINESE_DIGITS, MULTIPLIERS, Number, parse_arabic, parse_chinese, tidy
from .units import (
    APPROXIMATE_PREFIXES,
    APPROXIMATE_SUFFIXES,
    CHINESE_UNITS,
    CN_NOT_FIGURES,
    CURRENCY_CODES,
    ENGLISH_NUMBER_WORDS,
    ENGLISH_UNITS,
    GLUED_UNITS,
    MONEY_PREFIXES,
    NOT_BIG,
    NOT_SHARES,
    NOT_TENTHS,
    QUALIFIERS,
    UNIT_STARTS_WORD,
)

DETECTOR: Final = "figures/v10.1"


_alternatives = alternatives


_D = "[0-9０-９]"
_ARABIC = (
    rf"(?:{_D}{{1,3}}(?:[,，]{_D}{{3}})+(?:[.．]{_D}+)?"  # 1,500 / 1,500.25
    rf"|{_D}{{1,3}}(?:[\u00a0\u202f]{_D}{{3}})+(?:,{_D}+)?"  # 10 000 (French)
    rf"|{_D}{{1,3}}(?:\.{_D}{{3}}){{2,}}(?:,{_D}+)?"  # 1.234.567 (German)
    rf"|{_D}+(?:[.．]{_D}+|,{_D}{{1,2}}(?!{_D}))?)"  # 21.3 / 2,5
)
_CN_DIGITS = "零〇两兩一二三四五六七八九十百千万萬亿億"
_CN_NUMBER = f"[{_CN_DIGITS}]+"
_CN_MULT = "万亿|萬億|十万|十萬|百万|百萬|千万|千萬|万|萬|亿|億|千|百"
_EN_MULT = (
    r"(?:\s|(?<=[0-9])-)?(?:hundred|thousand|million|billion|trillion|Hundred|Thousand|Billion|Trillion|"
    r"lakhs|lakh|crores|crore|"
    r"Tausend|Millionen|Milliarden|Million|"
    r"Milliarde|Mio\.|Mrd\.|Mio|Mrd|millions|milliards|millones|millón|milionů|miliony|"
    r"miliard|miliardy|miliardów|milionów|mld\.?|mln\.?|tys\.)(?![a-z])|(?:bn|mn|tn|m|k|b)\b|[MK](?=\+)"
)
#: Currency signs, and letters (``RM``, ``USD``) only where no letter comes before them.
_PREFIX = "|".join(
    re.escape(p) if not p[0].isalpha() else rf"(?<![A-Za-z]){re.escape(p)}"
    for p in sorted({*MONEY_PREFIXES, *CURRENCY_CODES}, key=len, reverse=True)
)
_APPROX_SUFFIX = "多|余|餘"
_CN_UNIT = _alternatives(CHINESE_UNITS)
_EN_UNIT = _alternatives(ENGLISH_UNITS)
#: Units written right after the digits (64GB, 5km, 25°C, 300ms, 2.8W, 2.3Gbps), SI prefixes
#: included; a rate's "per" unit may follow (500IPS/W, 60km/h).
_GLUED_UNIT = _alternatives(GLUED_UNITS)
_PER_UNIT = r"(?:/(?:W|h|s|m|g|L|kg|km|day|year|yr|kWh|GB|mL|ml|m2|m²))?"

# One number with what may be written around it; used twice in a range.
_QUANTITY = (
    r"(?P<{p}prefix>(?:{prefix})\s?)?"
    r"(?P<{p}number>{arabic}|{cn})"
    r"(?P<{p}approx>{approx})?"
    r"(?P<{p}mult>{cn_mult}|\s(?:万亿|萬億|万|萬|亿|億)(?![达達科家豪里象宁寧年])|{en_mult})?"
    r"(?P<{p}more>(?<=[万萬亿億千百])(?:{approx}))?"  # 2万余人, 3千多名
)


def _quantity(p: str) -> str:
    quantity = _QUANTITY if p != "a" else _QUANTITY.split(")?", 1)[1]  # "a": prefix looked up
    return quantity.format(
        p=p,
        prefix=_PREFIX,
        arabic=_ARABIC,
        cn=_CN_NUMBER,
        approx=_APPROX_SUFFIX,
        cn_mult=_CN_MULT,
        en_mult=_EN_MULT,
    )


_FIGURE = re.compile(
    rf"(?=[0-9０-９{_CN_DIGITS}])"
    rf"(?:百分之(?P<pct>{_CN_NUMBER}|{_ARABIC})"  # 百分之七
    rf"|(?P<den>{_CN_NUMBER})分之(?P<num>{_CN_NUMBER})"  # 三分之一
    rf"|{_quantity('a')}"
    rf"(?:(?P<sep>\s?(?:至|到|~|～|-|–|—|、)\s?|\sto\s)(?P<bneg>零下|负|負)?{_quantity('b')})?"
    rf"(?P<unit>\s?[%％]|(?:[\s-]|\sde\s)(?:{_EN_UNIT}){_PER_UNIT}(?![A-Za-z])|(?:(?<=[0-9])\s)?(?:{_CN_UNIT})"
    rf"|(?:{_GLUED_UNIT}){_PER_UNIT}(?![A-Za-z]))?"
    rf"(?P<approx_after>左右|以上|上下)?)",
)
_PREFIX_BEFORE = re.compile(f"(?:{_PREFIX})\\s?$")
_ENGLISH_WORD = re.compile(
    r"\b(?P<word>" + _alternatives({*ENGLISH_NUMBER_WORDS, "one"}) + r")"
    r"(?:-(?P<ones>two|three|four|five|six|seven|eight|nine))?\b",
    re.IGNORECASE,
)


_CN_NOT_FIGURE = re.compile("|".join(map(re.escape, CN_NOT_FIGURES)))


@dataclass(frozen=True, slots=True)
class Figure:
    start: int
    end: int
    value: Number | str  # a number, or for a date its ISO 8601 form
    unit: str
    kind: str
    confidence: float
    extra: dict[str, Any]

    def attributes(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "kind": self.kind, **self.extra}


def find_figures(text: str, *, include_dates: bool = True) -> list[Figure]:
    """Every figure in ``text``, in order, without overlaps."""
    found: list[Figure] = []
    taken = bytearray(len(text) + 1)
    tokens = frozenset(_TOKEN.findall(text))
    extras = [
        Figure(start, end, value, unit, kind, 0.8, extra)
        for start, end, value, unit, kind, extra in (
            *forms.extra_figures(text),
            *conventions.extra_figures(text),
            *sports.extra_figures(text),
        )
    ]
    english = _is_english(tokens)
    words = (*_english_words(text, tokens), *_points(text)) if english else ()
    dates = (Figure(*found) for found in find_dates(text, tokens))
    for figure in (*extras, *dates, *_quantities(text, english=english), *words):
        if any(taken[figure.start : figure.end]):
            continue
        found.append(figure)
        taken[figure.start : figure.end] = b"\x01" * (figure.end - figure.start)
    found.sort(key=lambda f: f.start)
    joined = _joined_ranges(text, found)
    found = [
        f
        for f in joined
        if not in_title(text, f.start, date=f.kind == "date")
        and not _a_name(text, f)
        and not in_service_name(text, f.start, f.end)
        and not forms.not_a_figure(text, f.start, f.end, f.unit, text[f.start] in _CN_DIGITS)
        and not conventions.not_a_figure(text, f.start, f.end, f.unit)
    ]
    if not include_dates:
        found = [f for f in found if f.kind != "date"]
    return found


#: Numerals that are part of a name or an enumeration, not an amount: an index (S&P 500, 标准普尔
#: 500种股票指数), a coordinate (北纬40.28度, 40.3°N), "the N big" kinds (七大类: a kind count in
#: characters, docs/suggest-gold.md; 三大指数 stays "the three major", ADR 0030), ordinals listed
#: with 、 (一、二孩, 二、三线城市) and place names (五家渠市).
_NAME_BEFORE = re.compile(
    r"(?:S&P|标准普尔|標準普爾|标普|標普|Russell|FTSE|Nikkei|日经|日經|沪深|滬深|中证|中證"
    r"|北纬|北緯|南纬|南緯|东经|東經|西经|西經|latitude|longitude)\s?$",
    re.IGNORECASE,
)
_COORDINATE_AFTER = re.compile(r"\s?°?\s?[NSEW]\b")
_CN_WORD_NUMBER = re.compile(f"[{_CN_DIGITS}]+")
_BIG_GROUP = re.compile("大[类類种種样樣]")
_LISTED_ORDINALS = re.compile(f"[{_CN_DIGITS}]、[{_CN_DIGITS}](?![十百千万萬])")
_PLACE_AFTER = re.compile(
    r"[\u3400-\u9fff]{1,2}(?:市|县|縣|镇|鎮|(?<![返回下还還归歸故家城老思])[乡鄉]|旗)(?![场場长長民])"
)


def _a_name(text: str, figure: Figure) -> bool:
    """Is ``figure`` a numeral inside a name or an enumeration (``_NAME_BEFORE``)?"""
    start, end = figure.start, figure.end
    if _NAME_BEFORE.search(text, max(0, start - 12), start):
        return True
    if (
        figure.unit in ("°", "度", "")
        and _COORDINATE_AFTER.match(text, end)
        and "°" in text[start : end + 2]
    ):
        return True
    written = text[start:end]
    words = _CN_WORD_NUMBER.match(written)
    if words is None:
        return False
    if written.endswith("大") and _BIG_GROUP.match(text, end - 1):
        return True  # 七大类
    if _LISTED_ORDINALS.match(text, start) or _LISTED_ORDINALS.match(text, max(0, start - 2)):
        return True  # 一、二孩
    unit = written[words.end() :]
    return len(unit) == 1 and unit not in "个個" and _PLACE_AFTER.match(text, end) is not None


_RANGE_BETWEEN = re.compile(r"\s?(?:—|–|-|~|～|至|到)\s?|\sto\s")
#: "from" a few characters before: 从每项2元到10元 is two prices, not a range.
_FROM_NEAR = re.compile(r"\b(?:from|von|de|od|by)\s$|[从從由][^，。,;；]{0,4}$", re.IGNORECASE)


def _joined_ranges(text: str, found: list[Figure]) -> list[Figure]:
    """``2元—10元``, ``2元至10元``: a range whose unit is written at both ends, one figure."""
    joined: list[Figure] = []
    for figure in found:
        last = joined[-1] if joined else None
        per = last and forms.compound(text, last.end, last.unit, (figure.start, figure.unit))
        if last is not None and per and isinstance(last.value, int | float):
            value = forms.joined_value(last.value, figure.value, per)  # type: ignore[arg-type]
            joined[-1] = Figure(last.start, figure.end, value, last.unit, last.kind, 0.9, {})
            continue
        if (
            last is not None
            and last.kind == figure.kind != "date"
            and last.unit != ""
            and (figure.unit == last.unit or figure.unit.startswith(f"{last.unit}/"))
            and "value_max" not in last.extra
            and "value_max" not in figure.extra
            and _RANGE_BETWEEN.fullmatch(text, last.end, figure.start)
            and not _FROM_NEAR.search(text, max(0, last.start - 6), last.start)
        ):
            extra = {**last.extra, "value_max": figure.value}
            joined[-1] = Figure(
                last.start, figure.end, last.value, figure.unit, last.kind, last.confidence, extra
            )
            continue
        joined.append(figure)
    return joined


_TOKEN = re.compile(r"[A-Za-zÀ-ÿ]+")  # month names and number words are Latin
_NUMBER_WORDS: Final = frozenset(ENGLISH_NUMBER_WORDS)


def _parse(number: str, scaled: bool = False, *, dot_groups: bool = False) -> Number | None:
    """The number's value. One ``.`` is a decimal mark (``6.559`` is 6.559) unless
    ``dot_groups`` says the text groups thousands with it (``Rp 6.559``, German or Spanish
    text: ``forms.dot_groups_thousands``); ``scaled`` (a multiplier follows) always reads it as
    a decimal, since nobody writes "6.162 million" to mean 6,162 million."""
    if number[0] in _CN_DIGITS:
        return parse_chinese(number)
    if (scaled or not dot_groups) and _ONE_DECIMAL_MARK.fullmatch(number):
        return tidy(float(ascii_digits(number).replace("．", ".")))
    return parse_arabic(number)


_ONE_DECIMAL_MARK = re.compile("[0-9０-９]+[.．][0-9０-９]+")


def _kind_of(unit: str, prefix: str) -> str:
    if prefix:
        return "money"
    stripped = unit.strip()
    if stripped in CHINESE_UNITS:
        return CHINESE_UNITS[stripped]
    if "/" in stripped and stripped not in ENGLISH_UNITS:
        return "measure"  # a rate: 500IPS/W, 60km/h
    return ENGLISH_UNITS.get(stripped, "count" if not stripped else "other")


#: "from $47 billion to $8 billion", "down by 30 to 126": a change, two figures.
_FROM = re.compile(
    rf"\b(?:from|von|de|od|by)\s(?:{_PREFIX})?\s?$|[从從由](?:{_PREFIX})?$", re.IGNORECASE
)


#: "from 30-600 MW": a range written with a dash and its unit after it stays one figure.
_GLUED_DASHES: Final = frozenset(("-", "–"))


def _listed(match: re.Match[str]) -> bool:
    """分别为26.3亿、88.9亿元: two amounts listed, not "5、6家" (five or six)."""
    if (match.group("sep") or "").strip() != "、" or match.group("anumber")[0] in _CN_DIGITS:
        return False
    return bool(match.group("amult")) or "." in match.group("anumber") + match.group("bnumber")


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``_FIGURE``; "from 10 to 20" is a change, so it becomes two figures."""
    position = 0
    while (match := _FIGURE.search(text, position)) is not None:
        if (
            match.group("sep")
            and not (match.group("sep") in _GLUED_DASHES and match.group("unit"))
            and _FROM.search(text, max(0, match.start() - 9), match.start())
        ) or _listed(match):
            first_end = max(match.end(g) for g in ("anumber", "aapprox", "amult", "amore"))
            shorter = _FIGURE.match(text, match.start(), first_end)
            if shorter is not None:
                match = shorter
        yield match
        position = max(match.end(), position + 1)


def _quantities(text: str, *, english: bool = False) -> Iterator[Figure]:
    product_lines: set[str] | None = None  # read on the first bare number after Chinese
    for match in _matches(text):
        start = match.start()
        # 以上, 左右 after a number qualify it; they stay outside the span.
        end = match.start("approx_after") if match.group("approx_after") else match.end()
        groups = match.groupdict()
        if groups["pct"]:
            value = _parse(groups["pct"])
            if value is not None:
                yield Figure(start, end, value, "%", "percent", 0.95, _qualified(text, start, ""))
            continue
        if groups["den"]:
            den, num = parse_chinese(groups["den"]), parse_chinese(groups["num"])
            if den and num is not None:
                extra: dict[str, Any] = {"fraction": f"{num}/{den}", **_qualified(text, start, "")}
                yield Figure(start, end, tidy(num / den), "", "other", 0.9, extra)
            continue
        number = groups["anumber"]
        unit = _clean_unit(groups["unit"] or "")
        before = _PREFIX_BEFORE.search(text, max(0, start - 5), start)
        prefix = before.group().strip() if before else ""
        if before:
            start = before.start()
        chinese = number[0] in _CN_DIGITS
        if unit == "大" and (
            len(number) > 1 or number in "一1" or groups["amult"] or text[end : end + 1] in NOT_BIG
        ):
            unit, end = "", match.start("unit")  # 三大股指 counts; 一大早, 八十万大军, 大学 do not
        if unit == "股" and text[end : end + 1] in NOT_SHARES:
            unit, end = "", match.start("unit")  # 400股 shares; 5000万股份, 300股指 read without
        if chinese and not _chinese_ok(text, match, unit):
            continue
        if unit in ("成", "折") and text[end : end + 1] in NOT_TENTHS:
            continue  # 变成, 成为: "become", not tenths
        minus_temperature = unit in _TEMPERATURES and text[start - 1 : start] in ("-", "−")
        # 影响为-40.47亿元, 、-3.2%: an amount below zero after a Chinese word or a comma
        minus_amount = (
            CHINESE_UNITS.get(unit) in ("money", "percent")
            and text[start - 1 : start] in ("-", "−")
            and _NEGATIVE_CN.search(text, max(0, start - 2), start) is not None
        )
        decimals = forms.decimal_range(number, groups["bnumber"]) or (
            forms.bounded_range(text, end, number, groups["bnumber"])
        )  # 6.55-6.60, 18.5-24之间: a range
        abbreviation = _ABBREVIATION_BEFORE.search(text, max(0, start - 6), start) is not None and (
            _CJK_AMOUNT.fullmatch(f"{groups['amult'] or ''}{unit}") is not None
        )  # 人均GDP1.2万美元, CPI2.1%: an indicator's name, then its amount
        if not (
            chinese or minus_temperature or minus_amount or decimals or abbreviation
        ) and is_identifier(text, start, end if not unit else start):
            continue  # Covid-19, 分享-2; but 为-40℃ is a temperature below zero
        if (
            not chinese
            and is_reference(text, start, end, number)
            and not (unit.strip() and _RELEASE_BEFORE.search(text, max(0, start - 9), start))
        ):
            continue  # "release 10.5" is a version; "release 10.5 floors" gives them up
        if unit in ("周", "週") and text[end : end + 1] == "年":
            continue  # 70周年: an anniversary, an ordinal
        if not chinese and len(number) >= 7 and number.isdigit() and not (unit or prefix):
            continue  # a phone or reference number
        if not (chinese or unit or prefix or groups["amult"] or groups["aapprox"] or decimals) and (
            _CJK_WORD.match(text, end) and not forms.compared(text, start)
        ):
            continue  # 58同城, 12306网站: a name, not an amount
        if COUNTER.match(text, match.start("anumber")):
            continue  # 163508成龙…: a teaser's rank and views glued to its headline
        if not chinese and match.start("anumber") and text[match.start("anumber") - 1] == "第":
            continue
        plain = not (unit or prefix or groups["amult"] or groups["aapprox"] or groups["bnumber"])
        if not chinese and plain and is_name_number(text, start, end, number, english=english):
            continue  # 评论 174, 737 Max, Exynos 980, 911 calls: names and counters
        if not chinese and plain and _PRODUCT_WORD.fullmatch(text, max(0, start - 2), start):
            product_lines = _product_lines(text) if product_lines is None else product_lines
            if text[start - 2 : start] in product_lines:
                continue  # 含光800, 麒麟980 (麒麟970 …): a product named by a word and a number
        if end < len(text) and text[end] in UNIT_STARTS_WORD.get(unit, ""):
            continue  # 980处理器, 800根据: the "unit" starts a word (a processor, "according to")
        pair = _approximate_pair(number) if chinese and not groups["bnumber"] else None
        if chinese and pair is None and _DIGIT_BY_DIGIT.fullmatch(number):
            continue  # 唯一一家: two numerals side by side that are not a pair (三四, 四五十)
        dots = forms.dot_groups_thousands(text, start, end, prefix, unit, english=english)
        value = pair[0] if pair else _parse(number, bool(groups["amult"]), dot_groups=dots)
        if value is None:
            continue
        multiplier = _multiplier(groups["amult"])
        high: Number | None = pair[1] if pair else None
        if groups["bnumber"]:
            high_value = _parse(groups["bnumber"], bool(groups["bmult"]), dot_groups=dots)
            if high_value is None:
                continue
            high_multiplier = _multiplier(groups["bmult"])
            if groups["amult"] is None:
                multiplier = high_multiplier
            high = tidy(high_value * high_multiplier)
            if chinese and (scale := _listed_scale(number, groups["sep"], groups["bnumber"])):
                value = value * scale  # 二、三十度: twenty or thirty degrees
        if groups["bneg"] and high is not None:
            high = -high  # 零下4到零下1℃
        elif high is not None and high < value and not (unit or prefix or chinese) and value > 99:
            continue  # 787-9: a model and its variant, not a range running backwards
        if unit in ("成", "折"):  # tenths: 三成 is 30 percent, 5折 half the price
            multiplier *= 10
            high = None if high is None else tidy(high * 10)
        value = tidy(value * multiplier)
        negative = _NEGATIVE_CN.search(text, max(0, start - 6), start)
        if negative is not None and (
            negative.group()[0] in "零负負" or unit in _TEMPERATURES or minus_amount
        ):
            value, start = -value, negative.start()
        prefix = prefix or (groups["bprefix"] or "").strip()
        suffix = groups["aapprox"] or groups["amore"] or groups["approx_after"] or ""
        if not suffix and unit in _MORE_AFTER_UNITS and _MORE_AFTER.match(text, end):
            suffix, end = "多", end + 1  # 3年多, 3倍多: more than, 多 in the span
        if not suffix and _PLUS_AFTER.match(text, end):
            suffix = "+"  # 8M+ applications, 500+ users: more than (the + stays outside)
        extra = _qualified(text, start, suffix)
        if pair or (high is not None and (groups["sep"] or "").strip() == "、"):
            extra = extra or {"approximate": True, "qualifier": "about"}
        kind = _kind_of(unit, prefix)
        if unit.strip() in ("年",) and not chinese and 1000 <= value <= 2100 and high is None:
            yield Figure(start, end, f"{int(value):04d}", "", "date", 0.9, {})
            continue
        if high is not None:
            extra["value_max"] = high
        shown_unit = "%" if unit in ("成", "折") else prefix or unit.strip()
        if prefix and unit.strip():
            shown_unit = f"{prefix} {unit.strip()}"
        bare = kind == "count" and not unit.strip() and not chinese and high is None
        if bare and _looks_like_year(number, text, start, end):
            yield Figure(start, end, f"{int(value):04d}", "", "date", 0.75, {})
            continue
        if value == 1 and kind == "measure" and _PRICE_AFTER.match(text, end):
            continue  # 1吨70元: a price per ton, the 1 is "per"
        confidence = 0.9 if unit or prefix or groups["amult"] else 0.8
        if kind in ("money", "measure") and (per := _PER_CN.match(text, end)) is not None:
            shown_unit, end = f"{shown_unit}/{per.group(1)}", per.end()  # 3万元/平方米
        if plain and (times := _TIMES.match(text, end)) is not None:
            shown_unit, end = "times", times.end()  # shot 4 times, 2.5 times higher
            kind = "other" if _MULTIPLYING.match(text, end) else "count"
        yield Figure(start, end, value, shown_unit, kind, confidence, extra)


_RELEASE_BEFORE = re.compile(r"\b(?:release|releases|released|releasing)\s$", re.IGNORECASE)
#: A Chinese price or rate's "per" unit: 3万元/平方米, 51.14美元/桶, 5元/小时 (one figure).
_PER_CN = re.compile(f"/({_CN_UNIT})")
#: A plus sign after a number that adds nothing to it: "more than" (not 16+8, 50+X).
_PLUS_AFTER = re.compile(r"\+(?![0-9A-Za-z+])")
#: 零下5℃, 负3%; -5C, minus 10 degrees (a temperature below zero).
_NEGATIVE_CN = re.compile(r"(?:零下|负|負|(?:^|(?<=[\s(（:：,，、\u3400-\u9fff]))[-−]|\bminus\s)$")
#: 四五十斤, 三四个, 七八百万: two neighbouring numerals in characters, an approximate range.
_PAIR = re.compile(
    "(?P<low>[二三四五六七八])(?P<high>[三四五六七八九])(?P<scale>[十百千万萬亿億]*)"
)
#: Two or more numerals in characters that are digits only (一一, 二〇二四: years digit by digit
#: are read by the dates; a pair is read above).
_DIGIT_BY_DIGIT = re.compile("[一二两兩三四五六七八九]{2}")


def _approximate_pair(number: str) -> tuple[Number, Number] | None:
    """(low, high) of ``四五十`` (40, 50), ``三四`` (3, 4); None if ``number`` is no pair."""
    match = _PAIR.fullmatch(number)
    if match is None:
        return None
    low, high = CHINESE_DIGITS[match.group("low")], CHINESE_DIGITS[match.group("high")]
    if high != low + 1:
        return None
    scale = parse_chinese("一" + match.group("scale")) if match.group("scale") else 1
    return tidy(low * (scale or 1)), tidy(high * (scale or 1))


def _listed_scale(low: str, separator: str | None, high: str) -> int | None:
    """The scale ``二`` takes from ``三十`` in ``二、三十`` (10); None when it is no such list."""
    if (separator or "").strip() != "、" or len(low) != 1 or low not in CHINESE_DIGITS:
        return None
    if len(high) < 2 or high[0] not in CHINESE_DIGITS:
        return None
    scale = parse_chinese("一" + high[1:])
    return int(scale) if scale and scale >= 10 else None


_TEMPERATURES: Final = frozenset({"C", "F", "°C", "°F", "℃", "℉", "degrees", "摄氏度", "度"})
_PRICE_AFTER = re.compile(rf"{_ARABIC}(?:{_CN_MULT})?(?:元|美元|块钱|塊錢)")
#: "N times" is one figure with ``times`` in the span (rules 2.3), whether it counts events
#: ("shot four times", kind count) or multiplies ("six times the value", "2.5 times higher":
#: ``_MULTIPLYING`` after it, kind other).
_TIMES = re.compile(r"\stimes\b")
_MULTIPLYING = re.compile(
    r"\s(?:as|the|more|less|larger|higher|bigger|greater|faster|lower|smaller|likelier|likely|"
    r"worse|better|longer|stronger|cheaper|deadlier|slower|older|heavier|wider|richer|above|"
    r"below|that|what|over|a|an|their|its|his|her|normal|average)\b"
)
#: Two Chinese characters (not a verb or particle before an amount) glued before a number.
_PRODUCT_WORD = re.compile(
    r"[\u4e00-\u9fff][\u4e00-\u9fff](?<![到达達为為至约約近超逾计計有是的了和与與及占佔共仅僅才仍前后後第每])"
)
_PRODUCT = re.compile(
    r"([\u4e00-\u9fff]{2})[0-9]{2,4}(?![0-9.,．，%％万萬亿億千百\u4e00-\u9fff]?[0-9])"
)


def _product_lines(text: str) -> set[str]:
    """The two-character words written before a bare number at least twice in ``text``: a
    product line and its models (麒麟970 … 麒麟980, 含光800 … 含光800)."""
    seen: dict[str, int] = {}
    for match in _PRODUCT.finditer(text):
        seen[match.group(1)] = seen.get(match.group(1), 0) + 1
    return {word for word, count in seen.items() if count >= 2}


def _qualified(text: str, start: int, suffix: str) -> dict[str, Any]:
    """``approximate`` and ``qualifier`` from the words written before or after a number."""
    before = text[max(0, start - 16) : start].lower().rstrip()
    # One call in C tells whether any qualifier ends the text before; most numbers have none.
    for word in APPROXIMATE_PREFIXES if before.endswith(APPROXIMATE_PREFIXES) else ():
        if not before.endswith(word):
            continue
        whole_word = len(before) == len(word) or not before[-len(word) - 1].isalpha()
        if not word[0].isascii() or whole_word:
            return {"approximate": True, "qualifier": QUALIFIERS[word]}
    if suffix:
        return {"approximate": True, "qualifier": APPROXIMATE_SUFFIXES.get(suffix, "about")}
    return {}


def _clean_unit(written: str) -> str:
    """The unit as shown: without the space, hyphen or Spanish ``de`` that joined it."""
    unit = written.strip(" -\u00a0")
    return unit[3:] if unit.startswith("de ") else unit


def _multiplier(written: str | None) -> int:
    if not written:
        return 1
    written = written.strip().lstrip("-")  # $600-million
    return MULTIPLIERS.get(written.lower(), MULTIPLIERS.get(written, 1))


def _looks_like_year(number: str, text: str, start: int, end: int) -> bool:
    """A bare four-digit number read as a year, unless it is qualified (``more than 2000``)
    or a dimension (``1800 x 1920``)."""
    if len(number) != 4 or not number.isdigit() or not 1800 <= int(number) <= 2099:
        return False
    following = text[end : end + 3].strip()
    dimension = text[max(0, start - 2) : start] in ("x ", "× ")
    if dimension or following.startswith(("%", "-", "x", "×")):
        return False
    qualified = _qualified(text, start, "")
    if qualified.get("qualifier") == "up to" and text[end : end + 1] in (".", ",", ";", ")"):
        return True  # from this year up to 2027.: a year, not "at most 2027"
    return not qualified


def _chinese_ok(text: str, match: re.Match[str], unit: str) -> bool:
    """A Chinese numeral is a figure only with a unit or multiplier, never an idiom/ordinal."""
    start = match.start()
    number = match.group("anumber")
    if len(number) == 1 and not (unit or match.group("amult") or match.group("bnumber")):
        return False  # the common case, decided first: a lone numeral without a unit
    if start and text[start - 1] in "第每初周週星礼禮数數几幾上":
        return False
    if _CN_NOT_FIGURE.match(text, start) and not text[max(0, start - 2) : start].endswith(
        ("共", "总计", "總計")
    ):
        return False  # but 一共四季: after "in all" the set phrase is a count again
    if start and text[start - 1] in _CN_DIGITS:
        return False
    hundred_of_a_measure = (
        number in ("百", "千")
        and CHINESE_UNITS.get(unit) == "measure"
        and unit not in _TIMES_AND_FLOORS
    )  # 百米, 百余米: a hundred metres
    if number[0] in "百千万萬亿億" and not (
        (unit and _BOUND_BEFORE.search(text, max(0, start - 2), start))
        or hundred_of_a_measure
        or (unit and len(number) == 1 and match.group("aapprox"))
    ):
        return False  # 千万人, 万人: "millions of", not a count; but 逾千款, 近万人 are bounds
    # (and 百余家, 千余人: "more than a hundred", as 百余米 is)
    if text[start - 1 : start] in "“「『" and re.match(r"[^”」』]{1,6}[”」』]", text[start:]):
        return False  # “四个更加”, “两个维护”: a slogan named in quotes
    if not (unit or match.group("amult") or match.group("bnumber")):
        # Without a unit only a written-out amount counts: 一千二百, 三千, 五万.
        digits_then_unit = (
            number[0] in "两兩一二三四五六七八九十" and number[-1] in "十百千万萬亿億"
        )
        return len(number) >= 3 or (len(number) == 2 and digits_then_unit)
    if unit in ("级", "級") and not match.group("bnumber"):
        return False  # 国家一级作曲家, 二级医院: a grade, not a measure (digits: 4~5级 wind)
    if (unit[:1] in _KINDS or unit == "方面") and not match.group("amult"):
        return False  # 一种, 两种观点, 三类: kinds named in words are categories, not amounts
    if number == "一" and unit == "倍" and text[start - 1 : start] in _MORE_BY:
        return True  # 多一倍, 翻一倍, 增长一倍: a multiple (doubled), not the article
    if number == "一" and CHINESE_UNITS.get(unit) == "measure" and unit not in _TIMES_AND_FLOORS:
        return True  # 一公里, 一平方厘米: one unit of a measure is a measurement
    if number == "一" and unit:
        # "a" (一个人, 一支队伍, 一项研究): keep 一 only beside another count of the same
        # thing (每生產三臺…就有一臺).
        window = _SENTENCE_MARK.split(text[max(0, start - 30) : start])[-1]
        window += _SENTENCE_MARK.split(text[start : match.end() + 30])[0]
        others = _CN_DIGITS.replace("一", "")
        parallel = re.search(f"(?<![一{others}])[{others}0-9]+{re.escape(unit)}", window)
        return parallel is not None
    return True


_SENTENCE_MARK = re.compile("[。！？；!?;]")
#: After 一 these mean "a" (一年, 一天, 一个月: a year, one day) or a storey, not a measure.
_TIMES_AND_FLOORS: Final = frozenset(
    ("年", "天", "小时", "小時", "个小时", "個小時", "个月", "個月", "周", "週", "个星期", "個星期",
     "分钟", "分鐘", "秒", "层", "層", "倍", "度", "级", "級")
)  # fmt: skip
#: Before 一倍 these make it a multiple: 多一倍, 翻一倍, 增长一倍, 高出一倍.
_MORE_BY: Final = frozenset("多翻长長加大高出了")
#: 3年多, 3倍多, 两天多: 多 after a unit of time or a multiple (not 多少, 多久).
_MORE_AFTER_UNITS: Final = frozenset(("年", "倍", "天", "小时", "小時", "周", "週", "岁", "歲"))
_MORE_AFTER = re.compile("多(?![少么麼久样樣种種年])")
#: An indicator's abbreviation glued before its amount (GDP1.2万美元, CPI2.1%): capitals in a
#: Chinese text, and the amount has a Chinese multiplier, a currency or a percent sign after it.
_ABBREVIATION_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}$")
_CJK_AMOUNT = re.compile(r"(?:[万萬亿億千百]*)(?:[%％]|[\u4e00-\u9fff]*元|美元|[万萬亿億])")
#: 逾千款, 近万人, 超百家: a round number with a bound word before it is an amount.
_BOUND_BEFORE = re.compile("(?:逾|近|超|约|約|达|達|过|過)$")

#: A CJK character that starts a word (not a unit, a date part or an approximation).
_CJK_WORD = re.compile(r"[\u3400-\u9fff](?<![年月日号號时時点分秒多余餘万萬亿億千百十])")

#: Classifiers of kinds: a number of them in words names categories (两种观点).
_KINDS: Final = frozenset("种種类類样樣")


#: The units a number word takes: measures, percent (``three percentage points``, ``six per
#: cent``, ``five basis points``) and money written as words (``two million euros``); not
#: ``won``, a verb as often as a currency (``the two won``).
_WORD_UNIT = re.compile(
    r"(?:[\s-](?P<unit>"
    + _alternatives(
        [
            u
            for u, kind in ENGLISH_UNITS.items()
            if kind in ("measure", "percent", "money")
            and u.replace(" ", "").isalpha()
            and u[0].islower()
            and u != "won"
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


def _is_english(tokens: frozenset[str]) -> bool:
    return len(tokens & _ENGLISH_MARKERS) >= 3


_FRACTION_WORDS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip
_FRACTION = re.compile(
    r"[- ](?P<den>" + "|".join(sorted(_FRACTION_WORDS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _english_words(text: str, tokens: frozenset[str]) -> Iterator[Figure]:
    for match in word_matches(text, tokens, _ENGLISH_WORD, _NUMBER_WORDS | {"one"}):
        word = match.group("word")
        if word.isupper() and len(word) > 1:
            continue  # headings and page furniture in capitals
        numerator = ENGLISH_NUMBER_WORDS.get(word.lower(), 1)
        fraction = _FRACTION.match(text, match.end())
        if fraction is not None and not match.group("ones"):
            # two-thirds, one-third, three quarters: a fraction
            denominator = _FRACTION_WORDS[fraction.group("den").lower()]
            extra = {
                "fraction": f"{numerator}/{denominator}",
                **_qualified(text, match.start(), ""),
            }
            share = tidy(numerator / denominator)
            yield Figure(match.start(), fraction.end(), share, "", "other", 0.7, extra)
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
        if match.group("ones"):
            value += ENGLISH_NUMBER_WORDS[match.group("ones").lower()]
        end = match.end()
        if scale is not None:  # two million, one billion, three dozen
            value, end = value * _WORD_SCALES[scale.group(1).lower()], scale.end()
        point = _POINT.match(text, end)
        if point is not None:  # six-point-six
            value = tidy(value + ENGLISH_NUMBER_WORDS.get(point.group(1).lower(), 0) / 10)
            end = point.end()
        negative = _NEGATIVE_BEFORE.search(text, max(0, start - 9), start)
        if negative is not None:
            value, start = -value, negative.start()
        extra = _qualified(text, start, "")
        range_to = _WORD_RANGE.match(text, end)
        high = ENGLISH_NUMBER_WORDS[range_to.group(2).lower()] if range_to else 0
        if range_to is not None and (range_to.group(1) == "to" or high > value):
            extra["value_max"] = high  # two to five degrees, five or six
            if range_to.group(1) == "or":
                extra |= {"approximate": True, "qualifier": "about"}
            end = range_to.end()
        unit_match = _WORD_UNIT.match(text, end)
        unit = ""
        if unit_match and unit_match.group("unit"):
            unit, end = unit_match.group("unit"), unit_match.end()
        elif (compound := _HYPHEN_WORD.match(text, end)) and (
            compound.group(1) in ENGLISH_UNITS or compound.group(1) == "time"
        ):  # a three-day visit, a two-time champion; a six-member council counts "six"
            unit, end = compound.group(1), compound.end()
        elif (times := _TIMES.match(text, end)) is not None:  # shot four times
            unit, end = "times", times.end()
        kind = ENGLISH_UNITS.get(unit, "count") if unit else "count"
        if unit == "times" and _MULTIPLYING.match(text, end):
            kind = "other"  # three times as contagious
        yield Figure(start, end, value, unit, kind, 0.6, extra)


_ORDINAL_BEFORE = re.compile(
    r"\b(?:days?|rooms?|pages?|chapters?|levels?|rounds?|games?|numbers?|no\.)\s(?:[a-z]+\s(?:and|or)\s)?$",
    re.IGNORECASE,
)
_WORD_SCALE = re.compile(r"\s(hundred|thousand|million|billion|trillion|dozen)\b", re.IGNORECASE)
_WORD_SCALES: Final = {**MULTIPLIERS, "dozen": 12}
#: several dozen, a few hundred: a vague amount (docs/suggest-gold.md), no figure.
_VAGUE_SCALES: Final = frozenset({"dozen", "hundred", "thousand"})
_VAGUE_BEFORE = re.compile(r"\b(?:several|a few|few|some|many)\s$", re.IGNORECASE)
_A_BEFORE = re.compile(r"\b([Hh]alf\s)?[Aa]\s$")
_IDIOM_AROUND = re.compile(r"a thing or two|one or two things|\ba [a-z]+ or two\b", re.IGNORECASE)
_POINT = re.compile(r"-point-(\w+)\b", re.IGNORECASE)
_NEGATIVE_BEFORE = re.compile(r"\b(?:negative|minus)\s$", re.IGNORECASE)
#: two to five degrees, one-to-seven days; five or six (an approximate count, one figure)
_WORD_RANGE = re.compile(
    r"[\s-](to|or)[\s-](" + _alternatives(ENGLISH_NUMBER_WORDS) + r")\b", re.IGNORECASE
)
#: a quarter-point, a half-point cut (of an interest rate): a fraction of a point
_POINTS = re.compile(r"\b(quarter|half)[- ](?:percentage[- ])?points?\b", re.IGNORECASE)


def _points(text: str) -> Iterator[Figure]:
    position, reached = text.find("point"), 0
    while position >= 0:
        match = _POINTS.search(text, max(reached, position - 20), position + 6)
        if match is not None:
            denominator = 4 if match.group(1).lower() == "quarter" else 2
            extra = {"fraction": f"1/{denominator}", **_qualified(text, match.start(), "")}
            start, reached = match.span()
            yield Figure(start, reached, 1 / denominator, "point", "measure", 0.7, extra)
        position = text.find("point", position + 5)


_HYPHEN_WORD = re.compile(r"-([a-z]+)\b")
