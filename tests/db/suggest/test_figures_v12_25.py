"""Figures v12.25: sets 45's and 46's figure errors in general form — a pair ``N-M`` that runs
backwards with no word of a game around it as two counts (``deficits of 1-0 and 2-1``,
``out-hustled 54-36``, ``a verdict of 10-2``), after "a" a height in feet (``a 6-5 junior``);
a record after its word (``record in the league at 21-61``); a game clock into a period
(``1:10 into the third period``); ``best-of-7``; a golfer's ``2-over``; units ``summers``,
``periods``, ``-paragraph``, ``astronomical units``, ``micron``; ``$1MILLION``; an age in
decades written out (``in their forties``); a mixed number with a space (``8 2/3``); years of
the common era (``1649 CE``, ``from 431 to 1649 CE``, ``the years 431 and 1649``); refused: a
table's rank column (docs/performance.md, "Figures v12.25"; ADR 0143, "v12.25"). Short
sentences written for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.25")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "They rallied from deficits of 1-0 and 2-1 before the lead.",
            [("1", 1, ""), ("0", 0, ""), ("2", 2, ""), ("1", 1, "")],
        ),
        (EN + "The Knicks got out-hustled 54-36 again.", [("54", 54, ""), ("36", 36, "")]),
        (EN + "A majority verdict of 10-2 was returned.", [("10", 10, ""), ("2", 2, "")]),
        (
            EN + "Garcia (26-0, 16 KOs) won again.",
            [("26", 26, ""), ("0", 0, ""), ("16", 16, "")],
        ),
        (EN + "Hairston, a 6-5 rising junior, stayed.", [("6-5", 6.4166666667, "foot")]),
        (
            EN + "They had the worst record in the league at 21-61 this year.",
            [("21", 21, ""), ("61", 61, "")],
        ),
        (
            EN + "He scored 1:10 into the third period.",
            [("1:10", 70, "seconds")],
        ),
        (EN + "They trail the best-of-7 series.", [("7", 7, "")]),
        # (v12.26: the number alone, as the sets mark a golfer's card 4 of 5)
        (EN + "He finished the first round at 2-over 73.", [("2", 2, ""), ("73", 73, "")]),
        (EN + "The Heat made a splash three summers ago.", [("three summers", 3, "summers")]),
        # (v12.26: a game's periods are counted, the number alone, as the sets mark them 3 of 4)
        (EN + "It was their first edge in six periods.", [("six", 6, "")]),
        (EN + "In a three-paragraph order it ruled.", [("three-paragraph", 3, "paragraph")]),
        (
            EN + "The line is 30 astronomical units away, seen at 8 micron.",
            [("30 astronomical units", 30, "astronomical units"), ("8 micron", 8, "micron")],
        ),
        (EN + "A banker offers $1MILLION prize.", [("$1MILLION", 1000000, "$")]),
        (EN + "It applies to women in their forties.", [("forties", 40, "")]),
        (
            EN + "Kershaw had 11 Ks in 8 2/3 shutout innings.",
            [("11", 11, ""), ("8 2/3", 8.6666666667, "")],
        ),
        # near misses: a model and its variant, even odds, a range written forwards
        (EN + "The Airbus A320-200 and the 787-9 jets flew.", []),
        (EN + "It is a 50-50 chance.", []),
        (EN + "The survey asked people aged 21-61 about it.", [("21-61", 21, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "The annals ran from 431 to 1649 CE in Ireland.",
            [("431", "0431"), ("1649 CE", "1649")],
        ),
        (
            EN + "They found 48 events between the years 431 and 1649.",
            [("431", "0431"), ("1649", "1649")],
        ),
        (EN + "The Annals of Connacht from 1465 CE tell of frost.", [("1465 CE", "1465")]),
        # near miss: an ad unit is no era
        (EN + "They sold 500 AD units.", []),
    ],
)
def test_years_of_the_era(text: str, expected: list[Any]) -> None:
    assert dates(text) == expected


def test_a_rank_column_is_refused() -> None:
    text = (
        EN
        + "\n\nName\tSport\tTotal\t2012 Ranking\n\n1. Floyd Mayweather Jr.\tBoxing\t$90,000,000\t1"
        "\n\n2. LeBron James\tNBA\t$56,545,000\t5\n"
    )
    assert figures(text) == [("$90,000,000", 90000000, "$"), ("$56,545,000", 56545000, "$")]
