"""Figures v12.23: the figure errors left on the measured sets in general form, and a sixth review
of unannotated English pages — a clock's ``12 noon``, scales past a trillion (``10 octillion
dollars``), a record after a verb of starting (``began 0-18``) or its label (``Record: 60-2-2``);
names and magnitudes refused: ``the "Bali Nine"``, ``the Group of 20``, ``a six-figure sum``,
``Take-Two``, ``call 311``, ``In 3-Way Race``, a journal's ``volume (issue): pages``, ``a DM or
two``; units ``Hertz``, ``bpm``, ``beats per minute`` (docs/performance.md, "Figures v12.23"; ADR
0143, "v12.23"). Short sentences written for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.23")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The Dow was up 1.7% by 12 noon on Friday.", [("12 noon", "T12:00")]),
        (EN + "The sale opens at 12 midnight.", [("12 midnight", "T00:00")]),
        # near misses: noon alone holds no number; 12 before another word stays a count
        (EN + "The index rose by noon and 12 traders left.", []),
    ],
)
def test_twelve_noon(text: str, expected: list[Any]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "The gold would be worth 10 octillion dollars, he says.",
            [("10 octillion dollars", 10**28, "dollars")],
        ),
        (EN + "Derivatives add up to $2 quadrillion.", [("$2 quadrillion", 2 * 10**15, "$")]),
        (
            EN + "The Nets lost when they began 0-18 in 2009-10.",
            [("0", 0, ""), ("18", 18, "")],
        ),
        (
            EN + "Record: 60-2-2, 39 KOs.",
            [("60", 60, ""), ("2", 2, ""), ("2", 2, ""), ("39", 39, "")],
        ),
        (EN + "It flickers between 3 and 80 Hertz.", [("3", 3, ""), ("80 Hertz", 80, "Hertz")]),
        (EN + "Zone 4 = 145 bpm - 162 bpm.", [("145 bpm - 162 bpm", 145, "bpm")]),
        (
            EN + "The rate was 180 beats per minute.",
            [("180 beats per minute", 180, "beats per minute")],
        ),
        # near misses: a meeting that started late holds a range of minutes
        (EN + "The meeting started 10-15 minutes late.", [("10-15 minutes", 10, "minutes")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + 'A member of the "Bali Nine" gang was freed after 13 years.',
            [("13 years", 13, "years")],
        ),
        (EN + "Obama went to the Group of 20 nations summit.", []),
        (EN + "It has been a year of six-figure sales for 7 houses.", [("7", 7, "")]),
        (EN + "Take-Two Interactive said Take-Two will grow.", []),
        (EN + "New Yorkers had to call 311 for help; 20 called.", [("20", 20, "")]),
        (EN + "Siena: In 3-Way Race, Kennedy Garners 24%.", [("24%", 24, "%")]),
        (EN + "PNAS 120 (52): e2306160120; doi: 10.1073.", []),
        (EN + "Acta Zoologica Hungaricae 69 (4): 337-352; doi.", []),
        (EN + "Don't underestimate a polite DM or two to local bloggers.", []),
        # near misses: a compound number word, a count after Group, six figures of a table
        (
            EN + "Twenty-Two people came and Forty-Two left.",
            [("Twenty-Two", 22, ""), ("Forty-Two", 42, "")],
        ),
        (EN + "The group of 20 students left.", [("20", 20, "")]),
        (EN + "Six figures were shown.", [("Six", 6, "")]),
        (EN + "The Windows 10 (2015): 5 reasons to buy.", [("5", 5, "")]),
    ],
)
def test_refused(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
