"""Figures v12.22: held-out 41's and 42's first-run errors in general form — names, not counts: a
Tokyo code after its ticker in brackets (``Panasonic Corp. (PCRFY, 6752.TO)``: the exchange's
suffix required), a clause's number (``clause 16.1``); a proportion's four-digit or worded
denominator read (``one in 1100``, ``one in a 1000``, ``one in two``; a year's four digits not); a
score after ``beat world champion Spain`` two counts (docs/performance.md, "Figures v12.22 (sets
41 and 42)"; ADR 0143, "v12.22"). Short sentences written for the tests, each form with its near
misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.22")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Panasonic Corp. (PCRFY, 6752.TO) agreed to plead guilty.", []),
        (EN + "It sold switches to Toyota Motor Corp. (TM, 7203.TO) in the U.S.", []),
        (
            EN + "Globally between one in a 1000 and one in 1100 births are affected.",
            [("one in a 1000", 0.001, ""), ("one in 1100", 0.0009090909, "")],
        ),
        (
            EN + "Data showed that one in two Italians were unable to pay.",
            [("one in two", 0.5, "")],
        ),
        (EN + "Apple removed the app, citing clause 16.1 in its guidelines.", []),
        (
            EN + "The hosts beat world champion Spain 3-0 in the final.",
            [("3", 3, ""), ("0", 0, "")],
        ),
        # near misses: no exchange suffix after the code, a year after
        # "one in", a clause's cost
        (EN + "He scored one in 2013 and two in 2014.", [("two", 2, "")]),
        (EN + "The clause cost 16.1 million.", [("16.1 million", 16100000, "")]),
        (EN + "The survey (UK, 2500 people) was published.", [("2500", 2500, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
