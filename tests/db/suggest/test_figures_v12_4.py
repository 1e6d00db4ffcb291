"""Figures v12.4: forms held-out 25's first run showed (docs/performance.md, "Figures v12.4 (set
25)"; ADR 0136, "v12.4"). Short sentences written for the tests, each form with its near
misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR

from .readings import figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    "text",
    [
        "8777 Frederick Road culvert improvement: Increase capacity of the culvert.",
        "8600 Frederick Road high flow bypass pipe: Increase capacity of the pipe.",
        "8552 Main Street flood berm/8534 Main Street high flow bypass pipe: Build it.",
        "Buildings would go (8085-8089 Main St., 8125 Main St., first floor only of 8095-8101"
        " Main St. and deck only of 8081 Main St.).",
        "It means the removal of buildings at the lower end of Main Street (8069, 8059, 8055"
        " and 8049).",
        "The pond will be located at the interchange with U.S. 29 and 40.",
        "NH 44 is also closed from both sides.",
        "Drivers should avoid US 1 in the morning.",
        "They are urged to call us on 101 quoting log 3697 with any information.",
        "Residents alerted the police through Dial 112.",
        "Only call NHS 111 if you cannot cope.",
        "The attack also featured in episode two, where a trial collapses.",
        "The border is open only for two-wheeler traffic and two-wheelers.",
        "Placed in an induced coma and receiving 24-hour care at the hospital.",
    ],
)
def test_names_and_identifiers_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan helps 40 Main Street businesses.", [("40", 40, "")]),
        ("About 300 people marched down Main Street (the town's centre).", [("300", 300, "")]),
        ("We will call 3 witnesses on Monday.", [("3", 3, "")]),
        ("The season lasted 30 weeks.", [("30 weeks", 30, "weeks")]),
        ("Two cars and 15 trucks were damaged.", [("15", 15, "")]),
        ("He will come to the meeting two weeks later.", [("two weeks", 2, "weeks")]),
        ("The dispersal order lasts 48 hours.", [("48 hours", 48, "hours")]),
    ],
)
def test_counts_beside_those_words_stay(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_year_before_a_court_stays_a_date() -> None:
    text = "He pledged to follow a 2012 Supreme Court ruling."
    assert figures(text, dates=True) == [("2012", "2012", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("46城将先行实施生活垃圾强制分类", [("46城", 46, "城")]),
        ("全国将有46个城市先行实施", [("46个", 46, "个")]),
        ("一城一策，因城施策", []),
    ],
)
def test_cities_counted_with_cheng(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["在3城市试点", "在5城区试点", "58同城的数据", "2城中村改造"])
def test_cheng_beginning_a_word_is_no_classifier(text: str) -> None:
    assert not any(written.endswith("城") for written, _, _ in figures(text))
