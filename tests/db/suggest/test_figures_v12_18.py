"""Figures v12.18: held-out 36's first-run errors in general form — read: a score after a
series or a final (``pushing the series 3-1``, ``bringing the series to 3-2``, ``from 2-0 to
2-1``, ``take the grand finals 4-3``) as two counts, as every set marks a score; a pitcher's
record before an ERA (``16-6 with a 1.21 ERA``) as two counts; ``top 300`` the number alone, a
count (as held-out 15's ``top 10``; ``Top-10`` keeps its word, as set 8); ``40kms``; ``ten
additional years`` one measure, the word between kept (as ``N straight years``); a year after
"around" before a clause's end (``around 2020.``); refused: ``28 in 164 innings`` as a share
(two counts), a code's title and a game's map by number (``Title 38``, ``Map 1: Oasis``), a
course's code heading its line (``EMT 141: EMT Basic 2``), a rank out of a top list (``109 out
of the top 300``), a number ending an address written without ``http://`` or ``www.``
(``kellogg.academicworks.com/opportunities/2159``) (docs/performance.md, "Figures v12.18 (set
36)"; ADR 0143, "v12.18"). Short sentences written for the tests, each form with its near
misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.18")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "They mattered, pushing the series 3-1 in their favor.",
            [("3", 3, ""), ("1", 1, "")],
        ),
        (EN + "They capped both points, bringing the series to 3-2.", [("3", 3, ""), ("2", 2, "")]),
        (
            EN + "Their failure brought the series from 2-0 to 2-1.",
            [("2", 2, ""), ("0", 0, ""), ("2", 2, ""), ("1", 1, "")],
        ),
        (
            EN + "They came back to take the grand finals 4-3 by holding.",
            [("4", 4, ""), ("3", 3, "")],
        ),
        (
            EN + "He was 16-6 with a 1.21 ERA this season.",
            [("16", 16, ""), ("6", 6, ""), ("1.21", 1.21, "")],
        ),
        (
            EN + "Representatives of 14 retail organizations are among Marvel's top 300 sellers.",
            [("14", 14, ""), ("300", 300, "")],
        ),
        (EN + "It landed at 109 out of the top 300 comics for the month.", [("300", 300, "")]),
        (EN + '"The last 40kms I pulled, not all the time."', [("40kms", 40, "kms")]),
        (
            EN + "It lets regulators fine campaigns for ten additional years.",
            [("ten additional years", 10, "years")],
        ),
        (
            EN + "He struck out 169 and walked 28 in 164 innings.",
            [("169", 169, ""), ("28", 28, ""), ("164", 164, "")],
        ),
        (EN + "It covers children of veterans (Bills To Amend Title 38).", []),
        (EN + "The Maps\n\nMap 1: Oasis (Control Map)\n\nMap 2: Hollywood (Escort)", []),
        (
            EN + "the following courses:\n\nEMT 141: EMT Basic 2\n\nEMT 142: EMT Basic Simulation",
            [],
        ),
        (EN + "Apply online at kellogg.academicworks.com/opportunities/2159 by Friday.", []),
        # near misses: a range after "series", a share, an ERA's record without the ERA, a
        # number after a slash that is no address, a code after a word that is no acronym
        (EN + "The series 2-4 sold out.", [("2-4", 2, "")]),
        (EN + "It hit 1 in 68 children.", [("1 in 68", 0.0147058824, "")]),
        (
            EN + "It flies around 30 meters/100 feet up.",
            [("30 meters", 30, "meters"), ("100 feet", 100, "feet")],
        ),
        (EN + "Course 141: 20 students took it.", [("141", 141, ""), ("20", 20, "")]),
        (EN + "He was one of 109 out of 300 applicants.", [("109", 109, ""), ("300", 300, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_year_around() -> None:
    assert dates(EN + "The car will hit the streets around 2020. Tesla may have plans.") == [
        ("2020", "2020")
    ]
    assert figures(EN + "There were around 2000 people.") == [("2000", 2000, "")]
