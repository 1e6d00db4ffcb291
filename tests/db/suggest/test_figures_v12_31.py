"""Figures v12.31: the false alarms of held-out 55 and 56 — a player's jersey number in brackets
(``Patriots' Tom Brady (12)``) and a listed stage's number (``stages one and two``) set apart as
numbers inside names; a date with a stray comma (``April, 16, 2019``) and a number word before a
plural multiplier (``five millions``) read whole (docs/performance.md, "Figures v12.31"; ADR 0143,
"v12.31"). Short sentences written for the tests, each form with its near misses."""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, figures_and_names
from tests.db.suggest.versions import at_least

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.31")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (EN + "New England Patriots' Tom Brady (12) and Rob Gronkowski head out.", ["12"]),
        (EN + "Defender Ali Krieger (11) runs during an international friendly.", ["11"]),
        (EN + "Goalie Tuukka Rask (40) joins his teammates' celebration.", ["40"]),
        (EN + "The aim is diagnosing 75% of cancers at stages one and two by 2028.", ["two"]),
        (EN + "Most patients were found at stages 3 and 4 of the disease.", ["3", "4"]),
        (EN + "It moved on to phases 1, 2 and 3 of the plan.", ["1", "2", "3"]),
    ],
)
def test_names_are_no_figures_but_set_apart(text: str, names: list[str]) -> None:
    found, named = figures_and_names(text, include_dates=False)
    assert [text[f.start : f.end] for f in named] == names
    assert not any(text[f.start : f.end] in names for f in found)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (EN + "In this April, 16, 2019 file photo, a health worker is seen.", "2019-04-16"),
        ("Obama wins\n\nJan, 15, 2008\n\nObama picking up support", "2008-01-15"),
    ],
)
def test_a_date_with_a_stray_comma(text: str, date: str) -> None:
    assert figures(text) == []
    assert [f.value for f in figures_and_names(text)[0] if f.kind == "date"] == [date]


def test_a_plural_multiplier_after_a_number_word() -> None:
    text = EN + "It reached out to its self-reported five millions members."
    assert figures(text) == [("five millions", 5_000_000, "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: an age in brackets after a name; a count of millions of things; a stage's
        # count; "millions of" stays a word (its number word as before)
        (EN + "Mr Corbett's daughter Sarah (17) said she saw it.", [("17", 17, "")]),
        (
            EN + "Millions of people and five million members voted.",
            [("five million", 5_000_000, "")],
        ),
        (EN + "Two millions of dollars were spent.", [("Two", 2, "")]),
        (EN + "Lead levels 5 times higher were found.", [("5 times", 5, "times")]),
        (EN + "The race has 12 stages and 3 rest days.", [("12", 12, ""), ("3", 3, "")]),
    ],
)
def test_near_misses(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
