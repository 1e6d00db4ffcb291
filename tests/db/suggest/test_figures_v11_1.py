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


# -- Refused: tenors, named categories, a 3-pointer (conventions.py) --


@pytest.mark.parametrize(
    "text",
    [
        EN + "Benchmark 10-year notes rose in price.",
        EN + "The 30-year bond fell.",
        EN + "Three-month aluminum on the exchange slipped.",
        EN + "The sell-off in the two-year bond lifted its yield.",
        EN + "A Level 3 out of 5 risk covers the plains.",
        EN + "Zone 1 — the Corn Belt.",
        EN + "He drilled a 3-pointer from the corner.",
    ],
)
def test_tenors_categories_and_pointers_are_not_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "He signed a 13-year contract.", [("13-year", 13, "year")]),
        (EN + "The project faced a two-year delay.", [("two-year", 2, "year")]),
        (EN + "He scored 3 points in the game.", [("3", 3, "")]),
        (EN + "The risk covers 5 states.", [("5", 5, "")]),
    ],
)
def test_durations_and_counts_near_those_forms_stay(
    text: str, expected: list[tuple[str, Any, str]]
) -> None:
    assert figures(text) == expected


# -- A decimal number of points: an index's or a rate's measure (conventions.py) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The index fell 102.2 points to close.", [("102.2 points", 102.2, "points")]),
        (EN + "The Nasdaq added 1,020.72 points.", [("1,020.72 points", 1020.72, "points")]),
        (EN + "The 0.3-point drop in the rate was a surprise.", [("0.3-point", 0.3, "point")]),
    ],
)
def test_decimal_points_are_a_measure(text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "He scored 34 points in the win.", [("34", 34, "")]),
        (EN + "He is averaging 25.3 points this season.", [("25.3", 25.3, "")]),
        (EN + "She scored 12.5 points per game.", [("12.5", 12.5, "")]),
    ],
)
def test_game_points_stay_counts(text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert figures(text) == expected


# -- Fractions: a hyphenated half, a slash after a verb of change or before a noun --


def test_a_hyphenated_number_and_a_half() -> None:
    assert figures(EN + "He left after five-and-a-half years in charge.") == [
        ("five-and-a-half years", 5.5, "years")
    ]


def test_a_slash_fraction_after_a_verb_of_change() -> None:
    found = figures(EN + "The notes last rose 7/32 in price, the bonds fell 29/32.")
    assert found == [("7/32", 0.21875, ""), ("29/32", 0.90625, "")]


def test_a_slash_fraction_before_a_chinese_noun() -> None:
    assert figures("调查显示，仅有1/3投资者在减仓，约2/5企业在观望。") == [
        ("1/3", pytest.approx(1 / 3), ""),
        ("2/5", 0.4, ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        EN + "The attack on 9/11 changed the city.",
        EN + "The service runs 24/7 for the people.",
        "会议于1/3日召开，在9/11事件之后。",
        EN + "The score was 7/32 on the sheet.",
    ],
)
def test_slashes_that_are_dates_or_names_are_no_fraction(text: str) -> None:
    assert all(unit or value >= 1 for _, value, unit in figures(text) if not isinstance(value, str))
    assert not [f for f in figures(text) if isinstance(f[1], float) and f[1] < 1]


def test_a_whole_number_and_a_fraction_joined_by_a_hyphen() -> None:
    assert figures(EN + "They ended a near 1-1/2 year dispute; the board is 2-3/4 inches.") == [
        ("1-1/2 year", 1.5, "year"),
        ("2-3/4 inches", 2.75, "inches"),
    ]


def test_a_score_or_a_date_is_no_mixed_number() -> None:
    found = figures(EN + "The match stood at 1-1 and the 2019-20 season and 1-12/2020 went by.")
    assert not [f for f in found if f[1] == 1.5 or isinstance(f[1], float)]


# -- A change from "the current" value, and "or two" after a noun --


def test_a_change_from_the_current_value_is_two_figures() -> None:
    text = EN + "It raises the limit from the current $154,000 to $220,000 next year."
    assert figures(text) == [("$154,000", 154000, "$"), ("$220,000", 220000, "$")]


def test_a_range_without_from_stays_one_figure() -> None:
    assert figures(EN + "Fillets sell for $24 to $28 each, the current $5 to $6 range.") == [
        ("$24 to $28", 24, "$"),
        ("$5 to $6", 5, "$"),
    ]


@pytest.mark.parametrize(
    "text", [EN + "The greatest risk of a strong tornado or two exists.", EN + "Wait a day or two."]
)
def test_or_two_after_a_noun_is_vague(text: str) -> None:
    assert figures(text) == []


def test_two_counted_after_or_stays() -> None:
    assert figures(EN + "It took one or two visits; he chose between five and two.") == [
        ("two", 2, ""),
        ("five", 5, ""),
        ("two", 2, ""),
    ]


# -- An index's level after a verb of its level, written many times --


def test_an_index_level_repeated_after_its_verb_is_no_product_line() -> None:
    text = "沪指失守3700点，次日又失守3600点，再失守3500。"
    assert figures(text) == [("3700点", 3700, "点"), ("3600点", 3600, "点"), ("3500", 3500, "")]


def test_a_product_line_stays_a_name() -> None:
    assert figures("麒麟970和麒麟980都已发布，含光800也是。") == []


def test_round_the_clock_before_a_running_service_is_no_duration() -> None:
    assert figures("网站24小时滚动播报最新资讯，船舶24小时实时发送定位。") == []


def test_a_24_hour_duration_stays() -> None:
    assert figures("停车24小时50元封顶，他等了24小时才离开。") == [
        ("24小时", 24, "小时"),
        ("50元", 50, "元"),
        ("24小时", 24, "小时"),
    ]


def test_a_number_of_digits_and_a_web_address_are_no_figures() -> None:
    assert figures("出口交易额再添九位数，共有两位专家。") == [("两位", 2, "位")]
    text = EN + "Read it at https://www.example.com/2019_09_07_516891.shtml or call 5 people."
    assert figures(text) == [("5", 5, "")]


def test_a_web_address_glued_to_chinese_text() -> None:
    assert figures("原文链接：https://www.example.cn/a/2019_09_07_516891.shtml 共有3家公司。") == [
        ("3家", 3, "家")
    ]


def test_a_year_before_a_dash_of_the_sentence_stays_a_year() -> None:
    text = EN + "(Graphic: Global assets in 2019 - here) The 2019-20 budget and 1800 - 2000 units."
    assert figures(text, dates=True)[0] == ("2019", "2019", "")
    assert ("2019", 2019, "") not in figures(text)
