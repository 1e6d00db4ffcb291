"""Every number form of issues 8 and 15, in Chinese (both scripts) and English."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from marginalia.db.suggest.figures import find_figures


def only_figure(text: str, **options: Any) -> tuple[str, dict[str, Any]]:
    figures = find_figures(text, **options)
    assert len(figures) == 1, [(text[f.start : f.end], f.attributes()) for f in figures]
    figure = figures[0]
    return text[figure.start : figure.end], figure.attributes()


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "kind"),
    [
        # Arabic numerals with separators and decimals, also full-width
        ("共有1,500人参加", "1,500人", 1500, "人", "count"),
        ("A crowd of 1,500 gathered.", "1,500", 1500, "", "count"),
        ("增长到21.3万辆", "21.3万辆", 213000, "辆", "count"),
        ("It weighs 21.3 kg.", "21.3 kg", 21.3, "kg", "measure"),
        ("销量达１２３４５台", "１２３４５台", 12345, "台", "count"),
        ("增长１２％", "１２％", 12, "％", "percent"),
        # Chinese numerals
        ("全市每生產三臺新能源汽車", "三臺", 3, "臺", "count"),
        ("主要做了两个方面的工作", "两个", 2, "个", "count"),
        ("主要做了兩個方面的工作", "兩個", 2, "個", "count"),
        ("50余种果蔬在园区生长", "50余种", 50, "种", "count"),  # kinds in digits: counted
        ("总数为一千二百。", "一千二百", 1200, "", "count"),
        ("约占三分之一。", "三分之一", 1 / 3, "", "other"),
        ("七成受访者", "七成", 70, "%", "percent"),
        ("可以用一年5折回购", "5折", 50, "%", "percent"),
        ("容量为64GB的版本", "64GB", 64, "GB", "measure"),
        ("跌至零下5.2℃", "零下5.2℃", -5.2, "℃", "measure"),
        # mixed forms
        ("工業總產值突破1500億元大關", "1500億元", 150000000000, "元", "money"),
        ("工业总产值突破1500亿元大关", "1500亿元", 150000000000, "元", "money"),
        ("a loss of 4.6 billion yuan", "4.6 billion yuan", 4600000000, "yuan", "money"),
        ("Yahoo's $4.8 billion sale", "$4.8 billion", 4800000000, "$", "money"),
        ("prices rose 12% last year", "12%", 12, "%", "percent"),
        ("prices rose 12 percent", "12 percent", 12, "percent", "percent"),
        ("比去年增长百分之七", "百分之七", 7, "%", "percent"),
        ("the masks, worth ¥40,000, were", "¥40,000", 40000, "¥", "money"),
        ("kostet knapp 50 Euro im Store", "50 Euro", 50, "Euro", "money"),
        ("a range of 29.4 million pounds", "29.4 million pounds", 29400000, "pounds", "money"),
        # forms held-out set 3 showed
        ("climbing at 353 knots in cloud", "353 knots", 353, "knots", "measure"),
        (
            "search up to 10,000 square nautical miles",
            "10,000 square nautical miles",
            10000,
            "square nautical miles",
            "measure",
        ),
        ("less than 15 cents per hour", "15 cents", 15, "cents", "money"),
        ("Dimon Announces $4.9 Billion Profit", "$4.9 Billion", 4900000000, "$", "money"),
        ("价格从每项2毛钱起", "2毛钱", 2, "毛钱", "money"),
    ],
)
def test_number_forms(text: str, span: str, value: float, unit: str, kind: str) -> None:
    found, attributes = only_figure(text)
    assert found == span
    assert attributes["value"] == pytest.approx(value)
    assert attributes["unit"] == unit
    assert attributes["kind"] == kind


@pytest.mark.parametrize(
    ("text", "span", "value", "high", "unit"),
    [
        ("有3至5家企业", "3至5家", 3, 5, "家"),
        ("有三至五家企业", "三至五家", 3, 5, "家"),
        ("sell for $24 to $28 a pound", "$24 to $28", 24, 28, "$"),
        ("temperatures 10 to 20 degrees above", "10 to 20 degrees", 10, 20, "degrees"),
        ("a 3-5 million dollar deal", "3-5 million dollar", 3000000, 5000000, "dollar"),
        ("rates of 3–5% a year", "3–5%", 3, 5, "%"),
        ("市场份额占三至五成", "三至五成", 30, 50, "%"),  # 成 is a tenth
        ("上班时气温零下4到零下1℃", "零下4到零下1℃", -4, -1, "℃"),
        ("北转南风2、3级", "2、3级", 2, 3, "级"),
        ("每亩年收入可达6万至8万元", "6万至8万元", 60000, 80000, "元"),
        ("数据成本普遍在2元—10元之间", "2元—10元", 2, 10, "元"),  # the unit at both ends
    ],
)
def test_ranges(text: str, span: str, value: float, high: float, unit: str) -> None:
    found, attributes = only_figure(text)
    assert found == span
    assert attributes["value"] == value
    assert attributes["value_max"] == high
    assert attributes["unit"] == unit


def test_from_to_is_a_change_not_a_range() -> None:
    text = "rose from 10 to 20 people"
    assert [text[f.start : f.end] for f in find_figures(text)] == ["10", "20"]
    text = "价格从每项2元到10元不等"
    assert [text[f.start : f.end] for f in find_figures(text)] == ["2元", "10元"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("the 2002-2006 housing bubble", "2002-2006", "2002/2006"),
        ("在2017-2018年左右迎来大爆发", "2017-2018年", "2017/2018"),
        ("Copyright © 1996-2019 SINA Corporation", "1996-2019", "1996/2019"),
    ],
)
def test_spans_of_years_are_dates(text: str, span: str, value: str) -> None:
    assert find_figures(text, include_dates=False) == []
    assert only_figure(text) == (span, {"value": value, "unit": "", "kind": "date"})


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier"),
    [
        ("约320亿元", "320亿元", 32000000000, "about"),
        ("在国外生活了近10年", "10年", 10, "nearly"),
        ("将近10年", "10年", 10, "nearly"),
        ("超过200人", "200人", 200, "more than"),
        ("尚有900多万人口", "900多万人", 9000000, "more than"),
        ("销售额占60%以上", "60%", 60, "at least"),  # 以上 stays outside the span
        ("about 25 bodies a week", "25", 25, "about"),
        ("nearly 162,000 cases", "162,000", 162000, "nearly"),
        ("more than 200 people", "200", 200, "more than"),
        ("at least 40 bodies", "40", 40, "at least"),
    ],
)
def test_approximations_keep_their_meaning(
    text: str, span: str, value: int, qualifier: str
) -> None:
    found, attributes = only_figure(text)
    assert found == span
    assert attributes["value"] == value
    assert attributes["approximate"] is True
    assert attributes["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "span", "value", "fraction"),
    [
        ("约占三分之一。", "三分之一", 1 / 3, "1/3"),
        ("四分之三的受访者", "四分之三", 3 / 4, "3/4"),
        ("two-thirds of the voters and the rest", "two-thirds", 2 / 3, "2/3"),
        ("one third of the cases were in the city", "one third", 1 / 3, "1/3"),
    ],
)
def test_fractions_keep_their_meaning(text: str, span: str, value: float, fraction: str) -> None:
    found, attributes = only_figure(text)
    assert found == span
    assert attributes["value"] == pytest.approx(value)
    assert attributes["fraction"] == fraction


def test_exact_figures_are_not_approximate() -> None:
    assert "approximate" not in only_figure("認定企業351家")[1]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("6月24日上午", "6月24日", "--06-24"),
        ("7月8日上午", "7月8日", "--07-08"),  # never the number 708
        ("到2027年,", "2027年", "2027"),
        ("2024年6月24日", "2024年6月24日", "2024-06-24"),
        ("2011年9月", "2011年9月", "2011-09"),
        ("每年12月向来是", "12月", "--12"),
        ("１月のイソップ童話", "１月", "--01"),
        ("上世纪八十年代", "上世纪八十年代", "198X"),
        ("in 2013 he", "2013", "2013"),
        ("April 28, 2019 at", "April 28, 2019", "2019-04-28"),
        ("on 30 April the", "30 April", "--04-30"),
        ("since 9/11 by", "9/11", "--09-11"),
        ("15. Mai 2019", "15. Mai 2019", "2019-05-15"),
        ("am 03.11.2023 um", "03.11.2023", "2023-11-03"),
        ("en noviembre de 1998 y", "noviembre de 1998", "1998-11"),
        ("At 6:36 p.m., the", "6:36 p.m.", "T18:36"),
        ("the mid-2000s", "2000s", "200X"),
    ],
)
def test_dates_are_iso_dates_and_only_with_the_date_kind(text: str, span: str, value: str) -> None:
    found, attributes = only_figure(text, include_dates=True)
    assert (found, attributes["value"], attributes["kind"]) == (span, value, "date")
    assert find_figures(text, include_dates=False) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("民主党计划在星期三（11日）提出动议", "11日", "---11"),
        ("25日08时至26日08时", "25日08时", "---25T08:00"),  # a day and its time: rules 2.2
        ("凌晨0点30分在总部", "0点30分", "T00:30"),
        ("午后14时气温仅4℃", "14时", "T14:00"),
    ],
)
def test_chinese_days_and_clock_times_are_dates(text: str, span: str, value: str) -> None:
    dates = [f for f in find_figures(text, include_dates=True) if f.kind == "date"]
    assert (text[dates[0].start : dates[0].end], dates[0].value) == (span, value)
    assert all(f.kind != "date" for f in find_figures(text, include_dates=False))


@pytest.mark.parametrize(
    ("text", "span", "value", "extra"),
    [
        (
            "it was negative six-point-six degrees Celsius",
            # the scale in the span, as sets 1 and 8 mark it (figures v11)
            "negative six-point-six degrees Celsius",
            -6.6,
            {},
        ),
        ("lows two to five degrees lower than the", "two to five degrees", 2, {"value_max": 5}),
        ("elected by the city's six-member council was", "six", 6, {}),
        ("it uses more than one million tons of asphalt", "one million tons", 1000000, {}),
    ],
)
def test_number_words_with_signs_decimals_ranges_and_compounds(
    text: str, span: str, value: float, extra: dict[str, Any]
) -> None:
    found, attributes = only_figure(text + " The vote was for the council.")
    assert found == span
    assert attributes["value"] == pytest.approx(value)
    assert {k: attributes[k] for k in extra} == extra


def test_dates_are_left_out_by_default() -> None:
    from marginalia.db.suggest import suggest

    text = "7月8日，全市1500家企业参加。"
    found = [
        (text[s.start : s.end], s.attributes["value"]) for s in suggest(text, labels={"figure"})
    ]
    assert found == [("1500家", 1500)]
    dated = suggest(text, labels={"figure"}, include_dates=True)
    assert [(text[s.start : s.end], s.attributes["value"]) for s in dated] == [
        ("7月8日", "--07-08"),
        ("1500家", 1500),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the misfires issue 15 names: classifier and ordinal phrases
        "他们组成了一支队伍。",
        "这是一种新的语言。",
        "学界主要有两种观点。",
        "他是第一个到达的人。",
        "两类问题都要解决",
        # and the set phrases and grades around them
        "今年两会提案中",
        "一带一路建设",
        "十三五规划",
        "读小学一年级",
    ],
)
def test_classifiers_ordinals_and_set_phrases_are_not_figures(text: str) -> None:
    assert [text[f.start : f.end] for f in find_figures(text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "第三个方面",  # ordinal
        "the third floor",
        "Covid-19 spread",
        "the iPhone 4 for",
        "4G and 3D and G7",
        "OS X 10.10 and Version 5.3",
        "本網聯繫電話:67175860",  # a phone number
        "聯絡電話：03-584-7231",
        "新一网（08008.HK）",  # a stock code
        "奖 [1-2] ；",  # citation markers
        "一手抓傳統產業",
        "一直把發展",
        "是一项艰苦卓绝的工作",  # 一 as the article "a"
        "近一个月来",  # 一 + classifier: "a month", nothing counted against it
        "1.\n\nFinland",  # a list's marker
        "河北农大果树93(01)班",  # a class code
        "58同城董事长姚劲波",  # a name
        "turned into 24/7 billboards",  # "always"
        "He knows a thing or two about the deal, and the rest was easy.",
        "It takes place on days one and four of the conference, and that is all.",
        "一年四季生产",
        "上下五千年",
        "the total is 10^5 * n",  # a formula
        "千里迢迢、从四面八方",
        "one of my strengths",
        # forms held-out set 3 showed
        "keep interest rates near zero for years",
        "国庆70周年庆祝活动首次联合演练",  # an anniversary
        "意见反馈留言板 400-052-0066 欢迎批评指正",  # a phone number
        "was reported in the 23300 block of Edmond Street",  # an address
        "asked for directions to Highway 74 and left",
        "she was advised by the No 10 policy unit",
        "为“714”高炮、套路贷提供数据",  # a number named in quotes
        "他们可能会四处活动",
        "近一两年P2P爆雷潮",  # vague
        "A minute or two later, he said that the men had left the car.",
        "热点新闻\n\n163508成龙参观张北草原天路",  # a teaser's rank and views
    ],
)
def test_not_figures(text: str) -> None:
    assert [text[f.start : f.end] for f in find_figures(text)] == []


def test_english_number_words() -> None:
    text = "Four of the 12 boxes were gone after eight years and a three-day trip."
    found = [(text[f.start : f.end], f.attributes()["value"]) for f in find_figures(text)]
    assert found == [("Four", 4), ("12", 12), ("eight years", 8), ("three-day", 3)]


def test_lone_one_counts_beside_another_count() -> None:
    text = "每生產三臺新能源汽車就有一臺是江北造"
    assert [text[f.start : f.end] for f in find_figures(text)] == ["三臺", "一臺"]


def test_figures_do_not_overlap_and_are_ordered() -> None:
    text = "2023年6月24日,江北規上工業總產值突破1500億元,约320亿元,3至5家,12%."
    figures = find_figures(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(figures))
