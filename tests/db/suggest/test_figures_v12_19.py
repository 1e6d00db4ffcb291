"""Figures v12.19: the open points of held-out 35 and 36, and a fifth review of unannotated pages
(sport, games, technology, film and music, motoring, local news) — read: a glued ``m`` as
metres before its conversion in brackets (``3000m [10,000 feet]``), in brackets after a race's
name (``SPRUNGLI PLATE (2,400m)``) and before ``to the winning post``; a bracketed measure that
is no citation mark (``[10,000 feet]``); a hyphenated ``16-credit`` with its word; ``the two``
before a verb after a preposition or a clause's word (``between the two were``, ``when the two
had``: held-out 13, 22 and 36; a sentence's opening ``The two were`` stays unmarked, sets 7 and
20); a plural's possessive before a count (``the Mooseheads' 14-game``); a dateline's
``12-Jan-2008``; a score after ``stunned``, ``upset``, ``trounced`` or a team led ``over`` or
``past`` another with the score set off by commas; the second score of a result's line
(``Packers 28, Seahawks 22``); refused: ``one quarter`` as a period (``in just one quarter``),
the proverb ``a journey of 1,000 miles starts with …``, a phone named ``Note 2``
(docs/performance.md, "Figures v12.19 (a fifth review, twentieth round)"; ADR 0143, "v12.19").
Short sentences written for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.19")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "We have moved to fly at 3000m [10,000 feet], so missiles cost more.",
            [("3000m", 3000, "m"), ("10,000 feet", 10000, "feet")],
        ),
        (
            EN + "It flies at 3000m (10,000 ft) now.",
            [("3000m", 3000, "m"), ("10,000 ft", 10000, "ft")],
        ),
        (
            EN + "•SPRUNGLI PLATE (2,400m), rated 20 to 46, was won by Friday Friend.",
            [("2,400m", 2400, "m"), ("20 to 46", 20, "")],
        ),
        (EN + "The Juvenile Million (1,000m) is the main event.", [("1,000m", 1000, "m")]),
        (EN + "False rails from 1,400m to the winning post.", [("1,400m", 1400, "m")]),
        (EN + "It is a one-semester, 16-credit program.", [("16-credit", 16, "credit")]),
        (EN + "Text messages between the two were found on his phone.", [("two", 2, "")]),
        (EN + "But when the two had a bitter falling out, she left.", [("two", 2, "")]),
        (EN + "It raised ticket prices like the two are related.", [("two", 2, "")]),
        (EN + "Drouin snapped the Mooseheads' 14-game winning streak.", [("14", 14, "")]),
        (
            EN + "The Minnesota Timberwolves stunned Phoenix, 100-93, at the Target Center.",
            [("100", 100, ""), ("93", 93, "")],
        ),
        (
            EN + "He led the Houston Rockets over the New York Knicks, 101-92, at the Garden.",
            [("101", 101, ""), ("92", 92, "")],
        ),
        (
            EN + "Preview\nPredicted Outcome: Packers 28, Seahawks 22\nCopyright",
            [("28", 28, ""), ("22", 22, "")],
        ),
        (
            EN + "Scores\nCOL BKB: Stanford 74, Santa Clara 48 | more",
            [("74", 74, ""), ("48", 48, "")],
        ),
        (EN + "“It is not realistic to scale in just one quarter.”", []),
        (EN + "“But a journey of 1,000 miles starts with the first step, right?”", []),
        (EN + "The handsets include Samsung's Note 2 and 8.0, the Galaxy S4.", []),
        # near misses: a share of one quarter, a journey's real miles, money or a score with
        # "credit", millions in brackets without a race's name, "The two were" opening a
        # sentence, a product's number after a singular name, a range after "over"
        (EN + "Sales fell by one quarter in a year.", [("one quarter", 0.25, "")]),
        (EN + "It rose in one quarter of the cases.", [("one quarter", 0.25, "")]),
        (
            EN + "It was a journey of 1,000 miles across the desert.",
            [("1,000 miles", 1000, "miles")],
        ),
        (
            EN + "He got a $500 credit and a 700 credit score.",
            [("$500", 500, "$"), ("700", 700, "")],
        ),
        (EN + "He holds 2 credit cards.", [("2", 2, "")]),
        (EN + "Revenue (300m) rose.", [("300m", 300000000, "")]),
        (EN + "The two were set to appear jointly.", []),
        (EN + "The new Nexus 10 costs $400.", [("$400", 400, "$")]),
        (EN + "Prices rose over the Dow, 10-12 percent.", [("10-12 percent", 10, "percent")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_dateline_with_hyphens() -> None:
    assert dates(EN + "Saturday 12-Jan-2008 11:48 AM Was in development.") == [
        ("12-Jan-2008 11:48 AM", "2008-01-12T11:48")
    ]
    assert figures(EN + "Saturday 12-Jan-2008 11:48 AM Was in development.") == []
    assert figures(EN + "Sales grew 10-May to June.") == [("10", 10, "")]
