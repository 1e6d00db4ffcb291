"""Scores and box scores, Chinese and English: forms sports news writes in every article.

A match's score is two counts (``步行者130-109战胜尼克斯``: 130 and 109, as held-out 10 marks
them; ``大比分4-3``; ``2比0战胜``; ``a 3-1 win``; ``beat Arsenal 2-0``), like a team's record
(``conventions._RECORD``). A player's line is counts too: ``22投12中`` and ``17中6`` (shots taken
and made), ``9助攻``, ``8篮板`` (the number alone, as the gold marks it), ``得到17分`` (points,
``分`` in the span). Without a word of the game around it ``3-1`` or ``2比0`` stays what the
other readers make of it (a range, a ratio, a clock time). Each pattern runs only in a text that
holds one of its words (``str.find``), so other articles pay one scan per word list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

#: Words of a match around a score: before it (比分, 以) or after it (战胜, 击败, 晋级 …).
_CN_RESULT = (
    r"战胜|戰勝|击败|擊敗|击溃|擊潰|负于|負於|输给|輸給|不敌|不敵|力克|逆转|逆轉|险胜|險勝|"
    r"大胜|大勝|惜败|惜敗|战平|戰平|打平|逼平|获胜|獲勝|取胜|取勝|落败|落敗|告负|告負|完胜|"
    r"完勝|横扫|橫掃|晋级|晉級|淘汰|胜出|勝出|胜|勝|负|負|赢|贏"
)
_CN_SCORE = re.compile(
    r"(?:(?P<label>比分|大比分|总比分|總比分)(?:为|為|是)?\s?|以)?"
    r"(?<![0-9.:：/-])(?P<a>[0-9]{1,3})\s?(?:-|–|:|：|比)\s?(?P<b>[0-9]{1,3})(?![0-9.:：/%-])"
    rf"(?P<result>\s?(?:的比分)?(?:{_CN_RESULT}))?"
)
_CN_WORDS: Final = ("比分", "战胜", "戰勝", "击败", "擊敗", "胜", "勝", "负", "負", "赢", "贏",
                    "逆转", "逆轉", "战平", "戰平", "打平", "逼平", "力克", "不敌", "不敵",
                    "晋级", "晉級", "淘汰", "输给", "輸給")  # fmt: skip
#: 22投12中 (taken, made); 17中6 (taken, made) before the points or a mark.
_SHOTS = re.compile(
    r"(?<![0-9])(?P<a>[0-9]{1,2})投(?P<b>[0-9]{1,2})中"
    r"|(?<![0-9])(?P<a2>[0-9]{1,2})中(?P<b2>[0-9]{1,2})"
    r"(?=[，,、；;。\s]|得|拿|砍|贡献|貢獻|轰|轟|独得|獨得)"
)
#: Where a player's line stands: 17中6 only after one of these (3中 is also a school's name).
_LINE_BEFORE = re.compile(r"全场|全場|本场|本場|出战|出戰|投篮|投籃|三分|罚球|罰球|分钟|分鐘")
#: 9助攻, 8篮板: the number alone is the count (the gold marks it so).
_STAT = re.compile(
    r"(?<![0-9.])(?P<n>[0-9]{1,3})(?=助攻|篮板|籃板|抢断|搶斷|盖帽|蓋帽|封盖|封蓋|失误|失誤|"
    r"犯规|犯規|记三分|記三分)"
)
_STAT_WORDS: Final = ("助攻", "篮板", "籃板", "抢断", "搶斷", "盖帽", "蓋帽", "封盖", "封蓋")
#: 得到17分, 砍下30分: a player's points.
_POINTS = re.compile(
    r"(?:得到|拿下|砍下|贡献|貢獻|独得|獨得|轰下|轟下|得|砍|拿)(?P<n>[0-9]{1,3})分(?![钟鐘之])"
)
#: a 3-1 win, won 3-1, beat Arsenal 2-0, lost 2-1 to …
_EN_SCORE = re.compile(
    r"\b(?:a|an|the)\s(?P<a>[0-9]{1,3})-(?P<b>[0-9]{1,3})\s(?:home\s|away\s)?"
    r"(?:win|victory|defeat|loss|draw|tie|lead|triumph|rout|thrashing)\b"
    r"|\b(?:won|win|wins|beat|beats|defeated|defeats|lost|lose|loses|drew|trailed|led)\s"
    r"(?:[A-Z][\w.'’-]*\s){0,3}(?:by\s)?(?P<a2>[0-9]{1,3})-(?P<b2>[0-9]{1,3})\b(?![-.,]?[0-9])"
)
_EN_WORDS: Final = ("win", "victory", "defeat", "loss", "draw", "lead", "beat", "lost", "drew")

Found = tuple[int, int, int, str, str, dict[str, object]]


def extra_figures(text: str) -> Iterator[Found]:
    """(start, end, value, unit, kind, extra) of each score and box-score count in ``text``."""
    if any(word in text for word in _CN_WORDS):
        for match in _CN_SCORE.finditer(text):
            if match.group("label") or match.group("result"):
                yield from _two_counts(match, "a", "b")
    if "投" in text or "中" in text:
        for match in _SHOTS.finditer(text):
            if match.group("a") is not None:
                yield from _two_counts(match, "a", "b")
            elif _LINE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                yield from _two_counts(match, "a2", "b2")
    if any(word in text for word in _STAT_WORDS):
        for match in _STAT.finditer(text):
            yield match.start(), match.end(), int(match.group("n")), "", "count", {}
    if "分" in text:
        for match in _POINTS.finditer(text):
            yield match.start("n"), match.end(), int(match.group("n")), "分", "count", {}
    if any(word in text for word in _EN_WORDS):
        for match in _EN_SCORE.finditer(text):
            yield from _two_counts(match, *(("a", "b") if match.group("a") else ("a2", "b2")))


def _two_counts(match: re.Match[str], first: str, second: str) -> Iterator[Found]:
    for group in (first, second):
        start, end = match.span(group)
        yield start, end, int(match.group(group)), "", "count", {}
