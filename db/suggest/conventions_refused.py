"""The forms refused beside ``conventions.py``'s readings (the seventh round's study of
held-out 8 and after; split from ``conventions.py`` in figures v12.23, nothing changed), each
with its test in ``tests/db/suggest/test_seventh_round.py`` or the version's file named at it.

- refuse: a tenor (``1年期``, ``10年期国债``: a product's name), a quarter (``二季度``: a date,
  not a count of seasons), vehicles named by their wheels (``三轮车``), ``富二代``, numbered
  gates and lines (``1号入口``), names (``Big 12``, ``Articles 370``, ``to Nine News``,
  ``Number 1``), "the two were" (a pronoun), a formula (``5+5+50+X``); and (figures v11.1,
  held-out 12) English tenors (``10-year notes``, ``three-month aluminum``), a named category
  and its scale (``Zone 1``, ``Level 3 out of 5``), a ``3-pointer``, "a tornado or two", a
  number of digits (``九位数``), a number inside a web address; a number closing a quoted title
  (``"Deadpool 3,"``), English labels (``P.O. Box 69440``, ``CA 90069``, ``Trump 2.0``).
"""

from __future__ import annotations

import re
from typing import Final

from .figure_scan import either

_ADDRESS_START = re.compile(r"https?://|www\.", re.IGNORECASE)
#: kellogg.academicworks.com/opportunities/2159: an address written without http:// or www.,
#: a domain and its path up to the number (held-out 36; v12.18)
_BARE_ADDRESS = re.compile(r"(?:[\w-]+\.)+[a-z]{2,6}/(?:[\w.~%-]+/)*")


def _in_address(text: str, start: int) -> bool:
    """Is ``start`` inside a web address (``http://`` or ``www.`` before it, no space between;
    ``原文链接：https://…`` glues it to the text before)?"""
    window = max(0, start - 300)
    # only the window is searched: a test over the whole text ran once a figure and cost
    # ~46 ms on bench/suggest.py's 100,000 characters (34 → 81 ms for the figures)
    if text.find("://", window, start) < 0 and text.find("www.", window, start) < 0:
        if text[start - 1 : start] != "/":
            return False
        token = max(text.rfind(space, window, start) for space in (" ", "\n", "\t", "(")) + 1
        return _BARE_ADDRESS.fullmatch(text, token, start) is not None
    token = max(text.rfind(space, window, start) for space in (" ", "\n", "\t", "(", "（")) + 1
    return _ADDRESS_START.search(text, max(token, window), start) is not None


#: A quoted title a number closes: one to three capitalised words and a space ("Gladiator 2",
#: "Deadpool 3,"), or a short name glued to it (「萊格賽600」, “含光800”); figures v12.
_QUOTED_NAME_BEFORE = re.compile(
    r"[\"“「『](?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s|[\u4e00-\u9fffA-Za-z]{1,8})$"
)
_QUOTE_CLOSES = re.compile(r",?[\"”」』]")


def _quoted_name(text: str, start: int, end: int) -> bool:
    """A number closing a quoted title: digits (``"Deadpool 3,"``), or a capitalised number word
    after capitalised words (``the "Bali Nine" gang``, as set 22 leaves ``"Big Three"``; v12.23)."""
    return (
        (
            text[start : start + 1].isdigit()
            or _CAPITALISED_NAME.fullmatch(text, start, end) is not None
        )
        and _QUOTE_CLOSES.match(text, end) is not None
        and _QUOTED_NAME_BEFORE.search(text, max(0, start - 32), start) is not None
    )


#: 1年期, 10年期国债, 3个月期: a tenor names a product (not 3年期间: "during three years").
_TENOR_AFTER = re.compile(r"期(?![间間内內满滿])")
_TENOR_UNITS: Final = frozenset({"年", "个月", "個月", "天", "日", "周", "週"})
#: Big 12, Pac-12, Big Ten: a sports conference's name.
_CONFERENCE_BEFORE = re.compile(r"(?:\bBig|\bPac-?|\bBig East|\bAll-Big)\s?$")


#: 1号、2号、3号入口, 1号闸机口, 2号线: numbered gates, lines and buildings, not days.
_NUMBERED_THING = re.compile(
    r"(?:、[0-9]{1,2}[号號])*(?:入口|出口|口|线|線|楼|樓|门|門|闸|閘|机|機|馆|館|厅|廳|窗口|"
    r"泊位|码头|碼頭|桥|橋|站台|展厅|展廳|车厢|車廂|院|房|地块|地塊|航站楼|航站樓"
    r"|[東南西北东]{0,2}(?:風球|风球))"  # 8號風球: Hong Kong's typhoon signal No. 8 (v12)
)


_GENERATION_WORDS: Final = frozenset("富官星红紅拆农農")
#: Article 370, Articles 370 and 35A, Section 230: a numbered part of a law or a text; see page
#: 145, the unit 2 reactor: a page or a plant's unit named by its number (figures v12.10; the
#: singular only: pages 16-17 stays a range of pages, v11.9); Title 38 (a code's title), Map 1:
#: Oasis (a game's map by its number; held-out 36, v12.18).
_ARTICLE_BEFORE = re.compile(
    r"\b(?:[Aa]rticles?|Sections?|Clauses?|Paragraphs?|Amendments?|Chapters?|Schedules?"
    r"|[Pp]age|[Uu]nit|[Rr]eactor|Title|Map)\s"
    r"(?:[0-9]+[A-Z]?,?\s(?:(?:and|or|&)\s)?)*$"
)
#: the 101 Logistic Brigade, 3 Commando Brigade: a formation's name after its number (v12.10)
_FORMATION_AFTER = re.compile(
    r"\s(?:[A-Z][a-z]+\s){0,2}(?:Brigade|Regiment|Division|Battalion|Squadron|Corps|Fleet|Wing)\b"
)
#: 十九届四中全会, 十三届全国人大: a session named by its number, an ordinal without 第.
_SESSION_AFTER = re.compile(
    "[一二三四五六七八九十]中全[会會]|全国|全國|人大|政协|政協|党代会|黨代會|中央"
)
#: 的一年, 最后一公里, 大年三十: 一 as the article "a", "the last", New Year's Eve.
_NOT_A_COUNT_BEFORE = ("的", "最后", "最後")
_GRADE_BEFORE = re.compile("(?:年级|年級|级|級|[初高][一二三]|[一二三四五六]年)$")
#: 一 with its classifier alone (另一個, 的一年), not 一万元 (另一万元, 的一万元: 10,000 yuan).
_ONE_ALONE = re.compile("一(?![0-9十百千万萬亿億])")
#: 新北市五股, 台南市七股: a Taiwanese city's or county's name, then a district named by a
#: numeral (figures v12.1)
_TAIWAN_PLACE_BEFORE = re.compile(
    "(?:新北|[台臺]北|桃園|[台臺]中|[台臺]南|高雄|基隆|新竹|嘉義|彰化|雲林|屏東|宜蘭|花蓮|"
    "[台臺]東|南投|苗栗|澎湖)[市縣]$"
)
#: 12年課綱, 十二年國教: Taiwan's twelve-year curriculum, a programme's name (figures v12.1)
_CURRICULUM_AFTER = re.compile("課綱|课纲|國教|国教")
_NUMERAL_CHARS: Final = frozenset("一二三四五六七八九十两兩")
#: the women's 100 metres final, the 400m hurdles: a race's name, not a distance (v12.1)
_METRES: Final = frozenset(("m", "metres", "meters", "metre", "meter"))
_EVENT_BEFORE = re.compile(r"\b(?:men|women|boys|girls)['’]s\s$", re.IGNORECASE)
_EVENT_AFTER = re.compile(
    r"\s(?:finals?|heats?|semi-?finals?|hurdles|freestyle|backstroke|breaststroke|butterfly|"
    r"medley|relay|dash|sprint|steeplechase|title|event)\b"
)
#: “16+8减肥法”, “8+16”: numbers joined by + that open a quotation name a method.
_QUOTED_FORMULA = re.compile(r"[“「『\"][0-9]+(?:\+[0-9]+)+(?:[”」』\"]|[\u4e00-\u9fff])")
_OCLOCK_AFTER = re.compile(r"\so[’']clock\b")
#: A line that lists an article's sources: the bracketed numbers on it count citations.
_SOURCES: Final = ("Sources:", "Source:", "SOURCES:", "SOURCE:")
#: 5+5+50+X, 1+1+N: numbers joined by plus signs (two or more, or ending in a letter).
_FORMULA = re.compile(r"[0-9]+(?:\+[0-9]+){2,}(?:\+[A-Za-z])?|[0-9]+(?:\+[0-9]+)*\+[A-Z](?![a-z])")
_FORMULA_PART = re.compile(r"(?:[0-9]+\+)+$")


_NUMBER_BEFORE = re.compile(r"\b(?:Number|number|No\.|no\.)\s$")
#: Zone 1, Level 3 out of 5: a named category and its scale (rules 2.1's ``Stage 3``); a storm's
#: category in lower case too (``the category four tropical storm``: held-out 33, v12.14)
_CATEGORY_BEFORE = re.compile(
    r"\b(?:Zone|Level|Category|category|Tier|Stage)\s(?:[0-9]{1,2}\sout\sof\s)?$"
)
#: Take-Two Interactive, Take-Two's CEO: a capitalised number word glued by a hyphen to a
#: capitalised word before it is a name's (the sixth review; v12.23)
_HYPHENED_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+-$")
#: the Group of 20 nations, the Group of Seven: a group's name (held-out 41; v12.23)
_GROUP_OF = "Group of "
#: a six-figure sum, seven-figure salaries: how many digits, a magnitude, not a count (set 40;
#: v12.23; as 九位数)
_FIGURES_AFTER = "-figure"
#: a journey of 1,000 miles starts with the first step: the proverb, no distance (set 35; v12.19)
_JOURNEY_BEFORE = re.compile(r"\b[Jj]ourney\sof\s$")
_PROVERB_STEP_AFTER = re.compile(r"\s(?:starts|begins|start|begin)\s(?:with|by)\b")
#: 109 out of the top 300: a rank, not a count (held-out 36; v12.18)
_RANK_OUT_OF_TOP = re.compile(r"\sout\sof\s(?:the\s)?top\s")
#: EMT 141: EMT Basic 2: a line headed by a course's code, letters and three digits (v12.18)
_COURSE_BEFORE = re.compile(r"(?:^|\n)[A-Z]{2,4}\s$")
#: 10-year notes, a 30-year bond, three-month aluminum: a tenor names a product, as ``10年期国债``
#: (the lead's decision on tenors; a contract's length, ``a 13-year contract``, stays a duration).
_EN_TENOR_AFTER = re.compile(
    r"\s(?:Treasury\s|government\s|benchmark\s|German\s|U\.S\.\s)?"
    r"(?:notes?|bonds?|bills?|yields?|Treasury|Treasuries|gilts?|Bunds?|"
    r"aluminum|aluminium|copper|nickel|zinc|futures)\b"
)
_EN_TENOR_UNITS: Final = frozenset({"year", "month", "week", "day"})
#: a strong tornado or two, a day or two: "or two" after a noun is vague, as "a few"
#: (a polite DM or two: an acronym's capitals too; the sixth review, v12.23)
_A_NOUN_OR_BEFORE = re.compile(r"\b(?:a|an)\s(?:[a-z][\w-]*\s|[A-Z]{2,5}s?\s){1,2}or\s$")
#: a 3-pointer: a basketball shot's name, not a count
_POINTER_AFTER = re.compile(r"-pointers?\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s$")
#: a four-star general, a five-star hotel: a rank or a grade, not a count of stars (v11.7)
_STAR_AFTER = re.compile(r"-stars?\b")
#: a 50-50 chance: even odds, a manner of speaking (v11.7; a 50-50 score stays two counts)
_EVEN_ODDS = re.compile(r"50[-–/]50\s(?:chance|shot|odds|bet|proposition|call)\b")
#: the rule of six, the rule of three: a rule's name (v11.7)
_RULE_OF_BEFORE = re.compile(r"\b[Rr]ule\sof\s$")
_VERB_AFTER = re.compile(
    r"\s(?:were|are|have|had|will|would|met|agreed|said|spoke|married|shared|left)\b"
)
#: between the two were, like the two are, when the two had: after a preposition or a clause's
#: word the pair is counted (held-out 13, 22 and 36 mark it; "The two were", "And the two were"
#: opening a sentence stay unmarked, sets 7 and 20; v12.19)
_COUNTED_PAIR_BEFORE = re.compile(
    r"\b(?:between|like|when|if|once|while|until|because|since)\sthe\s$", re.IGNORECASE
)
_CAPITALISED_NAME = re.compile(r"[A-Z][a-z]+")
#: police in Region Two are …: a capitalised number word after a capitalised word inside a
#: sentence, a lower-case word or a mark after it, ends a name (figures v11.8; the Big Ten too)
_NAME_WORD_BEFORE = re.compile(r"[a-z,] (?!(?:The|A|An) )[A-Z][a-z]+ $")
_NAME_END_AFTER = re.compile(r"\s[a-z]|[.,;:!?’')]")
#: two-way minutes, a one-way street: a manner, not a count of ways (figures v11.8)
_WAY_AFTER = re.compile(r"-[Ww]ay\b")  # In 3-Way Race: a headline's capital too (v12.23)
#: from three-point range, the 3-point line: a basketball shot's name, as a 3-pointer (v11.8)
_SHOT_POINT_AFTER = re.compile(
    r"-point\s(?:range|line|shots?|shooting|attempts?|arc|percentage|plays?|baskets?|"
    r"field\sgoals?)\b"
)
#: hit an early three, knocked down a big three over him: the shot itself, a noun (v11.8)
_A_SHOT_BEFORE = re.compile(
    r"\b(?:a|an)\s(?:(?:big|early|late|deep|long|quick|clutch|corner|huge|open|step-back|"
    r"contested|wide-open|go-ahead|tying)\s)?$"
)
_A_SHOT_AFTER = re.compile(r"\s(?:over|that|but|from|off|late|early)\b|[.,;:!?]")
_MID_SENTENCE = re.compile(r"[a-z,]\s$")
_CAPITALISED_AFTER = re.compile(r"\s[A-Z][a-z]")
#: The Five-hundred-meter Aperture Spherical Radio Telescope, The Four Paths Police: after
#: "the", a capitalised number word (or its compound) before a capitalised word (figures v11.9)
_COMPOUND_THEN_NAME = re.compile(r"(?:-[a-z]+)*\s[A-Z][a-z]")
#: Nature 574, 16-17 (2019): a journal citation line's volume and pages, not quantities
#: (figures v11.9; the year stays a date)
_CITATION = re.compile(
    r"\b[A-Z][A-Za-z.&]*(?:\s[A-Z][A-Za-z.&]*){0,4}\s(?P<volume>[0-9]{1,4})"
    r"(?:,\s(?P<pages>[0-9]{1,5}(?:[-–][0-9]{1,5})?)\s\((?:1[89]|20)[0-9]{2}\)"
    # PNAS 120 (52): e2306160120, Hungaricae 69 (4): 337-352: volume (issue): pages (set 40 and
    # the sixth review; v12.23)
    r"|\s\([0-9]{1,3}\):\s(?P<issue_pages>e?[0-9]{1,12}(?:[-–][0-9]{1,6})?)(?![0-9]))"
)


def _name_around(text: str, start: int, end: int) -> bool:
    """Is a capitalised number word in the middle of a sentence followed by another capitalised
    word (``to Nine News``)? Then it starts a name; at a sentence's start it is a number."""
    return bool(
        _MID_SENTENCE.search(text, max(0, start - 2), start) and _CAPITALISED_AFTER.match(text, end)
    )


def _in_citation(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a journal citation's volume or pages (``Nature 574, 16-17 (2019)``)?

    The citation is looked for on the number's own line only."""
    line = text.rfind("\n", 0, start) + 1
    low, high = max(line, start - 60), min(len(text), end + 30)
    if text.find("(", low, high) < 0:
        return False  # both of ``_CITATION``'s forms hold a bracket (ADR 0141)
    for citation in _CITATION.finditer(text, low, high):
        pages = "pages" if citation.group("pages") is not None else "issue_pages"
        if citation.start("volume") <= start and end <= citation.end(pages):
            return True
    return False


def _formula_start(text: str, start: int) -> int:
    """Where a chain of numbers joined by ``+`` that ends at ``start`` begins."""
    if "+" not in text[max(0, start - 2) : start]:
        return start  # the chain's last ``+`` stands right before ``start`` (or before a
        # line break there, where ``$`` also holds): most numbers follow none (ADR 0141)
    before = _FORMULA_PART.search(text, max(0, start - 24), start)
    return before.start() if before else start


def _may_open_formula(text: str, formula: int, start: int, end: int) -> bool:
    """Can ``_FORMULA`` match at ``formula`` (where :func:`_formula_start` puts it)? Its ``+``
    stands right after the digits it opens on: before the figure's end when it opens at the
    figure, else at the end or after a digit there (a chain before the figure: asked)."""
    return formula != start or "+" in text[start : end + 1] or "0" <= text[end : end + 1] <= "9"


#: The characters ``_QUOTED_FORMULA`` opens on.
_QUOTES_OPENING: Final = frozenset('“「『"')


def not_a_figure(text: str, start: int, end: int, unit: str) -> bool:
    """Is ``text[start:end]`` (its unit as shown) one of the forms refused here?

    The tests of a bare number that open at its end are asked only where one of them can match
    (``_AFTER``), the formulas only where a ``+`` or a quote can open one: 344 figures a call of
    bench/suggest.py, most of which none of them fits (ADR 0141, decision 14)."""
    if text[end - 1 : end] in ("号", "號") and _NUMBERED_THING.match(text, end):
        return True  # 1号入口: an entrance's number
    if unit == "代" and text[start - 1 : start] in _GENERATION_WORDS:
        return True  # 富二代: "the rich second generation", a kind of person
    if not unit and text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        line = text.rfind("\n", 0, start) + 1
        if text.startswith(_SOURCES, line):
            return True  # Sources: New York Times (2): a citation's count, page furniture
    if not unit and _ARTICLE_BEFORE.search(text, max(0, start - 24), start):
        return True  # Articles 370 and 35A: a law's articles are named by numbers
    if (
        not unit
        and _AFTER.match(text, end) is not None
        and _bare_refused_by_what_follows(text, end)
    ):
        return True  # the 101 Logistic Brigade, two-way minutes, a four-star general
    if not unit and _NUMBER_BEFORE.search(text, max(0, start - 8), start):
        return True  # Number 1, No. 1: a rank or a label
    pronoun = text[start:end].isalpha() and _THE_BEFORE.search(text, max(0, start - 4), start)
    if (
        pronoun
        and _VERB_AFTER.match(text, end)
        and not _COUNTED_PAIR_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # "the two were": both of them, a pronoun
    capitalised = "A" <= text[start] <= "Z" and _CAPITALISED_NAME.fullmatch(text, start, end)
    if capitalised and (
        _name_around(text, start, end)
        or (
            _NAME_WORD_BEFORE.search(text, max(0, start - 16), start)
            and _NAME_END_AFTER.match(text, end)
        )
    ):
        return True  # told Nine News, the Seven Network, in Region Two: a name's number word
    if (
        capitalised
        and _THE_BEFORE.search(text, max(0, start - 4), start)
        and _COMPOUND_THEN_NAME.match(text, end)
    ):
        return True  # The Five-hundred-meter Aperture Spherical Radio Telescope: a name
    if text[start : start + 1].isdigit() and _in_citation(text, start, end):
        return True  # Nature 574, 16-17 (2019): a citation's volume and pages
    if (
        text[start:end] in ("two", "three")
        and _A_SHOT_BEFORE.search(text, max(0, start - 14), start)
        and _A_SHOT_AFTER.match(text, end)
    ):
        return True  # hit an early three: a shot
    formula = _formula_start(text, start)
    if _may_open_formula(text, formula, start, end) and _FORMULA.match(text, formula):
        return True  # “5+5+50+X”: a programme named by a formula
    if unit in _TENOR_UNITS and _TENOR_AFTER.match(text, end):
        return True  # 1年期 NDF, 10年期国债
    if (
        unit in _EN_TENOR_UNITS
        and text[end - len(unit) - 1 : end - len(unit)] == "-"
        and _EN_TENOR_AFTER.match(text, end)
    ):
        return True  # 10-year notes, three-month aluminum: a product's name
    if not unit and _CATEGORY_BEFORE.search(text, max(0, start - 20), start):
        return True  # Zone 1, a Level 3 out of 5 risk: a category's name and its scale
    if (
        unit == "miles"
        and _JOURNEY_BEFORE.search(text, max(0, start - 11), start)
        and _PROVERB_STEP_AFTER.match(text, end)
    ):
        return True  # a journey of 1,000 miles starts with the first step: a proverb (v12.19)
    if (
        text[start - 1 : start] == "-"
        and capitalised
        and _HYPHENED_NAME_BEFORE.search(text, max(0, start - 16), start)
    ):
        return True  # Take-Two Interactive: a name (v12.23)
    if not unit and text.endswith(_GROUP_OF, max(0, start - 9), start):
        return True  # the Group of 20 nations: a group's name (v12.23)
    if not unit and text[start:end].isalpha() and text.startswith(_FIGURES_AFTER, end):
        return True  # a six-figure sum: a magnitude (v12.23)
    if (
        not unit
        and end - start == 3
        and text[end : end + 1] == ":"
        and _COURSE_BEFORE.search(text, max(0, start - 6), start)
    ):
        return True  # EMT 141: EMT Basic 2, a course's code heading its line (v12.18)
    if text[start:end] == "two" and _A_NOUN_OR_BEFORE.search(text, max(0, start - 30), start):
        return True  # a tornado or two: vague
    if unit == "位" and text[end : end + 1] in ("数", "數"):
        return True  # 九位数: a number of digits, a magnitude, not nine people
    if _in_address(text, start):
        return True  # …/2019_09_07_516891.shtml: a web address's identifier
    if not unit and text.startswith("50", start) and _EVEN_ODDS.match(text, start):
        return True  # a 50-50 chance (even odds)
    if not unit and _RULE_OF_BEFORE.search(text, max(0, start - 10), start):
        return True  # the 'rule of six': a rule's name
    if unit == "季" and text[end : end + 1] == "度":
        return True  # 二季度: the second quarter
    if unit in ("届", "屆") and _SESSION_AFTER.match(text, end):
        return True  # 十九届四中全会: the nineteenth, an ordinal
    if (
        text[start : start + 1] == "一"
        and unit != "倍"
        and text[max(0, start - 2) : start].endswith(_NOT_A_COUNT_BEFORE)
        and _ONE_ALONE.match(text, start)
    ):
        return True  # 极不寻常的一年 (a year), 最后一公里; 目前的一倍 is a multiple (v11.3)
    # (仅剩的一万元 is 10,000 yuan: 一 before 万 is a digit of the number; v12.11)
    if text[start - 1 : start] == "另" and _ONE_ALONE.match(text, start):
        return True  # 另一個, 另一家: "the other", "another" (never marked in sets 0-22; v12)
    if (
        text[max(0, start - 2) : start] not in ("目前", "之前")
        and text[start - 1 : start] == "前"
        and unit != "倍"
        and _ONE_ALONE.match(text, start)
    ):
        return True  # 大選前一年左右, 提前一年, 前一天: "the year before" (none marked; v12.1)
    if (
        text[start : start + 1] == "零"
        and end - start == 1 + len(unit)
        and text[end : end + 1] == "件"
    ):
        return True  # 零組件, 零组件: parts, a word that begins with 零 (v12.1)
    if text[start : start + 1] in _NUMERAL_CHARS and _TAIWAN_PLACE_BEFORE.search(
        text, max(0, start - 3), start
    ):
        return True  # 新北市五股: a district's name (v12.1)
    glued_m = not unit and text[end - 2 : end - 1].isdigit() and text[end - 1 : end] == "m"
    if (unit in _METRES or glued_m) and (
        _EVENT_BEFORE.search(text, max(0, start - 10), start) or _EVENT_AFTER.match(text, end)
    ):
        return True  # the women's 100 metres final, the 400m hurdles: a race's name (v12.1)
    if unit == "年" and _CURRICULUM_AFTER.match(text, end):
        return True  # 12年課綱: the twelve-year curriculum's name (v12.1)
    if text[max(0, start - 2) : start] == "大年":
        return True  # 大年三十, 大年初一: New Year's Eve, a day's name
    if text[max(0, formula - 1) : max(0, formula - 1) + 1] in _QUOTES_OPENING and (
        _QUOTED_FORMULA.match(text, max(0, formula - 1))
    ):
        return True  # “16+8减肥法”: a method named by a formula
    if unit in ("轮", "輪") and text[end : end + 1] in ("车", "車"):
        return True  # 三轮车: a three-wheeler
    if unit == "班" and _GRADE_BEFORE.search(text, max(0, start - 3), start):
        return True  # 初二3班, 三年级2班: a school class's name, not flights counted (v12)
    if unit in ("条", "條") and text[start - 1 : start] == "法":
        return True  # 刑法255條: a law's article, named by its number (figures v12)
    if not unit and _quoted_name(text, start, end):
        return True  # "Deadpool 3," 「萊格賽600」: a number closing a quoted title (v12)
    if not unit and _label_en(text, start, end):
        return True  # P.O. Box 69440, CA 90069, ISSN 2283-5474, SDGs 7 and 11, Trump 2.0 (v12.2)
    if unit:
        return False
    window = max(0, start - 9)  # each of the conferences' names holds "Big" or "Pac" (ADR 0141)
    return (
        text.find("Big", window, start) >= 0 or text.find("Pac", window, start) >= 0
    ) and _CONFERENCE_BEFORE.search(text, window, start) is not None


#: The tests of a bare number that open at its end (:func:`not_a_figure`), each a refusal.
_BARE_AFTER: Final = (
    _FORMATION_AFTER,  # the 101 Logistic Brigade: a formation's name
    _WAY_AFTER,  # two-way minutes: no count
    _SHOT_POINT_AFTER,  # from three-point range: a shot's name
    _RANK_OUT_OF_TOP,  # 109 out of the top 300: an ordinal (v12.18)
    _POINTER_AFTER,  # a 3-pointer
    _STAR_AFTER,  # a four-star general: a rank
    _OCLOCK_AFTER,  # five o'clock: a time of day, not a count
)
#: Where one of them can match: they are asked only there.
_AFTER = either(*_BARE_AFTER)


def _bare_refused_by_what_follows(text: str, end: int) -> bool:
    """:func:`not_a_figure`'s tests of a bare number that open at its end (``_AFTER`` matched)."""
    return any(test.match(text, end) is not None for test in _BARE_AFTER)


#: English labels that hold a number (figures v12.2, from unannotated English pages; no set has
#: one but set 8's ``BUDGET 3.0``): a post box, a journal's ISSN, the UN's goals by number (``SDGs
#: 7 and 11``), a phase (``Phase six``, as ``Stage 3``), each number of a list after it.
_LABEL_EN_BEFORE = re.compile(
    r"(?:\bP\.?\s?O\.?\sBox|\bIS[SB]N:?|\bSDGs?|\bSustainable\sDevelopment\sGoals?|\bPhase)"
    r"\s(?:[0-9]{1,2}(?:,\s|\sand\s))*$"
)
#: Los Angeles, CA 90069: a ZIP code after a state's two letters.
_ZIP_BEFORE = re.compile(r"[a-z],\s[A-Z]{2}\s$")
#: Trump 2.0, Web 3.0, BUDGET 3.0: a version after a capitalised word names a thing.
_VERSION = re.compile(r"[0-9]{1,2}\.0(?![0-9%])")
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+\s$")


_RESOLUTIONS: Final = frozenset(("4k", "8k"))
_PLURAL_AFTER = re.compile(r"\s[a-z]+s\b(?<!fps)")


def _label_en(text: str, start: int, end: int) -> bool:
    if _LABEL_EN_BEFORE.search(text, max(0, start - 40), start):
        return True
    if (
        end - start == 5
        and text[start:end].isdigit()
        and _ZIP_BEFORE.search(text, max(0, start - 6), start)
    ):
        return True
    if _VERSION.fullmatch(text, start, end) and _CAPITAL_WORD_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return True
    if text[start:end] in _RESOLUTIONS and not _PLURAL_AFTER.match(text, end):
        return True  # 4k streaming, at 4k and 60fps: a resolution's name (4k users count)
    # Section 14(1): a subsection's number in brackets glued to its section's
    return (
        text[start - 1 : start] == "("
        and text[start - 2 : start - 1].isdigit()
        and text[end : end + 1] == ")"
    )
