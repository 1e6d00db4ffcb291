"""Forms read or refused beside the main scan, found by held-out 24's first run (figures v12.3).

Read:

- a decade in two digits without its century (``在90年代``: ``199X``, as ``上世纪90年代`` is);
- a dateline's day after "yesterday" or "tomorrow" (``昨（31）日``, ``明（2）日``: ``---31``, as
  ``今（4）日``), the bracketed day and 日 in the span as sets 22-24 mark them;
- the base of a proportion after 每 (``每五人就有一人``: ``五人``, as ``每生產三臺…就有一臺``);
- a bare 百 or 千 of years in a history (``有百年歷史``: 100 years);
- a pack's size and count glued by ``x`` (``4000gx4瓶``: ``4000g`` and ``4瓶``);
- thousands grouped by a space (``800 000 hectares``: 800,000), only when the last group is
  ``000`` (a telephone's groups rarely end so, ``400 737`` jets stay apart).

Refused:

- ``一`` with a classifier after a copula (``RTX是一家…承包商``: "is a");
- a count of 人 that begins 人力 (``104人力銀行``: a company's name; manpower);
- a wind force naming a radius (``7級暴風半徑``, ``七级风圈``: the radius of force-7 winds);
- one of a classifier before its price (``1包只要15元``: "per pack", as ``1吨70元``);
- a series' number glued to a teaser's label before ``／`` (``刑場靈異1／搶匪…``);
- a channel's number (``Freeview channel 276``) and a street number before a numbered road
  (``421 Route 59``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from .forms import at
from .numbers import Number, parse_chinese
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


def extra_figures(text: str) -> Iterator[Found]:
    """(start, end, value, unit, kind, extra) of each form read here (see the docstring)."""
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
    for match in at(text, _PACK, ("x", "X", "×"), 8):
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
_CLASSIFIERS_AFTER_ONE: Final = frozenset("個个家名位間间座所項项條条種种")


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
    if not unit and written.isdigit():
        glued = _CJK.match(text, start - 1) and text[end : end + 1] == "／"
        if glued and _CJK.match(text, end + 1):
            return True  # 刑場靈異1／搶匪…
        if _CHANNEL_BEFORE.search(text, max(0, start - 8), start):
            return True  # channel 276
        if _ROAD_AFTER.match(text, end):
            return True  # 421 Route 59
    return False
