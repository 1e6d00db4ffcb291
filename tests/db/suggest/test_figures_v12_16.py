"""Figures v12.16: held-out 34's first-run errors in general form — read: a bound word opening
a sentence before "a hundred" (``Over a hundred asylum-seekers``), a poll's split in a name's
favour as two figures (``60-40 to Macron``), an approximate pair of consecutive number words
with a comma before ``times`` or a unit (``two, three times``), the century's end as a year
after a word of time (``by 2100.``); refused: a road's or a configuration's number before its
singular word (``the 405 highway``, ``its basic 401 configuration``) and a local telephone
number after "can be reached at" (``870-1736``, a round first group) (docs/performance.md,
"Figures v12.16 (set 34)"; ADR 0143, "v12.16"). Short sentences written for the tests, each
form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "Over a hundred asylum-seekers from Cameroon blocked the path.",
            [("a hundred", 100, "")],
        ),
        (EN + "About a thousand people came.", [("a thousand", 1000, "")]),
        (
            EN + "The polls are saying it's 60-40 to Macron, but polls can be wrong.",
            [("60", 60, ""), ("40", 40, "")],
        ),
        (
            EN + "She said he stabbed her two, three times, then left.",
            [("two, three times", 2, "times")],
        ),
        (EN + "It took two, three years.", [("two, three years", 2, "years")]),
        (EN + "A Tesla drives along the 405 highway in Westminster.", []),
        (EN + "It will fly in its basic 401 configuration without boosters.", []),
        (EN + "David Bruce can be reached at 870-1736 or by email.", []),
        # near misses: a lone "a hundred" (no bound word), a range that runs up before "to", a
        # list of three words, a plural road word, a road's miles, a range after "reached"
        (EN + "A hundred reasons were given.", []),
        (EN + "Pages 40-60 to Smith were read.", [("40-60", 40, "")]),
        (
            EN + "It has two, three, four rooms.",
            [("two", 2, ""), ("three", 3, ""), ("four", 4, "")],
        ),
        (EN + "They built 405 highways over 20 highway miles.", [("405", 405, ""), ("20", 20, "")]),
        (EN + "The index reached 870-1736 points.", [("870-1736", 870, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_the_pairs_range() -> None:
    text = EN + "She said he stabbed her two, three times, then left."
    (found,) = find_figures(text)
    assert found.extra.get("value_max") == 3


def test_the_centurys_end_as_a_year() -> None:
    assert dates(EN + "Temperatures may rise 10 degrees by 2100.") == [("2100", "2100")]
    assert dates(EN + "It was in 2100 cases.") == []
    assert figures(EN + "The club had 2100 members.") == [("2100", 2100, "")]
