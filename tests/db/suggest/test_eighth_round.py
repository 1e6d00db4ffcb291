"""Forms the eighth round's study of held-out 9's first run showed (issue 15; docs/performance.md,
"Figures v9"), each a general form tested on sentences written for it rather than any gold
page's: a law's articles listed together, sessions named by their number, 一 as "a" or "the
last", a method named by a formula, o'clock, the Namibian dollar, a range that the words after
it call one, a threshold after a comparison, a multiple in characters, a kind named 方面."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.figures import find_figures

from .readings import EN, figures


def quotes(text: str) -> list[str]:
    return [quote for quote, _, _ in figures(text)]


# -- 1. Numbers that name, rank or set a phrase, not an amount --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        EN + "The court struck down Articles 370 and 35A last year.",  # a law's articles, listed
        EN + "Rights under article 14 and 21 apply to everyone.",  # lower case, as in a ruling
        "会议贯彻十九届四中全会精神。",  # the nineteenth Central Committee's fourth plenum
        "十三届全国人大代表出席会议。",  # the thirteenth National People's Congress
        "这是极不寻常的一年。",  # 的一年: "a year", the article
        "打通服务群众的最后一公里。",  # 最后一公里: "the last mile", a set phrase
        "大年三十那天全家团圆。",  # New Year's Eve, a day's name
        "她采用“16+8减肥法”控制饮食。",  # a method named by a formula
        EN + "They met at five o'clock and left at 7 o’clock.",  # a time of day, not a count
        "老板只收了零头。",  # 零头: the odd change
        "两头在外的加工贸易模式。",  # a set phrase
        "他从三方面谈了看法。",  # 方面 in characters: a kind, like 三类
    ],
)
def test_numbers_that_name_rank_or_set_a_phrase_are_not_figures(text: str) -> None:
    assert quotes(text) == []


def test_counts_beside_those_forms_stay_figures() -> None:
    text = "十九届四中全会后，共有三届学生毕业，一年减100斤，提出6方面措施，产量增长一倍。"
    assert quotes(text) == ["三届", "100斤", "6方面", "一倍"]
    assert quotes(EN + "Section 5 of the act covers 40 towns, and 12 clocks were sold.") == [
        "40",
        "12",
    ]


# -- 2. Amounts the lists lacked ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        (EN + "Tickets cost N$85 at the gate.", "N$85", 85, "N$"),  # the Namibian dollar
        (EN + "The fund raised N$1.2 million.", "N$1.2 million", 1_200_000, "N$"),
        (EN + "The app has 8M+ downloads.", "8M", 8_000_000, ""),  # M before +: million
        ("春夏秋冬一共四季。", "四季", 4, "季"),  # after 一共 ("in all") a count again
        ("投入比去年多一倍。", "一倍", 1, "倍"),  # 多一倍: a multiple, not the article
        ("产量翻一倍。", "一倍", 1, "倍"),
    ],
)
def test_amounts_the_lists_lacked(text: str, quote: str, value: float, unit: str) -> None:
    assert (quote, value, unit) in figures(text)


def test_one_with_times_after_a_noun_stays_the_article() -> None:
    assert quotes("一倍的差距并不大。") == []


def test_a_hyphenated_page_count_is_a_length_and_pages_counted_are_not() -> None:
    text = EN + "He wrote a 91-page dissent, a three-page note and 32 pages in all."
    assert figures(text) == [("91-page", 91, "page"), ("three-page", 3, "page"), ("32", 32, "")]


def test_bracketed_counts_on_a_sources_line_are_citations() -> None:
    text = EN + "\n\nSources: New York Times (2), NBC News (2), Reuters"
    assert quotes(text) == []
    assert quotes(EN + "The house split (12) on the vote.") == ["12"]  # not a sources line


# -- 3. Ranges and thresholds -----------------------------------------------------------------


def test_a_range_the_words_after_it_call_one() -> None:
    found = find_figures("BMI在18.5-24之间属于正常。", include_dates=False)
    assert [(f.value, f.extra.get("value_max")) for f in found] == [(18.5, 24)]
    found = find_figures("误差控制在6-10以内。", include_dates=False)
    assert [(f.value, f.extra.get("value_max")) for f in found] == [(6, 10)]


def test_a_falling_pair_before_those_words_is_no_range() -> None:
    assert [f.extra for f in find_figures("编号2020-24之间的车", include_dates=False)] == []


def test_a_bare_number_after_a_comparison_is_a_threshold() -> None:
    assert quotes("BMI＞24属于超重，≥28属于肥胖。") == ["24", "28"]
    assert quotes("12306网站") == []  # without the comparison: still a name


# -- 4. Clock times with seconds ----------------------------------------------------------------


def test_a_clock_time_with_seconds_is_one_time_and_no_count() -> None:
    text = "发布时间：13:36:14 来源：新华网"
    assert figures(text, dates=True) == [("13:36:14", "T13:36:14", "")]
    assert figures(text) == []  # the seconds are not a count of 14


# -- 5. A day followed at once by its clock time is one date-time (rules 2.2) ---------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("6月24日12时55分，发生地震。", "6月24日12时55分", "--06-24T12:55"),  # no year
        ("2016年10月14日07:17 来源：腾讯", "2016年10月14日07:17", "2016-10-14T07:17"),
        ("更新于2020年07月08日 13:36:14", "2020年07月08日 13:36:14", "2020-07-08T13:36:14"),
        ("Updated 2019-09-07 15:05 and since", "2019-09-07 15:05", "2019-09-07T15:05"),
        ("It began on July 5, 2020, 10:30 a.m. in Paris.", "July 5, 2020, 10:30 a.m.",
         "2020-07-05T10:30"),
        ("Posted April 21, 2015, at 11:29 a.m.", "April 21, 2015, at 11:29 a.m.",
         "2015-04-21T11:29"),
        ("Stand: 15. Mai 2019, 05:28 Uhr", "15. Mai 2019, 05:28 Uhr", "2019-05-15T05:28"),
        ("北京时间9月11日凌晨0点30分举办", "9月11日凌晨0点30分", "--09-11T00:30"),
        ("5月20日下午3时开会", "5月20日下午3时", "--05-20T15:00"),  # 下午: after noon
        ("降雨从25日08时开始", "25日08时", "---25T08:00"),  # a day alone
    ],
)  # fmt: skip
def test_a_day_followed_at_once_by_its_clock_time_is_one_date_time(
    text: str, quote: str, value: str
) -> None:
    assert figures(text, dates=True) == [(quote, value, "")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("5月20日，8时开会", [("5月20日", "--05-20"), ("8时", "T08:00")]),  # a clause between
        ("on 3 February after 5 p.m.", [("3 February", "--02-03"), ("5 p.m.", "T17:00")]),
        ("June 13-17, 10:30", [("June 13-17", "--06-13/--06-17"), ("10:30", "T10:30")]),  # days
        ("2020年 10:30", [("2020年", "2020"), ("10:30", "T10:30")]),  # a year has no day
    ],
)
def test_a_time_apart_from_its_day_stays_a_time(text: str, dates: list[tuple[str, str]]) -> None:
    assert [(quote, value) for quote, value, _ in figures(text, dates=True)] == dates


def test_a_time_zone_after_a_clock_time_keeps_the_time() -> None:
    text = "UPDATE: Dec. 22, 2016, 2:16 p.m. EST Updated with a clarification."
    assert figures(text, dates=True) == [("Dec. 22, 2016, 2:16 p.m.", "2016-12-22T14:16", "")]
    assert figures("The talks ended at 1451 GMT on Monday.") == []  # still not a count


# -- 6. A possessive before a number names no model -------------------------------------------


def test_a_number_after_a_possessive_is_read_not_taken_for_a_model() -> None:
    text = EN + "After Russia's 2022 invasion, Samsung’s 500 stores closed."
    assert figures(text, dates=True) == [("2022", "2022", ""), ("500", 500, "")]
    assert quotes(EN + "The new Exynos 980 chip is out.") == []  # a name still


# -- 7. A plus sign after a number keeps its meaning ----------------------------------------------


def test_a_plus_sign_after_a_number_says_more_than() -> None:
    found = find_figures(EN + "The app has 500+ users and 8M+ downloads.", include_dates=False)
    assert [(f.value, f.extra.get("qualifier")) for f in found] == [
        (500, "more than"),
        (8_000_000, "more than"),
    ]
    sums = find_figures(EN + "He said 2+2 makes 4.", include_dates=False)
    assert all("qualifier" not in f.extra for f in sums)  # a sum, not "more than"


# -- 8. A clock time in characters after a part of the day ---------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("晚上十一点，忙碌了一天的他终于闲下来。", "晚上十一点", "T23:00"),
        ("下午三点半开会。", "下午三点半", "T15:30"),
        ("凌晨两点十分结束。", "凌晨两点十分", "T02:10"),
        ("晚上一点才睡。", "晚上一点", "T01:00"),  # past midnight: no +12
        ("1月24日晚上十一点，医院里", "1月24日晚上十一点", "--01-24T23:00"),  # with its day
    ],
)
def test_a_clock_time_in_characters_after_a_part_of_the_day(
    text: str, quote: str, value: str
) -> None:
    assert figures(text, dates=True) == [(quote, value, "")]


def test_characters_without_a_part_of_the_day_are_no_time() -> None:
    assert figures("这是一点小意思，晚上一点点就够了，三点建议。", dates=True) == []
