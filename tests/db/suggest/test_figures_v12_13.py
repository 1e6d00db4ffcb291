"""Figures v12.13: held-out 32's first-run errors in general form — read: a dose or an
activity of radiation with its unit (``2,200 millisieverts``, ``20mSv``, ``5 becquerels``, ``3
grays``), an index's points after a bound alone (``the Dow sinking as many as 184 points``,
``zoomed as much as 2,800 points``, ``remains less than 600 points away``); refused: a station
named by its channel (``told 11 News``) and a name's next version (``Windows 7 and 8.1``)
(docs/performance.md, "Figures v12.13 (set 32)"; ADR 0136, "v12.13"). Short sentences written
for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "It detected 2,200 millisieverts, up from a previous high of 1,800 millisieverts.",
            [
                ("2,200 millisieverts", 2200, "millisieverts"),
                ("1,800 millisieverts", 1800, "millisieverts"),
            ],
        ),
        (
            EN + "Workers may take 20mSv a year; the water held 5 becquerels and 3 grays.",
            [("20mSv", 20, "mSv"), ("5 becquerels", 5, "becquerels"), ("3 grays", 3, "grays")],
        ),
        (
            EN + "After Trump's victory the Dow sank as many as 184 points in the first minutes.",
            [("184 points", 184, "points")],
        ),
        (
            EN + "Since his victory the Dow zoomed as much as 2,800 points on these hopes.",
            [("2,800 points", 2800, "points")],
        ),
        (
            EN + "After his victory the Dow remains less than 600 points away from its high.",
            [("600 points", 600, "points")],
        ),
        (
            EN + "Microsoft offered Windows 10 as a free upgrade to Windows 7 and 8.1 last year.",
            [],
        ),
        (EN + "Kamooneh told 11 News that a theft is a theft.", []),
        # near misses: a colour is no unit; a game's points stay a count (a word of a game, no
        # index: "victory" made the Dow's page about a game); a headline's stories
        (EN + "Two gray cats sat there.", [("Two", 2, "")]),
        (
            EN + "He scored as many as 30 points in the game's victory.",
            [("30", 30, "")],
        ),
        (EN + "Read 10 News Stories You Missed.", [("10", 10, "")]),
        (EN + "He was sent to Box 7 and 14 others.", [("7", 7, ""), ("14", 14, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
