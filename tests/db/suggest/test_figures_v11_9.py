"""Figures v11.9: general forms from held-out 21's first run (docs/performance.md, "Figures v11.9
(set 21)"). Sentences written for them, none a gold page's; each form with its near misses; then
the saved set-21 page where it is installed.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .imported import saved_articles
from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v1")  # v12 names its own version


# -- A journal citation line's volume and pages are no figures ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        EN + "\n\nNature 574, 16-17 (2019)",
        EN + "\n\nScience 366, 1234 (2019)",
        EN + "\n\nNature Astronomy 3, 120–125 (2020)",
    ],
)
def test_a_citation_lines_volume_and_pages_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Some 574 people came to the hall.", [("574", 574, "people")]),
        (EN + "The report covers pages 16-17 of the file.", [("16-17", 16, "")]),
        (EN + "Of the 574, 16 stayed for the night.", [("574", 574, ""), ("16", 16, "")]),
    ],
)
def test_numbers_outside_a_citation_stay_figures(text: str, expected: list[Any]) -> None:
    assert [(found, value) for found, value, _ in figures(text)] == [
        (found, value) for found, value, _ in expected
    ]


# -- After "the", a capitalised number word before a capitalised word starts a name ------------


@pytest.mark.parametrize(
    "text",
    [
        EN + "The Five-hundred-meter Aperture Spherical Radio Telescope (FAST) opened.",
        EN + "The crash happened at noon. The Four Paths Police say the driver fled.",
    ],
)
def test_a_number_word_inside_a_title_case_name_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Five people were hurt in the crash.", [("Five", 5)]),
        (EN + "The three streets were closed.", [("three", 3)]),
        (EN + "The Four men were held overnight.", [("Four", 4)]),
        (EN + "The two-time Wimbledon champion won again.", [("two-time", 2)]),
    ],
)
def test_number_words_outside_a_name_stay_counts(text: str, expected: list[Any]) -> None:
    assert [(found, value) for found, value, _ in figures(text)] == expected


# -- The saved set-21 page ---------------------------------------------------------------------


def test_the_saved_page_keeps_its_figures_without_the_citation_and_the_name() -> None:
    article = saved_articles(21)["tc-nature-telescope"]
    text = article.text
    found = find_figures(text, include_dates=False)
    spans = {(f.start, f.end) for f in found}
    gold = {
        (span["start"], span["end"])
        for span in article.spans
        if span["label"] == "figure" and span["attributes"].get("kind") != "date"
    }
    assert gold <= spans
    for name in ("Nature 574, 16-17", "Five-hundred-meter Aperture"):
        at = text.index(name)
        assert not any(f.start < at + len(name) and at < f.end for f in found), name
