"""Figures v12.26: sets 47's and 48's figure errors in general form — a game's counted periods
and quarters, the number alone (``after five periods``, ``through four quarters``; a company's
``two consecutive quarters`` and ``three seasons``, ``three summers`` stay whole); a golfer's
card, the number alone (``2-under 69``, ``8-over 79``) and rounds in the plural (``68s``); a
game clock's time of a period (``15:19 of the fifth period``); ``17 Years`` with its capital;
``megabit``, ``angstroms``, a horse's ``lengths`` (``3¼ lengths``; v12.26 also read the
page's mojibake ``3Â¼``, which the import repairs since v12.26.1); a record over its starts
(``4-0-1 in five starts``) (docs/performance.md, "Figures v12.26"; ADR 0143, "v12.26"). Short
sentences written for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.26")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "After five periods of hockey, the Bruins won.",
            [("five", 5, "")],
        ),
        (
            EN + "Duncan's march through four quarters set the stage for 20 rebounds.",
            [("four", 4, ""), ("20", 20, "")],
        ),
        (
            EN + "Mickelson shot a 2-under 69; Johnson and Snedeker were in with 3-under 68s.",
            [("2", 2, ""), ("69", 69, ""), ("3", 3, ""), ("68s", 68, "")],
        ),
        (EN + "He opened with an 8-over 79.", [("8", 8, ""), ("79", 79, "")]),
        (
            EN + "He beat the goalie at 15:19 of the fifth period.",
            [("15:19", 919, "seconds")],
        ),
        (EN + "Matter\n\n17 Years to Hatch an Invasion\n\nBy", [("17 Years", 17, "Years")]),
        (EN + "It brings 100 megabit connections to Provo.", [("100 megabit", 100, "megabit")]),
        (
            EN + "The image shows light with a wavelength of 304 angstroms.",
            [("304 angstroms", 304, "angstroms")],
        ),
        # (v12.26 read 3Â¼, a page's mojibake; the import repairs it since v12.26.1)
        (EN + "He won the Illinois Derby by 3¼ lengths.", [("3¼ lengths", 3.25, "lengths")]),
        (
            EN + "Departing, 4-0-1 in five starts, is the top newcomer.",
            [("4", 4, ""), ("0", 0, ""), ("1", 1, ""), ("five", 5, "")],
        ),
        # near misses: a company's quarters and a player's seasons are time, whole; a clock time
        # of the day; a year before a capital Year
        (
            EN + "The economy shrank for two consecutive quarters.",
            [("two consecutive quarters", 2, "quarters")],
        ),
        (EN + "He played three seasons in Boston.", [("three seasons", 3, "seasons")]),
        (EN + "We met at 10:30 of the morning.", []),
        (EN + "It is the 2020 Year of the Rat.", []),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
