"""Figures v12.20: held-out 37's and 38's first-run errors in general form — read: ``6TFLOPs``
and ``8GBs`` (compute, and gigabytes in the plural, glued); ``a 35-degree limit`` (the singular
before a noun, as ``5-mile``); ``6-foot-6,`` a height with a comma after its inches; ``one
lakh``, ``one crore``, ``two crores`` (Indian counts in words, as ``50 lakh`` in digits); ``the
year 2100.`` a year; refused: a telephone's extension (``extension 1225``), a reference code's
numbers (``MM/DGC/130/23``), a school year's label (``a year 3 pupil``), a bus's width without
its unit (``a 384-bit bus``: set 37 marks ``384-bit`` a measure, set 35 leaves ``64-bit``
unmarked; a bare count is wrong either way) (docs/performance.md, "Figures v12.20 (sets 37 and
38)"; ADR 0143, "v12.20 (sets 37 and 38)"). Short sentences written for the tests, each form
with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.20")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "Devs can harness 6TFLOPs of compute power and 8GBs of the memory.",
            [("6TFLOPs", 6, "TFLOPs"), ("8GBs", 8, "GBs")],
        ),
        (
            EN + "Temperatures will exceed the 35-degree limit across much of India.",
            [("35-degree", 35, "degree")],
        ),
        (
            EN + "The 6-foot-6, 312-pound tackle entered the portal.",
            [("6-foot-6", 6.5, "ft"), ("312-pound", 312, "pound")],
        ),
        (
            EN + "Targets include one lakh units by 2025, one crore by 2027 and two crores later.",
            [("one lakh", 100000, ""), ("one crore", 10000000, ""), ("two crores", 20000000, "")],
        ),
        (EN + "Anyone who saw it is asked to call 609-567-0700, extension 1225.", []),
        (EN + "Call the unit on 01622 798538, quoting reference MM/DGC/130/23.", []),
        (EN + "William, who was a year 3 pupil at the school, was loved.", []),
        (EN + "It is clocked at a respectable speed over a 384-bit bus.", []),
        # near misses: degrees in the plural, a height with a number after its comma, a lakh
        # in digits, a unit after a slash, a year of a plan, a bus's width in words
        (EN + "It rose by 2 degrees.", [("2 degrees", 2, "degrees")]),
        (
            EN + "Rs 1.5 lakh crore was spent on 5 lakh homes.",
            [("Rs 1.5 lakh crore", 1500000000000, "Rs"), ("5 lakh", 500000, "")],
        ),
        (
            EN + "The file size is over 51,200 KB/50 MB.",
            [("51,200 KB", 51200, "KB"), ("50 MB", 50, "MB")],
        ),
        (EN + "In year 3 of the plan, 12 students joined.", [("3", 3, ""), ("12", 12, "")]),
        (EN + "The extension took 12 weeks.", [("12 weeks", 12, "weeks")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_the_year_2100() -> None:
    assert dates(EN + "The numbers relate to concentrations in the year 2100.") == [
        ("2100", "2100")
    ]
    assert figures(EN + "The club had 2100 members.") == [("2100", 2100, "")]
