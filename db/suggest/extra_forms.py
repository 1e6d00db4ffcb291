"""Forms read or refused beside the main scan, found by held-out 24's and 25's first runs.

(Figures v12.3 for set 24, v12.4 for set 25, v12.5 for a second review.)

Read:

- a decade in two digits without its century (``在90年代``: ``199X``, as ``上世纪90年代`` is);
- a dateline's day after "yesterday" or "tomorrow" (``昨（31）日``, ``明（2）日``: ``---31``, as
  ``今（4）日``), the bracketed day and 日 in the span as sets 22-24 mark them;
- the base of a proportion after 每 (``每五人就有一人``: ``五人``, as ``每生產三臺…就有一臺``);
- a bare 百 or 千 of years in a history (``有百年歷史``: 100 years);
- a pack's size and count glued by ``x`` (``4000gx4瓶``: ``4000g`` and ``4瓶``);
- thousands grouped by a space (``800 000 hectares``: 800,000), only when the last group is
  ``000`` (a telephone's groups rarely end so, ``400 737`` jets stay apart);
- v12.4: a count of cities with 城 as its classifier (``46城将先行实施``, as ``20人``), not a
  word 城 begins (``3城市``, ``5城区``).

Refused:

- ``一`` with a classifier after a copula (``RTX是一家…承包商``: "is a");
- a count of 人 that begins 人力 (``104人力銀行``: a company's name; manpower);
- a wind force naming a radius (``7級暴風半徑``, ``七级风圈``: the radius of force-7 winds);
- one of a classifier before its price (``1包只要15元``: "per pack", as ``1吨70元``);
- a series' number glued to a teaser's label before ``／`` (``刑場靈異1／搶匪…``);
- a channel's number (``Freeview channel 276``) and a street number before a numbered road
  (``421 Route 59``);
- v12.4: a house number before its street's name when a singular noun follows the street
  (``8777 Frederick Road culvert improvement``; ``40 Main Street businesses`` stays a count), a
  range of house numbers before a street (``8085-8089 Main St.``), house numbers in brackets
  after their street (``Main Street (8069, 8059, 8055 and 8049)``), a numbered road after its
  network's mark and the roads listed with it (``U.S. 29 and 40``, ``NH 44``, ``US 1``), a
  telephone number after "call … on" or an emergency number after "call", "dial" (``call us on
  101``, ``Dial 112``), a log or reference number after "quoting" (``quoting log 3697``), an
  episode's or a season's number (``episode two``, ``season 3``) and a class of vehicle
  (``two-wheelers``);
- v12.5: years inside names — a statute's year after its title (``Farm Services Act, 2020``,
  ``Policing Act 2014``, ``Finance Bill, 2021``; ``the Act of 1940`` stays a date, as the sets
  mark it), a year or span of years closing a quoted title of capitalised words (``'Technology
  Vision … Banks 2020-2023'``, ``'Series 2013'``), a log's date after its number (``quoting log
  3697 2/11/23``) — and a media player's counter (``0:00 / 0:00``).

Figures v12.12 (held-out 31): the Philippine peso written ``P2,500`` (on a page about the
Philippines, where the amount reads as money) and thousands written ``120K vehicles``.
Figures v12.14 (held-out 33): a duration or an age in a headline's capitals (``43 Years Ago``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from .anchor_gates import digit_before, gated
from .dates import in_player
from .forms import STREET_AFTER, STREET_WORDS, at
from .numbers import Number, parse_chinese, tidy
from .units import ENGLISH_UNITS

Found = tuple[int, int, Number | str, str, str, dict[str, Any]]

#: 90年代 with no century before it (the century's forms are read in conventions.py)
_BARE_DECADE = re.compile(r"(?<![0-9０-９.世紀纪])(?P<d>[2-9]0)年代")
#: 昨（31）日, 明（2）日: the day in brackets after "yesterday", "tomorrow" (今 in dates.py)
_DATELINE_DAY = re.compile(r"(?<=[昨明])[（(](?P<d>[0-3]?[0-9])[）)]日")
_CN_COUNT = "[两兩二三四五六七八九十百千0-9]+"
#: 每五人就有一人, 每3块…就有2块: the base of a proportion (not 每一个 "every")
_PROPORTION = re.compile(
    rf"(?<=每)(?P<n>{_CN_COUNT})(?P<u>人|名|个|個|位|家|台|臺|块|塊|辆|輛)"
    r"(?=[^。！？；，,]{0,12}就有)"
)
#: 有百年歷史, 擁有千年历史: a round number of years in a history
_HISTORY = re.compile(r"(?<=有)(?P<n>[百千])年(?=的?(?:历史|歷史))")
#: 4000gx4瓶: a pack's size, ``x``, and how many packs
_PACK = re.compile(
    r"(?<![0-9A-Za-z.])(?P<a>[0-9]+(?:\.[0-9]+)?)(?P<u>g|kg|ml|mL|L|克|毫升|公斤)[xX×]"
    r"(?P<n>[0-9]+)(?P<c>瓶|包|盒|罐|袋|入|件|組|组|支|條|条)"
)
#: 800 000 hectares: thousands grouped by a space, the last group 000
_SPACED_THOUSANDS = re.compile(
    r"(?<![0-9.,+])(?P<n>[1-9][0-9]{0,2}(?:[ \u00a0\u202f\u2009][0-9]{3})*[ \u00a0\u202f\u2009]000)"
    r"(?![0-9]|[.,][0-9])(?:\s(?P<u>[A-Za-z]+))?"
)

#: 46城将先行实施: a count of cities (城 not beginning 城市, 城区, 城中 …)
_CITIES = re.compile(
    r"(?<![0-9０-９A-Za-z.])(?P<n>[1-9][0-9]{0,3})城(?![市镇鎮区區中内內外墙牆堡乡鄉际際])"
)


#: The Philippine peso written as a bare ``P`` before the amount (``P2,486.28 per 50-kilo bag``,
#: ``P85 per kg``: the Inquirer's style; figures v12.12, held-out 31), read only in a text about
#: the Philippines and only where the amount reads as money — grouped thousands or centavos, a
#: scale word, or a price "per" something after it — so that labels (``P2``, ``P100`` GPUs),
#: ``P2P`` and ``P-value`` stay apart.
_PHILIPPINES = re.compile(r"\b(?:Philippines?|Filipinos?|Pinoys?|pesos?|Manila)\b")
_PESO = re.compile(
    r"(?<![A-Za-z0-9.,$-])P(?P<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]+(?:\.[0-9]{2})?)"
    r"(?P<scale>\s(?:million|billion|trillion)\b|(?:M|B|bn|m)\b)?"
    r"(?![0-9A-Za-z-]|[.,][0-9])"
)
_PESO_SCALES: Final = {
    "million": 10**6, "billion": 10**9, "trillion": 10**12, "m": 10**6, "M": 10**6,
    "bn": 10**9, "B": 10**9,
}  # fmt: skip
_PER_AFTER = re.compile(r"\s(?:per|a|each)\s")
_PESO_ANCHOR = re.compile("P[0-9]")  # a text without one is not searched further
#: 120K vehicles: thousands written K after two or three digits before a plural noun (the
#: headline's count; figures v12.12); ``4K display``, ``8K TVs`` (one digit) stay names.
_THOUSANDS_K = re.compile(r"(?<![A-Za-z0-9.,$£€¥-])(?P<n>[1-9][0-9]{1,2})K(?= [a-z]{3,}s\b)")

#: Bought 43 Years Ago, 100 Years Old: a duration or an age in a headline's capitals (held-out
#: 33's Newsweek headline, figures v12.14), read where "Ago" or "Old" says it is one; a title's
#: ``28 Days Later`` is not read.
_TITLE_DURATION = re.compile(
    r"(?<![\w.,$£€-])(?P<n>[1-9][0-9]{0,2}(?:,[0-9]{3})*)[ \u00a0]"
    r"(?P<u>Years|Months|Weeks|Days|Hours|Minutes|Decades|Centuries)(?= (?:Ago|Old)\b)"
)

#: $1MILLION prize: a headline's capital multiplier glued to the amount (held-out 45; v12.25).
_CAPITAL_SCALE = re.compile(
    r"(?<![\w.,])(?P<c>[$£€])(?P<n>[0-9]{1,3}(?:\.[0-9]{1,2})?)(?P<m>MILLION|BILLION|TRILLION)\b"
)
_CAPITAL_SCALES: Final = {"MILLION": 10**6, "BILLION": 10**9, "TRILLION": 10**12}
#: in their forties, in his early sixties: an age in decades written out, as the sets mark
#: ``in their 40s`` (3 of 5; held-out 46; figures v12.25).
_DECADE_AGE = re.compile(
    r"\bin\s(?:their|his|her|my|our|your)\s(?:(?:early|late|mid)[- ])?"
    r"(?P<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
)
_DECADE_WORDS: Final = ("twen", "thir", "for", "fif", "six", "seven", "eigh", "nine")

#: 9.63s, 0.165s: seconds glued to a decimal of two or three places (a sprint's times and
#: reactions; figures v12.15, a review's page); a decade (``1990s``, ``80s``) has no decimal,
#: ``mid-9.70s`` is left, and one place is a plural's (``drivers can be 22.4s``: a schedule).
_DECIMAL_SECONDS = re.compile(r"(?<![\w.,$£€-])(?P<n>[0-9]{1,3}\.[0-9]{2,3})s(?![\w'’-])")


def _decimal_seconds(text: str) -> Iterator[Found]:
    """Tried at each decimal point between digits (``str.find`` of one character, in C): two
    or three digits after it, then ``s``; the pattern matched from the number's first digit."""
    point = text.find(".")
    while point > 0:
        if text[point - 1 : point].isdigit() and text[point + 3 : point + 4] in "s0123456789":
            start = point - 1
            while start > max(0, point - 3) and text[start - 1].isdigit():
                start -= 1
            match = _DECIMAL_SECONDS.match(text, start)
            if match is not None:
                yield match.start(), match.end(), float(match["n"]), "s", "measure", {}
        point = text.find(".", point + 1)


def _pesos(text: str) -> Iterator[Found]:
    first = _PESO_ANCHOR.search(text)
    if first is None or _PHILIPPINES.search(text) is None:
        return
    for match in _PESO.finditer(text, max(0, first.start() - 1)):
        written, scale = match.group("n"), (match.group("scale") or "").strip()
        if not ("," in written or "." in written or scale or _PER_AFTER.match(text, match.end())):
            continue
        amount = float(written.replace(",", "")) * _PESO_SCALES.get(scale, 1)
        value: Number = int(amount) if amount.is_integer() else amount
        yield match.start(), match.end(), value, "P", "money", {}


def extra_figures(text: str) -> Iterator[Found]:
    """(start, end, value, unit, kind, extra) of each form read here (see the docstring)."""
    yield from _pesos(text)
    yield from _decimal_seconds(text)
    for match in at(text, _TITLE_DURATION, (" Ago", " Old"), 20):
        years = int(match["n"].replace(",", ""))
        yield match.start(), match.end(), years, match["u"], "measure", {}
    for match in at(text, _THOUSANDS_K, ("K ",), 3):
        yield match.start(), match.end(), int(match["n"]) * 1000, "", "count", {}
    for match in at(text, _BARE_DECADE, ("年代",), 2):
        yield match.start(), match.end(), f"19{match['d'][0]}X", "", "date", {}
    for match in at(text, _DATELINE_DAY, ("）日", ")日"), 3):
        day = int(match["d"])
        if 1 <= day <= 31:
            yield match.start(), match.end(), f"---{day:02d}", "", "date", {}
    for match in at(text, _PROPORTION, ("就有",), 20):
        if (count := _number(match["n"])) is not None:
            yield match.start(), match.end(), count, match["u"], "count", {}
    for match in at(text, _HISTORY, ("年",), 1):
        yield match.start(), match.end(), 100 if match["n"] == "百" else 1000, "年", "measure", {}
    for match in gated(text, _PACK, ("x", "X", "×"), 8, digit_before(8)):  # (its size's digits)
        size = float(match["a"])
        value: Number = int(size) if size.is_integer() else size
        yield match.start("a"), match.end("u"), value, match["u"], "measure", {}
        yield match.start("n"), match.end("c"), int(match["n"]), match["c"], "count", {}
    for match in at(text, _SPACED_THOUSANDS, (" 000", "\u00a0000", "\u202f000", "\u2009000"), 12):
        number = int(re.sub(r"\D", "", match["n"]))
        unit = match["u"] or ""
        if ENGLISH_UNITS.get(unit) == "measure":
            yield match.start(), match.end(), number, unit, "measure", {}
        else:
            yield match.start(), match.end("n"), number, "", "count", {}
    for match in at(text, _CAPITAL_SCALE, ("MILLION", "BILLION", "TRILLION"), 8):
        amount = tidy(float(match["n"]) * _CAPITAL_SCALES[match["m"]])
        yield match.start(), match.end(), amount, match["c"], "money", {}
    for match in at(text, _DECADE_AGE, ("nties", "rties", "fties", "xties", "hties", "eties"), 34):
        decade = 20 + 10 * next(i for i, w in enumerate(_DECADE_WORDS) if match["d"].startswith(w))
        yield match.start("d"), match.end("d"), decade, "", "measure", {}
    for match in at(text, _CITIES, ("城",), 5):
        yield match.start(), match.end(), int(match["n"]), "城", "count", {}


def _number(written: str) -> Number | None:
    return int(written) if written.isdigit() else parse_chinese(written)


#: Before 一 with a classifier, a copula: ``是一家``, ``為一個`` ("is a")
_COPULA_BEFORE = re.compile("(?:是|為|为|成為|成为)$")
_WIND_RADIUS_AFTER = re.compile("(?:暴風|暴风)?(?:半徑|半径|風圈|风圈|暴風圈|暴风圈)")
_PRICE_AFTER = re.compile(r"(?:只要|只需|僅需|仅需|僅|仅|才|要)?[0-9]+(?:\.[0-9]+)?(?:元|塊|块)")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CHANNEL_BEFORE = re.compile(r"\b(?i:channel)\s$")
_ROAD_AFTER = re.compile(
    r"\s(?:Route|Rte\.?|Highway|Hwy\.?|Interstate|State\sRoute|County\sRoad)\s[0-9]"
)
#: 8777 Frederick Road culvert improvement: a street, then a singular noun ending the phrase
_STREET_THEN_ONE_THING = re.compile(
    r"\s(?:[A-Z][A-Za-z]*\s){1,3}"
    rf"(?:{STREET_WORDS})\b\.?"
    r"(?:\s[a-z]*(?:[a-rt-z]|ss)){1,4}(?=\s?[:/;,.)]|\n|$)"  # bypass, not businesses
)
_YEAR = re.compile(r"1[89][0-9]{2}|20[0-9]{2}")
_RANGE = re.compile(r"[0-9]+(?:[-‐–][0-9]+)+")
#: Main Street (8069, 8059, 8055 and 8049): house numbers in brackets after their street
_STREET_BRACKET_BEFORE = re.compile(
    rf"\b(?:{STREET_WORDS})\b\.?\s\((?:[0-9]+(?:[-‐–][0-9]+)?(?:,\s(?:and\s)?|\s(?:and|&)\s))*$"
)
_BRACKET_LIST_AFTER = re.compile(r"(?:,\s|\s(?:and|&)\s|\))")
#: U.S. 29 (and 40), NH 44, US 1: a numbered road after its network's mark
_ROAD_BEFORE = re.compile(
    r"(?:\bU\.S\.|\b(?-i:US|NH|SH|SR))\s?(?:[0-9]+(?:,\s[0-9]+)*,?\s(?:and|or|&)\s)?$"
)
#: call us on 101, call NHS 111, Dial 112: a telephone number after "call"
_CALL_ON_BEFORE = re.compile(
    r"\b(?i:call|ring|dial|phone|text)(?:\s(?:us|them|police|the\spolice|NHS))?\s(?P<on>on\s)?$"
)
_EMERGENCY = re.compile(r"1[0-2][0-9]|999|911|000")
#: quoting log 3697, quoting reference 1234: an identifier after "quoting"
_QUOTING_BEFORE = re.compile(
    r"\bquot(?:ing|e)\s(?:(?:the\s)?(?:log|reference|ref\.?|crime\sreference|incident|crime|case)"
    r"\s)?(?:(?:number|no\.?)\s)?$",
    re.IGNORECASE,
)
#: quoting log 3697 2/11/23, quoting log 3697 of 2 November: the log's date is part of its
#: reference (figures v12.5)
_QUOTED_LOG_BEFORE = re.compile(
    r"\bquot(?:ing|e)\s(?:the\s)?(?:log|reference|ref\.?|crime\sreference|incident)"
    r"\s(?:(?:number|no\.?)\s)?[0-9]+\s(?:of\s)?$",
    re.IGNORECASE,
)
#: the Farm Services Act, 2020, the Policing Act 2014, the Finance Bill, 2021: a statute's year
#: in its title, a name (rules: years inside names); "the Act of 1940" stays a date, as the sets
#: mark it (figures v12.5)
_STATUTE_BEFORE = re.compile(
    r"\b(?-i:Act|Bill|Ordinance|Rules|Regulations|Code|Amendment)(?:\s\([A-Za-z ]+\))?,?\s$"
)
#: 'Technology Vision for Cyber Security for Urban Cooperative Banks 2020-2023', 'Series 2013':
#: a quoted title of capitalised words (function words between) that a year closes (v12.5)
_QUOTED_TITLE_BEFORE = re.compile(
    r"[\"“'‘](?:[A-Z][\w’'-]*\s)(?:(?:[A-Z][\w’'-]*|of|for|in|on|and|the|to|a|an|&)\s){0,10}$"
)
_TITLE_QUOTE_CLOSES = re.compile(r"[\"”'’](?![A-Za-z0-9])")
_YEARS = re.compile(r"(?:1[89]|20)[0-9]{2}(?:[-–](?:(?:1[89]|20)[0-9]{2}|[0-9]{2}))?")
#: episode two, season 3, chapter four: a part of a series named by its number
_EPISODE_BEFORE = re.compile(r"\b(?:episode|season|chapter|volume)\s$", re.IGNORECASE)
_WHEELER_AFTER = re.compile(r"[-‐\s]wheel(?:er|ers)\b", re.IGNORECASE)
_NUMBER_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+)",
    re.IGNORECASE,
)
_CLASSIFIERS_AFTER_ONE: Final = frozenset("個个家名位間间座所項项條条種种")


#: text them to 61124, SMS to 80800: a number to send messages to (set 28's BBC page)
_TEXT_TO_BEFORE = re.compile(r"\b(?:[Tt]ext|SMS)\s(?:them|it|us|him|her|me)\sto\s$")
#: page C - 1, page A-12: a newspaper's section and page
_PAGE_BEFORE = re.compile(r"\b[Pp]age\s[A-Z]\s?-\s?$")


def refused(text: str, start: int, end: int, unit: str) -> bool:
    """Whether a figure the other rules read is none (see the module's docstring)."""
    written = text[start:end]
    if written[:1] == "一" and written[1:] in _CLASSIFIERS_AFTER_ONE:
        return _COPULA_BEFORE.search(text, max(0, start - 2), start) is not None
    if unit == "人" and text[end : end + 1] == "力":
        return True  # 104人力銀行
    if unit in ("級", "级") and _WIND_RADIUS_AFTER.match(text, end):
        return True  # 7級暴風半徑
    if written == f"1{unit}" and unit and _CJK.match(unit) and _PRICE_AFTER.match(text, end):
        return True  # 1包只要15元
    if not unit and _YEARS.fullmatch(written):
        if _STATUTE_BEFORE.search(text, max(0, start - 30), start):
            return True  # the Farm Services Act, 2020
        if _TITLE_QUOTE_CLOSES.match(text, end) and _QUOTED_TITLE_BEFORE.search(
            text, max(0, start - 120), start
        ):
            return True  # 'Technology Vision … Banks 2020-2023'
    if (
        text[start : start + 1].isdigit()
        and "uot" in text[max(0, start - 50) : start]
        and _QUOTED_LOG_BEFORE.search(text, max(0, start - 50), start)
    ):
        return True  # quoting log 3697 2/11/23
    if not unit and written.isdigit():
        if ":" in text[max(0, start - 8) : end + 8] and in_player(text, start, end):
            return True  # 0:00 / 0:00: a media player's counter
        glued = _CJK.match(text, start - 1) and text[end : end + 1] == "／"
        if glued and _CJK.match(text, end + 1):
            return True  # 刑場靈異1／搶匪…
        if _CHANNEL_BEFORE.search(text, max(0, start - 8), start):
            return True  # channel 276
        if _ROAD_AFTER.match(text, end):
            return True  # 421 Route 59
        if _TEXT_TO_BEFORE.search(text, max(0, start - 20), start):
            return True  # text them to 61124: a short code (figures v12.9)
        if _PAGE_BEFORE.search(text, max(0, start - 10), start):
            return True  # appeared on page C - 1: a page of a section
    return not unit and _english_name(text, start, end, written)


def _english_name(text: str, start: int, end: int, written: str) -> bool:
    """A house number, a road's, a telephone's, a log's, an episode's or a vehicle class's."""
    if not _NUMBER_WORD.fullmatch(written) and not _RANGE.fullmatch(written):
        return False
    if written[:1].isdigit():
        if not _YEAR.fullmatch(written) and _STREET_THEN_ONE_THING.match(text, end):
            return True  # 8777 Frederick Road culvert improvement (not 2012 Supreme Court ruling)
        if _RANGE.fullmatch(written) and STREET_AFTER.match(text, end):
            return True  # 8085-8089 Main St.
        before = text[max(0, start - 60) : start]
        bracket = _STREET_BRACKET_BEFORE.search(before) if "(" in before else None
        if bracket and _BRACKET_LIST_AFTER.match(text, end):
            return True  # Main Street (8069, 8059, 8055 and 8049)
        if _ROAD_BEFORE.search(before[-24:]):
            return True  # U.S. 29 and 40, NH 44
        call = _CALL_ON_BEFORE.search(before[-24:])
        if call and (call["on"] or _EMERGENCY.fullmatch(written)):
            return True  # call us on 101, Dial 112
        if _QUOTING_BEFORE.search(before[-40:]):
            return True  # quoting log 3697
    if _EPISODE_BEFORE.search(text, max(0, start - 10), start):
        return True  # episode two
    return _WHEELER_AFTER.match(text, end) is not None  # two-wheelers
