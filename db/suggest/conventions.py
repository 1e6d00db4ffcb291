"""Forms the seventh round's study of held-out 8 showed (docs/performance.md, "Figures v8"):
each a general form read beside ``forms.py``'s, with its test in
``tests/db/suggest/test_seventh_round.py``; the forms refused beside them are in
``conventions_refused.py`` (figures v12.23 split the two along that seam, nothing changed).

- read: the rand written ``R`` before a number (``R4bn``, ``R20bn to R50bn``; ``R`` alone is
  a letter as often as a currency, so only with a multiplier, or in a text that names the rand
  or South Africa), a decimal number of points (``fell 102.2 points``, ``a 0.3-point drop``:
  figures v11.1; a whole number after a verb of change, in a sentence that names an index:
  ``the Dow fell 250 points``, figures v11.2), a team's record (``9-3``, ``a 22-4 record``:
  games won and lost, two counts), a ranking's size (``Top-10``), years before the common era
  (``500 BC``, ``5,316 BCE``: dates, ISO 8601's astronomical years);
- read as dates: a financial year (``2025/2026``), a decade of the last century in digits
  (``上世纪40年代``), a month in characters with 份 (``三月份``), the second day of "October
  11 and 13".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Final

from .anchor_gates import digit_after, gated

# figures.py asks this module for both the readings and the refusals (conventions.not_a_figure)
from .conventions_refused import not_a_figure as not_a_figure
from .forms import after_digit, anchored_all, around, at
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
    # Record: 60-2-2, 39 KOs: a fighter's or a team's record after its label (the sixth review;
    # v12.23)
    r"|(?<=[Rr]ecord:\s)(?P<w4>[0-9]{1,2})-(?P<l4>[0-9]{1,2})(?:-(?P<t4>[0-9]{1,2}))?(?![0-9-])"
    # Johnny Bedford (19-10-1 MMA, 2-1 UFC): a fighter's record before its league's name
    # (held-out 44; figures v12.24)
    r"|(?<![\w.$-])(?P<w5>[0-9]{1,2})-(?P<l5>[0-9]{1,2})(?:-(?P<t5>[0-9]{1,2}))?"
    r"(?=\s(?:MMA|UFC|Bellator|WEC|Strikeforce|PFL|ONE|pro|amateur|boxing|kickboxing)\b)"
    r"|(?<![\w.$-])(?P<w2>[0-9]{1,2})-(?P<l2>[0-9]{1,2})(?:-(?P<t2>[0-9]{1,2}))?"
    r"(?=\s(?:record|start|season|campaign|mark|run|finish|overall|conference)\b"
    r"|\swith\san?\s[0-9]{1,2}\.[0-9]{2}\sERA\b"  # 16-6 with a 1.21 ERA: a pitcher's (v12.18)
    # Departing, 4-0-1 in five starts: a record over the starts it was made in (held-out 48;
    # v12.26)
    r"|\sin\s(?:[0-9]{1,3}|[a-z]+)\s(?:starts|games|races|outings|fights|bouts|appearances)\b)"
    # the Raiders went just 2-8 outside the AFC West: a record after "went" (figures v12.9);
    # had we gone 8-8 (in 2009): after any form of "go", its season in brackets (v12.10)
    r"|(?:(?<=\bwent\s)|(?<=\bgone\s)|(?<=\bgo\s)|(?<=\bgoes\s)|(?<=\bgoing\s)"
    r"|(?<=\bwent\sjust\s)|(?<=\bwent\sonly\s)"
    # began 0-18 in 2009-10, started 3-0 this season: a record after a verb of starting (v12.23)
    r"|(?<=\bbegan\s)|(?<=\bstarted\s)|(?<=\bopened\s))(?P<w3>[0-9]{1,2})-(?P<l3>[0-9]{1,2})"
    r"(?=\s\(?(?:in|outside|against|on|at|over|during|this|last|away|overall)\b|[,.;]))"
)
#: the second-worst record in the league at 21-61, a record of 10-2: a record after the word and
#: "at" or "of", each a count (held-out 45; figures v12.25).
_RECORD_AT = re.compile(
    r"record\b[^.;:\n]{0,30}?\s(?:at|of)\s(?P<w>[0-9]{1,2})-(?P<l>[0-9]{1,2})(?![0-9-])"
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

#: 1649 CE, from 431 to 1649 CE, 79 A.D.: a year of the common era, a date; the first end of a
#: range written with the era once is a year too (held-out 46; figures v12.25).
_COMMON_ERA = re.compile(
    r"(?<![0-9.,$])(?:(?P<a>[0-9]{2,4})\s(?:to|and|until|through|-|–)\s)?(?P<n>[0-9]{1,4})\s?"
    r"(?:CE|C\.E\.|AD(?!\s[a-z])|A\.D\.)(?![A-Za-z])"
)
#: between the years 431 and 1649: two years named so, dates (held-out 46; figures v12.25).
_YEARS_NAMED = re.compile(
    r"\bthe\syears\s(?P<a>[0-9]{3,4})\s(?:to|and|through|-|–)\s(?P<b>[0-9]{3,4})(?![0-9%]|[,.][0-9])"
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
    for match in at(text, _RECORD_AT, ("record",), 0):
        for group in ("w", "l"):
            yield match.start(group), match.end(group), int(match.group(group)), "", "count", {}
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


def extra_figures(text: str) -> Iterator[tuple[int, int, Number | str, str, str, dict[str, Any]]]:
    """(start, end, value, unit, kind, extra) of each form read here. Each pattern is tried
    only around an anchor found with ``str.find`` (``forms.at``), so a long article is not
    scanned once per form (bench/suggest.py)."""
    yield from _rand(text)
    # a record's first number stands right before its first hyphen: only after a digit
    for match in after_digit(text, _RECORD, ("-",), 2):
        for group in (
            "w",
            "l",
            "t",
            "w2",
            "l2",
            "t2",
            "w3",
            "l3",
            "w4",
            "l4",
            "t4",
            "w5",
            "l5",
            "t5",
        ):
            if match.group(group) is not None:
                start, end = match.span(group)
                yield start, end, int(match.group(group)), "", "count", {}
        if match.group("conference") is not None:
            first = match.start("conference")
            for number in _WHOLE.finditer(match.group("conference")):
                start, end = first + number.start(), first + number.end()
                yield start, end, int(number.group()), "", "count", {}
    game: list[bool] = []
    for match in after_digit(text, _RECORD_BEFORE_TEAM, ("-",), 2):  # (as _RECORD)
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
    for match in at(text, _COMMON_ERA, ("CE", "AD", "A.D", "C.E"), 14):
        for side in ("a", "n"):
            if match.group(side):
                year = int(match.group(side))
                end = match.end() if side == "n" else match.end(side)
                yield match.start(side), end, f"{year:04d}", "", "date", {}
    for match in at(text, _YEARS_NAMED, ("years ",), 4):
        for side in ("a", "b"):
            year = int(match.group(side))
            yield match.start(side), match.end(side), f"{year:04d}", "", "date", {}
    for match in at(text, _BEFORE_COMMON_ERA, ("BC", "B.C"), 10):
        year = int(match.group("n").replace(",", ""))
        if year:  # no year 0 BC: 1 BC is the astronomical year 0, 500 BC is -499
            iso = f"-{year - 1:04d}" if year > 1 else "0000"
            yield match.start(), match.end(), iso, "", "date", {}


#: Saturday night at 8, tomorrow morning at 10: a clock's hour after a part of the day (a time,
#: as the gold marks it; figures v12). Not before a.m./p.m., a colon or o'clock (read elsewhere).
_PART_THEN_HOUR = re.compile(
    r"\b(?P<part>night|evening|tonight|afternoon|morning)\sat\s(?P<h>1[0-2]|[1-9])\b"
    r"(?![:.,]?[0-9]|\s?(?:[ap]\.?m\b|o[’']clock|percent|%))"
)
_PM_PARTS: Final = frozenset(("night", "evening", "tonight", "afternoon"))
#: by 12 noon, at 12 midnight: a clock time, one date with its word (held-out 39; v12.23); a
#: bare noon or midnight holds no number and stays unmarked, as every set leaves it.
_TWELVE_NOON = re.compile(r"(?<![0-9.:])12\s(?P<w>noon|midnight)\b")


def _part_then_hour(text: str) -> Iterator[tuple[int, int, Number | str, str, str, dict[str, Any]]]:
    # only the match's own " at " reaches back to its word (nine characters), and the hour's
    # first digit follows it
    for match in gated(text, _PART_THEN_HOUR, (" at ",), 9, digit_after(4)):
        hour = int(match.group("h"))
        if (
            match.group("part") in _PM_PARTS
            and hour < 12
            and not (match.group("part") == "night" and hour < 5)
        ):
            hour += 12  # night at 8: 20:00; night at 2 stays 02:00
        yield match.start("h"), match.end("h"), f"T{hour:02d}:00", "", "date", {}
    for match in at(text, _TWELVE_NOON, (" noon", " midnight"), 2):
        iso = "T12:00" if match.group("w") == "noon" else "T00:00"
        yield match.start(), match.end(), iso, "", "date", {}


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
    rands = anchored_all(text, ("R",))  # (for both forms)
    for match in around(text, _RAND_SCALED, rands, 0):
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
    # R350 asked first: one look at each R, where naming the rand is a search of the whole text
    # for five words (0.45 ms on bench/suggest.py's article; ADR 0141 decision 16)
    plain = list(around(text, _RAND_PLAIN, rands, 0))
    if plain and _names_the_rand(text):
        for match in plain:
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
