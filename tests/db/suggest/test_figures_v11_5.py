"""Figures v11.5: general forms from held-out 15's first run (docs/performance.md, "Figures
v11.5 (set 15)"). Sentences written for them, none a gold page's; each form with its negatives.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v1")  # v11.6 names its own version


# -- A stock's 52-week range, high or low is a term, not a duration ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Its 52-week range is $10.50 to $12.", [("$10.50 to $12", 10.5, "$")]),
        (EN + "The shares hit a new 52-week high of $40 on Monday.", [("$40", 40, "$")]),
        (EN + "It sank to a 52-week low.", []),
    ],
)
def test_a_52_week_range_high_or_low_is_no_figure(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_52_week_course_is_still_a_duration() -> None:
    assert figures(EN + "It runs a 52-week course for nurses.") == [("52-week", 52, "week")]


# -- 千 as "kilo" in a unit written without a number -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "上网电价由0.328元／千瓦时提高至0.338元／千瓦时。",
            # the price per kWh, its full-width slash read since v12 (as set 15's gold marks it)
            [("0.328元／千瓦时", 0.328, "元／千瓦时"), ("0.338元／千瓦时", 0.338, "元／千瓦时")],
        ),
        ("按千克计价，每千米收费。", []),
    ],
)
def test_a_unit_with_kilo_and_no_number_is_no_thousand(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日发电量达4038万千瓦时", [("4038万千瓦时", 40_380_000, "千瓦时")]),
        ("跑了一千米", [("一千米", 1000, "米")]),
    ],
)
def test_a_number_before_a_kilo_unit_is_still_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- An idiom and a maker's name in numerals --------------------------------------------------


@pytest.mark.parametrize("text", ["楼房已被拆得七零八落。", "还有主要做大巴的五十铃。"])
def test_an_idiom_and_a_name_in_numerals_are_no_figures(text: str) -> None:
    assert figures(text) == []


def test_fifty_with_a_unit_still_counts() -> None:
    assert figures("来了五十人") == [("五十人", 50, "人")]


# -- "by a margin of 48% to 38%" compares two shares; "a range of" stays one figure ----------


def test_a_margin_of_two_shares_is_two_figures() -> None:
    assert figures(EN + "They back it by a margin of 48% to 38%, a poll found.") == [
        ("48%", 48, "%"),
        ("38%", 38, "%"),
    ]


def test_a_range_of_shares_stays_one_figure() -> None:
    assert figures(EN + "Estimates put it at 30% to 38% of voters.") == [("30% to 38%", 30, "%")]


# -- An older year after "in", "since", "until" before a clause ends -------------------------


@pytest.mark.parametrize(
    "text", [EN + "The navy was founded in 1775. It grew.", EN + "Since 1650, the town grew."]
)
def test_an_older_year_after_in_is_a_year(text: str) -> None:
    assert figures(text) == []
    assert [kind for _, _, kind in _kinds(text)] == ["date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "It was seen in 1500 cases.", [("1500", 1500, "")]),
        (EN + "They counted 1500.", [("1500", 1500, "")]),
    ],
)
def test_an_older_number_without_in_or_before_a_noun_is_a_number(
    text: str, expected: list[Any]
) -> None:
    assert figures(text) == expected


def _kinds(text: str) -> list[tuple[str, Any, str]]:
    """Each figure in ``text`` with its kind, dates included."""
    return [
        (text[f.start : f.end], f.value, f.kind) for f in find_figures(text, include_dates=True)
    ]


# -- 一个 right before a number in digits is the article ---------------------------------------


def test_one_before_a_count_in_digits_is_the_article() -> None:
    assert figures("公司会派一个15人的项目组常驻广州") == [("15人", 15, "人")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("获得两个10万美元大奖", [("两个", 2, "个"), ("10万美元", 100_000, "美元")]),
        ("他买了一个，又买了3个", [("一个", 1, "个"), ("3个", 3, "个")]),
    ],
)
def test_two_before_digits_and_one_alone_still_count(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- A village's group after 村 or 队 is an address -------------------------------------------


@pytest.mark.parametrize("text", ["驾桥村四组一幢楼房倒塌", "红星村3组村民", "第二生产队2组的田"])
def test_a_village_group_is_an_address(text: str) -> None:
    assert figures(text) == []


def test_groups_counted_in_a_village_still_count() -> None:
    assert figures("全村分成四组，每组10人") == [("四组", 4, "组"), ("10人", 10, "人")]
