"""Figures v12.29: a tennis match's set scores with no word of the game around them (``beaten by
Robin Haase 6-3, 6-4``) and a tiebreak's points in brackets (``7-6 (5)``, ``7-6 (7/5)``), each
number a count as held-out 51 and 54 mark them (docs/performance.md, "Figures v12.29"; ADR 0143,
"v12.29"). Short sentences written for the tests, each form with its near misses."""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, figures


def _counts(*numbers: str) -> list[tuple[str, int, str]]:
    return [(n, int(n), "") for n in numbers]


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.29")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "He was beaten by Robin Haase 6-3, 6-4 in an hour.", _counts("6", "3", "6", "4")),
        (
            EN + "She lost to Lovro Zovko of Croatia 4-6, 6-0, 7-5.",
            _counts("4", "6", "6", "0", "7", "5"),
        ),
        (
            EN + "He defeated Marc Gicquel of France 7-6 (7/5), 6-4, and went on.",
            _counts("7", "6", "7", "5", "6", "4"),
        ),
        (
            EN + "He got through 7-6 (3), 7-5, 6-1 late on Monday.",
            _counts("7", "6", "3", "7", "5", "6", "1"),
        ),
        (EN + "Nalbandian took the last set 7-6 (3).", _counts("7", "6", "3")),
        # near misses: ranges (forward pairs, not a set's score), a bracket after a set not won in
        # a tiebreak, a lone set with no word of the game
        (EN + "Children aged 4-6, 7-9 came.", [("4-6", 4, ""), ("7-9", 7, "")]),
        (EN + "Pages 1-6, 8-9 are missing.", [("1-6", 1, ""), ("8-9", 8, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_sets_without_a_name_before_stay_as_they_were() -> None:
    # v10.1's near miss: a sentence's first word before two backward pairs, no tiebreak
    assert figures(EN + "Pages 6-4, 7-5 were torn.") == [("6-4", 6, ""), ("7-5", 7, "")]
