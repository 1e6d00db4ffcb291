"""Figures v12.14: held-out 33's first-run errors in general form — read: a bare age in brackets
after a name (``Martim (14) and Cláudia (18)``), a duration in a headline's capitals (``43 Years
Ago``), a number of years before ``decade`` (``a four decade anniversary``), a linked title's
number in brackets (``[10 Exoplanets …]``), a byline's date with its comma glued to the year
(``Mar 21,2017``), a quote's cells (``252.54<tab>-1.96``); refused: a star's or a planet's
catalogue number (``GJ 1132b``, ``HD 209458 b``), a storm's ``category four``, a popular list's
rank and readers (``1 1211 reading now``) and a name's versions listed (``Windows 7, 8.1 and
10``) (docs/performance.md, "Figures v12.14 (set 33)"; ADR 0143, "v12.14"). Short sentences
written for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "Sofia (12), Martim (14) and Cláudia (18) are lining up to sue.",
            [("12", 12, ""), ("14", 14, ""), ("18", 18, "")],
        ),
        (
            EN + "North Korea Still Has to Pay For 1,000 Volvo Cars Bought 43 Years Ago\n\nIt is.",
            [("1,000", 1000, ""), ("43 Years", 43, "Years")],
        ),
        (EN + "He came for the four decade anniversary.", [("four decade", 4, "decade")]),
        (EN + "Life there. [10 Exoplanets That Might Support Life]\n\nIt is.", [("10", 10, "")]),
        (
            EN
            + "Ticker\tLast\tChange\tChange %\n\nTSLA\tTESLA INC.\t252.54\t-1.96\t-0.77%\n\nIt is.",
            [("252.54", 252.54, ""), ("-1.96", -1.96, ""), ("-0.77%", -0.77, "%")],
        ),
        (
            EN + "The exoplanet GJ 1132b orbits the star GJ 1132, as HD 209458 b and Gliese 581g.",
            [],
        ),
        (EN + "The slow-moving category four tropical storm crossed the coast.", []),
        (
            EN + "Popular in News\n\n1 1211 reading now Breaking down the boot boom\n\n"
            "2 829 reading now Amazon draws bids from 18 cities",
            [("18", 18, "")],
        ),
        (EN + "Microsoft offered Windows 7, 8.1 and 10 to users.", []),
        # near misses: a legend's markers stay refused; a film's days, a citation, a range,
        # other categories' counts and a count after a listed name stay as they were
        (EN + "It has (1) private crew quarters and (8) life support.", []),
        (
            EN + "Islanders' Brock Nelson (29) puts the winning goal behind Matt Murray (30) in"
            " an NHL game.",
            [],
        ),
        (EN + "He saw 28 Days Later again.", [("28", 28, "")]),
        (EN + "As found before [12], the rate fell.", []),
        (EN + "The storm hit 12 of the 40 categories.", [("12", 12, ""), ("40", 40, "")]),
        (
            EN + "He sent Box 12, 13 and 14 others.",
            [("12", 12, ""), ("13", 13, ""), ("14", 14, "")],
        ),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_bylines_date_with_its_comma_glued() -> None:
    text = EN + "By Mohammad Ghazal - Mar 21,2017 - Last updated at Mar 22,2017"
    assert dates(text) == [("Mar 21,2017", "2017-03-21"), ("Mar 22,2017", "2017-03-22")]
    assert figures(text) == []
