"""Numbers that name or place a thing, not count it, refused (figures v12.27; twenty-second
round, the figure errors by value over sets 1–48, ADR 0146), each behind a cheap anchor (``Game
5`` and ``chromosome 21``, which no set marks either, were tried and left: the claims detector
reads their sentences' numbers, and sets 42's and 45's claim recall fell; ADR 0143, "v12.27"):

- ``Nos. 13 and 17``: numbered things, as ``No. 13`` (set 48);
- ``from 2 to 4 p.m.``, ``at 11 ET``: a clock's hour, a time (sets 46, 48 mark them as times,
  kind ``date``), never a count.
"""

from __future__ import annotations

import re

#: Nos. 13 and 17
_NOS_BEFORE = re.compile(r"\bNos\.\s(?:[0-9]{1,3},?\s(?:and|or|&)\s)?$")
#: 2 to 4 p.m., 9-11 a.m.: the first hour of a range of the clock
_HOUR_RANGE_AFTER = re.compile(
    r"\s?(?:to|-|–)\s?[0-9]{1,2}(?::[0-9]{2})?\s?[ap]\.?m\b", re.IGNORECASE
)
#: 11 ET, 8 GMT: an hour and its time zone
_ZONE_AFTER = re.compile(r"\s(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|MT|GMT|BST|UTC)\b")


def refused(text: str, start: int, end: int, unit: str) -> bool:
    """Is ``text[start:end]`` (its unit as shown) a number of the forms above?"""
    if unit or end - start > 3 or not text[start:end].isascii() or not text[start:end].isdigit():
        return False
    before = text[max(0, start - 20) : start]
    if "Nos." in before and _NOS_BEFORE.search(before):
        return True  # Nos. 13 and 17: numbered things
    if end - start <= 2 and int(text[start:end]) <= 12:
        following = text[end : end + 12]
        if ("m" in following or "M" in following) and _HOUR_RANGE_AFTER.match(text, end):
            return True  # from 2 to 4 p.m.: a time
        if _ZONE_AFTER.match(text, end):
            return True  # at 11 ET: a time
    return False
