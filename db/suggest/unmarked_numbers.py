"""Figures v12.31 (twenty-third round, the false alarms of held-out 55 and 56): two more forms
set apart as numbers inside names (:mod:`name_numbers`: no figure, the claims read them as before).

- ``Goalie Tuukka Rask (40)``, ``Defender Ali Krieger (11)``, ``Patriots' Tom Brady (12)``: a
  player's jersey number in brackets after his name, the name after a position or a team's
  possessive (sets 47, 55, 56: none of 3 marked; an age in brackets after a name, ``Sarah (17)``,
  which sets 20-33 mark, has no such word before it);
- ``stages one and two``, ``phases 1 and 2``: each number of a list of stages names its stage,
  as ``Stage 2`` and ``phase two`` do (sets dev, 12, 29, 32, 36, 44, 55: none of 12 marked).

Each behind a cheap anchor (ADR 0141): a bracket right before the number, a plural of stage,
phase or level in the 40 characters before it. v12.31's other two forms are read by the shared
readers: ``April, 16, 2019`` by :mod:`dates` (a stray comma after the month) and ``five millions``
by :mod:`english_words` (a plural multiplier).
"""

from __future__ import annotations

import re

_POSITION = (
    "Goalie|Goalkeeper|Keeper|Defender|Forward|Midfielder|Striker|Winger|Quarterback|"
    "Linebacker|Receiver|Pitcher|Catcher|Shortstop|Guard|Center|Centre"
)
#: the name (one to three capitalised words) after a position or a team's plural possessive
_PLAYER_BEFORE = re.compile(
    rf"(?:\b(?:{_POSITION})\s|(?<![\w'’])[A-Z][a-z]+s['’]\s)(?:[A-Z][\w'’.-]*\s){{1,3}}\($"
)
_STAGES_BEFORE = re.compile(
    r"\b(?:[Ss]tages|[Pp]hases|[Ll]evels)\s"
    r"(?:(?:[0-9]{1,2}|one|two|three|four|five)(?:,\s|,?\sand\s|,?\sor\s|\sto\s))*$"
)
#: the list going on after the first number: ``stages 3 and 4``'s 3 names a stage too
_LIST_GOES_ON = re.compile(
    r"(?:,\s|,?\sand\s|,?\sor\s|\sto\s)(?:[0-9]{1,2}|one|two|three|four|five)\b"
)


def refused(text: str, start: int, end: int, unit: str) -> bool:
    """Is ``text[start:end]`` a jersey number or a listed stage's number (see the docstring)?"""
    if unit:
        return False
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")" and end - start <= 2:
        return _PLAYER_BEFORE.search(text, max(0, start - 60), start) is not None
    before = text[max(0, start - 40) : start]
    if "tages " in before or "hases " in before or "evels " in before:
        stages = _STAGES_BEFORE.search(before)
        return stages is not None and (
            not before.endswith(("tages ", "hases ", "evels "))
            or _LIST_GOES_ON.match(text, end) is not None
        )
    return False
