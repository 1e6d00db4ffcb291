"""Figures v12.5: the date kind's forms held-out 24 and 25 left (clock times with a point,
spaced date separators, a list of two neighbouring days or months, a range of months sharing
its year, a part of the day before "about" and the hour, a month in characters alone, a media
player's counter) and years inside names (a statute's year, a quoted title's, a log's date); see
docs/performance.md, "Figures v12.5", and ADR 0136, "v12.5". Short sentences written for the
tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .readings import dates, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock time with a point, only with am/pm
        ("The body was found at 4.20pm on Wednesday.", [("4.20pm", "T16:20")]),
        ("They were called at 4.39pm. A spokesman said so.", [("4.39pm", "T16:39")]),
        ("Updated: 9.45pm", [("9.45pm", "T21:45")]),
        ("The shop opens at 9.30 a.m. on Monday.", [("9.30 a.m.", "T09:30")]),
        ("It closed at 12.15am on Sunday.", [("12.15am", "T00:15")]),
        # spaced separators
        ("2023 / 09 / 01 星期五", [("2023 / 09 / 01", "2023-09-01")]),
        ("2023/09/01 星期五", [("2023/09/01", "2023-09-01")]),
        # two neighbouring days or months listed with their unit once
        ("今、明（28、29日）推出活動", [("28、29日", "---28/---29")]),
        ("5、6月份消費增速由負轉正", [("5、6月份", "--05/--06")]),
        ("如果等到2、3月再下单", [("2、3月", "--02/--03")]),
        ("活动于5月28、29日举行", [("5月28、29日", "--05-28/--05-29")]),
        ("3、8日两天", [("8日", "---08")]),  # not neighbours: the second alone, as before
        # a range of months sharing its year
        ("from March to May 2019, a study said", [("March to May 2019", "2019-03/2019-05")]),
        ("in July-August 2022, the games", [("July-August 2022", "2022-07/2022-08")]),
        ("moved from September to January 2020.", [("January 2020", "2020-01")]),
        # a part of the day, "about" and the hour
        ("楊志良於晚間約9時多發表聲明", [("9時", "T21:00")]),
        ("上午约9时出发", [("9时", "T09:00")]),
        # a month in characters alone after a word that places a time
        ("這場戲在二月接近零度的低溫下拍攝", [("二月", "--02")]),
        ("从九月起实施", [("九月", "--09")]),
        ("去年十二月", [("十二月", "--12")]),
        ("2019年三月，公司上市", [("2019年三月", "2019-03")]),
    ],
)
def test_dates_and_times(text: str, expected: list[tuple[str, Any]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "在一月内完成", "五月天演唱会", "作家二月河", "在三月初", "一年三月",  # no month
        "聽新聞 test 0:00 / 0:00",  # a media player's counter
        "Listen 0:00 / 3:45",
    ],
)  # fmt: skip
def test_no_dates(text: str) -> None:
    assert find_figures(text) == []


def test_a_clock_range_with_a_slash_stays() -> None:
    assert dates("Meet at 10:00 / 11:00.") == [("10:00", "T10:00"), ("11:00", "T11:00")]


@pytest.mark.parametrize(
    "text",
    [
        "The Farmers' Produce Trade and Commerce (Promotion and Facilitation) Act, 2020, passed.",
        "The Essential Commodities (Amendment) Act, 2020. (With inputs from agencies)",
        "It was issued under the Anti-social Behaviour, Crime and Policing Act 2014 and it lasts.",
        "The Finance Bill, 2021 was tabled.",
        "The RBI released the 'Technology Vision for Cyber Security for Urban Cooperative Banks"
        " 2020-2023'.",
        "Washington must read 'Series 2013' before the vote.",
        "The NCRB's “Crime in India 2023” report was cited.",
        "They are urged to call us on 101 quoting log 3697 2/11/23. Alternatively call.",
        "Call 101 quoting log 123 of 2 November.",
    ],
)
def test_years_inside_names(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("under the Investment Company Act of 1940. It said", [("1940", "1940")]),
        ("It grew in 2020, the Act said.", [("2020", "2020")]),
        ("He said 'we will be back in 2024' and left.", [("2024", "2024")]),
    ],
)
def test_years_outside_names_stay(text: str, expected: list[tuple[str, Any]]) -> None:
    assert dates(text) == expected


def test_quantities_unchanged() -> None:
    assert figures("The price rose 4.20 percent to 10.15 pounds.") == [
        ("4.20 percent", 4.2, "percent"),
        ("10.15 pounds", 10.15, "pounds"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Apollo\n\n1、docker安装\n\n2、podman安装",
        "注意事项：\n\n1，房产证要看清楚\n\n2，房子的年限",
        "采光分两个层次，1.是否有窗。2.阳光能否照到",  # 两个 stays
        "做好笔记。（2）在这里写下。（3）再读",
        "信息高速公路 (1)为你的大脑 (2)在这里",
        "\n\n十二、过户\n\n十三、二手房的税费",
        "\n\n二十、保险\n\n二十一、贷款",
        "概述\n\n1.1. 电子商务的发展\n\n1.2. 物流",
        "贯彻党的二十大精神",
        "中共十九大报告",
        "进入二十一世纪以来",
        "途经43省道、225省道",
        "坐标：39°00′N 115°54′E",
        "位于北纬38°43′~39°10′之间",
    ],
)
def test_labels_and_names_in_chinese(text: str) -> None:
    assert [f for f in figures(text) if f[0] != "两个"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("中国三大运营商", [("三大", 3, "大")]),
        (
            "\n\n1. 5万人参加了活动\n\n2. 3万人在线观看",
            [("5万人", 50000, "人"), ("3万人", 30000, "人")],
        ),
        ("温度30°C左右", [("30°C", 30, "°C")]),
        ("今年增长了3个百分点", [("3个百分点", 3, "个百分点")]),
    ],
)
def test_counts_beside_them_stay(text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert figures(text) == expected


EN = "The ministry said that the report was published and it has been read by the officials. "


@pytest.mark.parametrize(
    "text",
    [
        "The bulk covers the '318 patent.",
        "See Geophysical Research Letters, VOL. 35, L04705, doi:10.1029/2007GL032388.",
        "It will register as a nonprofit 501(c)(4) social welfare group.",
        "Out of the country's half dozen leading technology firms.",
        "The Sun sits at the centre of 39°00′N 115°54′E.",
    ],
)
def test_identifiers_in_english(text: str) -> None:
    assert figures(EN + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The subsidised price is 4,000 rials a litre.", [("4,000 rials", 4000, "rials")]),
        ("Down to 32 or 33 MP, maybe.", [("32", 32, ""), ("33 MP", 33, "MP")]),
        ("Deep space is at 4 Kelvin.", [("4 Kelvin", 4, "Kelvin")]),
        ("They bought a dozen eggs.", [("a dozen", 12, "")]),
        ("The firm won 3 patents.", [("3", 3, "")]),
    ],
)
def test_units_and_counts_in_english(text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert figures(EN + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议于2004年12月11－12日举行", [("2004年12月11－12日", "2004-12-11/2004-12-12")]),
        ("1－3月份销量", [("1－3月份", "--01/--03")]),
        ("2015－2016年", [("2015－2016年", "2015/2016")]),
    ],
)
def test_ranges_with_the_full_width_hyphen(text: str, expected: list[tuple[str, Any]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\n(1a) 宏观经济学\n(1b) 微观经济学",
        "如下图2. 物流成本",
        "见圖3",
        "经济研究, 2011(11): 56-58.",
    ],
)
def test_figure_numbers_and_citations(text: str) -> None:
    assert figures(text) == []


def test_an_age_in_brackets_stays() -> None:
    text = EN + "Molly Martens (40) and her father, Tom Martens (73), have been freed."
    assert figures(text) == [("40", 40, ""), ("73", 73, "")]


@pytest.mark.parametrize(
    "text",
    [
        "docker run -p 28080:8080 \\\n-e KAFKA_CFG_NODE_ID=0 \\\n-e ZK=zookeeper:2181 \\\n"
        "-e L=INTERNAL://:9092,EXTERNAL://:19092",
        "sudo chown -R 1001:1001 /Users/data",
        "^ 跳转到： 3.0 3.1 3.2 3.3 中共中央",
    ],
)
def test_command_lines_and_backlinks(text: str) -> None:
    assert figures(text) == []


def test_scores_and_clock_times_beside_them_stay() -> None:
    assert figures("比分3:1获胜") == [("3", 3, ""), ("1", 1, "")]
    assert dates("会议于10:30开始") == [("10:30", "T10:30")]


def test_frames_per_second_is_a_unit() -> None:
    text = EN + "The game runs at 60 frames per second on the console."
    assert figures(text) == [("60 frames per second", 60, "frames per second")]
