"""Figures v12.6: the forms held-out 26's first run showed — a count written with 万 and the
digits below it, votes and parties counted in digits, versions counted in characters, a ratio to
one, a range of per-mille, a minus sign before a percentage, a range after "by", a report's
quoted headline; bills' numbers, a retirement plan, two-factor, "binary" and a comment counter
refused (docs/performance.md, "Figures v12.6 (set 26)"; ADR 0136, "v12.6"). Short sentences
written for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


def read(text: str) -> list[tuple[str, Any, str, str, dict[str, Any]]]:
    return [
        (text[f.start : f.end], f.value, f.unit, f.kind, f.extra)
        for f in find_figures(text, include_dates=False)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该调查对共计1万2000名美国成年人进行了采访。", [("1万2000名", 12000, "名")]),
        ("这项调查访问了26个国家的1万8515人。", [("26个", 26, "个"), ("1万8515人", 18515, "人")]),
        ("全市共有3万0500户居民。", [("3万0500户", 30500, "户")]),
        # a decimal before 亿 and a number after it: two figures (held-out 9)
        ("还有1.7亿65周岁及以上人口。", [("1.7亿", 170000000, ""), ("65周岁", 65, "周岁")]),
        ("今年已有2万人报名。", [("2万人", 20000, "人")]),
    ],
)
def test_wan_followed_by_its_digits_is_one_count(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("议会以397票赞同，0票反对的结果通过修正案。", [("397票", 397, "票"), ("0票", 0, "票")]),
        ("德国3党联合内阁瓦解后，总理接受专访。", [("3党", 3, "党")]),
        ("金庸去世，三版“小龙女”悼念。", [("三版", 3, "版")]),
        ("临床统计想变性者男多于女，约二比一。", [("二比一", 2, "")]),
    ],
)
def test_votes_parties_versions_and_a_ratio_to_one(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "故宫变得一票难求。",
        "票价上涨，3票价格相同的说法不对。",  # 票价: the word, not votes
        "该报第三版和头版都刊登了消息。",
        "剧照以一比一的比例搭建出来。",  # life size: a set phrase (held-out 24)
        "两党议员都反对。",  # a set word in characters (rules 2.3)
        "中國不出席20國集團峰會。",  # G20: a name
    ],
)
def test_their_near_misses_stay_unread(text: str) -> None:
    assert figures(text) == []


def test_a_range_of_per_mille_written_at_both_ends_is_one_figure() -> None:
    text = "岛外比例仅约千分之一到千分之二，专家学者深感讶异。"
    assert read(text) == [
        (
            "千分之一到千分之二",
            0.001,
            "",
            "other",
            {"value_max": 0.002, "fraction": "1/1000"},
        )
    ]


def test_a_range_of_per_cent_written_at_both_ends_is_one_percentage() -> None:
    text = "比例在百分之三到百分之五之间。"
    assert read(text) == [("百分之三到百分之五", 3, "%", "percent", {"value_max": 5})]


@pytest.mark.parametrize(
    "text",
    [
        "他们的性别认同包括非二元性別（non-binary gender）。",
        "这种二元对立的思维需要改变。",
        "(责任编辑：张庆龙) [我来说两句(3条)]",
        "热门文章 评论(12)",
    ],
)
def test_binary_and_a_comment_counter_are_no_figures(text: str) -> None:
    assert figures(text) == []


def test_two_yuan_stays_money() -> None:
    assert figures("每瓶只卖二元。") == [("二元", 2, "元")]


def test_a_reports_quoted_headline_keeps_its_opening_number() -> None:
    text = "（原题为《2000名跨性别者被迫绝育 荷兰政府道歉并赔偿每人3.9万元》）"
    assert figures(text) == [("2000名", 2000, "名"), ("3.9万元", 39000, "元")]
    assert figures("他唱了《56个民族新儿歌》。") == []  # a song's title names it


@pytest.mark.parametrize(
    "text",
    [
        "Workers are bracing for the impact of SB 478, a California law.",
        "The House passed H.R. 5 and the Senate passed S. 2938 on Monday.",
        "Drivers fought AB 5 and won Proposition 22 in the election.",
        "The state legislature passed Senate Bill 10 in May.",
        "Voters approved Prop 22 and Measure 110 in November.",
        "The job comes with health benefits including a 401k and a 403(b) plan.",
        "Employers may also offer a 401(k) to part-time staff.",
        "LastPass phishing attack avoids two-factor authentication in data theft.",
    ],
)
def test_bills_plans_and_two_factor_are_names(text: str) -> None:
    assert figures(EN + text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill would cost 478 jobs.", [("478", 478, "")]),
        ("The fund returned 401 percent.", [("401 percent", 401, "percent")]),
        ("The team has two factors in its favour.", [("two", 2, "")]),
    ],
)
def test_their_neighbours_stay_figures(text: str, expected: list[Any]) -> None:
    assert figures(EN + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company promises a response within five business days.",
            [("five business days", 5, "business days")],
        ),
        ("The refund arrives in 3 working days.", [("3 working days", 3, "working days")]),
    ],
)
def test_business_and_working_days_are_a_unit(text: str, expected: list[Any]) -> None:
    assert figures(EN + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Advisers measured a -0.4 percent return on the index.", ("-0.4 percent", -0.4)),
        ("Growth was -1.0 percent from 2008 to 2012.", ("-1.0 percent", -1)),
        ("Temperatures fell to (-5 degrees) overnight.", ("-5 degrees", -5)),
    ],
)
def test_a_minus_sign_written_close_makes_it_negative(text: str, expected: Any) -> None:
    assert [(found[0], found[1]) for found in figures(EN + text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rates of 5-8% are common.", [("5-8%", 5, "%")]),  # a range's dash
        ("Inflation was mid-30 percent last year.", []),  # no blank before the hyphen
    ],
)
def test_a_dash_that_is_no_sign_stays(text: str, expected: list[Any]) -> None:
    found = figures(EN + text)
    assert [(f[0], f[1]) for f in found if f[1] < 0] == []
    if expected:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Many venture capitalists say they overpaid by 20 to 30 percent.",
            [("20 to 30 percent", 20, "percent")],
        ),
        (
            "Funds are increasing their reserves by 10 percent to 25 percent over last year.",
            [("10 percent to 25 percent", 10, "percent")],
        ),
        # a change and the level it reached: two figures, as held-out 3, 4 and 23 mark them
        (
            "Residents voted to raise the minimum wage by $1 to $8.25 per hour.",
            [("$1", 1, "$"), ("$8.25", 8.25, "$")],
        ),
        ("The order went down by 30 to 126 planes.", [("30", 30, ""), ("126", 126, "")]),
        # a verb of change right before "by": the change and the level (v11.7's reading)
        ("The rate rose by 2% to 5% last year.", [("2%", 2, "%"), ("5%", 5, "%")]),
        (
            "The share rose from 10 percent to 25 percent.",
            [("10 percent", 10, "percent"), ("25 percent", 25, "percent")],
        ),
    ],
)
def test_a_range_after_by(text: str, expected: list[Any]) -> None:
    assert figures(EN + text) == expected
