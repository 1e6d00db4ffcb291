"""Rules 2.3 (docs/suggest-gold.md, "Rules 2.3"; the lead's decisions of the ninth round):
"N times" and ``N倍`` one figure with ``times``/``倍`` in the span, Chinese counts with ``人 名 位
对 大`` written in characters (not ``两国``, ``两岸``, ``双方``), dozens, numbers in a service's
name, and a range of days or months as one date whose value is an ISO 8601 interval. Each form
with its negatives, on sentences written for it (none a gold page's)."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.figures import find_figures

from .readings import EN, figures


def found(text: str, *, dates: bool = False) -> list[tuple[str, object, str, str]]:
    """(quote, value, unit, kind) of each figure in ``text``; dates only with ``dates``."""
    return [
        (text[f.start : f.end], f.value, f.unit, f.kind)
        for f in find_figures(text, include_dates=dates)
        if dates or f.kind != "date"
    ]


# -- "N times", N-fold and N倍: one figure, the multiplier word in the span ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The virus is three times as contagious as the flu.", ("three times", 3, "other")),
        (EN + "The bid was six times the value of the firm.", ("six times", 6, "other")),
        (EN + "Prices are 2.5 times higher than a year ago.", ("2.5 times", 2.5, "other")),
        (EN + "He was shot four times in the chest.", ("four times", 4, "count")),
        (EN + "The clause has been invoked seven times since 1992.", ("seven times", 7, "count")),
        (EN + "Cases rose 3-fold over the decade.", ("3-fold", 3, "other")),
    ],
)
def test_n_times_is_one_figure_with_times(text: str, expected: tuple[str, int, str]) -> None:
    quote, value, kind = expected
    unit = "fold" if quote.endswith("fold") else "times"
    assert (quote, value, unit, kind) in found(text)
    assert not any(q == quote.split("-")[0].split()[0] for q, *_ in found(text))


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("出口额比建交之初增长了近800倍。", "800倍", 800),
        ("能效比是第二名的3.3倍。", "3.3倍", 3.3),
        ("人口比发达经济体的总和多一倍。", "一倍", 1),
    ],
)
def test_bei_is_a_multiplier_of_kind_other(text: str, quote: str, value: float) -> None:
    assert (quote, value, "倍", "other") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        EN + "At times the crowd was loud, and these times are hard.",  # no number
        EN + "He said it twice, and the output doubled once.",  # words, not marked
        EN + "She read The New York Times every morning.",
    ],
)
def test_times_without_a_number_or_written_as_a_word_is_no_figure(text: str) -> None:
    assert found(text) == []


# -- Chinese counts in characters with 人 名 位 对 大; set words are not -------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("两人一见如故，尽管年龄相差很大。", "两人", 2, "人"),
        ("沙滩上有着脚印两对半。", "两对", 2, "对"),
        ("根据内部人士透露，三大运营商将调整补贴。", "三大", 3, "大"),
        ("现场有五名消防员和三位医生。", "五名", 5, "名"),
    ],
)
def test_a_numeral_in_characters_with_a_person_classifier_is_a_count(
    text: str, quote: str, value: int, unit: str
) -> None:
    assert (quote, value, unit, "count") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "中美两国关系止跌企稳。",
        "河流两岸的丛林很密。",
        "中法双方发表了联合声明。",
        "补贴形式可能有三大类。",  # kinds (七大类), not "the three major"
        "党的十八大以来，工作取得进展。",  # a congress's name
        "作为一名中国留学生，我很关注。",  # 一名: the article "a"
    ],
)
def test_set_words_kinds_names_and_the_article_are_not_counts(text: str) -> None:
    assert found(text) == []


# -- Dozens ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        (EN + "He sat among a dozen people at the meeting.", "a dozen", 12),
        (EN + "Two dozen buses were sent.", "Two dozen", 24),
        (EN + "Half a dozen officers arrived.", "Half a dozen", 6),
    ],
)
def test_a_dozen_is_twelve_with_its_article(text: str, quote: str, value: int) -> None:
    assert [(q, v) for q, v, _ in figures(text)] == [(quote, value)]


@pytest.mark.parametrize(
    "text",
    [
        EN + "She has written dozens of novels.",
        EN + "He was greeted by a crowd of several dozen.",
    ],
)
def test_dozens_are_vague(text: str) -> None:
    assert figures(text) == []


# -- A number in a service's name ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "地址：长沙市麓山路 24小时急救电话：0731-8000000",
        "请拨打24小时服务热线咨询。",
        EN + "Call the 24-hour hotline for help.",
        EN + "A 24-hour crisis line is open.",
        EN + "The desk is open 24/7 for readers.",
    ],
)
def test_the_hours_in_a_services_name_are_no_figure(text: str) -> None:
    assert [q for q, *_ in found(text) if q.startswith("24")] == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("停车超出则按每小时5元计算，24小时50元封顶。", "24小时"),  # a duration
        ("事故须在24小时内上报。", "24小时"),
        (EN + "The strike lasted 24 hours in all.", "24 hours"),
        (EN + "Workers began a 24-hour strike on Monday.", "24-hour"),
    ],
)
def test_twenty_four_hours_as_a_duration_stays_a_figure(text: str, quote: str) -> None:
    assert quote in [q for q, *_ in found(text)]


# -- A range of days or months: one date, an ISO 8601 interval -----------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("5月10-12日，中国人文社科年会举行。", "5月10-12日", "--05-10/--05-12"),
        ("总理将于9月16日至18日访问俄罗斯。", "9月16日至18日", "--09-16/--09-18"),
        ("2019年5月20日-31日，大桥半幅封闭。", "2019年5月20日-31日", "2019-05-20/2019-05-31"),
        ("1-10月，全县固定资产投资增长。", "1-10月", "--01/--10"),
        ("市场初期（2020-2025年）需求增长。", "2020-2025年", "2020/2025"),
        (EN + "The festival runs from 5-11 July in the town.", "5-11 July", "--07-05/--07-11"),
        (EN + "The visit is expected between October 11 and 13, officials said.",
         "October 11 and 13", "--10-11/--10-13"),
        (EN + "The summit, set for June 13 to 17, is in Paris.", "June 13 to 17",
         "--06-13/--06-17"),
        (EN + "The fair runs March 3 through 5, 2022, in the hall.", "March 3 through 5, 2022",
         "2022-03-03/2022-03-05"),
    ],
)  # fmt: skip
def test_a_range_of_days_or_months_is_one_date(text: str, quote: str, value: str) -> None:
    dates = [(q, v) for q, v, _, kind in found(text, dates=True) if kind == "date"]
    assert dates == [(quote, value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both ends written in full: two dates, as every set marks them
        ("股价9月12日至9月25日下跌近三成。", [("9月12日", "--09-12"), ("9月25日", "--09-25")]),
        # alternatives, not a range: the second day takes the first one's month
        (EN + "The vote is on May 3 or 4 in Paris.", [("May 3", "--05-03"), ("4", "--05-04")]),
        # a day range running backwards is no range: the first day alone
        ("会议5月3日至1日。", [("5月3日", "--05-03")]),
        (EN + "The talks of June 20 to 3 were held in the city.", [("June 20", "--06-20")]),
        # a number with its unit after "to" is no day
        (EN + "Yields rose on May 5 to 10 percent in the city.", [("May 5", "--05-05")]),
    ],
)  # fmt: skip
def test_full_ends_and_alternatives_stay_two_dates(
    text: str, expected: list[tuple[str, str]]
) -> None:
    dates = [(q, v) for q, v, _, kind in found(text, dates=True) if kind == "date"]
    assert dates == expected
