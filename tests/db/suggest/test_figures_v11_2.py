"""Figures v11.2: forms in families that the first runs of held-out 9–12 showed recurring
(docs/performance.md, "Figures v11.2 (eleventh round)"). Sentences written for them, none a
gold page's; each form with its negatives.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import find_figures

from .readings import EN, figures


def _ranges(text: str) -> list[tuple[str, Any, Any, str]]:
    """(text, value, value_max, unit) of each figure that is not a date."""
    return [
        (text[f.start : f.end], f.value, f.extra.get("value_max"), f.unit)
        for f in find_figures(text, include_dates=False)
    ]


# -- Chinese approximate pairs with 两: 两三天 is 2 to 3 days, as 三四天 is 3 to 4 --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他们在机场等了两三天才回国。", [("两三天", 2, 3, "天")]),
        ("现场只来了两三个工作人员。", [("两三个", 2, 3, "个")]),
        ("這次事故造成兩三百萬元的損失。", [("兩三百萬元", 2000000, 3000000, "元")]),
        ("他一个月能赚两三千。", [("两三千", 2000, 3000, "")]),
        # the pairs read before stay as they were
        ("他们在机场等了三四天才回国。", [("三四天", 3, 4, "天")]),
        ("暴瘦四五十斤。", [("四五十斤", 40, 50, "斤")]),
    ],
)
def test_a_pair_with_liang_is_a_range(text: str, expected: list[Any]) -> None:
    assert _ranges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "近一两年P2P爆雷潮与互金监管越发趋严。",  # "a year or two": vague, as held-out 3 leaves it
        "两两相对而坐，气氛很好。",  # the same numeral twice: no pair
        "两三句话就说清楚了问题的关键。",  # 句 is no unit: nothing read
        "一二线城市的房价上涨。",  # tiers, not a pair
    ],
)
def test_liang_without_a_pair_is_no_range(text: str) -> None:
    assert _ranges(text) == []


# -- Scores: the verbs and the words of a result as families (sports.py) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The Yankees topped Boston 5-4 in 10 innings.", ["5", "4", "10"]),
        (EN + "Denver routed the Chiefs 38-10 on Sunday.", ["38", "10"]),
        (EN + "The Knicks fell 98-95 in overtime.", ["98", "95"]),
        (EN + "Arsenal fell to Chelsea 2-1 on Saturday.", ["2", "1"]),
        (EN + "The Lakers led 56-48 at the half.", ["56", "48"]),
        (EN + "The teams tied 2-2 after extra time.", ["2", "2"]),
        (EN + "Boston leads the series 3-1 after Game 4.", ["3", "1"]),
        (EN + "Denver rallied for a 24-17 overtime victory.", ["24", "17"]),
        (EN + "It was a 3-1 aggregate win for Porto.", ["3", "1"]),
        (EN + "Miami trailed 56-48 at halftime.", ["56", "48"]),
    ],
)
def test_a_score_after_a_verb_or_before_a_result_is_two_counts(
    text: str, expected: list[str]
) -> None:
    assert [written for written, _, _ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair that runs forwards is a range, whatever verb or result is around it
        (EN + "Its share fell 5-6 points in polls.", ["5-6"]),
        (EN + "Rates fell to 3-4 in the period.", ["3-4"]),
        (EN + "They hold a 2-3 percent lead.", ["2-3 percent"]),
        # a backward pair with no word of a game: two counts since figures v12.25 (was one)
        (EN + "The form lists 12-3 at the top.", ["12", "3"]),
    ],
)
def test_a_pair_without_a_score_reading_stays_a_range(text: str, expected: list[str]) -> None:
    assert [written for written, _, _ in figures(text)] == expected


# -- An index's whole points: a measure with its word, as 102.2 points (conventions.py) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "The Dow Jones Industrial Average fell 250 points, or 0.8%, to 31,000.",
            [("250 points", 250, "points"), ("0.8%", 0.8, "%"), ("31,000", 31000, "")],
        ),
        (
            EN + "The S&P 500 rose 12 points and the Nasdaq Composite added 1,024 points.",
            [("12 points", 12, "points"), ("1,024 points", 1024, "points")],
        ),
        (EN + "The FTSE 100 index closed up 45 points.", [("45 points", 45, "points")]),
        (EN + "The benchmark Kospi shed about 30 points.", [("30 points", 30, "points")]),
    ],
)
def test_an_index_moving_whole_points_is_a_measure(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a player's points name no index: a count, the noun outside (held-out 12's gold)
        (EN + "Danilo Gallinari added 25 points in his former home.", [("25", 25, "")]),
        (EN + "James scored 34 points and the Lakers won.", [("34", 34, "")]),
        # an index named in an earlier sentence does not reach
        (EN + "The index is up. Smith added 20 points for the Bulls.", [("20", 20, "")]),
        # no verb of change right before
        (EN + "The Dow has 30 points of contact with the economy.", [("30", 30, "")]),
    ],
)
def test_points_without_an_index_moving_stay_a_count(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- Chinese forms the rules settle that the detector had missed --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他称两日差不多投入十亿进入市场。", [("两日", 2, "日"), ("十亿", 1000000000, "")]),
        ("他在北京停留了兩日。", [("兩日", 2, "日")]),
        ("会议在3日和两日后举行。", [("两日", 2, "日")]),
    ],
)
def test_liang_ri_is_two_days_never_a_date(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "两日本企业宣布合作。",  # 日本: Japan
        "休息一两日就好。",  # a day or two: vague, as 一两天
        "他只休息了三两日。",  # a few days: vague
    ],
)
def test_liang_ri_inside_a_word_or_a_vague_pair_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加大对11大类重大投资工程包的支持。", [("11大类", 11, "大类")]),
        ("报告列出了5大種風險。", [("5大種", 5, "大種")]),
        ("报告覆盖了5大行业。", [("5大", 5, "大")]),  # as before: the major five
    ],
)
def test_kinds_counted_in_digits_are_marked_with_their_word(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_kinds_counted_in_characters_stay_unmarked() -> None:
    assert figures("全省分为七大类产业。") == []


# -- A height in feet and inches written in words: one measure, as 5'11" (forms.py) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The 6-foot-3 guard signed.", [("6-foot-3", 6.25, "ft")]),
        (EN + "The 6-foot-10-inch center signed.", [("6-foot-10-inch", 6.8333333333, "ft")]),
        # read before as one figure by the units (feet … inches), and left so
        (EN + "She stands 5 feet 11 inches tall.", [("5 feet 11 inches", 5.9166666667, "feet")]),
        (
            EN + "He is 6 ft 2 in and weighs 190 lbs.",
            [("6 ft 2 in", 6.1666666667, "ft"), ("190 lbs", 190, "lbs")],
        ),
    ],
)
def test_feet_and_inches_in_words_are_one_height(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "He jumped 7 feet 2 in the final.", [("7 feet", 7, "feet"), ("2", 2, "")]),
        (EN + "A 6-foot fence and 6 feet of snow.", [("6-foot", 6, "foot"), ("6 feet", 6, "feet")]),
        (
            EN + "The wall is 6 feet 3 meters wide.",
            [("6 feet", 6, "feet"), ("3 meters", 3, "meters")],
        ),
        (EN + "The 6-foot-12 line is no height.", [("6-foot", 6, "foot")]),  # 12 > 11 inches
    ],
)
def test_feet_without_inches_stay_feet(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- A tally written with "to" (voted 51 to 49): two counts, as 52-48 is (sports.py) --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The Senate voted 51 to 49 to confirm her.", ["51", "49"]),
        (EN + "The committee voted 7 to 2.", ["7", "2"]),
        (EN + "The Lakers beat the Celtics 112 to 107 on Sunday.", ["112", "107"]),
    ],
)
def test_a_tally_with_to_is_two_counts(text: str, expected: list[str]) -> None:
    assert [written for written, _, _ in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "They won 5 to 10 seats in the election.", ["5 to 10"]),  # forwards: a range
        (EN + "Support fell 30 to 20 percent in a year.", ["30 to 20 percent"]),  # a unit
        (EN + "Prices rose 2 to 3 percent.", ["2 to 3 percent"]),
    ],
)
def test_a_range_with_to_stays_one_figure(text: str, expected: list[str]) -> None:
    assert [written for written, _, _ in figures(text)] == expected
