"""Figures v12.2, English: forms found on 95 English news pages nobody annotated, before a blind
set meets them (docs/performance.md, "Figures v12.2, English (a review of unannotated English
pages)"; ADR 0136, "v12.2, English"). Sentences written for them in the pages' styles, none a
page's own; each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .readings import EN, figures


def test_a_decimal_before_a_dash_and_a_number_is_read_without_failing() -> None:
    # names.is_name_number compared a variant (the "9" of 787-9) with int("0.1") and raised
    text = EN + "Pond ice albedo rose from 0.1-0.2 to 0.3-0.4 after the snowfall."
    assert all(f.start < f.end for f in find_figures(text))


def kinds(text: str) -> list[tuple[str, Any, str, str]]:
    """Each figure (not a date) as (its text, value, unit, kind)."""
    return [
        (text[f.start : f.end], f.value, f.unit, f.kind)
        for f in find_figures(text, include_dates=False)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ithaca Holdings bought the label for $300M in a deal.", [("$300M", 300_000_000, "$")]),
        ("It could bring a $5B megaproject to the city.", [("$5B", 5_000_000_000, "$")]),
        ("The firm paid $50K for the domain.", [("$50K", 50_000, "$")]),
    ],
)
def test_a_capital_multiplier_after_a_currency(text: str, expected: list[Any]) -> None:
    assert figures(EN + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Stadia streams games at 4K on the television.",
        "Pupils of class 5B and the teachers went out.",
    ],
)
def test_a_capital_letter_after_a_bare_number_is_no_multiplier(text: str) -> None:
    assert figures(EN + text) == []


def test_a_capital_multiplier_before_a_plus_still_counts() -> None:
    assert figures(EN + "The store has 8M+ apps.") == [("8M", 8_000_000, "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She lost 130 pounds after the surgery.", [("130 pounds", 130, "pounds", "measure")]),
        ("Agents found 475 pounds of cocaine.", [("475 pounds", 475, "pounds", "measure")]),
        (
            "He was fined 5 million pounds by the court.",
            [("5 million pounds", 5_000_000, "pounds", "money")],
        ),
        ("She paid 500 pounds sterling for it.", [("500 pounds", 500, "pounds", "money")]),
        ("She paid £500 for it.", [("£500", 500, "£", "money")]),
    ],
)
def test_pounds_after_a_bare_number_are_a_weight(text: str, expected: list[Any]) -> None:
    assert kinds(EN + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each pole cost 4m/-, he says.", [("4m/-", 4_000_000, "/-", "money")]),
        ("The first phase cost 620m/-.", [("620m/-", 620_000_000, "/-", "money")]),
        (
            "She makes a profit of 10,000/- to 15,000/- per day.",
            [("10,000/- to 15,000/-", 10_000, "/-", "money")],
        ),
    ],
)
def test_shillings_written_with_a_slash_and_dash_are_money(text: str, expected: list[Any]) -> None:
    assert kinds(EN + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guest house is located 400m from the bus stand.", [("400m", 400, "m", "measure")]),
        ("A wall 20m high surrounds the camp.", [("20m", 20, "m", "measure")]),
        ("The firm raised 400m from the investors.", [("400m", 400_000_000, "", "count")]),
        ("The town has 5m people.", [("5m", 5_000_000, "", "count")]),
    ],
)
def test_a_glued_m_before_a_word_of_place_is_metres(text: str, expected: list[Any]) -> None:
    assert kinds(EN + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court awarded the sum of N500m only.", [("N500m", 500_000_000, "N")]),
        (
            "The state paid N5 billion and N50,000.",
            [("N5 billion", 5 * 10**9, "N"), ("N50,000", 50_000, "N")],
        ),
    ],
)
def test_naira_written_with_an_n(text: str, expected: list[Any]) -> None:
    assert figures(EN + text) == expected


def test_n_before_a_bare_number_is_a_name() -> None:
    assert figures(EN + "Nurses wore N95 masks.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fifty-one percent say that it was wrong.", [("Fifty-one percent", 51, "percent")]),
        ("There were twenty-one people at the hearing.", [("twenty-one", 21, "")]),
        (
            "It cost two hundred and thirty-one dollars.",
            [("two hundred and thirty-one dollars", 231, "dollars")],
        ),
        ("The Wild had a two-one lead.", [("two", 2, "")]),
    ],
)
def test_a_compound_number_word_ending_in_one(text: str, expected: list[Any]) -> None:
    assert figures(EN + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It set off more than a million tweets.", [("a million", 1_000_000, "")]),
        (
            "The user posted over a thousand times since then.",
            [("a thousand times", 1000, "times")],
        ),
        ("It was the detention of a million or more Uighurs.", [("a million", 1_000_000, "")]),
        ("They paid a million pounds for it.", [("a million pounds", 1_000_000, "pounds")]),
        ("There is a thousand choices for where to go.", []),
        ("Half a million people came.", []),
        ("It was a billion-dollar deal.", []),
    ],
)
def test_a_as_one_before_a_scale_word_that_counts(text: str, expected: list[Any]) -> None:
    assert figures(EN + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Write to Dear Abby at P.O. Box 69440, Los Angeles, CA 90069.",
        "Copyright Inexhibit 2019 - ISSN: 2283-5474",
        "These are SDGs 7 and 11, which focus on energy and cities.",
        "According to SDG 11, most people will live in towns.",
        "Phase six includes a pipeline to the coast.",
        "Trump 2.0 is wielding a lot of economic weapons.",
        "It is enshrined in Section 14(1) of the Constitution.",
        "Players get access to 4k streaming at the launch.",
    ],
)
def test_labels_that_hold_a_number(text: str) -> None:
    assert figures(EN + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was sent to Box 12 and 14 others.", [("12", 12, ""), ("14", 14, "")]),
        ("The district lost 90069 jobs.", [("90069", 90069, "")]),
        ("Growth rose 2.0 percent in the quarter.", [("2.0 percent", 2, "percent")]),
        ("The race drew 4k runners.", [("4k", 4000, "")]),
        ("Section 14 has (12) members.", [("12", 12, "")]),
    ],
)
def test_labels_near_misses(text: str, expected: list[Any]) -> None:
    assert figures(EN + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The engine makes 540 Nm of torque.", [("540 Nm", 540, "Nm", "measure")]),
        ("The motor gives 406 lb-ft of torque.", [("406 lb-ft", 406, "lb-ft", "measure")]),
        ("It runs on 10.7 teraflop hardware.", [("10.7 teraflop", 10.7, "teraflop", "measure")]),
        (
            "The capital reached 32.7 celsius that day.",
            [("32.7 celsius", 32.7, "celsius", "measure")],
        ),
        ("The 13-Inch MacBook Pro is due.", [("13-Inch", 13, "Inch", "measure")]),
    ],
)
def test_english_units_of_torque_compute_and_heat(text: str, expected: list[Any]) -> None:
    assert kinds(EN + text) == expected


def test_a_range_written_with_to_never_runs_backwards() -> None:
    assert figures(EN + "A poll has Trump at 39 percent to 32 percent for Haley.") == [
        ("39 percent", 39, "percent"),
        ("32 percent", 32, "percent"),
    ]
    assert figures(EN + "Prices will rise 30 percent to 40 percent.") == [
        ("30 percent to 40 percent", 30, "percent")
    ]


def test_a_title_named_by_its_number_and_written_again() -> None:
    text = EN + "The only free game is Destiny 2. Players said Destiny 2 ran at 30fps."
    assert figures(text) == [("30fps", 30, "fps")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chelsea signed 2 players. Chelsea 2 was the score.", [("2", 2, ""), ("2", 2, "")]),
        ("It opens May 2. The show ends May 2 at night.", []),
    ],
)
def test_a_title_written_again_near_misses(text: str, expected: list[Any]) -> None:
    assert figures(EN + text) == expected


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")
