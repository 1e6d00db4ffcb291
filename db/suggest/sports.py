"""Scores and box scores, Chinese and English: forms sports news writes in every article.

A match's score is two counts (``步行者130-109战胜尼克斯``: 130 and 109, as held-out 10 marks
them; ``大比分4-3``; ``2比0战胜``; ``a 3-1 win``; ``beat Arsenal 2-0``; ``held off OKC
112-107``, ``112-107 over the Thunder``, ``put the Lakers up 109-98``), like a team's record
(``conventions._RECORD``), and so is a vote's tally (``passed 52-48``, ``a 6-3 ruling``). A
player's line is counts too: ``22投12中`` and ``17中6`` (shots taken
and made), ``9助攻``, ``8篮板`` (the number alone, as the gold marks it), ``得到17分`` (points,
``分`` in the span). Without a word of the game around it ``3-1`` or ``2比0`` stays what the
other readers make of it (a range, a ratio, a clock time); verbs that an amount follows as
often (``fell 98-95``, ``led 56-48``, ``tied 2-2``) and a result a word or two later (``a 24-17
overtime victory``) make a score only of a pair that runs backwards or evenly (figures v11.2).
A tennis match's sets need no word around them when a name stands before (``Robin Haase 6-3,
6-4``) or a tiebreak's bracket follows a set won 7-6 (``7-6 (5)``, ``7-6 (7/3), 5-7, 6-4``: its
points counts too; figures v12.29). Scores are found by one scan that starts at a digit (the words
around are checked only there); a player's line only in a text that holds a word of a game
(``_GAME_WORDS``, one regex search).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from .anchor_gates import before_each, finditer_near, from_starts
from .forms import at
from .numbers import Number, tidy

#: A score's two numbers (130-109, 4-3, 77比73, 3：1, a court's 8对5: v12.10); the words around
#: it decide. Written to
#: start with the digit class (no lookbehind first), so the engine skips to digits fast: the
#: characters around it are checked by hand (``_NOT_AROUND``).
_CORE = re.compile(r"[0-9]{1,3}(?:\s?(?:-|–|:|：|比|对|對)\s?|\sto\s)[0-9]{1,3}")
#: After a tally written with "to" (voted 51 to 49): the clause goes on, no unit follows (lost
#: 30 to 20 percent is an amount). Such a tally must run backwards or evenly, as a score.
_AFTER_TO_TALLY = re.compile(
    r"[.,;:)]|$|\s(?:in|on|to|against|over|with|for|at|after|as|and|vote|votes|win|victory|"
    r"margin|decision|ruling|tally)\b"
)
#: … or after a word of voting, whatever follows (voted 9 to 1 earlier this week: held-out 20,
#: figures v11.8).
_VOTED_BEFORE = re.compile(r"\b(?:voted|ruled)\s$")
_NUMBERS = re.compile(r"[0-9]+")
_NOT_AROUND: Final = frozenset("0123456789.:：/-")
_NOT_AROUND_AFTER: Final = _NOT_AROUND | {"%"}
#: Words of a match before a score (比分, 以) or after it (战胜, 击败, 晋级 …).
_CN_LABEL_BEFORE = re.compile(r"(?:比分|大比分|总比分|總比分)(?:为|為|是)?\s?$|以$")
_CN_RESULT_AFTER = re.compile(
    r"\s?(?:的比分)?(?:战胜|戰勝|击败|擊敗|击溃|擊潰|负于|負於|输给|輸給|不敌|不敵|力克|逆转|"
    r"逆轉|险胜|險勝|大胜|大勝|惜败|惜敗|战平|戰平|打平|逼平|获胜|獲勝|取胜|取勝|落败|落敗|告负|"
    r"告負|完胜|完勝|横扫|橫掃|晋级|晉級|淘汰|胜出|勝出|胜|勝|负|負|赢|贏)"
)
#: a 3-1 win; won 3-1, beat Arsenal 2-0, lost 2-1 to …; 112-107 over the Oklahoma City Thunder
#: (a result over a named team, figures v11.1); a 38-10 bulge, a 14-7 cushion (figures v11.3);
#: too close for comfort, 106-103, win: the score set off by commas (figures v11.8)
_EN_RESULT_AFTER = re.compile(
    r",?\s(?:home\s|away\s)?(?:win|victory|defeat|loss|draw|tie|lead|triumph|rout|thrashing|"
    r"vote|ruling|decision|majority|margin|tally|bulge|cushion|advantage|deficit|edge)\b"
    r"|\s(?:over|against)\s(?:the\s)?[A-Z]"
)
#: … and a vote's tally (passed 52-48, voted 7-2, a 6-3 ruling): two counts as well; a win
#: "past" a team, its name and a comma before the score (rolled past Northern Illinois, 45-17;
#: figures v11.3).
_EN_VERB_BEFORE = re.compile(
    r"\b(?:won|win|wins|beat|beats|defeated|defeats|lost|lose|loses|drew|trailed|led|passed|"
    r"stunned|stuns|upset|upsets|trounced|trounces|"  # stunned Phoenix, 100-93, at (v12.19)
    r"voted|approved|rejected|finished|beating|defeating|overcame|overcoming|edged|ruled|split|"
    r"(?:knocking|knocked|knocks|knock)\sout|(?:hold|holds|held|holding)\soff)"
    r"\s(?:the\s)?(?:(?:arch-?)?rivals\s|hosts\s|champions\s|holders\s"  # beat arch-rivals
    r"|(?:world|reigning|defending)\schampions?\s)?"  # beat world champion Spain 3-0 (v12.22)
    # defeated Japan, 2-1, to advance: the score set off by commas after the team (v12.17)
    r"(?:(?:[A-Z][\w.'’-]*\s){0,3}|(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*,\s)(?:by\s)?$"
    r"|\b(?:opponent|opponents|rival|rivals)\s$"
    r"|\b(?:put|puts|putting|pulled|pulls|pulling|moved|moves|went|goes)\s(?:the\s)?"
    r"(?:[A-Z][\w.'’-]*\s){1,3}(?:up|ahead)\s$"
    r"|\b(?:topped|routed|downed|blanked|outscored|outlasted|thrashed|crushed|swept|"
    r"dispatched|hammered|edges|beats|tops|routs|downs|blanks|outlasts)"
    r"\s(?:the\s)?(?:[A-Z][\w.'’-]*\s){0,3}(?:by\s)?$"
    r"|\b(?:rolled|rolls|cruised|cruises|romped|romps|raced|races|eased|eases|breezed|breezes|"
    r"sailed|sails|slipped|slips|pulled|pulls|powered|powers|stormed|storms|edged|edges)"
    r"\s(?:past|by|over)\s(?:the\s)?(?:(?:arch-?)?rivals\s|hosts\s|champions\s|holders\s)?"
    r"(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*,?\s(?:by\s)?$"
)
#: Verbs that a score follows as often as an amount does (fell 98-95, led 56-48 at the half,
#: fell to Arsenal 2-1, tied 2-2): a score only when the pair runs backwards or evenly, the
#: winner's count first, as no range is written (figures v11.2: the verbs as a family; held-out
#: 10-12 each had a game page whose scores the listed verbs alone missed).
_EN_EITHER_BEFORE = re.compile(
    r"\b(?:fell|falls|fall|falling|dropped|drops|leads|leading|lead|trails|trailing|"
    r"trail|tied|ties|tying|top|rallied|rallies|advanced|advances|clinched|sealed)"
    r"\s(?:(?:to|past|over|against)\s)?(?:the\s)?(?:[A-Z][\w.'’-]*\s){0,3}"
    r"(?:(?:the\s)?(?:series|game|match|tie|contest)\s)?(?:by\s)?$"
    # an own goal made it 2-0: the score the game stood at (held-out 35; v12.17)
    r"|\b(?:made|makes|make|making)\sit\s$"
    # pushing the series 3-1, bringing the series to 3-2, from 2-0 to 2-1, took the grand finals
    # 4-3: the score a series or a final stood at or ended (held-out 36; v12.18)
    r"|\b(?:series|finals?)\s(?:(?:from|to|at|into)\s)?"
    r"(?:[0-9]{1,3}[-–][0-9]{1,3}\sto\s)?$"
    # led the Houston Rockets over the New York Knicks, 101-92, at: a team led past another, the
    # score set off by commas (a review's NBA pages; v12.19)
    r"|\b(?:over|past)\s(?:the\s)?(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*,\s$"
)
#: … and a result with a word or two of the game between (a 24-17 overtime victory, a 3-1
#: aggregate win, a 3-1 series lead, 98-95 in overtime), or a poll's split in a name's favour
#: (60-40 to Macron, held-out 34: two figures as a vote's tally): again only a pair that runs
#: backwards or evenly (a range never does: "a 2-3 percent lead" stays a range).
_EN_RESULT_LATER = re.compile(
    r"\s(?:[a-z]+(?:-[a-z]+)?\s){1,2}(?:win|victory|defeat|loss|draw|tie|lead|triumph|rout|"
    r"thrashing|advantage|deficit|edge)\b"
    r"|\s(?:in|after)\s(?:overtime|double\sovertime|extra\stime|a\sshootout|penalties|OT)\b"
    r"|\sat\s(?:the\s)?(?:half|halftime|half-time|the\sbreak)\b"
    # it's 60-40 to Macron, 3-1 to the Gunners: a split or a score in someone's favour (v12.16)
    r"|\sto\s(?:the\s)?[A-Z][a-z]"
)
#: A game clock's time left (``with 3:08 to play``, ``with 1:24 left``): a duration in seconds,
#: not a time of day (held-out 12's reading; figures v11.1). The word boundary is a lookbehind
#: after "with": an expression opening on ``\b`` is tried at every position of the article, one
#: opening on a literal only where the literal stands (1.34 against 0.04 ms on bench/suggest.py's
#: article, the same matches).
_CLOCK_LEFT = re.compile(
    r"with(?<=\bwith)\s(?P<m>[0-9]{1,2}):(?P<s>[0-5][0-9])\s(?:left|remaining|to\splay|to\sgo)\b"
)
#: ... and the clock's time into a period (``1:10 into the third period``): a duration too (held-out
#: 45; figures v12.25), or of it (``at 15:19 of the fifth period``, held-out 47; v12.26).
_CLOCK_INTO = re.compile(
    r"(?P<m>[0-9]{1,2}):(?P<s>[0-5][0-9])\s(?:into|of)\s(?:the\s)?(?:(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|final|opening|1st|2nd|3rd|4th|5th|6th)\s)?"
    r"(?:period|quarter|half|overtime|inning|round)\b"
)
_PERIOD_WORDS: Final = (" period", " quarter", " half", " overtime", " inning", " round")
#: a best-of-7 series, Best of 3 maps: the number of games, a count (held-out 36 and 45; v12.25).
_BEST_OF = re.compile(r"(?<![\w-])[Bb]est[- ]of[- ](?P<n>[0-9]{1,2})(?![\w.,-])")
#: finished the first round at 2-over 73, 3-under par, with 3-under 68s: strokes over or under
#: par, the number alone (held-out 48's card, 4 of 5 in sets 1-48; v12.25 had kept set 45's
#: ``2-over`` whole), and rounds in the plural a count each (``68s``; v12.26).
_PAR = re.compile(
    r"(?<![\w.-])(?P<n>[0-9]{1,2})-(?:over|under)"
    r"(?=\s(?:(?P<rounds>[0-9]{2}s)\b|[0-9]{2}\b|par\b)|-par\b|[,.;])"
)
#: A game's quarters are counted (``through four quarters``, the number alone, as its periods,
#: innings and halves: held-out 28, 40, 47; v12.26); a company's are a measure of time (``two
#: consecutive quarters``): only a text with a word of a game reads them so.
_GAME_TEXT = re.compile(
    r"\b(?:quarterbacks?|touchdowns?|halftime|half-time|halves|rebounds|playoffs?|overtime|"
    r"fumbles?|free\sthrows?|field\sgoals?|three-pointers?|tip-?off|Finals)\b"
)
#: A pair after the article whose first number is a height in feet and the second its inches:
#: ``a 6-5 rising junior`` (held-out 43: one measure, in feet).
_HEIGHT_BEFORE = re.compile(r"\b[Aa]n?\s$")
_RATIO_BEFORE = re.compile(r"\b(?:ratio|ratios|odds)\b")
_UP_DOWN_BEFORE = re.compile(r"\b(?:up|down)\s$")
_HYPHEN_PAIR = re.compile(r"[0-9]+[-–][0-9]+")
#: After a bare pair a unit or a multiplier makes it an amount, not a tally.
_AMOUNT_AFTER = re.compile(
    r"\s?(?:%|percent\b|per\b|thousand\b|million\b|billion\b|trillion\b)|[A-Za-z]"
)
#: 20-of-24 passing, 5-for-12 shooting: made of attempted, two counts (figures v11.3), matched
#: only before each ``-of-``/``-for-`` (``forms.at``): a lookbehind first scanned every position.
_MADE_OF = re.compile(r"(?<![\w.-])(?P<made>[0-9]{1,3})-(?:of|for)-(?P<tried>[0-9]{1,3})(?![\w-])")
#: Between two sets' scores of one match (6-2, 7-5, 6-3).
_SET_COMMA = re.compile(r",\s?")
#: A tiebreak's points in brackets after a set won 7-6 (``7-6 (5)``, ``7-6 (7/5)``): counts, as
#: held-out 51 and 54 mark them (figures v12.29); a chain of sets goes on after it.
_TIEBREAK = re.compile(r"\s?\((?P<a>[0-9]{1,2})(?:/(?P<b>[0-9]{1,2}))?\)")
#: A name's last word before a match's sets (``Robin Haase 6-3, 6-4``).
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s$")
#: A tennis set's score, the winner's games first (or the loser's: 4-6, 5-7, 6-7).
_SETS: Final = frozenset(
    {(6, n) for n in range(5)} | {(n, 6) for n in range(5)} | {(7, 5), (5, 7), (7, 6), (6, 7)}
)
#: 22投12中 (taken, made); 17中6 (taken, made) before the points or a mark.
_SHOTS = re.compile(
    r"[0-9]{1,2}(?:投[0-9]{1,2}中|中[0-9]{1,2}(?=[，,、；;。\s]|得|拿|砍|贡献|貢獻|轰|轟|独得|獨得))"
)
#: Where a player's line stands: 17中6 only after one of these (3中 is also a school's name).
_LINE_BEFORE = re.compile(r"全场|全場|本场|本場|出战|出戰|投篮|投籃|三分|罚球|罰球|分钟|分鐘")
#: 9助攻, 8篮板: the number alone is the count (the gold marks it so); Taiwan writes a block
#: 阻攻 and a steal 抄截 (``7阻攻``, held-out 30; figures v12.11).
_STAT = re.compile(
    r"[0-9]{1,3}(?=助攻|篮板|籃板|抢断|搶斷|盖帽|蓋帽|封盖|封蓋|阻攻|抄截|失误|失誤|犯规|犯規|"
    r"记三分|記三分)"
)
#: A text about a game holds one of these; only there is a player's line looked for.
_GAME_WORDS: Final = ("助攻", "篮板", "籃板", "投篮", "投籃", "全场", "全場", "出战", "出戰",
                      "罚球", "罰球", "得分", "三分", "比赛", "比賽")  # fmt: skip
#: One search for them all: a regex of literals scans faster than an ``in`` test for each
_GAME_WORD = re.compile("|".join(_GAME_WORDS))
#: 得到17分, 砍下30分: a player's points.
_POINTS = re.compile(
    r"(?:得到|拿下|砍下|贡献|貢獻|独得|獨得|轰下|轟下|得|砍|拿)(?P<n>[0-9]{1,3})分(?![钟鐘之])"
)

Found = tuple[int, int, Number, str, str, dict[str, object]]


def extra_figures(text: str) -> Iterator[Found]:
    """(start, end, value, unit, kind, extra) of each score and box-score count in ``text``."""
    for chain in _chains(text):
        start, end = chain[0].start(), chain[-1].end()
        if " to " in chain[0].group() and not (
            len(chain) == 1
            and _backwards(chain[0])
            and (
                _AFTER_TO_TALLY.match(text, end)
                or _VOTED_BEFORE.search(text, max(0, start - 8), start)
            )
        ):
            continue  # 5 to 10 seats, 30 to 20 percent: a range or an amount, not a tally
        if (
            _CN_RESULT_AFTER.match(text, end)
            or _CN_LABEL_BEFORE.search(text, max(0, start - 5), start)
            or _EN_RESULT_AFTER.match(text, end)
            or _EN_VERB_BEFORE.search(text, max(0, start - 60), start)
            or (
                _backwards(chain[0])
                and (
                    _EN_RESULT_LATER.match(text, end)
                    or _EN_EITHER_BEFORE.search(text, max(0, start - 60), start)
                )
            )
            or _tennis(text, chain)  # Robin Haase 6-3, 6-4; 7-6 (7/5) (v12.29)
        ):
            for match in chain:
                yield from _counts(match)
                yield from _tiebreak(text, match)
        elif len(chain) == 1:
            yield from _bare_pair(text, chain[0])
    for match in at(text, _MADE_OF, ("-of-", "-for-"), 3):
        if int(match.group("made")) <= int(match.group("tried")):  # not a 2-for-1 offer
            yield from _counts(match)
    if ":" in text:
        for match in _CLOCK_LEFT.finditer(text):
            seconds = int(match.group("m")) * 60 + int(match.group("s"))
            yield match.start("m"), match.end("s"), seconds, "seconds", "measure", {}
    # (the clock, "of the fifth", …): tried where a clock can start, one or two digits before a
    # colon, kept where a period's word follows within 28 characters (as forms.at finds them)
    clocks = before_each(text, ":", (1, 2))
    for match in from_starts(text, _CLOCK_INTO, _PERIOD_WORDS, 28, clocks):
        seconds = int(match.group("m")) * 60 + int(match.group("s"))
        yield match.start("m"), match.end("s"), seconds, "seconds", "measure", {}
    for match in at(text, _BEST_OF, ("est-of-", "est of "), 1):
        yield match.start("n"), match.end("n"), int(match.group("n")), "", "count", {}
    for match in at(text, _PAR, ("-over", "-under"), 2):
        yield match.start(), match.end("n"), int(match.group("n")), "", "count", {}
        if match.group("rounds") is not None:
            start, end = match.span("rounds")
            yield start, end, int(match.group("rounds")[:2]), "", "count", {}
    if _GAME_WORD.search(text) is None:
        return  # a player's line only in a text about a game
    for match in _SHOTS.finditer(text):
        if text[match.start() - 1 : match.start()].isdigit() and match.start():
            continue
        if "投" in match.group() or _LINE_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            yield from _counts(match)
    for match in _STAT.finditer(text):
        if match.start() and text[match.start() - 1] in "0123456789.":
            continue
        yield match.start(), match.end(), int(match.group()), "", "count", {}
    if "分" in text:  # (in a text about a game)
        for match in _POINTS.finditer(text):
            yield match.start("n"), match.end(), int(match.group("n")), "分", "count", {}


def _chains(text: str) -> Iterator[list[re.Match[str]]]:
    """The scores in ``text``, those written one after another with commas (a tennis match's
    sets: ``6-2, 7-5, 6-3``) in one list: the words around the list decide for all of them."""
    chain: list[re.Match[str]] = []
    for match in finditer_near(text, _CORE, _separators(text), 4, 6):
        start, end = match.span()
        after = text[end : end + 1]
        if after == "." and not text[end + 1 : end + 2].isdigit():
            after = ""  # the sentence's full stop (won 3-1.), not a decimal (3-1.5)
        if text[start - 1 : start] in _NOT_AROUND or after in _NOT_AROUND_AFTER:
            continue  # a date (2019-09-07), a clock (12:30:05), a code, a percentage
        if chain and not _SET_COMMA.fullmatch(text, _after_set(text, chain[-1]), start):
            yield chain
            chain = []
        chain.append(match)
    if chain:
        yield chain


#: The separators of :data:`_CORE`'s two numbers (its ``\sto\s`` apart: :func:`_separators`).
_SEPARATORS: Final = ("-", "–", ":", "：", "比", "对", "對")


def _separators(text: str) -> list[int]:
    """Where a score's separator may stand (sorted): each of :data:`_SEPARATORS`, and ``to``
    with white space on both sides, with a digit on each side (a white space between allowed).
    A score starts at most four characters before its separator and ends at most six after it,
    so ``_CORE`` is searched only there (:func:`finditer_near`): the whole text's search tried
    it at every digit (1.08 against ~0.5 ms on bench/suggest.py's article; ADR 0141 decision
    16)."""
    places = []
    for separator in _SEPARATORS:
        position = text.find(separator)
        while position >= 0:
            if _digit_beside(text, position - 1, -1) and _digit_beside(text, position + 1, 1):
                places.append(position)
            position = text.find(separator, position + 1)
    position = text.find("to")
    while position >= 0:
        if (
            text[position - 1 : position].isspace()
            and text[position + 2 : position + 3].isspace()
            and "0" <= text[position - 2 : position - 1] <= "9"
            and "0" <= text[position + 3 : position + 4] <= "9"
        ):
            places.append(position)
        position = text.find("to", position + 2)
    places.sort()
    return places


def _digit_beside(text: str, position: int, step: int) -> bool:
    """Is ``text[position]`` a digit, or white space with a digit one ``step`` further?"""
    if position < 0:
        return False
    char = text[position : position + 1]
    if "0" <= char <= "9":
        return True
    return (
        char.isspace()
        and position + step >= 0
        and "0" <= text[position + step : position + step + 1] <= "9"
    )


def _pair(match: re.Match[str]) -> tuple[int, int]:
    first, second = (int(n) for n in _NUMBERS.findall(match.group()))
    return first, second


def _bracket(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The tiebreak's bracket right after the set ``match`` if it was won 7-6 or 6-7."""
    if match.group()[0] in "67" and _pair(match) in {(7, 6), (6, 7)}:
        return _TIEBREAK.match(text, match.end())
    return None


def _after_set(text: str, match: re.Match[str]) -> int:
    """Where the set ``match`` ends, with its tiebreak's bracket if it has one."""
    tiebreak = _bracket(text, match)
    return match.end() if tiebreak is None else tiebreak.end()


def _tiebreak(text: str, match: re.Match[str]) -> Iterator[Found]:
    """The points in the tiebreak's bracket after the set ``match`` (``7-6 (7/5)``), counts."""
    tiebreak = _bracket(text, match)
    if tiebreak is None:
        return
    for group in ("a", "b"):
        if tiebreak.group(group) is not None:
            start, end = tiebreak.span(group)
            yield start, end, int(tiebreak.group(group)), "", "count", {}


def _tennis(text: str, chain: list[re.Match[str]]) -> bool:
    """Is ``chain`` a tennis match's sets with no word of the game around (``Robin Haase 6-3,
    6-4``, ``scraping through 7-6 (7/3), 5-7, 6-4``)? Each pair a set's score written with a
    hyphen, two sets or more with one won by the first named, or one set and its tiebreak
    (figures v12.29: no range is written so)."""
    if not all(_HYPHEN_PAIR.fullmatch(m.group()) and _pair(m) in _SETS for m in chain):
        return False
    if any(_after_set(text, m) != m.end() for m in chain):
        return True
    return len(chain) > 1 and any(_backwards(m) for m in chain) and _after_name(text, chain[0])


def _after_name(text: str, start_of: re.Match[str]) -> bool:
    """Does a name stand right before ``start_of`` (``Robin Haase 6-3``, ``of France 6-2``), not a
    sentence's first word (``Pages 6-4, 7-5 were torn``: v10.1's ranges)?"""
    name = _NAME_BEFORE.search(text, max(0, start_of.start() - 40), start_of.start())
    if name is None:
        return False
    before = text[max(0, name.start() - 3) : name.start()].rstrip()[-1:]
    return before != "" and before not in '.!?"“'


def _bare_pair(text: str, match: re.Match[str]) -> Iterator[Found]:
    """A pair ``N-M`` no word of a game stands around that runs backwards (``deficits of 1-0
    and 2-1``, ``out-hustled 54-36``, ``a verdict of 10-2``, ``(26-0, 16 KOs)``): no range is
    written so, and the sets mark each number, a tally's two counts (64 of 68 such pairs in
    sets 1-46; held-out 45 and 46, figures v12.25). Not a model's number (``787-9``,
    ``747-400``, ``A320-200``: three digits first, or a letter before), a ratio named before,
    even odds (``50-50``) nor ``24-7``; ``up 3-1``, ``down 3-1`` are left as they were (ADR
    0143, v12.25); after the article a height in feet and inches (``a 6-5 rising junior``,
    held-out 43), one measure."""
    first, second = (int(n) for n in _NUMBERS.findall(match.group()))
    if not _HYPHEN_PAIR.fullmatch(match.group()) or first <= second or (first, second) == (24, 7):
        return
    start = match.start()
    if (
        first > 99
        or text[start - 1 : start].isalnum()
        or _RATIO_BEFORE.search(text, max(0, start - 24), start)
    ):
        return  # 787-9, 747-400, A320-200: a model and its variant; the ratio was 3-1
    if _AMOUNT_AFTER.match(text, match.end()) or _UP_DOWN_BEFORE.search(
        text, max(0, match.start() - 6), match.start()
    ):
        return  # down 3-1, up 3-1: left as they were (set 45's claims: ADR 0143, v12.25)
    if 5 <= first <= 7 and second <= 11 and _HEIGHT_BEFORE.search(text, max(0, start - 4), start):
        yield start, match.end(), tidy(first + second / 12), "foot", "measure", {}
        return
    yield from _counts(match)


def _backwards(match: re.Match[str]) -> bool:
    """Does the pair ``match`` run backwards or evenly (98-95, 2-2), as a score and no range?"""
    first, second = (int(n) for n in _NUMBERS.findall(match.group()))
    return first >= second


def _counts(match: re.Match[str]) -> Iterator[Found]:
    """Each number of ``match`` (a score's two, a shot line's two) as a count."""
    for number in _NUMBERS.finditer(match.group()):
        start = match.start() + number.start()
        yield start, start + len(number.group()), int(number.group()), "", "count", {}


def game_quarters_end(text: str, start: int, end: int, unit: str) -> int | None:
    """Where a game's counted quarters end (``four quarters`` → ``four``), or None."""
    if unit != "quarters" or _GAME_TEXT.search(text) is None:
        return None
    return start + len(text[start:end].split(maxsplit=1)[0])
