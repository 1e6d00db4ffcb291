"""Figures v11.4: general forms from held-out 14's first run (docs/performance.md, "Figures
v11.4 (set 14)"). Sentences written for them, none a gold page's; each form with its negatives.
"""

from __future__ import annotations

from typing import Any

import pytest

from .readings import EN, figures


def _written(text: str, *, dates: bool = False) -> list[str]:
    return [written for written, _, _ in figures(text, dates=dates)]


# -- A number with a multiplier is an amount, never a year ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("大连太平湾投资2000亿 未批先建", [("2000亿", 200_000_000_000, "")]),
        ("计划投资2000亿元的港区", [("2000亿元", 200_000_000_000, "元")]),
        (EN + "It raised 2000 million in the year.", [("2000 million", 2_000_000_000, "")]),
    ],
)
def test_a_number_with_a_multiplier_is_no_year(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_bare_four_digit_number_is_still_a_year() -> None:
    assert figures(EN + "It opened in 2000 and closed.", dates=True) == [("2000", "2000", "")]


# -- A counter's label shows digits; a noun before a count in characters is no counter --------


def test_a_count_in_characters_after_the_word_for_reviews_is_a_count() -> None:
    assert figures("前后发表论文、评论三十余篇，出版著作") == [("三十余篇", 30, "篇")]


def test_a_counter_in_digits_after_its_label_stays_refused() -> None:
    assert figures("网友热议 评论19064条") == []


# -- Kinds and chapters counted in digits (rules 2.3: 50余种, 13种) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("货车等4类运输车辆减半征收", [("4类", 4, "类")]),
        ("《规定》共11章56条", [("11章", 11, "章"), ("56条", 56, "条")]),
    ],
)
def test_kinds_and_chapters_in_digits_are_counts(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["货车等三类运输车辆", "这是第11章的内容", "续写新的一章。"])
def test_kinds_in_words_ordinals_and_the_article_stay_unmarked(text: str) -> None:
    assert figures(text) == []


# -- 折 above ten counts a play's acts; below ten it is tenths of a price ---------------------


def test_a_hundred_odd_acts_is_a_count_not_a_discount() -> None:
    assert figures("导演经典折子戏百余折，还执导") == [("百余折", 100, "折")]


def test_a_discount_in_tenths_is_unchanged() -> None:
    assert figures("全场商品打5折，部分八折") == [("5折", 50, "%"), ("八折", 80, "%")]


# -- 负 ending a verb (减负) is no minus sign --------------------------------------------------


def test_the_burden_reduced_is_no_negative_amount() -> None:
    assert figures("预计为纳税人减负180亿元。") == [("180亿元", 18_000_000_000, "元")]


def test_a_negative_amount_keeps_its_sign() -> None:
    assert figures("净利润为负180亿元。") == [("负180亿元", -18_000_000_000, "元")]


# -- An em dash with a space each side is the sentence's, not a range -------------------------


def test_a_spaced_em_dash_between_two_prices_is_no_range() -> None:
    text = EN + "A gallon was $2.554 — $1.15 less than in late June."
    assert figures(text) == [("$2.554", 2.554, "$"), ("$1.15", 1.15, "$")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Rents rose 3–5% this year.", [("3–5%", 3, "%")]),
        ("数据成本在2元—10元之间", [("2元—10元", 2, "元")]),
    ],
)
def test_a_close_dash_still_joins_a_range(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- "half" is a word (rules 2.3): half a billion dollars is no figure ------------------------


def test_half_a_scale_word_is_no_figure() -> None:
    text = EN + "It got more than a half a billion dollars above the request."
    assert figures(text) == []


def test_a_scale_word_after_a_is_still_one() -> None:
    text = EN + "It got a billion dollars above the request."
    assert figures(text) == [("a billion dollars", 1_000_000_000, "dollars")]


# -- A capitalised number word inside a sentence before a capitalised word is a name ----------


@pytest.mark.parametrize(
    "text",
    [
        EN + "The land was taken in the 1967 Six-Day War.",
        EN + 'The envoys were known as the "Three Amigos."',
        EN + 'They were the "Three Amigos." He never used the term "three amigos" himself.',
        EN + "Both leaders backed a two-state solution in the talks.",
    ],
)
def test_a_number_word_in_a_name_or_a_policy_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Three men were hurt.", [("Three", 3, "")]),
        (EN + 'He said, "Three people died."', [("Three", 3, "")]),
        (
            EN + "The war lasted six days and three amigos met.",
            [("six days", 6, "days"), ("three", 3, "")],
        ),
        (EN + "The two states signed.", [("two", 2, "")]),
    ],
)
def test_counts_beside_names_stay_figures(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- A quake's magnitude with its scale word; a text message's short code -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "It cracked in the magnitude-5.8 quake.", [("magnitude-5.8", 5.8, "magnitude")]),
        (EN + "A magnitude 7.1 earthquake struck.", [("magnitude 7.1", 7.1, "magnitude")]),
        (EN + "A 6.4-magnitude quake hit.", [("6.4-magnitude", 6.4, "magnitude")]),
    ],
)
def test_a_quake_magnitude_keeps_its_scale_word(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_number_beside_the_word_magnitude_in_other_senses_is_not_read_as_one() -> None:
    assert figures(EN + "The magnitude of the loss was $5 million.") == [
        ("$5 million", 5_000_000, "$")
    ]


@pytest.mark.parametrize("text", ["发送GP到6666 随时随地查行情", "编辑短信CX发送至10086查询"])
def test_a_text_messages_short_code_is_no_figure(text: str) -> None:
    assert figures(text) == []


def test_counts_after_the_verb_to_send_stay_figures() -> None:
    assert figures("已发送到3个部门，共发送1000条") == [("3个", 3, "个"), ("1000条", 1000, "条")]


# -- 二 with a classifier is a label (a count of two says 两); 一 beside it is one too ----------


@pytest.mark.parametrize(
    "text", ["全本《长生殿》（一本、二本）等剧目", "二期工程由于资金无法到位已经停工", "他是富二代"]
)
def test_two_written_er_with_a_classifier_is_a_label(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他买了两本书", [("两本", 2, "本")]),
        ("共二十个人，十二家", [("二十个", 20, "个"), ("十二家", 12, "家")]),
        ("住了二天就出院", [("二天", 2, "天")]),
        ("每生产三台就有一台", [("三台", 3, "台"), ("一台", 1, "台")]),
    ],
)
def test_two_as_liang_compounds_measures_and_parallel_counts_stay(
    text: str, expected: list[Any]
) -> None:
    assert figures(text) == expected
