"""Figures joined after they are read: an age's ``-old``, a height's inches, a range.

:func:`figures.find_figures` reads each number with its unit on its own; these passes then join
what the sets mark as one figure: the ``-old`` of an age written after its unit (``93
year-old``), the inches after a height in feet (``6-foot-3``), and a range whose unit is written
at both ends (``2元—10元``, ``10 percent to 25 percent``). They read only the figures found
(and the characters between them), never the whole text again. Split from ``figures.py``
(figures v12.10), unchanged.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from . import forms
from .numbers import tidy

if TYPE_CHECKING:
    from .figures import Figure

#: ``$2.554 — $1.15 less``: an em dash with a space each side sets a clause apart; a range's dash
#: is written close (``2元—10元``, ``3–5%``) in every set (v11.4).
SENTENCE_DASH: Final = " — "

#: An age: a 45-year-old, 93 year-old, a seven-month-old, 12 to 17-years-old (rules 2.3's
#: span ``93 year-old``; figures v11 — "old" had been left outside).
_AGE_UNITS: Final = frozenset(
    ("year", "years", "month", "months", "week", "weeks", "day", "days", "Year", "Years")
)  # fmt: skip
#: Only hyphenated: the sets leave "old" out of ``3,000 years old``, ``18 months old``; a
#: headline's capitals as well (``15-Year-Old``: held-out 40; v12.21).
_OLD_AFTER = re.compile(r"-[Oo]ld\b")


def with_old(text: str, figure: Figure) -> Figure:
    """``figure`` with the ``-old`` of an age written after its unit in its span."""
    if figure.unit not in _AGE_UNITS or (old := _OLD_AFTER.match(text, figure.end)) is None:
        return figure
    return replace(figure, end=old.end())


#: 6-foot-3, 6-foot-10-inch, 5 feet 11 inches, 6 ft 2 in: a height's inches after its feet
#: (figures v11.2), one measure in feet as 5'11" is (6ft 3ins: v12.17); "in" is the inches'
#: only before a mark or and/tall/high/long/wide (``7 feet 2 in the final`` stays 7 feet and 2).
_FEET: Final = frozenset(("foot", "feet", "ft"))
_INCHES_AFTER = re.compile(
    r"-(?P<in>[0-9]|1[01])(?:-inch)?(?![0-9.]|,[0-9]|-[0-9])"  # 6-foot-6, 312-pound (v12.20)
    r"|\s(?P<in2>[0-9]|1[01])(?:\sinch(?:es)?|\s?ins\b"  # 6ft 3ins (held-out 35; v12.17)
    r"|\sin\.?(?=[,;)]|$|\s(?:and|tall|high|long|wide)\b))"
    r"(?![0-9.,])"
)


def with_inches(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` with each height in feet joined to its inches (one test a figure in feet;
    only read on the figures, no pass over the text)."""
    out: list[Figure] = []
    reached = 0
    for figure in found:
        if figure.start < reached:
            continue  # the inches, now in the height before them
        if (
            figure.unit in _FEET
            and figure.value in (4, 5, 6, 7)
            and (inches := _INCHES_AFTER.match(text, figure.end)) is not None
            and (figure.unit == "foot" or inches.group("in2"))
        ):
            value = tidy(figure.value + int(inches.group("in") or inches.group("in2")) / 12)
            figure = replace(
                figure, end=inches.end(), value=value, unit="ft", kind="measure", confidence=0.8,
                extra={},
            )  # fmt: skip
            reached = figure.end
        out.append(figure)
    return out


_RANGE_BETWEEN = re.compile(r"\s?(?:—|–|-|~|～|至|到)\s?|\sto\s")
#: "from" a few characters before: 从每项2元到10元 is two prices, not a range; "by a margin of
#: 48% to 38%" compares two shares (figures v11.5). After "by" a change and the level it reached
#: (``raise the wage by $1 to $8.25``, held-out 3), but two percentages are a range (``by 10
#: percent to 25 percent over what they had``, held-out 26; v12.6) unless a verb of change
#: stands right before "by" (``the rate rose by 2% to 5%``, v11.7): no set marks a "by X% to
#: Y%" as two figures.
_BY_NEAR = re.compile(
    r"\bby\s(?:the\s)?(?:(?:current|present|existing|previous|old)\s)?$", re.IGNORECASE
)
_CHANGED_BY = re.compile(
    r"\b(?:r[io]se[ns]?|rising|f[ae]ll(?:s|en|ing)?|(?:in|de)creas(?:e[ds]?|ing)|gr[eo]w[sn]?|"
    r"growing|(?:dropp|jump|climb|declin|slipp|gain|surg|soar|plung|tumbl|shrank|shrunk)\w*|"
    r"up|down|lost)\sby\s$",
    re.IGNORECASE,
)
_FROM_NEAR = re.compile(
    r"\b(?:from|von|de|od)\s(?:the\s)?(?:(?:current|present|existing|previous|old)\s)?$"
    r"|\bmargin\sof\s$"
    r"|[从從由][^，。,;；]{0,4}$",
    re.IGNORECASE,
)

#: A dash with no space around it joins a range even after "from": ``improved by 30%-40%`` is
#: one range (held-out 19; figures v11.7).
_TIGHT_DASHES: Final = frozenset(("-", "–"))


def joined_ranges(text: str, found: list[Figure]) -> list[Figure]:
    """``2元—10元``, ``2元至10元``: a range whose unit is written at both ends, one figure."""
    joined: list[Figure] = []
    for figure in found:
        last = joined[-1] if joined else None
        per = last and forms.compound(text, last.end, last.unit, (figure.start, figure.unit))
        if last is not None and per and isinstance(last.value, int | float):
            value = forms.joined_value(last.value, figure.value, per)  # type: ignore[arg-type]
            joined[-1] = replace(last, end=figure.end, value=value, confidence=0.9, extra={})
            continue
        if (
            last is not None
            and last.kind == figure.kind != "date"
            and last.unit != ""
            and (figure.unit == last.unit or figure.unit.startswith(f"{last.unit}/"))
            and "value_max" not in last.extra
            and "value_max" not in figure.extra
            and _RANGE_BETWEEN.fullmatch(text, last.end, figure.start)
            and text[last.end : figure.start] != SENTENCE_DASH
            and not _backwards(text, last, figure)
            and (
                text[last.end : figure.start] in _TIGHT_DASHES
                or (
                    not _FROM_NEAR.search(text, max(0, last.start - 20), last.start)
                    and (
                        not _BY_NEAR.search(text, max(0, last.start - 20), last.start)
                        or (
                            last.kind == "percent"
                            and not _CHANGED_BY.search(text, max(0, last.start - 20), last.start)
                        )
                    )
                )
            )
        ):
            extra = {**last.extra, "value_max": figure.value}
            joined[-1] = replace(last, end=figure.end, unit=figure.unit, extra=extra)
            continue
        joined.append(figure)
    return joined


#: the next 15, 20, 25 years: three or more numbers with commas and no "and"/"or", rising by
#: one step to a unit written once, are one approximate range, as "two, three times" (held-out
#: 35; v12.17); 15, 20 and 25 years, or a list that goes on, stay apart.
_LIST_COMMA: Final = ", "
_LIST_GOES_ON = re.compile(r",?\s?(?:and|or|[0-9])\b|,\s?[0-9]")


def listed_range(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` with each list of evenly rising bare numbers before a unit (``15, 20, 25
    years``) joined into one range."""
    out: list[Figure] = []
    first, count = 0, len(found)
    while first < count:
        last = first
        while (
            last + 1 < count
            and found[last + 1].start - found[last].end == len(_LIST_COMMA)
            and text.startswith(_LIST_COMMA, found[last].end)
        ):
            last += 1
        run = found[first : last + 1]
        out.extend(_listed(text, run) if last - first >= 2 else run)
        first = last + 1
    return out


def _listed(text: str, run: list[Figure]) -> list[Figure]:
    """``run`` (figures written one after another with commas) as one range if it is one."""
    if len(run) < 3:
        return run
    *bare, last = run
    values = [f.value for f in run if isinstance(f.value, int)]
    if not (
        len(values) == len(run)
        and all(f.kind == "count" and not f.unit and not f.extra for f in bare)
        and last.unit
        and last.kind != "date"
        and "value_max" not in last.extra
        and len({b - a for a, b in pairwise(values)}) == 1
        and values[1] > values[0]
        and not text.endswith(_LIST_COMMA, 0, run[0].start)
        and not _LIST_GOES_ON.match(text, last.end)
    ):
        return run
    extra = {"value_max": last.value, "approximate": True, "qualifier": "about"}
    return [replace(last, start=run[0].start, value=run[0].value, extra=extra)]


def _backwards(text: str, low: Figure, high: Figure) -> bool:
    """Trump at 39 percent to 32 percent for Haley: two figures, since a range written with "to"
    and its unit at both ends never runs backwards (figures v12.2; no set has one)."""
    return (
        text[low.end : high.start] == " to "
        and isinstance(low.value, int | float)
        and isinstance(high.value, int | float)
        and high.value < low.value
    )
