"""Figures v12.24: sets 43's and 44's figure errors in general form — units of a study
(``6.4 ng/m3``, ``3.7 mcg/m2``, ``2.4 ng/wipe``, ``0.39 pg NNAL/mg creatinine``), ``70 light
years``, a sprinter's ``9.59secs``, a word between a number and its unit (``3,500 extra
calories``, ``16 long seasons``), ``5m-long`` as metres, a fighter's record before its league
(``19-10-1 MMA``); refused: a race's name (``the 100m``), ``3-D``, a star named by its
constellation (``47 Tucanae``), ``pairs`` as a unit (``12 pairs of twins`` is ``12``)
(docs/performance.md, "Figures v12.24"; ADR 0143, "v12.24"). Short sentences written for the
tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.24")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "Nicotine was higher (6.4 ng/m3 versus 0.8 ng/m3) in those rooms.",
            [("6.4 ng/m3", 6.4, "ng/m3"), ("0.8 ng/m3", 0.8, "ng/m3")],
        ),
        (EN + "The wipes held 2.4 ng/wipe on average.", [("2.4 ng/wipe", 2.4, "ng/wipe")]),
        (EN + "Surfaces held 3.7 mcg/m2 of nicotine.", [("3.7 mcg/m2", 3.7, "mcg/m2")]),
        (
            EN + "It rose by 0.39 pg NNAL/mg creatinine overnight.",
            [("0.39 pg NNAL/mg creatinine", 0.39, "pg NNAL/mg creatinine")],
        ),
        (EN + "Take 500 mcg a day, or 50ng.", [("500 mcg", 500, "mcg"), ("50ng", 50, "ng")]),
        (EN + "The region is about 70 light years wide.", [("70 light years", 70, "light years")]),
        (EN + "His record is 9.59secs, set in Berlin.", [("9.59secs", 9.59, "secs")]),
        (
            EN + "He says 3,500 extra calories make a pound, after 16 long seasons.",
            [("3,500 extra calories", 3500, "calories"), ("16 long seasons", 16, "seasons")],
        ),
        (EN + "It was a 5m-long beast.", [("5m", 5, "m")]),
        (
            EN + "He choked Johnny Bedford (19-10-1 MMA, 2-1 UFC) in the first.",
            [("19", 19, ""), ("10", 10, ""), ("1", 1, ""), ("2", 2, ""), ("1", 1, "")],
        ),
        # near misses: "more" stays outside; a word alone is no unit; a concentration glued
        (EN + "We don't go 20 more years without it.", [("20", 20, "")]),
        (EN + "He ran 16 long miles and 3 extra.", [("16 long miles", 16, "miles"), ("3", 3, "")]),
        (EN + "A level below 70mg/dl is low.", [("70mg/dl", 70, "mg/dl")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "The sprinter was second in the 100m, winning the 200m at the Olympics.",
            [],
        ),
        (EN + "Olympic gold medals: Beijing 2008 - 100m, 200m, 4x100m.", []),
        (EN + "The sprinter Bolt: 100m - 9.59secs.", [("9.59secs", 9.59, "secs")]),
        (EN + "The cluster 47 Tucanae and 61 Cygni are near.", []),
        (EN + "The lidar makes a 3-D map.", []),
        (EN + "Dr. Bouchard enlisted 12 pairs of twins.", [("12", 12, "")]),
        # near misses: a race's distance told as a distance; money in a sprinter's story; a
        # 3-Day pass counts; 100m without a race's world is money
        (
            EN + "The sprinter was 20m ahead in the final 200m of the relay.",
            [("20m", 20, "m"), ("200m", 200, "m")],
        ),
        (EN + "The athletics body raised 200m in sponsorship.", [("200m", 200000000, "")]),
        (EN + "They sold a 3-Day pass.", [("3", 3, "")]),
        (EN + "The firm lost 100m last year.", [("100m", 100000000, "")]),
    ],
)
def test_refused(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
