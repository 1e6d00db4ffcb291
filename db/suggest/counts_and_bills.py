"""Chinese counts the main scan misses, bills' and plans' numbers it must refuse, a minus sign.

Found by held-out 26's first run (figures v12.6; docs/performance.md, "Figures v12.6 (set 26)";
ADR 0136). Each is a general form of the language, not a page's:

Read (before the main pattern, as ``figures.find_figures``' extras):

- a count written with ``万`` and the digits after it, ``1万2000名`` (12,000), ``1万8515人``: the
  four digits after ``万`` are the units below ten thousand (``1.7亿65周岁``, a decimal before,
  stays two figures, as held-out 9 marks it); the digits after ``万`` may group their thousands,
  ``7萬5,000名`` (75,000; figures v12.11, held-out 30);
- votes counted in digits, ``397票``, ``0票`` (a count of zero is a count);
- parties counted in digits, ``德国3党联合内阁`` (``3党``: with digits a count of parties is a
  statistic, as ``4种``; ``两党`` in characters stays a set word, rules 2.3);
- versions counted in characters, ``三版“小龙女”`` (``第三版``, ``头版``, ``03版`` — a page — are
  not);
- a ratio to one in characters, ``约二比一`` (2, as held-out 20's ``33-to-1``; ``一比一`` — life
  size — is a set phrase, held-out 24);
- a range of per-mille or per-cent written with its ``千分之`` at both ends, ``千分之一到千分之二``
  (one figure, as ``6万至8万元``, rules 2's ranges);
- figures v12.12 (held-out 31): 廿, 卅, 卌 for 20, 30, 40 with a unit (``卅二歲``: 32), and a
  score in characters after its index's name (``昏迷指數一度只有三，搶求後提升到六``: 3 and 6).

Refused (the rules' names and identifiers):

- a bill's or a ballot measure's number, ``SB 478``, ``H.R. 5``, ``AB 5``, ``Senate Bill 10``,
  ``Proposition 22`` (``Bill C-11`` already was, as a code);
- a retirement plan named by its tax-code section, ``401k``, ``401(k)``, ``403(b)``;
- ``two-factor authentication``: a technique's name;
- figures v12.24 (held-out 44): ``3-D`` (three-dimensional) and a star's or a cluster's name,
  its number before its constellation's Latin genitive (``47 Tucanae``, ``61 Cygni``);
- ``非二元性别`` and ``二元对立``: "binary", not two yuan;
- a comment counter, ``[我来说两句(3条)]``, ``评论(12)`` (rules: page counters);
- a view counter, a bare amount with ``万`` or ``亿`` alone on its line (``100.3万`` under a
  page's time stamp; figures v12.7), and a system named by a count, ``一日三班制``, ``两院制``
  (``七奈米制程`` — a process — is not; v12.7);
- figures v12.8: a search page's counter (``共找到 13,046 个相关新闻``) and a policy named by a
  count (``the two-child policy``, as held-out 17 leaves it); read: ``1萬6千人`` (16,000, one
  figure, as ``1万2000名``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .forms import at
from .numbers import Number, parse_chinese, tidy
from .units import CHINESE_UNITS

Found = tuple[int, int, Number, str, str, dict[str, object]]

_CN_UNIT = "|".join(sorted(map(re.escape, CHINESE_UNITS), key=len, reverse=True))
_WAN_DIGITS = re.compile(
    rf"(?<![0-9.０-９])(?P<high>[1-9][0-9]{{0,3}})[万萬](?P<low>[0-9]{{4}}|[0-9],[0-9]{{3}})(?![0-9.％%]|,[0-9])"
    rf"(?P<unit>{_CN_UNIT})?"
)
#: 票 after digits, not the word it begins (票价, 票房, 票据, 票务 …)
#: 1萬6千人, 3万5千元: a count with 万 and then thousands in one digit (16,000; figures v12.8)
_WAN_THOUSANDS = re.compile(
    rf"(?<![0-9.０-９])(?P<high>[1-9][0-9]{{0,3}})[万萬](?P<k>[1-9])千(?![0-9万萬亿億])"
    rf"(?P<unit>{_CN_UNIT})?"
)
_VOTES = re.compile(
    r"(?<![0-9.０-９])(?P<n>[0-9]{1,4})票(?![价價房据據务務证證面根箱号號站友选選])"
)
_PARTIES = re.compile(
    r"(?<![0-9A-Za-z.０-９])(?P<n>[0-9]{1,2})(?P<unit>[党黨])(?![员員章部委校派性])"
)
_VERSIONS = re.compile(
    r"(?<![第头頭本今昨再改出0-9一二三四五六七八九十两兩])"
    r"(?P<n>[两兩二三四五六七八九十]{1,2})版(?![本权權面号號图圖税稅画畫次])"
)
_RATIO_TO_ONE = re.compile(
    r"(?<![0-9一二三四五六七八九十两兩第])(?P<n>[二三四五六七八九十两兩]{1,2})比一"
    r"(?![0-9一二三四五六七八九十百千万萬点點])"
)
_CN_NUMERAL = "[零〇一二两兩三四五六七八九十百千]+"
_FRACTION_RANGE = re.compile(
    rf"(?P<den>[百千万萬])分之(?P<low>{_CN_NUMERAL})\s?(?:到|至|~|～|-|–|—)\s?"
    rf"(?P=den)分之(?P<high>{_CN_NUMERAL})"
)
_DENOMINATORS: Final = {"百": 100, "千": 1000, "万": 10000, "萬": 10000}
#: 廿, 卅, 卌: twenty, thirty, forty in one character (卅二歲 is 32; Taiwan's papers write ages
#: so; figures v12.12, held-out 31), with a unit after them.
_TENS: Final = {"廿": 20, "卅": 30, "卌": 40}
_TENS_COUNT = re.compile(
    rf"(?<![零〇一二两兩三四五六七八九十百千第])(?P<tens>[廿卅卌])(?P<ones>[一二三四五六七八九])?"
    rf"(?P<unit>{_CN_UNIT})"
)
#: A score after its index's name: 昏迷指數一度只有三，搶求後提升到六 (the coma scale; rules:
#: a score is a figure), the number in characters alone at the clause's end.
_SCORE_NUMERAL = "[一二三四五六七八九十]{1,2}"
_INDEX_SCORE = re.compile(
    rf"(?:指数|指數)[^，,。；;\n]{{0,6}}?(?:只有|仅有|僅有|为|為|是|剩|到|至)(?P<n>{_SCORE_NUMERAL})"
    rf"(?=[，,。；;、）)\s]|$)"
    rf"(?:[，,][^，,。；;\n]{{0,6}}?(?:提升到|提升至|升到|升至|回升到|回升至|降到|降至|恢复到|恢復到)"
    rf"(?P<m>{_SCORE_NUMERAL})(?=[，,。；;、）)\s]|$))?"
)


def extra_figures(text: str) -> Iterator[Found]:
    """(start, end, value, unit, kind, extra) of each form read above."""
    for match in at(text, _WAN_DIGITS, ("万", "萬"), 4):
        unit = match.group("unit") or ""
        value = int(match.group("high")) * 10000 + int(match.group("low").replace(",", ""))
        yield match.start(), match.end(), value, unit, CHINESE_UNITS.get(unit, "count"), {}
    for match in at(text, _WAN_THOUSANDS, ("千",), 6):
        unit = match.group("unit") or ""
        value = int(match.group("high")) * 10000 + int(match.group("k")) * 1000
        yield match.start(), match.end(), value, unit, CHINESE_UNITS.get(unit, "count"), {}
    for match in at(text, _VOTES, ("票",), 4):
        yield match.start(), match.end(), int(match.group("n")), "票", "count", {}
    for match in at(text, _PARTIES, ("党", "黨"), 2):
        unit = match.group("unit")
        yield match.start(), match.end(), int(match.group("n")), unit, "count", {}
    for match in at(text, _VERSIONS, ("版",), 2):
        versions = parse_chinese(match.group("n"))
        if versions:
            yield match.start(), match.end(), versions, "版", "count", {}
    for match in at(text, _RATIO_TO_ONE, ("比一",), 2):
        ratio = parse_chinese(match.group("n"))
        if ratio:
            yield match.start(), match.end(), ratio, "", "other", {}
    for match in at(text, _TENS_COUNT, tuple(_TENS), 0):
        ones = parse_chinese(match.group("ones")) if match.group("ones") else 0
        unit = match.group("unit")
        value = _TENS[match.group("tens")] + int(ones or 0)
        yield match.start(), match.end(), value, unit, CHINESE_UNITS.get(unit, "count"), {}
    for match in at(text, _INDEX_SCORE, ("指数", "指數"), 0):
        for group in ("n", "m"):
            if match.group(group) and (score := parse_chinese(match.group(group))) is not None:
                yield match.start(group), match.end(group), score, "", "other", {}
    for match in at(text, _FRACTION_RANGE, ("分之",), 1):
        low, high = parse_chinese(match.group("low")), parse_chinese(match.group("high"))
        if low is None or high is None or high <= low:
            continue
        denominator = _DENOMINATORS[match.group("den")]
        if denominator == 100:
            yield match.start(), match.end(), low, "%", "percent", {"value_max": high}
            continue
        extra: dict[str, object] = {
            "value_max": tidy(high / denominator),
            "fraction": f"{low}/{denominator}",
        }
        yield match.start(), match.end(), tidy(low / denominator), "", "other", extra


#: SB 478, H.R. 5, AB 5, S. 2938, Senate Bill 10, Bill 5, Proposition 22, Prop 22, Measure 110
_BILL_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:SB|HB|AB|SF|HF|LB|LD|HR|SR|SJR|HJR|SCR|HCR|ACA|SCA|H\.\s?R\.|S\.)"
    r"|\b(?:Bill|Resolution|Proposition|Prop\.?|Measure|Initiative))\s?$"
)
_RETIREMENT_PLAN = re.compile(r"(?:401|403|457)\s?\(?[kKbB]\)?(?![A-Za-z0-9])")
_FACTOR_AFTER = re.compile(r"[-‐\s]factor\b", re.IGNORECASE)
#: the two-child policy, a three-child limit: a policy named by its number (held-out 17 leaves
#: Madhya Pradesh's two-child policy; figures v12.8)
_POLICY_AFTER = re.compile(r"-child\s(?:policy|policies|rule|limit|norm)\b", re.IGNORECASE)
_BINARY_AFTER = re.compile("性|论|論|化|对立|對立|结构|結構|制|经济|經濟")
_COUNTER_BEFORE = re.compile(r"(?:我来说两句|我來說兩句|评论|評論|跟帖|回复|回覆)\s?[（(]$")


def refused(text: str, start: int, end: int, unit: str) -> bool:
    """Whether a figure the other rules read is a name or a counter (the list above)."""
    written = text[start:end]
    if written.isdigit() and not unit and _BILL_BEFORE.search(text, max(0, start - 12), start):
        return True  # SB 478
    if written[:3] in ("401", "403", "457") and _RETIREMENT_PLAN.match(text, start):
        return True  # 401k
    if not unit and (_FACTOR_AFTER.match(text, end) or _POLICY_AFTER.match(text, end)):
        return True  # two-factor authentication, the two-child policy (a policy's name)
    if not unit and written.isdigit() and len(written) <= 3 and text[end : end + 1] in " -":
        if _DIMENSIONS_AFTER.match(text, end):
            return True  # a 3-D map: three-dimensional, a name (held-out 44; figures v12.24)
        if _CONSTELLATION_AFTER.match(text, end):
            return True  # 47 Tucanae, 61 Cygni, 30 Doradus: a star's or a cluster's name
    if not unit and text[start - 1 : start] == "\t" and written.isdigit() and _ranks(text, start):
        return True  # a table's "2012 Ranking" column: places, ordinals (held-out 46; v12.25)
    if text[start - 4 : start].rstrip().endswith("共找到"):
        return True  # 共找到 13,046 个相关新闻: a search page's counter (figures v12.8)
    if written in ("二元", "两元", "兩元", "一元") and (
        text[start - 1 : start] == "非" or _BINARY_AFTER.match(text, end)
    ):
        return True  # 非二元性别
    if unit and text[end : end + 1] == "制" and text[end + 1 : end + 2] not in _MADE_AFTER:
        return True  # 一日三班制, 两院制: a system's name (七奈米制程, a process, stays)
    if written[-1:] in _MULTIPLIERS and _alone_on_its_line(text, start, end):
        return True  # 2023-08-02 09:00:29 / 100.3万: a page's view counter on its own line
    return (
        text[end : end + 1] in ("）", ")")
        and _COUNTER_BEFORE.search(text, max(0, start - 8), start) is not None
    )  # 我来说两句(3条)


#: 3-D, 2-D: dimensions, a name (not 3-Day); the boundary after is checked by hand.
_DIMENSIONS_AFTER = re.compile(r"-D(?![A-Za-z0-9])")
#: A star's or a cluster's name, its number before its constellation's Latin genitive
#: (``47 Tucanae``, ``61 Cygni``, ``51 Pegasi``, ``30 Doradus``; held-out 44; figures v12.24).
_CONSTELLATION_AFTER = re.compile(
    r"\s(?:Andromedae|Antliae|Apodis|Aquarii|Aquilae|Arae|Arietis|Aurigae|Bootis|Caeli|"
    r"Camelopardalis|Cancri|Canum|Canis|Capricorni|Carinae|Cassiopeiae|Centauri|Cephei|Ceti|"
    r"Chamaeleontis|Circini|Columbae|Comae|Coronae|Corvi|Crateris|Crucis|Cygni|Delphini|"
    r"Doradus|Draconis|Equulei|Eridani|Fornacis|Geminorum|Gruis|Herculis|Horologii|Hydrae|"
    r"Hydri|Lacertae|Leonis|Leporis|Librae|Lupi|Lyncis|Lyrae|Mensae|Microscopii|Monocerotis|"
    r"Muscae|Normae|Octantis|Ophiuchi|Orionis|Pavonis|Pegasi|Persei|Phoenicis|Pictoris|"
    r"Piscium|Piscis|Puppis|Pyxidis|Reticuli|Sagittae|Sagittarii|Scorpii|Sculptoris|Scuti|"
    r"Serpentis|Sextantis|Tauri|Telescopii|Trianguli|Tucanae|Ursae|Velorum|Virginis|Volantis|"
    r"Vulpeculae)\b"
)
#: After 制 these make another word: 制程 (a process), 制作, 制造, 制定, 制度, 制品 … (v12.7)
_MADE_AFTER: Final = frozenset("程作造定度止品成裁约約服衡式冷片药藥")
_MULTIPLIERS: Final = frozenset("万萬亿億")


_RANK_HEADER = re.compile(r"(?i)\brank(?:ing)?\b")


def _ranks(text: str, start: int) -> bool:
    """Is the table cell at ``start`` (after a tab) under a header that names a rank? The header
    is the first row of the rows with tabs above it (blank lines between rows allowed)."""
    line_start = text.rfind("\n", 0, start) + 1
    column = text.count("\t", line_start, start)
    header = None
    for _ in range(60):
        if line_start == 0:
            break
        above = text.rfind("\n", 0, line_start - 1) + 1
        line = text[above : line_start - 1]
        line_start = above
        if not line.strip():
            continue
        if "\t" not in line:
            break
        header = line
    if header is None:
        return False
    cells = header.split("\t")
    return column < len(cells) and _RANK_HEADER.search(cells[column]) is not None


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Is ``start:end`` all its line holds (blanks aside)? A bare ``100.3万`` there counts a
    page's views or likes, furniture (rules 2.3: page counters; figures v12.7)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


_SIGN_BEFORE: Final = frozenset(" \t\n(（[:：")


#: .218/.295/.329: a decimal written without its leading zero (a batting average; figures
#: v12.15, a review's baseball page), after a blank, a slash or a bracket; a calibre
#: (``.45-caliber``) is a name, refused before this is asked.
_POINT_BEFORE: Final = frozenset(" \t\n/(")


def leading_point(text: str, start: int, unit: str, kind: str, value: object) -> Number | None:
    """The value of a count written ``.218`` (the point before ``start``), or None."""
    if unit or kind != "count" or start < 2 or text[start - 1] != ".":
        return None
    if text[start - 2] not in _POINT_BEFORE or not isinstance(value, int) or value <= 0:
        return None
    places = start
    while places < len(text) and text[places].isdigit():
        places += 1
    return tidy(value / 10 ** (places - start))  # .05 is 0.05: the written digits count


def negated(text: str, start: int, unit: str, kind: str, value: object) -> Number | None:
    """``a -0.4 percent return``, ``and -1.0 percent from 2008``: a minus sign written close
    before a percentage or a measure, after a blank or a bracket, makes it negative (held-out
    20's and 26's gold); a dash between two numbers (``5-8%``) or a word (``mid-30``) does not.
    A minus sign opening a table's cell (after a tab: a quote's change, ``252.54<tab>-1.96``;
    held-out 31's gold, figures v12.14) makes any number negative."""
    if start < 1:
        return None
    cell = start >= 2 and text[start - 2] == "\t"
    if not cell and (not unit or kind not in ("percent", "measure")):
        return None
    if text[start - 1] not in "-−" or (start >= 2 and text[start - 2] not in _SIGN_BEFORE):
        return None
    if not isinstance(value, int | float) or value <= 0:
        return None
    return tidy(-value)
