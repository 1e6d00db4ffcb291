"""Figures v12.17: held-out 35's first-run errors in general form — read: a score after "made
it" (``made it 2-0``) or set off by commas after the beaten team (``defeated Japan, 2-1,``) as
two counts, as every set marks a score; ``yrs`` as years (``42 yrs``); a hyphenated
``four-straight days``; a height's inches written ``3ins`` (``6ft 3ins``); a suspended hyphen's
range (``three- to four-year-old``); evenly rising numbers with commas before a unit as one
range (``15, 20, 25 years``); a year after "circa" before a clause's end (``circa 2016.``);
refused: a project named by its number (``the 1619 Project``), a model's number written again
(``Nokia 3310``) or before a comma and a name without a number (``Surface 3, Acer Predator``),
a counting order (``a 1-2-3 inning``), a worn size (``size 10``), ``a four-letter word``
(docs/performance.md, "Figures v12.17 (set 35)"; ADR 0143, "v12.17"). Short sentences written
for the tests, each form with its near misses.
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
            EN + "An own goal after 27 minutes made it 2-0 to end the game.",
            [("27 minutes", 27, "minutes"), ("2", 2, ""), ("0", 0, "")],
        ),
        (
            EN + "Team USA defeated Japan, 2-1, to advance to the final.",
            [("2", 2, ""), ("1", 1, "")],
        ),
        (EN + "We are visiting your workplace of 42 yrs.", [("42 yrs", 42, "yrs")]),
        (
            EN + "The stock had declined for four-straight days.",
            [("four-straight days", 4, "days")],
        ),
        (
            EN + "He was measured at 6ft 3ins and weighed 225lbs.",
            [("6ft 3ins", 6.25, "ft"), ("225lbs", 225, "lbs")],
        ),
        (
            EN + 'Owners of three- to four-year-old "Clover Trail" PCs noticed it.',
            [("three- to four-year-old", 3, "year")],
        ),
        (
            EN + "Who knows what happens in the next 15, 20, 25 years -- maybe more.",
            [("15, 20, 25 years", 15, "years")],
        ),
        (EN + "Programs such as The New York Times 1619 Project work.", []),
        (EN + "The 1619 project has become a hot button issue.", []),
        (EN + "READ NEXT\n\nNokia 3310 and Snake are back\n\nNokia 3310 and Snake are back", []),
        (EN + "It runs Microsoft's Surface 3, Acer Predator and other tablets.", []),
        (EN + "Gregerson picked up the save with a 1-2-3 inning.", []),
        (EN + "He was wearing size 10 and-a-half-wide tennis shoes.", []),
        (EN + "“That's a four-letter word, rain, in our business,” Day said.", []),
        # near misses: a range that runs up after "made it", a list with "and", a list that
        # does not rise evenly, a project's count, a count written once, counts listed by name,
        # a hockey record, a sample size, letters counted
        (EN + "It made it 3-5 percent cheaper.", [("3-5 percent", 3, "percent")]),
        (
            EN + "They are 15, 20 and 25 years old.",
            [("15", 15, ""), ("20", 20, ""), ("25 years", 25, "years")],
        ),
        (
            EN + "Scores of 10, 20, 40 points.",
            [("10", 10, ""), ("20", 20, ""), ("40 points", 40, "points")],
        ),
        (EN + "They ran 1619 projects.", [("1619", 1619, "")]),
        (EN + "Cases: Italy 793, Spain 394 and France 120.", [("793", 793, ""), ("394", 394, "")]),
        (EN + "The sample size 1000 was used.", [("1000", 1000, "")]),
        (EN + "It has four letters.", [("four", 4, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_the_ranges() -> None:
    (years,) = find_figures(EN + "Who knows the next 15, 20, 25 years -- maybe more.")
    assert years.extra.get("value_max") == 25
    assert years.extra.get("approximate") is True
    (age,) = find_figures(EN + 'Owners of three- to four-year-old "Clover Trail" PCs.')
    assert age.extra.get("value_max") == 4


def test_a_year_circa() -> None:
    assert dates(EN + "It is stuck with Windows 10, circa 2016. There's no word.") == [
        ("2016", "2016")
    ]
    assert figures(EN + "There were circa 2000 people.") == [("2000", 2000, "")]
