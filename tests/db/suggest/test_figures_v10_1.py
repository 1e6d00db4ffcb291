"""Figures v10.1's general forms, from held-out 11's errors (docs/performance.md, "Figures v10.1
and captions v8.2 (set 11)"): engine and fuel units, a dash range after "from", a tennis
match's set scores, "1 in 10", a street number written again without its street, a counted noun
outside a hyphenated compound, and in Chinese an amount below zero, a price per unit, shares
(``股``), a duration in quotes and two amounts listed with ``、``. Sentences written for them,
none a gold page's; each form with its negatives."""

from __future__ import annotations

import pytest

from .readings import EN, figures


def quotes(text: str) -> list[str]:
    return [quote for quote, _, _ in figures(text)]


# -- Units of measure: horsepower, litres, miles per gallon --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The engine makes 180 horsepower.", [("180 horsepower", 180, "horsepower")]),
        (EN + "A 250-horsepower motor drives it.", [("250-horsepower", 250, "horsepower")]),
        (EN + "It has a 1.6-liter engine.", [("1.6-liter", 1.6, "liter")]),
        (EN + "She bought a 2-litre bottle.", [("2-litre", 2, "litre")]),
        (
            EN + "The car gets 50 miles per gallon.",
            [("50 miles per gallon", 50, "miles per gallon")],
        ),
        (EN + "The car gets 40 mpg on the road.", [("40 mpg", 40, "mpg")]),
    ],
)
def test_engine_and_fuel_units(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


def test_miles_alone_stay_miles() -> None:
    assert figures(EN + "They drove 50 miles per day.") == [("50 miles", 50, "miles")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash range with its unit after "from" is one range
        (EN + "Plants range from 30-600 MW in size.", ["30-600 MW"]),
        # "from … to …" stays a change, two figures; a bare "from 10-20" is not joined
        (EN + "Output rose from 30 to 600 MW last year.", ["30", "600 MW"]),
    ],
)
def test_a_dash_range_after_from(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


# -- A tennis match's set scores: two counts each, beside a word of the game --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "She won a 6-3, 6-1 victory over the champion.", ["6", "3", "6", "1"]),
        (EN + "He beat Jones 7-5, 6-4, 6-2.", ["7", "5", "6", "4", "6", "2"]),
        (EN + "knocking out Smith 6-1, 6-4, 6-3.", ["6", "1", "6", "4", "6", "3"]),
        (EN + "She outlasted her opponent 6-2, 7-5 on court.", ["6", "2", "7", "5"]),
    ],
)
def test_set_scores_are_counts(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


def test_scores_without_a_word_of_the_game_stay_ranges() -> None:
    assert quotes(EN + "Pages 6-4, 7-5 were torn.") == ["6-4", "7-5"]


def test_a_court_number_is_a_name() -> None:
    assert quotes(EN + "Out on Court 12, the seed won in three hours.") == ["three hours"]


# -- "1 in 10": a share, one figure --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "More than 1 in 10 children had a parent abroad.", ("1 in 10", 0.1)),
        (EN + "One in five adults said so.", ("One in five", 0.2)),
        (EN + "About 1 in 1,000 births is affected.", ("1 in 1,000", 0.001)),
    ],
)
def test_one_in_ten_is_a_fraction(text: str, expected: tuple[str, float]) -> None:
    found = figures(text)
    assert len(found) == 1
    assert found[0][0] == expected[0]
    assert found[0][1] == pytest.approx(expected[1])


@pytest.mark.parametrize(
    "text",
    [
        EN + "They won 3 in 2019 and lost in 10 days.",  # a count, then a year
        EN + "He scored 2 in 10 minutes.",  # a count within a time
    ],
)
def test_in_without_a_share_is_not_a_fraction(text: str) -> None:
    assert all("/" not in str(value) and value >= 1 for _, value, _ in figures(text))


# -- Addresses, releases, hyphenated counts --


def test_a_street_number_written_again_without_its_street() -> None:
    text = (
        EN + "It gave up 10.5 floors at 300 Slater Street and 2 floors at 180 Kent Street "
        "back to the city. 180 Kent is now empty, while 300 Slater is full."
    )
    assert quotes(text) == ["10.5 floors", "2 floors"]


def test_a_number_before_a_street_like_word_stays_a_count() -> None:
    assert quotes(EN + "The city hired 40 Main Street cleaners.") == ["40"]


def test_release_before_a_measure_is_a_verb() -> None:
    assert quotes(EN + "They chose to release 10.5 floors of space.") == ["10.5 floors"]
    assert quotes(EN + "Apple will release 10.5 soon.") == []  # a version


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "It has a four-cylinder engine.", [("four", 4, "")]),
        (EN + "He won in a five-setter.", [("five", 5, "")]),
        (EN + "It was a three-day visit.", [("three-day", 3, "day")]),  # a unit stays
        (EN + "The two-time champion lost.", [("two-time", 2, "time")]),  # "N times"
    ],
)
def test_a_counted_noun_stays_outside_a_hyphenated_compound(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    assert figures(text) == expected


# -- Chinese: below zero, per unit, shares, quotes, lists --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "利润影响分别为-3.5亿元、-1.2亿元。",
            [("-3.5亿元", -350000000), ("-1.2亿元", -120000000)],
        ),
        ("当月同比-2.1%，", [("-2.1%", -2.1)]),
        ("气温为-5℃。", [("-5℃", -5)]),
    ],
)
def test_an_amount_below_zero(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(q, v) for q, v, _ in figures(text)] == expected


@pytest.mark.parametrize("text", ["分享-2次", "编号A-3元"])
def test_a_dash_after_a_letter_or_a_word_is_no_minus(text: str) -> None:
    assert all(not (isinstance(v, int | float) and v < 0) for _, v, _ in figures(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("房价已涨到4万元/平方米以上。", [("4万元/平方米", 40000, "元/平方米")]),
        ("停车收费6元/小时。", [("6元/小时", 6, "元/小时")]),
        ("油价为60.5美元/桶。", [("60.5美元/桶", 60.5, "美元/桶")]),
        ("降到了3.1万元~3.3万元/平方米。", [("3.1万元~3.3万元/平方米", 31000, "元/平方米")]),
        ("车速为80公里/小时。", [("80公里/小时", 80, "公里/小时")]),
    ],
)
def test_a_price_per_unit_is_one_figure(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


def test_a_slash_before_no_unit_is_no_per() -> None:
    assert quotes("共3万元/人。") == ["3万元/人"]
    assert quotes("奖金3万元/A类") == ["3万元"]  # no unit after the slash


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他买入某科技300股后卖出。", ["300股"]),
        ("公司持有2000万股。", ["2000万股"]),
        ("第一大股东持有5000万股份。", ["5000万"]),  # 股份: a word, the amount stays
        ("沪深300股指期货下跌。", []),  # an index's name
    ],
)
def test_shares_are_counted(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


def test_a_duration_in_quotes_is_a_figure() -> None:
    assert quotes("法定“6个月”的时限缩短。") == ["6个月"]
    assert quotes(EN + "the so-called “714” loans") == []  # a number named in quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("总价分别为12.3亿、45.6亿元。", ["12.3亿", "45.6亿元"]),
        ("增速分别为1.2%、3.4%。", ["1.2%", "3.4%"]),
        ("有5、6家公司参加。", ["5、6家"]),  # five or six
        ("气温二、三十度。", ["二、三十度"]),
    ],
)
def test_amounts_listed_with_a_comma_are_two(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected
