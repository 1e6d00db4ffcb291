"""Forms the seventh round's study of held-out 8's first run (and what was left of sets 0-7)
showed (issue 15; docs/performance.md, "Figures v8"), each a general form tested on sentences
written for it rather than any gold page's: a full stop that groups thousands only where the
writing convention does, the rand, clock times with a full-width colon, numbered lists, a
team's record, seasons and nights, a tenor, a quarter, words that merely hold a numeral."""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import find_figures

from .readings import EN, figures


def values(text: str, *, dates: bool = False) -> dict[str, Any]:
    return {quote: value for quote, value, _ in figures(text, dates=dates)}


# -- 1. A full stop groups thousands only where the writing convention does ------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("在岸人民币兑美元跌0.06%，报6.559元。", "6.559元", 6.559),  # Chinese: a decimal
        ("中间价报6.812，创新低。", "6.812", 6.812),
        ("汇率收于７．１２５元。", "７．１２５元", 7.125),  # full-width digits and stop
        (EN + "The yield rose to 4.125 in London.", "4.125", 4.125),  # English: a decimal
        (EN + "Attendance was 40.000 in Berlin.", "40.000", 40),
    ],
)
def test_a_full_stop_in_chinese_or_english_text_is_a_decimal_mark(
    text: str, quote: str, value: float
) -> None:
    assert values(text)[quote] == value


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("Harga bensin naik menjadi Rp6.559 per liter.", "Rp6.559", 6559),  # Indonesian
        (EN + "A litre now costs Rp 6.559 in Jakarta.", "Rp 6.559", 6559),  # rupiah in English
        (EN + "The fare is 6.559 rupiah this week.", "6.559 rupiah", 6559),
        (EN + "A ticket costs R$ 1.200 in São Paulo.", "R$ 1.200", 1200),  # the real
        ("Der Verein hat 40.000 Mitglieder in Berlin.", "40.000", 40000),  # German
        ("Las reservas ocupan 28.000 kilómetros cuadrados.", "28.000 kilómetros cuadrados", 28000),
    ],
)
def test_a_full_stop_groups_thousands_where_the_text_writes_them_so(
    text: str, quote: str, value: int
) -> None:
    assert values(text)[quote] == value


def test_a_number_with_two_full_stops_or_a_multiplier_is_read_as_written() -> None:
    assert values(EN + "The city had 1.234.567 people.")["1.234.567"] == 1234567
    assert values(EN + "It is worth RM6.162 million.")["RM6.162 million"] == 6162000


def test_two_figures_of_different_places_in_chinese_are_both_decimals() -> None:
    assert values("报6.559元；离岸报6.5654元。") == {"6.559元": 6.559, "6.5654元": 6.5654}


# -- 2. Forms of held-out 8 -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "high"),
    [
        ("The agency gets R4bn to hire staff.", "R4bn", 4_000_000_000, None),
        ("It set aside R7.5bn for roads.", "R7.5bn", 7_500_000_000, None),
        ("Estimates range from R20bn to R50bn, he said.", "R20bn", 20_000_000_000, None),
        ("It will cost R20bn to R50bn, he said.", "R20bn to R50bn", 20e9, 50e9),
        ("A grant of R 3 million was paid.", "R 3 million", 3_000_000, None),
    ],
)
def test_the_rand_before_a_number_with_a_multiplier(
    sentence: str, quote: str, value: float, high: float | None
) -> None:
    found = {f.start: f for f in find_figures(EN + sentence, include_dates=False)}
    (figure,) = [f for f in found.values() if (EN + sentence)[f.start : f.end] == quote]
    assert (figure.value, figure.unit, figure.kind) == (value, "R", "money")
    assert figure.extra.get("value_max") == high


def test_a_change_from_one_amount_of_rand_to_another_is_two_figures() -> None:
    text = EN + "Spending was cut from R11bn to R5.5bn this year."
    assert values(text) == {"R11bn": 11_000_000_000, "R5.5bn": 5_500_000_000}


def test_r_alone_is_the_rand_only_where_the_text_names_it() -> None:
    assert values(EN + "Pensioners in South Africa get R2,090 a month.")["R2,090"] == 2090
    assert "R2" not in values(EN + "Player R2 scored, and the R5 road was shut.")
    assert figures(EN + "The droid R2 was built in 1977 and R5 broke.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("北京时间9：45，人民币兑美元跌0.06%。", "T09:45"),
        ("香港时间14：30收盘。", "T14:30"),
        ("The market opened at 9:45 in the morning.", "T09:45"),
    ],
)
def test_a_clock_time_with_a_full_width_colon_is_one_time(text: str, value: str) -> None:
    found = figures(text, dates=True)
    assert value in [v for _, v, _ in found]
    assert not [q for q, v, _ in found if v in (9, 45, 14, 30)]


def test_numbered_list_markers_at_line_starts_are_no_figures() -> None:
    text = (
        "扫描二维码解锁更多技能\n1、回复【公租房】查看最新消息\n2、回复【福利】查看政策\n"
        "3、回复【地铁】查看线路"
    )
    assert figures(text) == []
    text = "推荐阅读\n1.广州新开四条航线\n2.南沙邮轮母港开港"
    assert values(text) == {"四条": 4}


def test_one_line_opening_with_a_number_and_a_comma_is_still_a_figure() -> None:
    assert values("今年共有3、4家企业入驻。") == {"3、4家": 3}  # "three or four", not a list


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Houston (9-3) plays San Diego State (10-3) in the bowl.", [9, 3, 10, 3]),
        ("His staff led the Cougars to a 22-4 record in two seasons.", [22, 4]),
        ("The team went on a 10-2-1 run this autumn.", [10, 2, 1]),
    ],
)
def test_a_teams_record_is_games_won_and_lost(sentence: str, counts: list[int]) -> None:
    found = [(q, v) for q, v, u in figures(EN + sentence) if not u]
    assert [v for _, v in found] == counts


def test_a_score_or_a_model_is_not_read_as_a_record() -> None:
    assert values(EN + "The jets were 737-800 planes.") == {"737-800": 737}
    assert [v for _, v, _ in figures(EN + "Children aged 5-11 were vaccinated.")] == [5]


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "unit"),
    [
        ("He was coordinator for the past two seasons.", "two seasons", 2, "seasons"),
        ("He spent six seasons as an assistant coach.", "six seasons", 6, "seasons"),
        ("She played 3 seasons in Spain.", "3 seasons", 3, "seasons"),
        ("At the 99-acre site, towers were found.", "99-acre", 99, "acre"),
        ("The package includes four nights in Rome.", "four nights", 4, "nights"),
    ],
)
def test_seasons_nights_and_acres_are_measures(
    sentence: str, quote: str, value: int, unit: str
) -> None:
    found = {f[0]: f for f in figures(EN + sentence)}
    assert found[quote][1:] == (value, unit)


def test_a_rankings_size_is_a_figure_and_a_conference_name_is_not() -> None:
    assert values(EN + "The film entered the Top-10 list.") == {"Top-10": 10}
    # the number alone since figures v12.18, as held-out 15 and 36 mark ``top 10``, ``top 300``
    assert values(EN + "It reached the top 40 in May.")["40"] == 40
    assert figures(EN + "He was an All-Big 12 quarterback in the Pac-12.") == []


def test_years_before_the_common_era_are_dates() -> None:
    found = values(EN + "The city dates back to 5,316 BCE; its coins to 500 BC.", dates=True)
    assert found == {"5,316 BCE": "-5315", "500 BC": "-0499"}
    assert (
        values(EN + "Augustus died in AD 14; Jesus was born c. 1 BC.", dates=True)["1 BC"] == "0000"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("二季度迄今点心债发行量跃升。", {}),  # a quarter: a date, not a count of seasons
        ("一季度经济增长5.3个百分点。", {"5.3个百分点": 5.3}),
        ("人民币兑美元1年期NDF跌。", {}),  # a tenor names a product
        ("10年期国债收益率回落。", {}),
        ("由近60万个零部件组成。", {"60万个": 600000}),  # words that merely hold a numeral
        ("或结合二十四节气推出夜场活动。", {}),
        ("专项整治电动车、二轮车、三轮车违法行为。", {}),  # vehicles named by their wheels
        ("男子与富二代女友同居。", {}),
        ("形成“5+5+50+X”的工作体系。", {}),  # a programme named by a formula
    ],
)
def test_words_that_merely_contain_a_numeral(text: str, expected: dict[str, Any]) -> None:
    assert values(text) == expected


def test_a_duration_of_years_with_qi_jian_is_still_a_figure() -> None:
    assert values("3年期间共投资50亿元。")["3年"] == 3
    assert values("三轮谈判后达成协议。")["三轮"] == 3


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("旅客可开启4晚5天之旅。", "4晚", 4, "晚"),
        ("全程为5晚6天。", "5晚", 5, "晚"),
        ("走了百米就到了。", "百米", 100, "米"),
        ("路边划设了百余米的禁停区。", "百余米", 100, "米"),
        ("祖孙两代人都在这里工作。", "两代", 2, "代"),
        ("司法部和 15 个州提起诉讼。", "15 个", 15, "个"),
        ("瑞穗料人民币将在6.55-6.60之间震荡。", "6.55-6.60", 6.55, ""),
    ],
)
def test_nights_a_hundred_metres_generations_and_a_spaced_classifier(
    text: str, quote: str, value: float, unit: str
) -> None:
    found = {f[0]: f for f in figures(text)}
    assert found[quote][1:] == (value, unit)


def test_words_after_these_units_are_not_amounts() -> None:
    assert figures("今晚八点，两代表出席。") == []
    assert "百年" not in values("按照百年一遇恶劣海况设计。")


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("沿着朝阳路从1号闸机口进入。", None, None),  # a numbered gate, not a day
        ("★1号、2号、3号入口处可通往出发大厅。", None, None),
        ("本月1号开始实施。", "1号", "---01"),
        ("哈马斯本月6日宣布同意。", "6日", "---06"),
        ("司法部在 3 月份提起诉讼。", "3 月", "--03"),
        ("司法部在三月份提起诉讼，十一月份结案。", "三月份", "--03"),
        ("目前11月的航线安排已经出炉。", "11月", "--11"),  # 目前, not 前11月
        ("直到上世纪40年代时，故宫仍然如此。", "40年代", "194X"),
        (EN + "He tabled the 2025/2026 budget.", "2025/2026", "2025/2026"),  # v12.8: an interval
        (EN + "In the financial year of 2024/25 it fell.", "2024/25", "2024/2025"),
        # rules 2.3: a range of days is one date (it was "13", --10-13, under rules 2.1)
        (
            EN + "It is to take place between October 11 and 13, he said.",
            "October 11 and 13",
            "--10-11/--10-13",
        ),
        (EN + "It is to take place on October 11 or 13, he said.", "13", "--10-13"),
        (EN + "It wants the pre-August 5 position back.", "August 5", "--08-05"),
    ],
)
def test_dates_of_held_out_8(text: str, quote: str | None, value: str | None) -> None:
    found = values(text, dates=True)
    if quote is None:
        assert found == {}
    else:
        assert found[quote] == value


def test_a_count_after_a_month_and_day_stays_a_count() -> None:
    found = values(EN + "On May 3 and 4 people came.", dates=True)
    assert found["4"] == 4


def test_the_first_months_are_still_a_duration() -> None:
    assert values("今年前11月销量增长。")["11月"] == 11


def test_a_capitalised_number_word_inside_a_sentence_before_a_name_is_a_name() -> None:
    assert figures(EN + "He confirmed it to Nine News on Monday.") == []
    assert values(EN + "Three people were hurt.") == {"Three": 3}  # a sentence's first word


def test_a_year_after_up_to_that_ends_a_clause_is_a_year() -> None:
    assert values(EN + "It rises from this year up to 2027.", dates=True)["2027"] == "2027"
    assert values(EN + "The hall holds up to 2027 people.")["2027"] == 2027


def test_number_one_is_a_rank_and_the_two_before_a_verb_a_pronoun() -> None:
    assert figures(EN + "Her priority is: Number 1 — consultations.") == []
    assert figures(EN + "The two were set to appear together.") == []
    assert values(EN + "The two men were set to appear.") == {"two": 2}
    assert values(EN + "Then the $4.8 billion will be paid.") == {"$4.8 billion": 4_800_000_000}
