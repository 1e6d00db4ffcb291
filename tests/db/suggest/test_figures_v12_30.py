"""Figures v12.30: numbers inside names set apart — no figure suggestions, but still read by the
claims detector (``figures_and_names``; ``suggest`` hands claims both lists): ``chromosome 21``,
``Game 5``, ``7 On Your Side``, ``Claude 3.5 Sonnet`` / ``Meta's Llama 3.1`` and ``PlayStation
3`` (docs/performance.md, "Figures v12.30"; ADR 0143, "v12.30"). Short sentences written for the
tests, each form with its near misses."""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest import suggest
from marginalia.db.suggest.claims import find_claims
from marginalia.db.suggest.figures import DETECTOR, figures_and_names
from tests.db.suggest.versions import at_least

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.30")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (EN + "Cells with an extra copy of chromosome 21 grew more slowly.", ["21"]),
        (EN + "They are caused by extra copies of chromosomes 18 and 13.", ["18", "13"]),
        (EN + "Game 5 is Saturday at United Center.", ["5"]),
        (EN + "Game 3 went to overtime on Tuesday.", ["3"]),
        (
            EN + "After not responding to 7 On Your Side's request for an interview, he left.",
            ["7"],
        ),
        (EN + "Anthropic's Claude 3.5 Sonnet took a more conservative approach.", ["3.5"]),
        (EN + "Meta's Llama 3.1, on the other hand, struggled the most.", ["3.1"]),
        (EN + "They said that sales of the PlayStation 3, which plays discs, rose.", ["3"]),
    ],
)
def test_names_are_no_figures_but_set_apart(text: str, names: list[str]) -> None:
    assert figures(text) == []
    _, named = figures_and_names(text)
    assert [text[f.start : f.end] for f in named] == names
    assert not any(f.kind == "date" for f in named)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a headline in title case keeps its count; a count of games; amounts
        # after places (no version); a count after a camel-case name with a word between; a
        # chromosome's count with its multiplier; a unit after "Game"
        ("10 Things To Know About Your Money", [("10", 10, "")]),
        (EN + "The team won 5 games in a row.", [("5", 5, "")]),
        (
            EN + "Arizona 4.1, Florida 1.5 and Georgia 1.1 were listed.",
            [("4.1", 4.1, ""), ("1.5", 1.5, ""), ("1.1", 1.1, "")],
        ),
        (EN + "The PlayStation sold 3 million units.", [("3 million", 3_000_000, "")]),
        (EN + "Its chromosomes hold 3.1 billion letters.", [("3.1 billion", 3.1e9, "")]),
        (EN + "Game sales rose 5 percent in the year.", [("5 percent", 5, "percent")]),
    ],
)
def test_near_misses(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_the_claims_detector_still_reads_a_name_s_number() -> None:
    text = EN + "Game 5 is Saturday at United Center."
    found, named = figures_and_names(text)
    shown = [s for s in suggest(text) if s.label == "claim"]
    read = find_claims(text, sorted([*found, *named], key=lambda f: f.start))
    assert [(c.start, c.end, c.confidence) for c in read] == [
        (s.start, s.end, s.confidence) for s in shown
    ]
    game = [s for s in shown if text[s.start : s.end].startswith("Game 5")]
    assert game and game[0].features.get("figure") == 1.0
    assert not [s for s in suggest(text) if s.label == "figure"]
