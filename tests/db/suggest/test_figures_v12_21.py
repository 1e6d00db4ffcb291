"""Figures v12.21: held-out 39's and 40's first-run errors in general form — read: an index's
level after a change in per cent (``up 1.7% to 18,197 points``: ``to`` joins the verbs of change
before an index's points, the index named in the sentence); ``a 4-digit PIN`` (a number of digits,
hyphenated only, as ``16-credit``); a headline's capital age (``15-Year-Old``, hyphenated only);
``40,000 Chinese Yuan`` (the currency with its country's adjective) (docs/performance.md,
"Figures v12.21 (sets 39 and 40)"; ADR 0143, "v12.21"). Short sentences written for the tests,
each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.21")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "After the games, the Dow was up 1.7% to 18,197 points by noon.",
            [("1.7%", 1.7, "%"), ("18,197 points", 18197, "points")],
        ),
        (
            EN + "The FTSE 100 in London closed up 1.7% to 6,807 points after the games.",
            [("1.7%", 1.7, "%"), ("6,807 points", 6807, "points")],
        ),
        (EN + "It is likely just a 4-digit PIN.", [("4-digit", 4, "digit")]),
        (
            EN + "He was paying up to 40,000 Chinese Yuan to be smuggled in.",
            [("40,000 Chinese Yuan", 40000, "Chinese Yuan")],
        ),
        (
            EN + "Related: 15-Year-Old Girl Dead After Crash",
            [("15-Year-Old", 15, "Year")],
        ),
        # near misses: a player's points after "to" in a game (no index named), a number of
        # digits unhyphenated, yuan alone
        (EN + "In the game, he cut the lead to 12 points.", [("12", 12, "")]),
        (EN + "Enter the 6 digits of the code.", [("6", 6, "")]),
        (EN + "A ticket costs 500 yuan.", [("500 yuan", 500, "yuan")]),
        (EN + "The 10 Year Plan was signed.", [("10", 10, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
