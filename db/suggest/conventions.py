"""Forms the seventh round's study of held-out 8 showed (docs/performance.md, "Figures v8"):
each a general form read or refused beside ``forms.py``'s, with its test in
``tests/db/suggest/test_seventh_round.py``.

- read: the rand written ``R`` before a number (``R4bn``, ``R20bn to R50bn``; ``R`` alone is
  a letter as often as a currency, so only with a multiplier, or in a text that names the rand
  or South Africa), a decimal number of points (``fell 102.2 points``, ``a 0.3-point drop``:
  figures v11.1; a whole number after a verb of change, in a sentence that names an index:
  ``the Dow fell 250 points``, figures v11.2), a team's record (``9-3``, ``a 22-4 record``:
  games won and lost, two counts), a ranking's size (``Top-10``), years before the common era
  (``500 BC``, ``5,316 BCE``: dates, ISO 8601's astronomical years);
- read as dates: a financial year (``2025/2026``), a decade of the last century in digits
  (``上世纪40年代``), a month in characters with 份 (``三月份``), the second day of "October
  11 and 13";
- refuse: a tenor (``1年期``, ``10年期国债``: a product's name), a quarter (``二季度``: a date,
  not a count of seasons), vehicles named by their wheels (``三轮车``), ``富二代``, numbered
  gates and lines (``1号入口``), names (``Big 12``, ``Articles 370``, ``to Nine News``,
  ``Number 1``), "the two were" (a pronoun), a formula (``5+5+50+X``); and (figures v11.1,
  held-out 12) English tenors (``10-year notes``, ``three-month aluminum``), a named category
  and its scale (``Zone 1``, ``Level 3 out of 5``), a ``3-pointer``, "a tornado or two", a
  number of digits (``九位数``), a number inside a web address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from .forms import after_digit, at
from .numbers import MULTIPLIERS, Number, parse_arabic, tidy
from .units import MONTHS

_AMOUNT = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_SCALE = r"bn|billion|mn|million|tn|trillion|m|k"
#: R4bn, R 7.5 billion, R20bn to R50bn (the rand, with a multiplier).
_RAND_SCALED = re.compile(
    rf"(?<![A-Za-z0-9$])R\s?(?P<n>{_AMOUNT})\s?(?P<m>{_SCALE})\b"
    rf"(?:(?P<to>\sto\s|\s?[-–]\s?)R\s?(?P<n2>{_AMOUNT})\s?(?P<m2>{_SCALE})\b)?"
)
#: R350, R1,200 (the rand without a multiplier): only in a text that names it.
_RAND_PLAIN = re.compile(rf"(?<![A-Za-z0-9$])R(?P<n>{_AMOUNT})(?![0-9A-Za-z])")
_FROM_BEFORE = re.compile(r"\b(?:from|From)\s$")
#: Without ``\b`` in front, so that the engine skips to the names' first letters (a leading
#: ``\b`` made it try every position: 1.7 ms on bench/suggest.py's article); the boundary
#: before is checked on each match (:func:`_names_the_rand`).
_NAMES_THE_RAND = re.compile(r"(?:rand|South Africa|South African|Pretoria|Johannesburg)\b")
_WORD_CHAR = re.compile(r"\w")
_WHOLE = re.compile(r"[0-9]+")
#: Houston (9-3), a 22-4 record, went 10-2-1: games won, lost (and tied), each a count; a
#: team's overall and conference records in one bracket, The Eagles (6-5, 3-4) (figures v11.3).
_RECORD = re.compile(
    r"(?:(?<=[A-Za-z] \()(?P<w>[0-9]{1,2})-(?P<l>[0-9]{1,2})(?:-(?P<t>[0-9]{1,2}))?"
    r"(?P<conference>,\s[0-9]{1,2}-[0-9]{1,2}(?:-[0-9]{1,2})?)?(?=\))"
    r"|(?<![\w.$-])(?P<w2>[0-9]{1,2})-(?P<l2>[0-9]{1,2})(?:-(?P<t2>[0-9]{1,2}))?"
    r"(?=\s(?:record|start|season|campaign|mark|run|finish|overall|conference)\b"
    r"|\swith\san?\s[0-9]{1,2}\.[0-9]{2}\sERA\b)"  # 16-6 with a 1.21 ERA: a pitcher's (v12.18)
    # the Raiders went just 2-8 outside the AFC West: a record after "went" (figures v12.9);
    # had we gone 8-8 (in 2009): after any form of "go", its season in brackets (v12.10)
    r"|(?:(?<=\bwent\s)|(?<=\bgone\s)|(?<=\bgo\s)|(?<=\bgoes\s)|(?<=\bgoing\s)"
    r"|(?<=\bwent\sjust\s)|(?<=\bwent\sonly\s))(?P<w3>[0-9]{1,2})-(?P<l3>[0-9]{1,2})"
    r"(?=\s\(?(?:in|outside|against|on|at|over|during|this|last|away|overall)\b|[,.;]))"
)
#: the fellow 5-1 Boston Celtics, the 10-2 Chiefs: a team's record before its plural name, in a
#: text about a game (held-out 20; figures v11.8).
_RECORD_BEFORE_TEAM = re.compile(
    r"(?:(?<=\sthe\s)|(?<=fellow\s)|(?<=visiting\s)|(?<=defending\s))"
    r"(?P<w>[0-9]{1,2})-(?P<l>[0-9]{1,2})(?=\s(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+s\b)"
)
#: Top-10, top 20, Top 100: the size of a ranking.
_TOP = re.compile(r"\b[Tt]op[- ](?P<n>[0-9]{1,3})\b(?![-.,][0-9])")
#: 2X points, earn 5X miles, 3x faster: a multiplier glued to its X, before a lower-case word
#: (held-out 20's card offers, read as ``N times``: unit X; figures v11.8). Three digits
#: (777X jets) or a capital or digit after (Mate 20X 5G) is a name.
_MULTIPLE = re.compile(r"(?<![\w.$-])(?P<n>[0-9]{1,2}(?:\.[0-9])?)[Xx×](?=\s[a-z])")
#: a 33-to-1 leverage ratio, odds of 10 to 1, from 18 to 1 where a ratio is named: a ratio to
#: one, one figure, its value the first number, unit "to 1" (held-out 20; figures v11.8). A
#: vote (voted 9 to 1, a 3-to-1 vote) stays a tally, two counts (``sports``).
_TO_ONE = re.compile(
    r"(?<![\w.$-])(?P<n>[0-9]{1,3}(?:\.[0-9]+)?)(?P<sep>-to-|\sto\s)1"
    r"(?![0-9]|[.,][0-9]|-|\s?%|\s(?:percent|million|billion|per|in|vote|votes|margin)\b)"
)
_RATIO_NEAR = re.compile(r"(?i)\b(?:ratios?|leverage|odds|long\sshot|favou?rites?|underdogs?)\b")
_VOTE_BEFORE = re.compile(r"\b(?:voted|vote\sof|ruled|passed|approved)\s$")
#: 20强, 500强: the size of a ranking in Chinese (the number alone is marked, as for 前20).
_TOP_CN = re.compile(r"(?<![0-9.])(?P<n>[0-9]{1,4})[强強]")
#: 500 BC, 5,316 BCE, 44 B.C.: a year before the common era.
_BEFORE_COMMON_ERA = re.compile(
    r"(?<![0-9.,])(?P<n>[0-9]{1,3}(?:,[0-9]{3})?|[0-9]{1,4})\s?(?:BCE|BC|B\.C\.E?\.?)(?![A-Za-z])"
)


#: fell 102.2 points, the 0.3-point drop: a decimal number of points is an index's or a rate's
#: measure, its word in the span (held-out 12; a game's points are whole counts, noun outside).
_DECIMAL_POINTS = re.compile(
    r"(?<![0-9.,])(?P<n>[0-9]{1,3}(?:,[0-9]{3})*\.[0-9]{1,2})(?P<unit>\spoints|-point)\b"
    r"(?!\s(?:a|per)\sgame)"
)
_AVERAGE_BEFORE = re.compile(r"\baverag\w*\s$")
#: The Dow fell 250 points: a whole number of points is an index's measure too, its word in the
#: span as for 102.2 points (figures v11.2), where a verb of change comes right before it and an
#: index is named earlier in the sentence; a player's points (scored 34 points, Gallinari added
#: 25 points) name no index and stay a count with the noun outside.
#: The whole number that ends right before " points" (searched in a short window ending there,
#: one call in C per " points" rather than a match tried at each of ten starts).
_WHOLE_BEFORE_POINTS = re.compile(r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,5})$")
#: A bound alone before the number does as well where the sentence names an index (the Dow
#: sinking as many as 184 points, zoomed as much as 2,800 points, remains less than 600 points
#: away: held-out 32, figures v12.13; set 29's 900 points); up 1.7% to 18,197 points (v12.21).
_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:fell|rose|gained|lost|added|dropped|jumped|climbed|slid|slipped|tumbled|surged|"
    r"shed|advanced|declined|sank|soared|plunged|rallied|eased|fall|rise|gain|lose|add|drop|"
    r"jump|climb|slide|slip|tumble|surge|falls|rises|gains|loses|adds|drops|jumps|climbs|"
    r"slides|up|down|higher|lower|by|to)\s(?:_BOUND\s)?|_BOUND\s)$".replace(
        "_BOUND",
        r"(?:about|nearly|almost|more\sthan|over|some|as\smany\sas|as\smuch\sas|less\sthan|"
        r"up\sto|under|roughly|around)",
    )
)
_INDEX_NAMED = re.compile(
    r"\b(?:Dow|S&P|Nasdaq|NASDAQ|FTSE|Nikkei|Hang\sSeng|DAX|CAC|Sensex|Nifty|Kospi|KOSPI|ASX|"
    r"TSX|Stoxx|STOXX|IBEX|Ibex|Topix|TOPIX|[Ii]ndex|[Ii]ndices|[Bb]enchmark)"
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])|\n")
#: A text about a game holds one of these: there a whole number of points is a player's or a
#: team's score, a count with the noun outside (scored 34 points, held-out 12 and 13); in any
#: other text it is a measure on a scale, its word in the span (an application scores 20 points,
#: pass with 40 points: held-out 19's 13, as held-out 14's up 7 points; figures v11.7).
#: Smith added 20 points, finished with a season-high 31 points: a player's score, past tense
#: (a scale's points are scored in the present or the future: scores 20, will score 10).
_PLAYER_VERB_BEFORE = re.compile(
    r"\b(?:scored|scoring|added|adding|had|finished\swith|totaled|totalled|tallied|"
    r"poured\sin|chipped\sin|contributed)\s(?:(?:a|his|her)\s)?(?:(?:season|career|game)-high\s)?$"
)
#: (Without ``\b`` in front, so that the engine skips to the words' first letters; the
#: boundary before is checked on each match, :func:`_about_a_game`.)
_GAME_TEXT = re.compile(
    r"(?:games?|scored|in\sthe\s(?:win|loss|victory|defeat)|victory|rebounds?|assists?|"
    r"touchdowns?|halftime|half-time|innings|quarterback|playoffs?|field\sgoals?|free\sthrows?|"
    r"three-pointers?|point\sguard)\b"
)


def _whole_points(text: str) -> Iterator[tuple[int, int, int, str, str, dict[str, Any]]]:
    """Each whole number of points read as a measure: an index's (``the Dow fell 250 points``),
    or any outside a text about a game (``it scores 20 points``; ``80,000 Points`` and ``1
    point`` per dollar as well: held-out 20, figures v11.8)."""
    game: list[bool] = []  # whether the text is about a game, looked for once if needed
    for word in (" points", " Points", " point"):
        position = text.find(word)
        while position >= 0:
            end = position + len(word)
            number = _WHOLE_BEFORE_POINTS.search(text, max(0, position - 12), position)
            if (
                number is not None
                and not text[end : end + 1].isalnum()
                and (word != " point" or number.group() == "1")
                and (
                    _index_whole_points(text, number.start())
                    or _scale_points(text, number, end, game)
                )
            ):
                value = int(number.group().replace(",", ""))
                yield number.start(), end, value, word.strip().lower(), "measure", {}
            position = text.find(word, end)


def _about_a_game(text: str, game: list[bool]) -> bool:
    """Does ``text`` hold a word of a game (the answer kept in ``game``, found once)?"""
    if not game:
        game.append(
            any(
                not text[match.start() - 1 : match.start()].isalnum()
                for match in _GAME_TEXT.finditer(text)
            )
        )
    return game[0]


def _scale_points(text: str, number: re.Match[str], end: int, game: list[bool]) -> bool:
    """Are the whole number's points a measure on a scale (``it scores 20 points``): not in a
    text about a game, not after a player's verb (``Smith added 20 points``), not the first of
    a range (``5-6 points``), not points of something (``30 points of contact``)?"""
    start = number.start()
    return not (
        text[start - 1 : start] in ("-", "–")
        or text.startswith(" of ", end)
        or _PLAYER_VERB_BEFORE.search(text, max(0, start - 32), start)
        or _about_a_game(text, game)
    )


def _index_whole_points(text: str, start: int) -> bool:
    """Is the whole number of points at ``start`` an index's move (a verb of change right
    before it, an index named earlier in its sentence, at most 120 characters back)?"""
    if not _CHANGE_BEFORE.search(text, max(0, start - 24), start):
        return False
    window = text[max(0, start - 120) : start]
    ends = list(_SENTENCE_END.finditer(window))
    return _INDEX_NAMED.search(window, ends[-1].end() if ends else 0) is not None


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


def extra_figures(text: str) -> Iterator[tuple[int, int, Number | str, str, str, dict[str, Any]]]:
    """(start, end, value, unit, kind, extra) of each form read here. Each pattern is tried
    only around an anchor found with ``str.find`` (``forms.at``), so a long article is not
    scanned once per form (bench/suggest.py)."""
    yield from _rand(text)
    for match in at(text, _RECORD, ("-",), 2):
        for group in ("w", "l", "t", "w2", "l2", "t2", "w3", "l3"):
            if match.group(group) is not None:
                start, end = match.span(group)
                yield start, end, int(match.group(group)), "", "count", {}
        if match.group("conference") is not None:
            first = match.start("conference")
            for number in _WHOLE.finditer(match.group("conference")):
                start, end = first + number.start(), first + number.end()
                yield start, end, int(number.group()), "", "count", {}
    game: list[bool] = []
    for match in at(text, _RECORD_BEFORE_TEAM, ("-",), 2):
        if _about_a_game(text, game):
            for group in ("w", "l"):
                yield match.start(group), match.end(group), int(match.group(group)), "", "count", {}
    for match in at(text, _TOP, ("Top", "top"), 0):
        if text[match.start("n") - 1] == " ":  # top 300 sellers: the number alone, a count, as
            # held-out 15 and 36 mark it; Top-10 status keeps its word (set 8; v12.18)
            yield match.start("n"), match.end(), int(match.group("n")), "", "count", {}
        else:
            yield match.start(), match.end(), int(match.group("n")), "", "other", {}
    for match in at(text, _TOP_CN, ("强", "強"), 4):
        yield match.start("n"), match.end("n"), int(match.group("n")), "", "other", {}
    for match in at(text, _TO_ONE, ("-to-1", " to 1"), 8):
        if _to_one(text, match):
            yield match.start(), match.end(), _decimal(match.group("n")), "to 1", "other", {}
    for match in at(text, _MULTIPLE, ("X ", "x ", "× "), 4):
        yield match.start(), match.end(), _decimal(match.group("n")), "X", "other", {}
    yield from extra_dates(text)
    for match in at(text, _DECIMAL_POINTS, (" points", "-point"), 10):
        if not _AVERAGE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            unit = match.group("unit").strip(" -")
            yield match.start(), match.end(), _decimal(match.group("n")), unit, "measure", {}
    yield from _whole_points(text)
    for match in at(text, _BEFORE_COMMON_ERA, ("BC", "B.C"), 10):
        year = int(match.group("n").replace(",", ""))
        if year:  # no year 0 BC: 1 BC is the astronomical year 0, 500 BC is -499
            iso = f"-{year - 1:04d}" if year > 1 else "0000"
            yield match.start(), match.end(), iso, "", "date", {}


#: A quoted title a number closes: one to three capitalised words and a space ("Gladiator 2",
#: "Deadpool 3,"), or a short name glued to it (「萊格賽600」, “含光800”); figures v12.
_QUOTED_NAME_BEFORE = re.compile(
    r"[\"“「『](?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}\s|[\u4e00-\u9fffA-Za-z]{1,8})$"
)
_QUOTE_CLOSES = re.compile(r",?[\"”」』]")


def _quoted_name(text: str, start: int, end: int) -> bool:
    return (
        text[start : start + 1].isdigit()
        and _QUOTE_CLOSES.match(text, end) is not None
        and _QUOTED_NAME_BEFORE.search(text, max(0, start - 32), start) is not None
    )


#: Saturday night at 8, tomorrow morning at 10: a clock's hour after a part of the day (a time,
#: as the gold marks it; figures v12). Not before a.m./p.m., a colon or o'clock (read elsewhere).
_PART_THEN_HOUR = re.compile(
    r"\b(?P<part>night|evening|tonight|afternoon|morning)\sat\s(?P<h>1[0-2]|[1-9])\b"
    r"(?![:.,]?[0-9]|\s?(?:[ap]\.?m\b|o[’']clock|percent|%))"
)
_PM_PARTS: Final = frozenset(("night", "evening", "tonight", "afternoon"))


def _part_then_hour(text: str) -> Iterator[tuple[int, int, Number | str, str, str, dict[str, Any]]]:
    for match in at(text, _PART_THEN_HOUR, (" at ",), 9):
        hour = int(match.group("h"))
        if (
            match.group("part") in _PM_PARTS
            and hour < 12
            and not (match.group("part") == "night" and hour < 5)
        ):
            hour += 12  # night at 8: 20:00; night at 2 stays 02:00
        yield match.start("h"), match.end("h"), f"T{hour:02d}:00", "", "date", {}


def extra_dates(text: str) -> Iterator[tuple[int, int, Number | str, str, str, dict[str, Any]]]:
    """Dates read here: a financial year (``2025/2026``, ``2024/25``: one interval,
    ``2025/2026``, as rules 2.3's spans of years and held-out 12, 20, 21 and 23 mark it — held-out
    8's first years were corrected in figures v12.8; ``2019/2023`` stays two years), a decade of the
    last century in digits (``上世纪40年代``: ``194X``), a month in characters with 份
    (``三月份``: ``--03``), the second day of "October 11 and 13" (``--10-13``)."""
    for match in at(text, _FINANCIAL_YEAR, ("/",), 4):
        first, second = int(match.group("y")), match.group("y2")
        if int(second) % 100 == (first + 1) % 100:
            yield match.start(), match.end(), f"{first:04d}/{first + 1:04d}", "", "date", {}
    for match in at(text, _CENTURY_DECADE, ("世纪", "世紀"), 2):
        yield match.start("d"), match.end(), f"19{match.group('d')[0]}X", "", "date", {}
    for match in _second_days(text):
        first, second = int(match.group("d1")), int(match.group("d2"))
        word = _WORD_AFTER.match(text, match.end())
        if first < second <= 31 and (word is None or word.group(1) in _DATE_FOLLOWERS):
            month = MONTHS[match.group("m").lower().rstrip(".")]
            last = f"--{month:02d}-{second:02d}"
            if match.group("and") and _BETWEEN_BEFORE.search(text, 0, match.start()):
                # between October 11 and 13: a range of days, one date (rules 2.3)
                yield (
                    match.start(),
                    match.end("d2"),
                    f"--{month:02d}-{first:02d}/{last}",
                    "",
                    "date",
                    {},
                )
                continue
            yield match.start("d2"), match.end("d2"), last, "", "date", {}
    yield from _part_then_hour(text)
    for match in at(text, _CN_MONTH, ("月份",), 2):
        month = _CN_MONTHS.index(match.group("m")) + 1
        yield match.start(), match.end(), f"--{month:02d}", "", "date", {}
    for match in after_digit(text, _DOTTED_DAY, ("日", "号", "號"), 11):
        month, day = int(match.group("m")), int(match.group("d"))
        iso = f"--{month:02d}-{day:02d}"
        if match.group("d2") and int(match.group("d2")) > day:
            iso = f"{iso}/--{month:02d}-{int(match.group('d2')):02d}"  # 5.17-19日: one range
        yield match.start(), match.end(), iso, "", "date", {}


def _second_days(text: str) -> Iterator[re.Match[str]]:
    """Matches of ``_SECOND_DAY``, tried only where a digit, "and" or "or" and a digit meet."""
    for anchor in (" and ", " or "):
        position = text.find(anchor)
        while position >= 0:
            after = position + len(anchor)
            if text[position - 1 : position].isdigit() and text[after : after + 1].isdigit():
                for start in range(max(0, position - 16), position - 2):
                    if text[start].isupper() and (match := _SECOND_DAY.match(text, start)):
                        yield match
                        break
            position = text.find(anchor, after)


#: between October 11 and 13, on May 3 or 4: the second day takes the first one's month.
_SECOND_DAY = re.compile(
    r"\b(?P<m>"
    + "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 2), key=len, reverse=True))
    + r")\.?\s(?P<d1>[0-3]?[0-9])(?:st|nd|rd|th)?\s(?:(?P<and>and)|or)\s"
    r"(?P<d2>[0-3]?[0-9])(?:st|nd|rd|th)?\b"
    r"(?![0-9,.]?[0-9])"
)
_WORD_AFTER = re.compile(r"\s?([%A-Za-z]+)")
#: "between" right before the month: its two days are the ends of one range.
_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s\Z")
#: Words that may follow the second day (``on May 3 and 4 in Paris``); any other word makes
#: the number a count (``May 3 and 4 people``).
_DATE_FOLLOWERS: Final = frozenset(
    ("in", "at", "on", "to", "from", "when", "as", "with", "and", "the", "this", "next", "last",
     "during", "before", "after")
)  # fmt: skip
#: 2025/2026, 2024/25: a financial or school year.
_FINANCIAL_YEAR = re.compile(
    r"(?<![0-9/])(?P<y>(?:19|20)[0-9]{2})/(?P<y2>(?:19|20)?[0-9]{2})(?![0-9/])"
)
#: 上世纪40年代, 20世纪80年代: a decade of the twentieth century written in digits.
_CENTURY_DECADE = re.compile(r"(?:上世[纪紀]|20世[纪紀]|二十世[纪紀])(?P<d>[1-9]0)年代")
_CN_MONTHS: Final = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
#: 三月份, 十一月份: a month in characters (月份 makes it a month, not "three months").
#: 5.17日, 5.17-19日 (a range written with 日 once: one date), 5.18-5.19日 (each end written in
#: full: two dates, rules 2.3): a month and day joined by a full stop before 日 or 号 (figures
#: v11.3, held-out 13; ``5.17`` had read as a decimal count).
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DOTTED_DAY = re.compile(
    rf"(?<![0-9.])(?P<m>{_MONTH})\.(?P<d>{_DAY})"
    rf"(?:[日号號]|-(?P<d2>{_DAY})[日号號]|(?=-{_MONTH}\.{_DAY}[日号號]))"
)
_CN_MONTH = re.compile(
    r"(?<![一二两兩三四五六七八九十百千个個第])(?P<m>十[一二]|[一二三四五六七八九十])月份"
)


def _names_the_rand(text: str) -> bool:
    """Does ``text`` name the rand or South Africa (as whole words)?"""
    position = 0
    while (match := _NAMES_THE_RAND.search(text, position)) is not None:
        start = match.start()
        if not start or _WORD_CHAR.match(text, start - 1) is None:
            return True
        position = start + 1
    return False


def _rand(text: str) -> Iterator[tuple[int, int, Number | str, str, str, dict[str, Any]]]:
    for match in at(text, _RAND_SCALED, ("R",), 0):
        value = tidy(_decimal(match.group("n")) * MULTIPLIERS[match.group("m").lower()])
        if match.group("n2") is None:
            yield match.start(), match.end(), value, "R", "money", {}
            continue
        high = tidy(_decimal(match.group("n2")) * MULTIPLIERS[match.group("m2").lower()])
        if high > value and not _FROM_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            yield match.start(), match.end(), value, "R", "money", {"value_max": high}
            continue
        # from R11bn to R5.5bn: a change, two amounts
        yield match.start(), match.end("m"), value, "R", "money", {}
        yield (
            match.start("n2") - 1 - (text[match.start("n2") - 1] == " "),
            match.end(),
            high,
            "R",
            "money",
            {},
        )
    if _names_the_rand(text):
        for match in at(text, _RAND_PLAIN, ("R",), 0):
            yield match.start(), match.end(), _decimal(match.group("n")), "R", "money", {}


def _to_one(text: str, match: re.Match[str]) -> bool:
    """Is ``match`` (N to 1) a ratio: N above one, no vote before, hyphenated or a ratio named
    around it (150 characters before, 30 after)?"""
    start, end = match.span()
    if float(match.group("n")) <= 1 or _VOTE_BEFORE.search(text, max(0, start - 12), start):
        return False
    return match.group("sep") == "-to-" or (
        _RATIO_NEAR.search(text, max(0, start - 150), min(len(text), end + 30)) is not None
    )


def _decimal(written: str) -> Number:
    """An English-written amount: ``,`` groups thousands, ``.`` is the decimal mark."""
    return tidy(float(written.replace(",", ""))) if "." in written else parse_arabic(written)


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
_A_NOUN_OR_BEFORE = re.compile(r"\b(?:a|an)\s(?:[a-z][\w-]*\s){1,2}or\s$")
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
_WAY_AFTER = re.compile(r"-way\b")
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
    r"\b[A-Z][A-Za-z.&]*(?:\s[A-Z][A-Za-z.&]*){0,4}\s(?P<volume>[0-9]{1,4}),\s"
    r"(?P<pages>[0-9]{1,5}(?:[-–][0-9]{1,5})?)\s\((?:1[89]|20)[0-9]{2}\)"
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
    for citation in _CITATION.finditer(text, max(line, start - 60), min(len(text), end + 30)):
        if citation.start("volume") <= start and end <= citation.end("pages"):
            return True
    return False


def _formula_start(text: str, start: int) -> int:
    """Where a chain of numbers joined by ``+`` that ends at ``start`` begins."""
    before = _FORMULA_PART.search(text, max(0, start - 24), start)
    return before.start() if before else start


def not_a_figure(text: str, start: int, end: int, unit: str) -> bool:
    """Is ``text[start:end]`` (its unit as shown) one of the forms refused here?"""
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
    if not unit and _FORMATION_AFTER.match(text, end):
        return True  # the 101 Logistic Brigade: a military formation named by its number
    if not unit and _NUMBER_BEFORE.search(text, max(0, start - 8), start):
        return True  # Number 1, No. 1: a rank or a label
    pronoun = text[start:end].isalpha() and _THE_BEFORE.search(text, max(0, start - 4), start)
    if (
        pronoun
        and _VERB_AFTER.match(text, end)
        and not _COUNTED_PAIR_BEFORE.search(text, max(0, start - 12), start)
    ):
        return True  # "the two were": both of them, a pronoun
    if _CAPITALISED_NAME.fullmatch(text, start, end) and (
        _name_around(text, start, end)
        or (
            _NAME_WORD_BEFORE.search(text, max(0, start - 16), start)
            and _NAME_END_AFTER.match(text, end)
        )
    ):
        return True  # told Nine News, the Seven Network, in Region Two: a name's number word
    if (
        _CAPITALISED_NAME.fullmatch(text, start, end)
        and _THE_BEFORE.search(text, max(0, start - 4), start)
        and _COMPOUND_THEN_NAME.match(text, end)
    ):
        return True  # The Five-hundred-meter Aperture Spherical Radio Telescope: a name
    if text[start : start + 1].isdigit() and _in_citation(text, start, end):
        return True  # Nature 574, 16-17 (2019): a citation's volume and pages
    if not unit and (_WAY_AFTER.match(text, end) or _SHOT_POINT_AFTER.match(text, end)):
        return True  # two-way minutes, from three-point range: no count
    if (
        text[start:end] in ("two", "three")
        and _A_SHOT_BEFORE.search(text, max(0, start - 14), start)
        and _A_SHOT_AFTER.match(text, end)
    ):
        return True  # hit an early three: a shot
    if _FORMULA.match(text, _formula_start(text, start)):
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
    if not unit and _RANK_OUT_OF_TOP.match(text, end):
        return True  # 109 out of the top 300: a place in a ranking, an ordinal (v12.18)
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
    if not unit and _POINTER_AFTER.match(text, end):
        return True  # a 3-pointer
    if not unit and (_STAR_AFTER.match(text, end) or _EVEN_ODDS.match(text, start)):
        return True  # a four-star general (a rank), a 50-50 chance (even odds)
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
    if _QUOTED_FORMULA.match(text, max(0, _formula_start(text, start) - 1)):
        return True  # “16+8减肥法”: a method named by a formula
    if not unit and _OCLOCK_AFTER.match(text, end):
        return True  # five o'clock: a time of day, not a count
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
    return not unit and _CONFERENCE_BEFORE.search(text, max(0, start - 9), start) is not None


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
