"""Numbers that label or identify rather than count: list labels and identifiers, refused.

Found by figures v12.5's second review of unannotated pages (docs/performance.md, "Figures
v12.5"; ADR 0136); each is a class the review's pages showed and no gold set marks:

- a list's labels: a bare number or numeral that opens an item (``1、docker安装``,
  ``1，房产证``, ``个层次，1.是否有窗``, ``（2）在这里``, ``(1b) 微观``, ``1.1. 电子商务``,
  ``十三、二手房``; English ``1. Finland`` was already refused), never a number with its unit;
  a figure's number (``图2. 物流``) and a citation's pages (``2011(11): 56-58``);
- the Party's congresses by number (``党的二十大``, ``中共十九大``: an ordinal name, not ``三大``'s
  "three major"), a century in characters (``二十一世纪``: rules 2.3 leave ordinal centuries
  unmarked; ``21世纪`` already was), a provincial or county road (``225省道``, as ``107国道``);
- a coordinate's degrees and minutes (``39°00′N``, ``北纬38°43′~39°10′``);
- numbers in a command line: a port after a host or a colon, a setting after ``=``, a stream
  after ``>&`` (``zookeeper:2181``, ``INTERNAL://:9092``, ``NODE_ID=0``, ``2>&1``), a port map
  (``-p 28080:8080``); a wiki reference's backlinks (``跳转到： 3.0 3.1 3.2``);
- English identifiers: a patent's number (``the '318 patent``), a journal's volume and a DOI
  (``VOL. 35``, ``doi:10.1029``), a tax code's paragraph (``501(c)(4)``), and ``dozen`` after
  ``half`` (``half a dozen``: ``half`` is vague under rules 2.3, as ``half a million``);
- a time zone's offset (``GMT+8``, ``UTC-5``) and ``, 100 percent.`` closing a sentence, an
  assurance (a fixed expression, rules 2.3; ``100% accurate`` stays): figures v12.7;
- figures v12.8 (held-out 27's bydrug page and a third review): labels with a half bracket
  (``：1）移植后…；2）糖化…``) or a colon at a line's start (``1：【立角色】``), a heading's
  number closing its short line (``骗局之3``), a picture's number in its caption's label
  (``[图片说明1：``), a chip's generation and a week's number (``Snapdragon 8 Gen 3``,
  ``Week 19 is over``);
- figures v12.11: a mobile network's generation written small (``4g``, ``5g``: as ``4G``, not
  grams, once ``15g`` is read as grams);
- figures v12.20 (held-out 37 and 38): a telephone's extension (``extension 1225``), a reference
  code's numbers (``MM/DGC/130/23``), a school year's label (``a year 3 pupil``), a bus's bare
  width (``a 384-bit bus``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .forms import after_digit
from .numbers import parse_chinese

_NUMERAL = "[0-9]{1,2}(?:\\.[0-9]{1,2})?|[一二三四五六七八九十]{1,3}"
#: 1、 1. 1， at a line's start; 1、 1. after a clause's punctuation; the item's text follows
_LABEL_AT_LINE = re.compile(rf"^[ \t　]*(?P<n>{_NUMERAL})[、.．，,：:](?![0-9])", re.MULTILINE)
#: 1）移植后…；2）糖化…: a label with a closing bracket alone, after a clause's punctuation or at
#: a line's start (held-out 27's bydrug page; figures v12.8)
_LABEL_HALF_BRACKET = re.compile(r"(?<![0-9])(?P<n>[0-9]{1,2})[)）](?=[\u4e00-\u9fff])")
_BEFORE_A_HALF_BRACKETED_LABEL = frozenset("\n，。：；！？:;")
_LABEL_IN_LINE = re.compile(rf"[，。：；！？:;](?P<n>{_NUMERAL})[、.．](?=[\u4e00-\u9fff])")
_LABEL_BRACKETED = re.compile(
    rf"[（(](?P<n>{_NUMERAL}|[0-9]{{1,2}}[a-z])[)）]"
    r"(?=\s?[\u4e00-\u9fff]|[A-Za-z])"  # not an age: Martens (40) and
)
#: 图2. 物流, 圖3: a figure's number (v12.2 refused 如表1)
#: 2011(11): 56-58, 2006, 34(20): 5439-5440: a journal's pages in a citation
_CITATION_BEFORE = re.compile(r"(?:19|20)[0-9]{2}(?:,\s?[0-9]{1,3})?\([0-9]{1,3}\):\s?$")
_BEFORE_A_BRACKETED_LABEL = frozenset("\n \t　，。：；！？:;")
_CONGRESS_BEFORE = re.compile("(?:党的|黨的|中共|共产党|共產黨)$")
_CONGRESS = re.compile("(?:十[二三四五六七八九]|二十[一二]?)大(?![型量概约約])")
_CENTURY_AFTER = re.compile("(?:世纪|世紀)")
_ROAD_AFTER = re.compile("(?:省道|县道|縣道|乡道|鄉道)")
_DEGREE_AROUND = re.compile(r"[0-9]+(?:\.[0-9]+)?°[0-9]+(?:\.[0-9]+)?[′']")
#: (a DOI after ``DOI:`` in capitals with a space, ``DOI: 10.1016/…``: figures v12.12)
_IDENTIFIER_BEFORE = re.compile(r"(?:\b(?i:vol)\.\s|\b(?i:doi):\s?|[0-9]\([a-z]\)\()$")
_PATENT_AFTER = re.compile(r"[0-9]+\spatent")
#: zookeeper:2181, INTERNAL://:9092, NODE_ID=0, 2>&1: a port, setting or stream in a command
_CODE_BEFORE = re.compile(r"(?:[A-Za-z_/]:|[A-Za-z_]=|=:|>&)$")
#: -p 28080:8080, chown 1001:1001: a port map or an owner (never a clock: 4-5 digits each side)
_PORT_MAP = re.compile(r"(?<![0-9])[0-9]{4,5}:[0-9]{4,5}(?![0-9])")
#: ^ 跳转到： 3.0 3.1 3.2: a wiki reference's backlinks (page furniture)
_BACKLINKS_BEFORE = re.compile(r"(?:跳转到|跳轉到)：(?:\s[0-9]+(?:\.[0-9]+)?)*\s?$")
#: ", 100 percent." alone closing a sentence: an assurance (rules 2.3's fixed expressions),
#: not an amount; "is 100% accurate", "100% dependent" stay (held-out 6, 19; figures v12.7)
_ASSURANCE = re.compile(r"100\s?(?:percent|per cent|%)")
_ASSURANCE_BEFORE = re.compile(r"[,—–]\s?$")
_ASSURANCE_AROUND = re.compile(r"[.!]|[”\"’']")
#: GMT+8, UTC−5: a time zone's offset (figures v12.7)
_ZONE_BEFORE = re.compile(r"(?<![A-Za-z])(?:GMT|UTC)\s?[-+−]$")
_HALF_BEFORE = re.compile(r"\bhalf(?:\sa)?\s$", re.IGNORECASE)
#: Snapdragon 8 Gen 3, Week 19: a numbered generation or week, a label (figures v12.8)
_SERIES_BEFORE = re.compile(r"\b(?:Gen|Week)\s$")
#: [图片说明1：漫画]: a picture's number in its caption's label (as 图2; figures v12.8)
_CAPTION_NUMBER_BEFORE = ("图片说明", "圖片說明", "图片說明")
_CN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: 609-567-0700, extension 1225; ext. 204: a telephone's extension (held-out 37; v12.20)
_EXTENSION_BEFORE = re.compile(r"\b(?:[Ee]xtension|[Ee]xt\.?)\s$")
#: quoting reference MM/DGC/130/23: the numbers of a reference code that opens with capitals
#: and runs on in slashes (held-out 38; v12.20); 51,200 KB/50 MB keeps its unit and is read
_REFERENCE_BEFORE = re.compile(r"(?<![\w/])[A-Z]{2,}/[A-Z0-9]+/(?:[0-9]+/)*$")
#: a year 3 pupil: a school year in England and Wales, a class's label (held-out 38; v12.20)
_SCHOOL_YEAR = re.compile(r"[Yy]ear\s[0-9]{1,2}\s(?:pupils?|students?|class(?:es)?)\b")


def _at_lines(text: str) -> Iterator[re.Match[str]]:
    """``_LABEL_AT_LINE.finditer(text)``, asked only where a line starts (its ``^``; no match
    holds a line break): the engine tried every position of the text for it (0.39 against
    0.26 ms on bench/suggest.py's article)."""
    position = 0
    while True:
        match = _LABEL_AT_LINE.match(text, position)
        if match is not None:
            yield match
        position = text.find("\n", position) + 1
        if not position:
            return


def _in_line_starts(text: str) -> list[int]:
    """Where ``_LABEL_IN_LINE`` can start: two to six characters before a mark (``、``, ``.``,
    ``．``) that a Chinese character follows (a mark of punctuation, the numeral of up to five
    characters, the mark)."""
    places: set[int] = set()
    for mark in "、.．":
        position = text.find(mark)
        while position >= 0:
            if "\u4e00" <= text[position + 1 : position + 2] <= "\u9fff":
                places.update(range(max(0, position - 6), position - 1))
            position = text.find(mark, position + 1)
    return sorted(places)


def _bracket_starts(text: str) -> list[int]:
    """Where ``_LABEL_BRACKETED`` can start: a bracket before a numeral's first character."""
    return sorted(
        found.start() for bracket in _BRACKETS_BEFORE_NUMERAL for found in bracket.finditer(text)
    )


#: A bracket opening on a numeral's first character (``（2）``, ``(1b)``), found by its literal
_BRACKETS_BEFORE_NUMERAL: Final = tuple(
    re.compile(f"{re.escape(bracket)}(?=[0-9一二三四五六七八九十])") for bracket in "（("
)


def _matched_at(text: str, pattern: re.Pattern[str], starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that opens on punctuation no match holds after
    its first character (so no two matches overlap), every start of which is in ``starts``:
    matched only there. The patterns open on a class, which made the engine test every
    position (0.32 against 0.26 and 0.07 ms on bench/suggest.py's article; ADR 0141 decision 16)."""
    for start in starts:
        match = pattern.match(text, start)
        if match is not None:
            yield match


def _labels(text: str) -> set[int]:
    """Where the labels start: each only beside its neighbour, the same style numbered one
    before or after it (``1、`` … ``2、``), as v11.3's item numbers (a lone ``5、`` opening a
    line stays a figure)."""
    found: dict[tuple[str, str, int], list[int]] = {}
    matches = [
        *(("line", m) for m in _at_lines(text)),
        *(("inline", m) for m in _matched_at(text, _LABEL_IN_LINE, _in_line_starts(text))),
        *(
            ("half", m)
            for m in after_digit(text, _LABEL_HALF_BRACKET, ("）", ")"), 2)
            if m.start() == 0 or text[m.start() - 1] in _BEFORE_A_HALF_BRACKETED_LABEL
        ),
        *(
            ("bracket", m)
            for m in _matched_at(text, _LABEL_BRACKETED, _bracket_starts(text))
            if m.start() == 0 or text[m.start() - 1] in _BEFORE_A_BRACKETED_LABEL
        ),
    ]
    for where, match in matches:
        label = match["n"]
        head, _, last = label.rpartition(".")
        number = int(last) if last.isdigit() else parse_chinese(last.rstrip("abcdefgh"))
        if last[:1].isdigit() and not last.isdigit():
            number = ord(last[-1]) - ord("a")  # (1a), (1b): lettered
            head = last.rstrip("abcdefgh")
        if isinstance(number, int):
            mark = text[match.end("n") : match.end("n") + 1]
            found.setdefault((where + mark, head, number), []).append(match.start("n"))
    return {
        start
        for (style, head, number), starts in found.items()
        if (style, head, number - 1) in found or (style, head, number + 1) in found
        for start in starts
    }


def refused(text: str, start: int, end: int, unit: str, labels: set[int], kind: str) -> bool:
    """Whether a figure the other rules read is one of the module's forms (a date never: ``15.
    Mai 2019`` opening a line is no label). Each regular expression is tried only after a cheap
    test of the characters around (bench/suggest.py)."""
    if kind == "date":
        return False
    if text.startswith("100", start) and _ASSURANCE.fullmatch(text, start, end):
        return _ASSURANCE_AROUND.match(text, end) is not None and bool(
            _ASSURANCE_BEFORE.search(text, max(0, start - 3), start)
        )  # "I will pull the lever for Trump, 100 percent.": certainty, not an amount
    if unit == "g" and end - start == 2 and text[start] in "23456":
        return True  # 4g, 5g: a mobile network's generation written small (as 4G), not grams
    if unit:
        return unit in ("省", "县", "縣") and _ROAD_AFTER.match(text, end - 1) is not None
    if start in labels:
        return True  # 1、docker安装, （2）在这里, 十三、二手房, (1b)
    before = text[max(0, start - 16) : start]
    written = text[start:end]
    if _a_code_or_class(text, start, end, before):
        return True  # extension 1225, MM/DGC/130/23, a year 3 pupil, a 384-bit bus (v12.20)
    if before[-1:] in ("图", "圖") or before.endswith(_CAPTION_NUMBER_BEFORE):
        return True  # 图2. 物流, [图片说明1：漫画]
    if before[-1:] == "之" and _alone_after(text, start, end):
        return True  # 骗局之3: a heading's number, its line's end (figures v12.8)
    if before[-1:] == " " and written.isdigit() and _SERIES_BEFORE.search(before[-6:]):
        return True  # Snapdragon 8 Gen 3, Week 19 is over: a generation's or a week's label
    if before[-1:] in ("+", "-", "−") and _ZONE_BEFORE.search(text, max(0, start - 6), start):
        return True  # GMT+8, UTC-5: a time zone's offset
    if "):" in before[-4:] and _CITATION_BEFORE.search(text, max(0, start - 16), start):
        return True  # 2011(11): 56-58
    if _CN_CHAR.match(written):
        if before[-1:] in ("的", "共", "党", "黨") and _CONGRESS.match(text, start):
            return _CONGRESS_BEFORE.search(text, max(0, start - 3), start) is not None  # 二十大
        return _CENTURY_AFTER.match(text, end) is not None  # 二十一世纪
    around = text[max(0, start - 8) : end + 8]
    if "°" in around and any(
        m.start() <= start < m.end()
        for m in _DEGREE_AROUND.finditer(text, max(0, start - 8), min(len(text), end + 10))
    ):
        return True  # 39°00′N: a coordinate
    if (
        written.isdigit()
        and (":" in around or "=" in before[-2:] or "&" in before[-1:])
        and (
            _CODE_BEFORE.search(text, max(0, start - 3), start)
            or any(
                m.start() <= start < m.end()
                for m in _PORT_MAP.finditer(text, max(0, start - 6), min(len(text), end + 6))
            )
        )
    ):
        return True  # kafka:9092, -p 28080:8080
    if "到：" in text[max(0, start - 40) : start] and _BACKLINKS_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return True  # 跳转到： 3.0 3.1
    if written == "dozen":
        return _HALF_BEFORE.search(text, max(0, start - 8), start) is not None
    if before[-1:] in ("'", "’"):
        return _PATENT_AFTER.match(text, start) is not None  # the '318 patent
    lower = before[-8:].lower()
    if before[-1:] in (" ", ":", "(") and ("(" in lower or "vol." in lower or "doi:" in lower):
        return _IDENTIFIER_BEFORE.search(text, max(0, start - 8), start) is not None
    return False


def _a_code_or_class(text: str, start: int, end: int, before: str) -> bool:
    """Figures v12.20 (held-out 37 and 38): a telephone's extension, a reference code's parts, a
    school year's label, a bus's width without its unit (a bare count is wrong whichever way a
    set reads ``64-bit``: set 37 marks ``384-bit`` a measure, set 35 leaves ``64-bit`` out)."""
    if before[-2:] in ("n ", "t ", ". ") and _EXTENSION_BEFORE.search(before[-11:]):
        return True
    if before[-1:] == "/" and _REFERENCE_BEFORE.search(before):
        return True
    if before[-5:-1] in ("year", "Year") and _SCHOOL_YEAR.match(text, start - 5):
        return before[-6:-5] in ("", " ", "\n", "(")
    return text.startswith("-bit", end)


def _alone_after(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` closes a short line (a heading such as ``骗局之3``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return start - line_start <= 8 and not text[end:line_end].strip()


def labels(text: str) -> set[int]:
    """Where the text's list labels start (found once per article)."""
    return _labels(text)
