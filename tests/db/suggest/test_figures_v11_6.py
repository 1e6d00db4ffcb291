"""Figures v11.6: general forms from held-out 16's first run and the remaining errors of sets
9-16 (docs/performance.md, "Figures v11.6 (sets 9-16)"). Sentences written for them, none a gold
page's; each form with its negatives.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import find_figures

from .readings import EN, figures

# -- Names of eras, wars and agencies that hold a numeral; an idiom ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "这座塔建于五代十国时期，距今已有千年。",
        "五胡十六国时期北方战乱不断。",
        "战国七雄之中秦国最强。",
        "中国东北十四年抗战史实展在大连展出。",
        "他亲历了八年抗战。",
        "推翻压在人民头上的三座大山。",
        "英国秘密情报局（通称“军情六处”）局长表示。",
        "农二师二十九团今年种植棉花。",
        "第38军112师奉命出发。",
    ],
)
def test_a_numeral_inside_a_name_of_an_era_war_agency_or_unit_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这家公司五代人经营了百年。", [("五代", 5, "代")]),
        ("村里建了三座大桥。", [("三座", 3, "座")]),
        ("抗战持续了十四年。", [("十四年", 14, "年")]),
        ("这个师有三个团。", [("三个", 3, "个")]),
        ("全军3万人参加演习。", [("3万人", 30_000, "人")]),
    ],
)
def test_the_same_numerals_outside_those_names_still_count(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- 四周 "all around"; four weeks after a word of duration -------------------------------------


def test_si_zhou_around_a_thing_is_no_figure() -> None:
    assert figures("大家在红纸四周剪出了一圈花纹。") == []


@pytest.mark.parametrize(
    "text", ["培训为期四周。", "四周后复查。", "他在过去四周里每天训练。", "手术后4周可以下地。"]
)
def test_four_weeks_stay_a_duration(text: str) -> None:
    assert [(unit, value) for _, value, unit in figures(text)] == [(text[text.find("周")], 4)]


# -- Characters counted: 字 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("微博一度仅限140字。", [("140字", 140, "字")]),
        ("他在纸上剪出了“廉洁”两字。", [("两字", 2, "字")]),
    ],
)
def test_a_count_of_characters_keeps_its_classifier(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text", ["车停在十字路口。", "纸条上写着救命二字。", "墙上写有2019字样。", "这是3字头的车牌。"]
)
def test_shi_zi_and_words_beginning_with_zi_are_no_count(text: str) -> None:
    assert figures(text) == []


# -- Pounds and ounces written in characters --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("她诞下七磅女婴。", [("七磅", 7, "磅")]),
        ("金价每盎司上涨20美元。", [("20美元", 20, "美元")]),
        ("每10盎司售价不变。", [("10盎司", 10, "盎司")]),
    ],
)
def test_pounds_and_ounces_in_chinese_are_measures(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_heavyweight_is_no_pound() -> None:
    assert figures("一场磅礴大气的表演，发布重磅消息。") == []


# -- A page's counter in brackets ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["来源：新华网 参与互动(0)\n\n正文。", "评论(174) 转发（12）"])
def test_a_counter_in_brackets_after_its_label_is_no_figure(text: str) -> None:
    assert figures(text) == []


def test_a_number_in_brackets_after_other_words_still_counts() -> None:
    assert figures("参与调查的人(120名)都已回复。") == [("120名", 120, "名")]


# -- A product's model or version among Chinese words -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "三星Exynos 5100、高通X50都已商用。",
        "微软推出了JScript 9，取代了JScript 5.8。",
        "华为Mate 30系列将于9月发布。",
    ],
)
def test_a_model_number_after_a_latin_name_in_chinese_is_no_figure(text: str) -> None:
    assert [f for f in figures(text) if f[2] == ""] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("汇丰服务业PMI 53.5，综合PMI 51.2。", [("53.5", 53.5, ""), ("51.2", 51.2, "")]),
        ("Ostatecznie 290 posłów głosowało za ustawą.", [("290", 290, "")]),
        (EN + "The Cardinals beat Boston 7 to 2 on Sunday.", [("7", 7, ""), ("2", 2, "")]),
    ],
)
def test_an_indicator_in_capitals_and_latin_texts_keep_their_numbers(
    text: str, expected: list[Any]
) -> None:
    assert figures(text) == expected


# -- Two neighbouring clock hours listed with 、 ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "value"),
    [
        ("凌晨收工后，他于2、3点在餐厅用餐。", "2、3点", "T02/T03"),
        ("晚上8、9点最堵。", "8、9点", "T20/T21"),
    ],
)
def test_two_neighbouring_hours_listed_are_a_clock_time(text: str, start: str, value: str) -> None:
    found = [(text[f.start : f.end], f.value, f.kind) for f in find_figures(text)]
    assert found == [(start, value, "date")]
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他提出2、3点建议。", [("2、3", 2, "")]),
        ("文件的3、8点需要修改。", [("3、8", 3, "")]),
    ],
)
def test_listed_points_are_no_clock_time(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- People a headline counts without a classifier ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("飞机上省道 200警力护航", [("200", 200, "")]),
        ("官员遭3女子报复", [("3", 3, "")]),
        ("4少年溺水 2人获救", [("4", 4, ""), ("2人", 2, "人")]),
    ],
)
def test_people_counted_without_a_classifier_in_a_headline(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text", ["拨打12306网站客服。", "58同城发布报告。", "163508女子喝醉后被困\n"]
)
def test_names_and_a_teasers_rank_before_a_word_stay_refused(text: str) -> None:
    assert figures(text) == []


# -- A page's links numbered in turn -----------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["凤凰资讯\n\n热点图片1 热点图片2\n\n更多新闻", "专题3 专题4 专题5\n"]
)
def test_links_numbered_in_turn_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("热点图片1 更多新闻", [("1", 1, "")]),
        ("图片1 图片3", [("1", 1, ""), ("3", 3, "")]),
    ],
)
def test_a_label_without_its_next_number_is_read_as_before(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
