"""Find figures — numbers with their unit — and dates in news text, Chinese and English.

A figure's span is the number with its multiplier and unit (``1500億元``, ``$4.6 billion``,
``12%``, ``三臺``, ``3至5家``); approximation words (``约``, ``about``) stay outside the span and
set ``approximate``. Ordinals (``第三``, ``third``) and identifiers (``Covid-19``, ``iPhone 4``,
phone numbers) are not figures. See docs/suggest-gold.md for the rules this follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any, Final

from . import (
    chinese_forms,
    conventions,
    counts_and_bills,
    extra_forms,
    forms,
    fractions,
    kits_and_cohorts,
    labels_and_identifiers,
    name_numbers,
    numbered_things,
    sports,
)
from . import chinese_numerals as cn
from .dates import alternatives, ascii_digits, find_dates, trie_alternatives
from .english_words import (
    MULTIPLYING,
    TIMES,
    english_words,
    is_english,
    magnitudes,
    points,
    word_to_digits,
)
from .figure_joins import SENTENCE_DASH, joined_ranges, listed_range, with_inches, with_old
from .figure_scan import latin_words
from .glued_metres import metres as glued_metres
from .glued_metres import race, race_after, race_in_range, racing
from .names import (
    COUNTER,
    in_catalogue,
    in_service_name,
    in_title,
    is_identifier,
    is_name_number,
    is_reference,
)
from .numbers import MULTIPLIERS, Number, parse_arabic, parse_chinese, scaled, tidy
from .units import (
    CHINESE_UNITS,
    CONCENTRATION,
    CURRENCY_CODES,
    CURRENCY_NOUNS,
    CURRENCY_SIGNS,
    ENGLISH_UNITS,
    GLUED_ONLY,
    GLUED_UNITS,
    HYPHENATED_ONLY,
    MONEY_PREFIXES,
    NOT_BIG,
    NOT_SHARES,
    NOT_TENTHS,
    UNIT_STARTS_WORD,
    qualified,
)

DETECTOR: Final = "figures/v12.31"


_alternatives = alternatives


_D = "[0-9０-９]"
_ARABIC = (
    rf"(?:{_D}{{1,3}}(?:[,，]{_D}{{3}})+(?:[.．]{_D}+)?"  # 1,500 / 1,500.25
    rf"|{_D}{{1,3}}(?:[\u00a0\u202f]{_D}{{3}})+(?:,{_D}+)?"  # 10 000 (French)
    rf"|{_D}{{1,3}}(?:\.{_D}{{3}}){{2,}}(?:,{_D}+)?"  # 1.234.567 (German)
    rf"|{_D}+(?:[.．]{_D}+|,{_D}{{1,2}}(?!{_D}))?)"  # 21.3 / 2,5
)
_CN_DIGITS = cn.CN_DIGITS
_CN_NUMBER = f"[{_CN_DIGITS}]+"
#: ``千`` and ``百`` are no multiplier where they begin a unit: 10千米 is 10 km, 5千克 5 kg,
#: 300千瓦 300 kW (figures v11; 3千米 had read as 3,000 米), 953.2百帕 953.2 hPa (figures v12).
#: ``兆`` is a trillion (5兆貝克, 3兆元: Taiwan's usage, figures v12) but "mega" where it begins
#: a unit (兆瓦, 兆帕, 兆赫) or in the mainland's 兆 of bandwidth and data (100兆宽带, 500兆流量).
_CN_MULT = (
    "万亿|萬億|十万|十萬|百万|百萬|千万|千萬|万|萬|亿|億|千(?![米克瓦卡帕焦兆])|百(?!帕)"
    "|兆(?![米克瓦升秒帕焦赫伏安宽寬带帶流字位比像])"
)
_EN_MULT = (
    r"(?:\s|(?<=[0-9])-)?(?:hundred|thousand|million|billion|trillion|Hundred|Thousand|Billion|Trillion|"
    r"lakh\scrores?|lakhs|lakh|crores|crore|quadrillion|quintillion|sextillion|septillion|octillion|"
    r"Tausend|Millionen|Milliarden|Million|"
    r"Milliarde|Mio\.|Mrd\.|Mio|Mrd|millions|milliards|millones|millón|milionů|miliony|"
    r"miliard|miliardy|miliardów|milionów|mld\.?|mln\.?|tys\.)(?![a-z])|(?:bn|mn|tn|m|k|b)\b|[MK](?=\+)"
    r"|(?<=[0-9])[MBK]\b(?![-'’&])"  # $300M, $2B, $50K: only after a currency (figures v12.2)
)
#: Currency signs, and letters (``RM``, ``USD``) only where no letter comes before them; any
#: Unicode currency sign (``₵``, ``₾``), and a dollar sign with its country's letters (``N$``,
#: ``J$``, ``TT$``: figures v11) as a form, not one entry a set.
_PREFIX = (
    "|".join(
        re.escape(p) if not p[0].isalpha() else rf"(?<![A-Za-z]){re.escape(p)}"
        for p in sorted({*MONEY_PREFIXES, *CURRENCY_CODES}, key=len, reverse=True)
    )
    + rf"|(?<![A-Za-z])[A-Z]{{1,3}}\$|(?<![A-Za-z])US\s\$|[{re.escape(CURRENCY_SIGNS)}]"
)
_APPROX_SUFFIX = "多|余|餘"
_CN_UNIT = trie_alternatives(CHINESE_UNITS)
#: A unit after a number, and a currency named by its country's adjective (``5 million
#: Zimbabwean dollars``, ``300 Brazilian reais``): the adjective as a form (figures v11).
_EN_UNIT = (
    rf"{CONCENTRATION}|(?:[A-Z][a-z]+\s){{1,2}}(?:{_alternatives(CURRENCY_NOUNS)})(?![A-Za-z])|"
    + trie_alternatives(ENGLISH_UNITS.keys() - GLUED_ONLY)
)
#: Units written right after the digits (64GB, 5km, 25°C, 300ms, 2.8W, 2.3Gbps), SI prefixes
#: included; a rate's "per" unit may follow (500IPS/W, 60km/h).
_GLUED_UNIT = trie_alternatives(GLUED_UNITS)
#: A word written between a number and its unit, inside the span: ``3,500 extra calories``, ``16
#: long seasons`` (the sets keep it, 7 of 8; held-out 43; figures v12.24) — never ``more``, which
#: the sets leave out (``20 more years`` is ``20``).
_BETWEEN = r"\s(?:extra|additional|long)\s"
_PER_UNIT = r"(?:/(?:W|h|s|m2|m²|m|g|L|kg|km|day|year|yr|kWh|GB|mL|ml))?"

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


#: What a figure of ``_FIGURE`` starts with (a digit or a numeral); ``_next_figure`` skips to it.
_FIGURE_FIRST = f"[0-9０-９{_CN_DIGITS}]"
_FIGURE = re.compile(
    rf"(?={_FIGURE_FIRST})"
    rf"(?:百分之(?P<pct>{_CN_NUMBER}|{_ARABIC})"  # 百分之七
    rf"|(?P<den>{_CN_NUMBER})分之(?P<num>{_CN_NUMBER})"  # 三分之一
    rf"|{_quantity('a')}"
    rf"(?:(?P<sep>\s?(?:至|到|~|～|-|–|—|﹣|－|、)\s?|\sto\s)(?P<bneg>零下|负|負)?{_quantity('b')})?"
    rf"(?P<unit>\s?[%％]|(?:[\s-]|\sde\s|{_BETWEEN})(?:{_EN_UNIT}){_PER_UNIT}(?![A-Za-z])"
    rf"|(?:(?<=[0-9])\s)?(?:{_CN_UNIT})|{CONCENTRATION}|(?:{_GLUED_UNIT}){_PER_UNIT}(?![A-Za-z]))?"
    rf"(?P<approx_after>左右|以上|上下)?)",
)
#: 11大类, 5大种: a count of kinds written in digits is a statistic, marked with its word (rules
#: 2.3, held-out 11's gold); in characters (七大类) it names categories and is refused.
_KIND_AFTER_BIG: Final = frozenset("类類种種样樣")
_PREFIX_BEFORE = re.compile(f"(?:{_PREFIX})\\s?$")
#: The last character of every prefix ``_PREFIX`` matches (a literal's last, ``$`` of the
#: ``[A-Z]{1,3}$`` forms, a currency sign): ``_PREFIX_BEFORE`` can only match where one of
#: them stands in the three characters before a number (the prefix, a space, and a line break
#: before which ``$`` holds), so a number with none there is not searched (bench/suggest.py:
#: 524 searches of a 5-character window, 2.9 ms, most before Chinese text or a plain word).
_PREFIX_ENDS: Final = frozenset(
    {p[-1] for p in {*MONEY_PREFIXES, *CURRENCY_CODES}} | {"$"} | set(CURRENCY_SIGNS)
)


def _prefix_before(text: str, start: int) -> re.Match[str] | None:
    """``_PREFIX_BEFORE`` in the five characters before ``start``."""
    if _PREFIX_ENDS.isdisjoint(text[max(0, start - 3) : start]):
        return None
    return _PREFIX_BEFORE.search(text, max(0, start - 5), start)


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
    return figures_and_names(text, include_dates=include_dates)[0]


def figures_and_names(
    text: str, *, include_dates: bool = True
) -> tuple[list[Figure], list[Figure]]:
    """The figures of ``text``, and apart the numbers inside names (``name_numbers``: no figure,
    but a number the claims detector reads, v12.30); both in order, without overlaps."""
    found: list[Figure] = []
    taken = bytearray(len(text) + 1)
    tokens = latin_words(text)  # month names and number words are Latin
    extras = [
        Figure(start, end, value, unit, kind, 0.8, extra)
        for start, end, value, unit, kind, extra in (
            *forms.extra_figures(text),
            *fractions.extra_figures(text),
            *conventions.extra_figures(text),
            *sports.extra_figures(text),
            *chinese_forms.extra_figures(text),
            *extra_forms.extra_figures(text),
            *counts_and_bills.extra_figures(text),
            *kits_and_cohorts.extra_figures(text),
        )
    ]
    extras += [Figure(*found) for found in magnitudes(text)]
    english = is_english(tokens)
    if english:
        extras += [Figure(*found) for found in word_to_digits(text)]  # six to 17 (v12.12)
    words = (
        (Figure(*found) for found in (*english_words(text, tokens), *points(text)))
        if english
        else ()
    )
    dates = (Figure(*found) for found in find_dates(text, tokens))
    for figure in (*extras, *dates, *_quantities(text, english=english), *words):
        if any(taken[figure.start : figure.end]):
            continue
        found.append(figure)
        taken[figure.start : figure.end] = b"\x01" * (figure.end - figure.start)
    found.sort(key=lambda f: f.start)
    labels = labels_and_identifiers.labels(text)
    joined = with_inches(
        text, [with_old(text, f) for f in listed_range(text, joined_ranges(text, found))]
    )
    found = [
        f
        for f in joined
        if not in_title(text, f.start, date=f.kind == "date")
        and not cn.a_name(text, f.start, f.end, f.unit)
        and not in_service_name(text, f.start, f.end)
        and not forms.not_a_figure(text, f.start, f.end, f.unit, text[f.start] in _CN_DIGITS)
        and not conventions.not_a_figure(text, f.start, f.end, f.unit)
        and not chinese_forms.refused(text, f.start, f.end, f.unit)
        and not extra_forms.refused(text, f.start, f.end, f.unit)
        and not labels_and_identifiers.refused(text, f.start, f.end, f.unit, labels, f.kind)
        and not counts_and_bills.refused(text, f.start, f.end, f.unit)
        and not numbered_things.refused(text, f.start, f.end, f.unit)
    ]
    found = [
        f
        if (
            end := chinese_forms.trimmed_end(text, f.start, f.end, f.unit)
            or sports.game_quarters_end(text, f.start, f.end, f.unit)
        )
        is None
        else replace(f, end=end, unit="", kind="count")
        for f in found
    ]  # 5000亿场外, 3700 本周: the classifier begins a word (v12.2); a game's quarters (v12.26)
    found = [
        f
        if (value := counts_and_bills.negated(text, f.start, f.unit, f.kind, f.value)) is None
        else replace(f, start=f.start - 1, value=value)
        for f in found
    ]  # a -0.4 percent return (v12.6)
    found = [
        f
        if (point := counts_and_bills.leading_point(text, f.start, f.unit, f.kind, f.value)) is None
        else replace(f, start=f.start - 1, value=point)
        for f in found
    ]  # .218/.295/.329: a batting average's leading point (v12.15)
    if not include_dates:
        found = [f for f in found if f.kind != "date"]
    return name_numbers.set_apart(text, found)


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
    if stripped not in ENGLISH_UNITS and stripped.rsplit(" ", 1)[-1] in CURRENCY_NOUNS:
        return "money"  # 5 million Zimbabwean dollars
    return ENGLISH_UNITS.get(stripped, "count" if not stripped else "other")


#: "from $47 billion to $8 billion", "down by 30 to 126", "from the current $154,000 to
#: $220,000" (figures v11.1): a change, two figures.
_FROM = re.compile(
    rf"\b(?:from|von|de|od|by)\s(?:the\s)?(?:(?:current|present|existing|previous|old)\s)?"
    rf"(?:{_PREFIX})?\s?$|[从從由](?:{_PREFIX})?$",
    re.IGNORECASE,
)


#: "from 30-600 MW": a range written with a dash and its unit after it stays one figure.
_GLUED_DASHES: Final = frozenset(("-", "–"))


_SENTENCE_DASH: Final = SENTENCE_DASH  # a clause's dash, never a range's (figure_joins)


def _listed(match: re.Match[str]) -> bool:
    """分别为26.3亿、88.9亿元: two amounts listed, not "5、6家" (five or six)."""
    if (match.group("sep") or "").strip() != "、" or match.group("anumber")[0] in _CN_DIGITS:
        return False
    return bool(match.group("amult")) or "." in match.group("anumber") + match.group("bnumber")


def _year_then_amount(match: re.Match[str]) -> bool:
    """``in 2019 to 1.24 million``, ``458 in 2011 to 753 in 2019``: a year, then what a number
    rose or fell to (figures v12.1), not a range running backwards (2019 million to 1.24
    million; 2011 to 753 had been dropped as a model's variant, ``787-9``)."""
    if (match.group("sep") or "").strip() != "to":
        return False
    year, amount = match.group("anumber"), match.group("bnumber")
    if match.group("amult") or match.group("aapprox") or not (len(year) == 4 and year.isdigit()):
        return False
    low = _parse(amount)
    if low is None or not (match.group("bmult") or low >= 100):
        return False
    return 1800 <= int(year) <= 2099 and low < int(year)


#: Where ``_FIGURE`` can start (its lookahead's class). The engine skips ahead only to a
#: pattern's first literal or class, never a lookahead's, so ``_FIGURE.search`` tries every
#: position; this finds the next one that can start a figure first (1.4 against 1.9 ms for
#: the scan of bench/suggest.py's article).
_FIGURE_START = re.compile(_FIGURE_FIRST)


def _next_figure(text: str, position: int) -> re.Match[str] | None:
    """``_FIGURE.search(text, position)``, from the first place a figure can start."""
    start = _FIGURE_START.search(text, position)
    return None if start is None else _FIGURE.search(text, start.start())


def _matches(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``_FIGURE``; "from 10 to 20" is a change, so it becomes two figures."""
    position = 0
    while (match := _next_figure(text, position)) is not None:
        if (
            match.group("sep")
            and (  # no second number: every test below is false (ADR 0141)
                (
                    not (match.group("sep") in _GLUED_DASHES and match.group("unit"))
                    and (before := _FROM.search(text, max(0, match.start() - 24), match.start()))
                    and not (match.group("unit") and before.group()[:2].lower() == "by")
                )  # "down by 30 to 126" two; "overpaid by 20 to 30 percent" one range (v12.6)
                or _listed(match)
                or match.group("sep") == _SENTENCE_DASH
                or _year_then_amount(match)
                or (match.group("sep") or "").startswith("\t")
                or (_prefix_before(text, match.start()) is None and race_in_range(text, match))
            )
        ):  # 252.54<tab>-1.96: a table's cells, a price and its change (v12.14), not a range
            first_end = max(match.end(g) for g in ("anumber", "aapprox", "amult", "amore"))
            shorter = _FIGURE.match(text, match.start(), first_end)
            if shorter is not None:
                match = shorter
        yield match
        position = max(match.end(), position + 1)


def _quantities(text: str, *, english: bool = False) -> Iterator[Figure]:
    product_lines: set[str] | None = None  # read on the first bare number after Chinese
    racing_text: bool | None = None  # read on the first glued 100m
    for match in _matches(text):
        start = match.start()
        # 以上, 左右 after a number qualify it; they stay outside the span.
        end = match.start("approx_after") if match.group("approx_after") else match.end()
        groups = match.groupdict()
        if groups["pct"]:
            value = _parse(groups["pct"])
            if value is not None:
                yield Figure(start, end, value, "%", "percent", 0.95, qualified(text, start, ""))
            continue
        if groups["den"]:
            den, num = parse_chinese(groups["den"]), parse_chinese(groups["num"])
            if den and num is not None:
                extra: dict[str, Any] = {"fraction": f"{num}/{den}", **qualified(text, start, "")}
                yield Figure(start, end, tidy(num / den), "", "other", 0.9, extra)
            continue
        number = groups["anumber"]
        if (
            len(number) == 1
            and number in _CN_DIGITS
            and not (groups["unit"] or groups["amult"] or groups["bnumber"])
            and number not in ("两", "兩")
        ):
            continue  # 一些, 三思: a lone numeral in characters, no unit: cn.chinese_ok's first
            # refusal, decided before the rest is read (ADR 0141; 两 may be 两日, two days)
        unit = _clean_unit(groups["unit"] or "")
        if forms.season_year(number, unit, groups["sep"]):  # the 2011 season: a year (v12.9)
            yield Figure(start, match.end("anumber"), number, "", "date", 0.75, {})
            continue
        before = _prefix_before(text, start)
        prefix = before.group().strip() if before else ""
        if before:
            start = before.start()
        elif _NAIRA.match(text, max(0, start - 2)) and (groups["amult"] or "," in number):
            prefix, start = "N", start - 1  # N500m, N50,000: naira (figures v12.2); N95 is a name
        chinese = number[0] in _CN_DIGITS
        if not chinese and in_catalogue(text, start):
            continue  # GJ 1132b, HD 209458: a star's or a planet's catalogue number (v12.14)
        if (groups["amult"] or "") in _CAPITAL_MULT and not prefix and text[end : end + 1] != "+":
            continue  # 4K, 5B, 300M without a currency: a resolution, a class, a name
        if (
            groups["amult"] == "m"
            and not (prefix or groups["bnumber"])
            and glued_metres(text, start, end)
        ):
            metres = _parse(number)
            if metres is not None:  # 400m from the bus stand: metres, not 400 million
                yield Figure(start, end, metres, "m", "measure", 0.9, qualified(text, start, ""))
            continue
        if groups["amult"] == "m" and not prefix and race(text, number, end):
            if racing_text is None:
                racing_text = racing(text)
            if racing_text:
                continue  # second in the 100m: a race's name (v12.24)
        if unit == "p" and "£" not in text:
            continue  # 1080p: pence only in a text that writes pounds
        if unit == "大" and number.isascii() and text[end : end + 1] in _KIND_AFTER_BIG:
            unit, end = text[match.start("unit") : end + 1], end + 1  # 11大类: kinds in digits
        elif unit == "大" and (
            len(number) > 1 or number in "一1" or groups["amult"] or text[end : end + 1] in NOT_BIG
        ):
            unit, end = "", match.start("unit")  # 三大股指 counts; 一大早, 八十万大军, 大学 do not
        if (
            unit in HYPHENATED_ONLY
            and text[match.start("unit")] != "-"
            and not (unit == "Years" and len(number) < 4)  # 17 Years to Hatch (v12.26)
        ):
            unit, end = "", match.start("unit")  # a 16-credit program; a $500 credit is money,
            # a 700 credit score a number (v12.19); a 4-digit PIN, 15-Year-Old (v12.21)
        if unit == "股" and text[end : end + 1] in NOT_SHARES:
            unit, end = "", match.start("unit")  # 400股 shares; 5000万股份, 300股指 read without
        if chinese and cn.two_days(text, match, unit):
            yield Figure(start, start + 2, 2, "日", "measure", 0.9, qualified(text, start, ""))
            continue  # 两日: two days, never a date (figures v11.2)
        if chinese and not cn.chinese_ok(text, match, unit):
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
        abbreviation = (
            cn.ABBREVIATION_BEFORE.search(text, max(0, start - 6), start) is not None
            and cn.CJK_AMOUNT.fullmatch(f"{groups['amult'] or ''}{unit}") is not None
        )  # 人均GDP1.2万美元, CPI2.1%: an indicator's name, then its amount
        cjk_multiplier = (groups["amult"] or "")[-1:] in _CJK_MULTIPLIERS and bool(
            _MORE_THAN_BEFORE.search(text, max(0, start - 2), start)
        )
        unit_range = forms.second_end(text, start, unit)  # 22岁-80岁 (figures v12.9)
        if not (
            chinese or minus_temperature or minus_amount or decimals or abbreviation or unit_range
        ) and is_identifier(text, start, start if unit or cjk_multiplier else end):
            # 超過10億iPhone用戶: after a bound word a Chinese multiplier ends an amount, and
            # a name may follow (v12); 针对5000万VIP stays unread
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
            cn.CJK_WORD.match(text, end)
            and not forms.compared(text, start)
            and not forms.changed_from(text, start, end)
            and not (len(number) <= 4 and _PEOPLE_AFTER.match(text, end))
            and not _MORE_THAN_BEFORE.search(text, max(0, start - 2), start)
        ):
            continue  # 58同城, 12306网站: a name, not an amount (but 3女子, 200警力 count people)
        if COUNTER.match(text, match.start("anumber")):
            continue  # 163508成龙…: a teaser's rank and views glued to its headline
        if not chinese and match.start("anumber") and text[match.start("anumber") - 1] == "第":
            continue
        plain = not (unit or prefix or groups["amult"] or groups["aapprox"] or groups["bnumber"])
        if not chinese and plain and is_name_number(text, start, end, number, english=english):
            continue  # 评论 174, 737 Max, Exynos 980, 911 calls: names and counters
        if (
            not chinese
            and plain
            and cn.PRODUCT_WORD.fullmatch(text, max(0, start - 2), start)
            and not _INDEX_LEVEL_BEFORE.fullmatch(text, max(0, start - 2), start)
            and not _index_points(text, start, end, number)
        ):
            product_lines = cn.product_lines(text) if product_lines is None else product_lines
            if text[start - 2 : start] in product_lines:
                continue  # 含光800, 麒麟980 (麒麟970 …): a product named by a word and a number
        if end < len(text) and text[end] in UNIT_STARTS_WORD.get(unit, ""):
            continue  # 980处理器, 800根据: the "unit" starts a word (a processor, "according to")
        pair = cn.approximate_pair(number) if chinese and not groups["bnumber"] else None
        if chinese and pair is None and cn.DIGIT_BY_DIGIT.fullmatch(number):
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
            high = scaled(high_value, high_multiplier)
            if chinese and (scale := cn.listed_scale(number, groups["sep"], groups["bnumber"])):
                value = value * scale  # 二、三十度: twenty or thirty degrees
        if groups["bneg"] and high is not None:
            high = -high  # 零下4到零下1℃
        elif high is not None and high < value and not (unit or prefix or chinese) and value > 99:
            continue  # 787-9: a model and its variant, not a range running backwards
        acts = unit == "折" and value >= 10  # 百余折: acts of a play; a discount is below 10折
        if unit in ("成", "折") and not acts:  # tenths: 三成 is 30 percent, 5折 half the price
            multiplier *= 10
            high = None if high is None else tidy(high * 10)
        value = scaled(value, multiplier)
        negative = _NEGATIVE_CN.search(text, max(0, start - 6), start)
        if negative is not None and (
            negative.group()[0] in "零负負" or unit in _TEMPERATURES or minus_amount
        ):
            value, start = -value, negative.start()
        prefix = prefix or (groups["bprefix"] or "").strip()
        suffix = groups["aapprox"] or groups["amore"] or groups["approx_after"] or ""
        if not suffix and unit in cn.MORE_AFTER_UNITS and cn.MORE_AFTER.match(text, end):
            suffix, end = "多", end + 1  # 3年多, 3倍多: more than, 多 in the span
        if not suffix and _PLUS_AFTER.match(text, end):
            suffix = "+"  # 8M+ applications, 500+ users: more than (the + stays outside)
        extra = qualified(text, start, suffix)
        if pair or (high is not None and (groups["sep"] or "").strip() == "、"):
            extra = extra or {"approximate": True, "qualifier": "about"}
        kind = _kind_of(unit, prefix) if unit[:1] != "大" and not acts else "count"
        if unit.strip() in _POUNDS and not (
            prefix or groups["amult"] or _STERLING.match(text, end)
        ):
            kind = "measure"  # lost 130 pounds, 475 pounds of cocaine: a weight (£ for money)
        more = bool(groups["aapprox"])  # 2000多, 2000多年: more than 2000, no year (v11.3)
        if (
            unit.strip() == "年"
            and not more
            and high is None
            and isinstance(value, int)
            and (era := _ERA_BEFORE.search(text, max(0, start - 3), start)) is not None
        ):
            year = f"-{value:04d}" if era.group().endswith("前") else f"{value:04d}"
            yield Figure(start, end, year, "", "date", 0.9, {})
            continue  # 公元前300年, 公元400年: a year of the era, no length of time (v12.15)
        if (
            unit.strip() in ("年",)
            and not (chinese or more)
            and 1000 <= value <= 2100
            and high is None
        ):
            yield Figure(start, end, f"{int(value):04d}", "", "date", 0.9, {})
            continue
        if high is not None:
            extra["value_max"] = high
        shown_unit = "%" if unit in ("成", "折") and not acts else prefix or unit.strip()
        if prefix and unit.strip():
            shown_unit = f"{prefix} {unit.strip()}"
        bare = (
            kind == "count"
            and not unit.strip()
            and not (chinese or more or groups["amult"])
            and high is None
        )  # 2000亿 (a multiplier after it) is an amount, never the year 2000 (v11.4)
        if bare and _looks_like_year(number, text, start, end):
            yield Figure(start, end, f"{int(value):04d}", "", "date", 0.75, {})
            continue
        if _two_years(match, kind, unit, chinese, value, high):
            # between 2008 to 2016, 2008 to 2016: two years, as "from 2011 to 2013" (figures v11)
            for side in ("anumber", "bnumber"):
                year = match.group(side)
                yield Figure(match.start(side), match.end(side), year, "", "date", 0.75, {})
            continue
        if value == 1 and kind == "measure" and _PRICE_AFTER.match(text, end):
            continue  # 1吨70元: a price per ton, the 1 is "per"
        confidence = 0.9 if unit or prefix or groups["amult"] else 0.8
        if kind in ("money", "measure") and (per := _PER_CN.match(text, end)) is not None:
            shown_unit, end = f"{shown_unit}{per.group()}", per.end()  # 3万元/平方米
        elif prefix and (per := _PER_EN.match(text, end)) is not None:
            shown_unit, end = f"{shown_unit}/{per.group(1)}", per.end()  # $0.03/kWh
        if (plain or (groups["aapprox"] and not unit)) and _index_points(text, start, end, number):
            shown_unit, end, kind = (
                text[end],
                end + 1,
                "measure",
            )  # 收于3629.56点, 下跌20点 (figures v11)
        if kind == "count" and not unit.strip() and text.startswith("/-", end):
            shown_unit, end, kind = "/-", end + 2, "money"  # 10,000/-, 4m/-: shillings (v12.2)
        if plain and (times := TIMES.match(text, end)) is not None:
            shown_unit, end = "times", times.end()  # shot 4 times, 2.5 times higher
            kind = "other" if MULTIPLYING.match(text, end) else "count"
        yield Figure(start, end, value, shown_unit, kind, confidence, extra)


#: "pounds" after a bare number is a weight (every set: 3 of 3, marked measures; figures v12.2):
#: money is written £500, or with a multiplier (5 million pounds) or "sterling" after it.
_POUNDS: Final = frozenset(("pounds", "pound"))
_STERLING = re.compile(r"\s(?:sterling|in\s(?:cash|compensation|damages|fines?))\b")
_NAIRA = re.compile(r"(?:^|[^A-Za-z0-9])N(?=[0-9])")
#: $300M, $2B, $50K: a capital multiplier glued to an amount of money (figures v12.2, on
#: unannotated English pages; set 17's ``$5B``), never without a currency before it.
_CAPITAL_MULT: Final = frozenset(("M", "B", "K"))

_TIME_UNITS: Final = frozenset(
    ("h", "hr", "hrs", "hour", "hours", "day", "days", "d", "week", "weeks", "wk", "month",
     "months", "mo", "year", "years", "yr", "yrs", "y", "min", "minute", "minutes", "s", "sec",
     "second", "seconds", "night", "nights")
)  # fmt: skip
#: A price per unit after an English amount of money: $0.23/W, $0.03/kWh, €2/kg (figures v11);
#: not per a time (``$7/month`` is marked ``$7``, set 0; ``50 miles per day`` stays ``50 miles``).
_PER_EN = re.compile(
    rf"/(?!(?:{_alternatives(_TIME_UNITS)})(?![A-Za-z]))"
    rf"({_GLUED_UNIT}|{trie_alternatives(ENGLISH_UNITS.keys() - GLUED_ONLY)})(?![A-Za-z])"
)
#: 点 after a number of an index: a decimal, more than 24 (no hour), or after a word of its move.
_INDEX_MOVE_BEFORE = re.compile(r"(?:涨|跌|升|降|收于|收於|报|報|收报|收報)$")
_NOT_POINTS_AFTER: Final = frozenset("钟鐘半整前后後左")
# (點 too: 監測點位置到107點, a count of monitoring points in Traditional script; figures v12)
#: 失守3700, 跌破3000点, 重返4200点: a verb of an index's level before a number, which a text may
#: write many times with other levels (not a product line, as 麒麟970 … 980; figures v11.1)
_INDEX_LEVEL_BEFORE = re.compile(
    "失守|跌破|击穿|擊穿|突破|站上|重返|夺回|奪回|收复|收復|下破|上破|失落|回到|站稳|站穩"
)


def _index_points(text: str, start: int, end: int, number: str) -> bool:
    """Is 点 after ``text[start:end]`` an index's points (``2929.09点``), not a clock's hour?"""
    if text[end : end + 1] not in ("点", "點") or text[end + 1 : end + 2] in _NOT_POINTS_AFTER:
        return False
    if not number.replace(".", "").replace(",", "").isdigit():
        return False
    moved = _INDEX_MOVE_BEFORE.search(text, max(0, start - 3), start) is not None
    return "." in number or moved or int(number.replace(",", "")) > 24


#: People a headline counts without a classifier (官员遭3女子报复, 200警力护航: figures v11.6);
#: the noun stays outside the span, as after an English count.
_PEOPLE_AFTER = re.compile(
    r"(?:女子|男子|少年|少女|女生|男生|女童|男童|学生|學生|儿童|兒童|孩子|警力|民警|警察|官员|官員|"
    r"村民|工人|老人|游客|遊客|患者|歹徒|劫匪|嫌犯|嫌疑人|乘客|船员|船員|矿工|礦工|士兵|议员|議員)"
)
#: 逾400航班, 超過300乘客: a bound word before a bare number glued to a noun makes it an amount
#: (a name such as 58同城 has none; figures v12).
_MORE_THAN_BEFORE = re.compile("(?:逾|超過|超过|多達|多达)$")
_CJK_MULTIPLIERS: Final = frozenset("万萬亿億兆")
_ERA_BEFORE = re.compile("(?:公元|西元)前?$")
_RELEASE_BEFORE = re.compile(r"\b(?:release|releases|released|releasing)\s$", re.IGNORECASE)
#: A Chinese price or rate's "per" unit: 3万元/平方米, 51.14美元/桶, 5元/小时 (one figure).
_PER_CN = re.compile(f"(?: ?[/／] ?)({_CN_UNIT})")  # 14萬貝克／公升: the full-width slash too (v12)
#: A plus sign after a number that adds nothing to it: "more than" (not 16+8, 50+X).
_PLUS_AFTER = re.compile(r"\+(?![0-9A-Za-z+])")
#: 零下5℃, 负3%; -5C, minus 10 degrees (a temperature below zero); not the 负 of a verb or a
#: noun before a number (减负180亿元: the burden reduced by 18 billion; v11.4).
_NEGATIVE_CN = re.compile(
    r"(?:零下|(?<![减減担擔肩背抱胜勝])[负負]|(?:^|(?<=[\s(（:：,，、\u3400-\u9fff]))[-−]|\bminus\s)$"
)


_TEMPERATURES: Final = frozenset({"C", "F", "°C", "°F", "℃", "℉", "degrees", "摄氏度", "度"})
_PRICE_AFTER = re.compile(rf"{_ARABIC}(?:{_CN_MULT})?(?:元|美元|块钱|塊錢)")


_BETWEEN_WORDS: Final = ("extra ", "additional ", "long ")


def _clean_unit(written: str) -> str:
    """The unit as shown: without the space, hyphen or Spanish ``de`` that joined it."""
    unit = written.strip(" -\u00a0")
    if unit.startswith(_BETWEEN_WORDS):
        unit = unit.split(" ", 1)[1]  # 3,500 extra calories: the unit is "calories"
    return unit[3:] if unit.startswith("de ") else unit


def _multiplier(written: str | None) -> int:
    if not written:
        return 1
    written = written.strip().lstrip("-")  # $600-million
    return MULTIPLIERS.get(written.lower(), MULTIPLIERS.get(written, 1))


def _two_years(
    match: re.Match[str], kind: str, unit: str, chinese: bool, low: Number, high: Number | None
) -> bool:
    """Is a bare range of two four-digit numbers (``2008 to 2016``) two years?"""
    if high is None or kind != "count" or unit.strip() or chinese or match.group("amult"):
        return False
    written = (match.group("anumber"), match.group("bnumber"))
    if not all(len(w) == 4 and w.isdigit() for w in written):
        return False
    return 1800 <= low < high <= 2099 and (match.group("sep") or "").strip() == "to"


#: A word of time before a year's qualifier: until at least 2021, before about 2030 (not "by" or
#: "in": cut by about 2000 jobs, in about 2000 homes).
_WHEN_BEFORE = re.compile(
    r"\b(?:until|till|before|after|since|through|beyond)\s(?:at\sleast|at\sthe\s"
    r"(?:earliest|latest)|about|around|roughly|approximately|nearly|almost)\s$",
    re.IGNORECASE,
)


_DASH_NUMBER = re.compile(r"\s?[-–]\s?[0-9]")


#: An older year is read only after "in", "since" or "until" and before a clause's end
#: (founded in 1775.; figures v11.5): "in 1500 cases" counts.
_OLD_YEAR_BEFORE = re.compile(r"\b(?:in|since|until)\s$", re.IGNORECASE)
_OLD_YEAR_AFTER = re.compile(r"[.,;:)]|\s?$")
#: by 2100., until 2100: the century's end as a year after a word of time (held-out 34; v12.16)
_CENTURY_END_BEFORE = re.compile(r"\b(?:by|in|until|till|before|through)\s$", re.IGNORECASE)
#: relate to concentrations in the year 2100.: "the year" names it (held-out 38; v12.20)
_THE_YEAR_BEFORE = re.compile(r"\b[Tt]he\syear\s$")
#: circa 2016. (before a clause's end): "circa" dates a year (held-out 35; v12.17); circa 2000
#: people is a number; so does "around" (will hit the streets around 2020.: held-out 36; v12.18)
_CIRCA_BEFORE = re.compile(r"\b(?:circa|around)\s$", re.IGNORECASE)


def _looks_like_year(number: str, text: str, start: int, end: int) -> bool:
    """A bare four-digit number read as a year, unless it is qualified (``more than 2000``)
    or a dimension (``1800 x 1920``)."""
    if len(number) != 4 or not number.isdigit() or not 1000 <= int(number) <= 2100:
        return False
    if int(number) == 2100 and not (
        (
            _CENTURY_END_BEFORE.search(text, max(0, start - 8), start)
            or _THE_YEAR_BEFORE.search(text, max(0, start - 9), start)
        )
        and _OLD_YEAR_AFTER.match(text, end)
    ):
        return False  # by 2100. (a climate projection's horizon) is a year; 2100 members a count
    if int(number) < 1800 and not (
        _OLD_YEAR_BEFORE.search(text, max(0, start - 6), start) and _OLD_YEAR_AFTER.match(text, end)
    ):
        return False  # in 1775. is a year; 1500 alone, or in 1500 cases, is a number
    following = text[end : end + 3].strip()
    dimension = text[max(0, start - 2) : start] in ("x ", "× ")
    dash = text[end : end + 1] == "-" or _DASH_NUMBER.match(text, end) is not None
    if dash and race_after(text, end):
        dash = False  # Beijing 2008 - 100m: a year and a race (v12.24)
    if dimension or dash or following.startswith(("%", "x", "×")):
        return False  # 2019-20, 1800 - 2000 (not "in 2019 - here": a dash of the sentence)
    bound = qualified(text, start, "")
    if bound.get("qualifier") == "up to" and text[end : end + 1] in (".", ",", ";", ")"):
        return True  # from this year up to 2027.: a year, not "at most 2027"
    if bound and _WHEN_BEFORE.search(text, max(0, start - 30), start):
        return True  # until at least 2021, by around 2030: a year (figures v11)
    if (
        bound
        and _CIRCA_BEFORE.search(text, max(0, start - 7), start)
        and _OLD_YEAR_AFTER.match(text, end)
    ):
        return True  # Windows 10, circa 2016.: a year "about" its date (v12.17)
    return not bound
