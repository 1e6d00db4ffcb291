"""Figures v11.3: general forms from held-out 13's first run (docs/performance.md, "Figures
v11.3 (set 13)"). Sentences written for them, none a gold page's; each form with its negatives.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR

from .readings import EN, figures


def _written(text: str, *, dates: bool = False) -> list[str]:
    return [written for written, _, _ in figures(text, dates=dates)]


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v1")


# -- An enumeration's item numbers opening their lines: page structure, wherever the list is --

_ITEM = "\n\n成人票原价：60元\n\n游客咨询电话见官网\n\n"


@pytest.mark.parametrize(
    "text",
    [
        f"1、上海野生动物园{_ITEM}2、上海自然博物馆{_ITEM}3、上海海洋水族馆{_ITEM}",
        f"1.豆子提前浸泡{_ITEM}2.泡豆子的水要保留{_ITEM}",
        f"1．豆子提前浸泡{_ITEM}2．泡豆子的水要保留{_ITEM}",
        f"（1）豆子提前浸泡{_ITEM}（2）泡豆子的水要保留{_ITEM}",
        f"1）豆子提前浸泡{_ITEM}2）泡豆子的水要保留{_ITEM}",
    ],
)
def test_item_numbers_with_lines_between_are_no_figures(text: str) -> None:
    assert _written(text) == ["60元"] * text.count("60元")


def test_english_item_numbers_with_lines_between_are_no_figures() -> None:
    item = "\n\nTickets cost $60 for adults and the park opens in the morning.\n\n"
    text = EN + f"\n\n1. Shanghai Zoo{item}2. Shanghai Museum{item}3. Lego Centre{item}"
    assert _written(text) == ["$60"] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone number opening a line, no neighbour numbered next to it: read as before
        (f"5、上海野生动物园{_ITEM}", ["5", "60元"]),
        (f"1、上海野生动物园{_ITEM}3、上海海洋水族馆{_ITEM}", ["1", "60元", "3", "60元"]),
        # an amount opening its line is no marker: a digit after the full stop
        (
            f"1.5亿元资金已经到位{_ITEM}2.5亿元资金下月到位{_ITEM}",
            ["1.5亿元", "60元", "2.5亿元", "60元"],
        ),
        # two styles are two lists: 1、 is not numbered next to 2.
        (f"1、上海野生动物园{_ITEM}2.泡豆子的水要保留{_ITEM}", ["1", "60元", "2", "60元"]),
        # a number inside a line stays a figure, even where a list is around
        (f"1、公园{_ITEM}2、门票{_ITEM}全市共有3家公园参加。", ["60元", "60元", "3家"]),
    ],
)
def test_numbers_that_are_no_enumeration_stay(text: str, expected: list[str]) -> None:
    assert _written(text) == expected


# -- Scores and records: a win past a team, a lead's noun, two records in one bracket --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday.", ["45", "17"]),
        (EN + "Denver cruised past the Chiefs 31-10 on Sunday.", ["31", "10"]),
        (EN + "They scored 24 points for a 38-10 bulge.", ["24", "38", "10"]),
        (EN + "Houston took a 14-7 cushion into the break.", ["14", "7"]),
        (
            EN + "The Eagles (6-5, 3-4) snapped an 11-game losing streak.",
            ["6", "5", "3", "4", "11"],
        ),
        (
            EN + "The Gophers (9-1, 6-1) play the Wildcats (2-8, 0-7) on Saturday.",
            ["9", "1", "6", "1", "2", "8", "0", "7"],
        ),
        (
            EN + "Glass was 20-of-24 passing and Smith went 5-for-12 from the field.",
            ["20", "24", "5", "12"],
        ),
    ],
)
def test_scores_records_and_completions_are_counts(text: str, expected: list[str]) -> None:
    assert _written(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range stays one figure: it runs forwards and no game word is around it
        (EN + "Prices rolled past the range of 5-10 percent.", ["5-10 percent"]),
        (EN + "It has a 2-3 percent edge in costs.", ["2-3 percent"]),
        # a bracket with a range in it is no record
        (EN + "The survey (10-20 people a day) ended.", ["10-20"]),
        # a 2-for-1 offer is no completion (made more than tried): read as before
        (EN + "The shop ran a 2-for-1 sale on Sunday.", ["2"]),
    ],
)
def test_pairs_that_are_no_score_stay(text: str, expected: list[str]) -> None:
    assert _written(text) == expected


# -- Phone numbers: after a Chinese label, an extension, a verb to dial; "called 911" --


@pytest.mark.parametrize(
    "text",
    [
        "游客咨询电话：962021。",
        "游客咨询电话：37792288*800。",
        "预订服务中心（电话：400-180-0000或86-21-31580000）。",
        "拨打【12345】便民热线，进行投诉。",
        "除了可以拨打12388投诉举报外。",
        EN + "A neighbour saw the car and called 911.",
    ],
)
def test_numbers_to_dial_are_no_figures(text: str) -> None:
    assert _written(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我们拨打了3次电话都没人接。", ["3次"]),  # a count of calls
        ("电话费每月50元。", ["50元"]),  # no label's colon: an amount
        (EN + "The company called 3000 customers last year.", ["3000"]),  # no emergency number
    ],
)
def test_amounts_near_a_phone_word_stay(text: str, expected: list[str]) -> None:
    assert _written(text) == expected


# -- Chinese forms: a change's first value, 2000多, 一倍, 腊八, 2大1小 --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("融资保证金比例由0.7调整至0.6。", [("0.7", 0.7, ""), ("0.6", 0.6, "")]),
        ("利率从5下调到3。", [("5", 5, ""), ("3", 3, "")]),
        ("现在亏2000多了。", [("2000多", 2000, "")]),
        ("这座城已有2000多年的历史。", [("2000多年", 2000, "年")]),
        ("提升空间至少应该是目前的一倍。", [("一倍", 1, "倍")]),
        (
            "成人票原价：350元（2大1小+任务卡）",
            [("350元", 350, "元"), ("2大", 2, "大"), ("1小", 1, "小")],
        ),
    ],
)
def test_chinese_forms_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("腊八节要吃腊八粥。", []),  # the festival's name
        ("这是极不寻常的一年。", []),  # 的一 with another unit: still "a"
        ("58同城发布了报告。", []),  # a name glued to its word, no change verb
        ("由3家公司组成。", ["3家"]),  # 由 with a unit: read as before
        ("他在2000年来到上海。", []),  # a year: a date, not a count
    ],
)
def test_chinese_forms_refused(text: str, expected: list[str]) -> None:
    assert _written(text) == expected


# -- Dates: a month and day joined by a full stop before 日 --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("备注：5.17日5元", [("5.17日", "--05-17", ""), ("5元", 5, "元")]),
        ("5.17-19日期间门票30元", [("5.17-19日", "--05-17/--05-19", ""), ("30元", 30, "元")]),
        (
            "5.18-5.19日 12.5元",
            [("5.18", "--05-18", ""), ("5.19日", "--05-19", ""), ("12.5元", 12.5, "元")],
        ),
    ],
)
def test_a_dotted_month_and_day_is_a_date(text: str, expected: list[Any]) -> None:
    assert figures(text, dates=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("增长5.17%", [("5.17%", 5.17, "%")]),  # no 日 after it: a decimal
        ("13.5日元", [("13.5日元", 13.5, "日元")]),  # no month 13: yen
    ],
)
def test_a_decimal_without_a_day_stays(text: str, expected: list[Any]) -> None:
    assert figures(text, dates=True) == expected
