"""Figures v12.2: Chinese forms found by reviewing unannotated pages (docs/performance.md,
"Figures v12.2 (a review of unannotated Chinese pages)"; ADR 0136, "v12.2"). Short sentences
of the reviewed pages (no gold page's) and their Taiwan-script conversions, each form with its
near misses; the pages themselves are not in the repository.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR

from .readings import figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("十月三十号上午受到冲击。", [("十月三十号", "--10-30", "")]),
        ("九月二十五號到了，警方仍無線索。", [("九月二十五號", "--09-25", "")]),
        ("然后再到了二十九日凌晨，又被砸了。", [("二十九日", "---29", "")]),
        ("但是，就在6月4 日，中铁总辟谣。", [("6月4 日", "--06-04", "")]),
        ("每天下午1点到2点，是乐团练琴的时间。", [("1点", "T13:00", ""), ("2点", "T14:00", "")]),
        (
            "早上7點到10點，晚上18點到23點。",
            [
                ("7點", "T07:00", ""),
                ("10點", "T10:00", ""),
                ("18點", "T18:00", ""),
                ("23點", "T23:00", ""),
            ],
        ),
    ],
)
def test_dates_and_hours_in_characters_and_ranges(text: str, expected: list[Any]) -> None:
    assert figures(text, dates=True) == expected
    assert figures(text) == []  # none of them a count any more


@pytest.mark.parametrize(
    "text",
    [
        "十月份的销量最高。",  # a month alone: no day, no figure
        "他住在三十号楼。",  # a building's number, no part of the day after it
        "从1点到2点半休息。",  # half past: left to the date reader
    ],
)
def test_near_misses_of_the_dates_add_no_date(text: str) -> None:
    added = [f for f in figures(text, dates=True) if f not in figures(text)]
    assert not [value for _, value, _ in added if str(value).count("-") >= 3]  # a day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("K12A发动机在6000转时可以获得51Kw的最大功率。", [("51Kw", 51, "kW")]),
        ("用三挡，车速可达80Km/h。", [("80Km/h", 80, "km/h")]),
        ("最大扭距：95N.m／3250rpm", [("95N.m", 95, "N·m"), ("3250rpm", 3250, "rpm")]),
        ("身高：168CM", [("168CM", 168, "cm")]),
        ("将建设装机总容量300万KW的电站。", [("300万KW", 3_000_000, "kW")]),
        ("車速可達80km/h。", [("80km/h", 80, "km/h")]),
    ],
)
def test_latin_units_as_chinese_pages_capitalise_them(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "将单账户投机交易持仓限额由1200手调整为5000手。",
            [("1200手", 1200, "手"), ("5000手", 5000, "手")],
        ),
        (
            "空头主力加空31440手 净空单增至13968手",
            [("31440手", 31440, "手"), ("13968手", 13968, "手")],
        ),
        ("他掏出了身上仅有的30元钱买了15注彩票。", [("30元", 30, "元"), ("15注", 15, "注")]),
        ("以往每期最多只買過兩注。", [("兩注", 2, "注")]),
        ("传十部委救市规划", [("十部委", 10, "部委")]),
        ("全球十四万万龙子龙孙", [("十四万万", 1_400_000_000, "")]),
        ("四萬萬同胞", [("四萬萬", 400_000_000, "")]),
        ("这将增加两倍的城市人口。", [("两倍", 2, "倍")]),
        ("運走5公噸垃圾。", [("5公噸", 5, "公噸")]),
        ("股價漲了3趴。", [("3趴", 3, "趴")]),
    ],
)
def test_classifiers_multipliers_and_units_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "此前华为曾经研发出K3手机芯片。",  # 手机: a word, no lots
        "711350注意！青岛发布预警",  # 注意: a word, no bets
        "致敬千千万万个如汪勇这般的普通人。",  # 千千万万: vague, no 10^8
        "他趴在地上。",  # 趴 as a verb
        "五家渠市的居民",  # a place's name stays one
        "这一升职令让他意外。",  # 升职: promotion, no litre
        "台词是强调在3C领域的领先。",  # 3C: consumer electronics
        "荣耀3C对红米。",  # a phone's name
        "市委五届二次全会提出",  # a session's ordinal
        "只做2级市场。",  # the secondary market
        "大致如表1。",  # a table's number
    ],
)
def test_near_misses_and_names_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("温差高达100C以上。", [("100C", 100, "C")]),  # degrees (以上 after them)
        ("共有1.2升排量。", [("1.2升", 1.2, "升")]),
        ("证监会查处5000亿场外杠杆", [("5000亿", 500_000_000_000, "")]),
        (
            "沪指暴跌5.77%失守3700 本周累计跌12.07%",
            [("5.77%", 5.77, "%"), ("3700", 3700, ""), ("12.07%", 12.07, "%")],
        ),
        ("他买了3本书。", [("3本", 3, "本")]),
    ],
)
def test_a_classifier_that_begins_a_word_leaves_the_span(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


#: Short sentences of the reviewed pages and OpenCC's s2twp conversions of them (Taiwan usage:
#: 臺, 億, 萬, 兩, 點, 噸): each pair must give the same figures.
_PAIRS = [
    ("配资公司自白：400万元账户平仓后只剩18万元", "配資公司自白：400萬元賬戶平倉後只剩18萬元"),
    ("沪指暴跌5.77%失守3700 本周累计跌12.07%", "滬指暴跌5.77%失守3700 本週累計跌12.07%"),
    ("半年两市大股东套现4774亿", "半年兩市大股東套現4774億"),
    ("日处理量170万吨的上海竹园污水厂", "日處理量170萬噸的上海竹園汙水廠"),
    ("每天下午1点到2点，是乐团练琴的时间", "每天下午1點到2點，是樂團練琴的時間"),
    ("动期间共销售416万台手机", "動期間共銷售416萬臺手機"),
    ("减至1200手调整为5000手", "減至1200手調整為5000手"),
    ("这将增加两倍的城市人口", "這將增加兩倍的城市人口"),
]


@pytest.mark.parametrize(("simplified", "traditional"), _PAIRS)
def test_taiwan_script_gives_the_figures_of_the_simplified(
    simplified: str, traditional: str
) -> None:
    assert len(simplified) == len(traditional)
    ours = figures(simplified, dates=True)
    theirs = figures(traditional, dates=True)
    assert [(value, len(span)) for span, value, _ in ours] == [
        (value, len(span)) for span, value, _ in theirs
    ]
    assert ours  # each pair holds a figure
