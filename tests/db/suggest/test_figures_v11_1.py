"""Figures v11.1: general forms held-out 12's first run showed (docs/performance.md, "Figures
v11.1 (set 12)"). Sentences written for them, none a gold page's; each form with its negatives.
"""

from __future__ import annotations

from typing import Any

import pytest

from .readings import EN, figures

# -- Box scores: the words of a game around a score (sports.py) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Celtics hold off Miami 101-99 at home.", [("101", 101, ""), ("99", 99, "")]),
        (EN + "The Bulls held off the Knicks 88-80.", [("88", 88, ""), ("80", 80, "")]),
        (
            EN + "It was their third win, 120-111 over the Denver Nuggets on Friday.",
            [("120", 120, ""), ("111", 111, "")],
        ),
        (
            EN + "A late dunk put the Celtics up 95-90 in the fourth.",
            [("95", 95, ""), ("90", 90, "")],
        ),
    ],
)
def test_box_scores_after_a_game_word(text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (EN + "The ratio was 3-1 over the years.", "1"),
        (EN + "Prices rose 2-3 over the period.", "3"),
        (EN + "The shares were up 5-6 in early trading.", "6"),
    ],
)
def test_a_dash_pair_without_a_team_is_no_box_score(text: str, second: str) -> None:
    assert second not in [written for written, _, _ in figures(text)]


def test_a_game_clock_is_a_duration_in_seconds() -> None:
    text = EN + "He scored with 3:08 to play and again with 1:24 left, and with 0:45 remaining."
    assert figures(text) == [
        ("3:08", 188, "seconds"),
        ("1:24", 84, "seconds"),
        ("0:45", 45, "seconds"),
    ]


def test_a_clock_time_without_time_left_stays_a_date() -> None:
    text = EN + "The meeting started at 3:08 and ended with applause."
    assert figures(text) == []
    assert figures(text, dates=True) == [("3:08", "T03:08", "")]
