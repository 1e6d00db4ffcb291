"""Figures v12.28: the figure errors by value (ADR 0146) on held-out 49 and 50 in general form —
a kit's count (``4x USB 3.0 ports``, ``12x 6.8GHz modules``) and an age group (``over-65s``,
``18-24s``) (docs/performance.md, "Figures v12.28"; ADR 0143, "v12.28"). Short sentences written
for the tests, each form with its near misses."""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.28")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The board adds 4x USB 3.0 ports to the computer.", [("4x", 4, "")]),
        (EN + "It uses 12x 6.8GHz modules.", [("12x", 12, ""), ("6.8GHz", 6.8, "GHz")]),
        (
            EN + "Some 74% of over-65s agreed, against 40% of 18-24s.",
            [("74%", 74, "%"), ("65s", 65, ""), ("40%", 40, "%"), ("18-24s", 18, "")],
        ),
        # near misses: a multiple before a lower-case word; a model's name before its X; an age
        # band without its plural; a decimal before a lower-case unit
        (EN + "It runs 3x faster.", [("3x", 3, "times")]),
        (EN + "The Huawei Mate 20X 5G phone costs more.", []),
        (EN + "Children aged 12-14 came.", [("12-14", 12, "")]),
        (EN + "The index rose 3.5 points.", [("3.5 points", 3.5, "points")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
