"""Figures v11: the forms of numbers in English news made general rather than one word a set
(docs/performance.md, "Figures v11"): units of measure in families, money in every notation,
exact values after a multiplier, a tally written backwards, and the page's and the telephone's
numbers refused. Sentences written for them, none a gold page's; each form with its negatives.
"""

from __future__ import annotations

import re

import pytest

from marginalia.db.suggest.dates import alternatives, trie_alternatives
from marginalia.db.suggest.figures import find_figures
from marginalia.db.suggest.numbers import scaled
from marginalia.db.suggest.units import CHINESE_UNITS, ENGLISH_UNITS

from .readings import EN, figures

# -- Units of measure in families: SI prefixes, squares and cubes, rates, hyphenated --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "She drank 500 millilitres of water.", [("500 millilitres", 500, "millilitres")]),
        (EN + "Each pill holds 40 milligrams.", [("40 milligrams", 40, "milligrams")]),
        (
            EN + "The plant made 400 megawatt-hours.",
            [("400 megawatt-hours", 400, "megawatt-hours")],
        ),
        (EN + "The farms add 2 gigawatts.", [("2 gigawatts", 2, "gigawatts")]),
        (EN + "They poured 3 cubic metres of soil.", [("3 cubic metres", 3, "cubic metres")]),
        (EN + "The fire burned 10 square miles.", [("10 square miles", 10, "square miles")]),
        (EN + "A 5,000-square-foot home was sold.", [("5,000-square-foot", 5000, "square-foot")]),
        (EN + "He drank 2 pints before noon.", [("2 pints", 2, "pints")]),
        (EN + "The car went 60 miles an hour.", [("60 miles an hour", 60, "miles an hour")]),
        (
            EN + "Winds blew at 20 metres per second.",
            [("20 metres per second", 20, "metres per second")],
        ),
        (
            EN + "The car does 30 miles per gallon.",
            [("30 miles per gallon", 30, "miles per gallon")],
        ),
    ],
)
def test_units_of_measure_in_families(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        EN + "They met 2 miles away and walked for an hour.",  # "miles an hour" needs "an hour"
        EN + "The 3 square tables stood in the hall.",  # "square" alone is no unit
    ],
)
def test_unit_families_leave_other_words(text: str) -> None:
    quotes = [quote for quote, _, _ in figures(text)]
    assert quotes in (["2 miles"], ["3"])


def test_unit_families_are_measures() -> None:
    found = find_figures(EN + "They dug 12 cubic feet and 4 kilometres.", include_dates=False)
    assert [f.kind for f in found] == ["measure", "measure"]


# -- Money in every notation --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The fine was N$85 in the end.", [("N$85", 85, "N$")]),
        (EN + "A ticket costs J$1,200 at the gate.", [("J$1,200", 1200, "J$")]),
        (EN + "The fee is TT$40 a month.", [("TT$40", 40, "TT$")]),
        (EN + "Bread costs ₵5 now.", [("₵5", 5, "₵")]),
        (EN + "The fare is ₾20 each way.", [("₾20", 20, "₾")]),
        (
            EN + "The bill came to 5 million Zimbabwean dollars.",
            [("5 million Zimbabwean dollars", 5_000_000, "Zimbabwean dollars")],
        ),
        (EN + "He paid 300 Brazilian reais.", [("300 Brazilian reais", 300, "Brazilian reais")]),
        (EN + "Shares fell to 340p, or £3.40.", [("340p", 340, "p"), ("£3.40", 3.4, "£")]),
        (EN + "Inflation was 2.9pc in March.", [("2.9pc", 2.9, "pc")]),
        (EN + "The club lost a million pounds.", [("a million pounds", 1_000_000, "pounds")]),
    ],
)
def test_money_in_every_notation(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


def test_money_notations_are_money_and_percent() -> None:
    text = EN + "Inflation was 2.9pc and the bill 5 million Zimbabwean dollars, or N$85."
    assert [f.kind for f in find_figures(text, include_dates=False)] == [
        "percent",
        "money",
        "money",
    ]


@pytest.mark.parametrize(
    "text",
    [
        EN + "The 1080p screen was bright.",  # pence only where pounds are written
        EN + "The Ministry of Finance and 12 Senior Officials met.",  # no currency after them
        EN + "The PC sold well.",
    ],
)
def test_money_notations_leave_other_letters(text: str) -> None:
    found = [(quote, unit) for quote, _, unit in figures(text)]
    assert all(unit == "" for _, unit in found), found


# -- Exact values after a multiplier --


@pytest.mark.parametrize(
    ("value", "multiplier", "expected"),
    [(8.3, 10**6, 8_300_000), (39.66, 10**8, 3_966_000_000), (2.5, 1, 2.5), (7, 1000, 7000)],
)
def test_a_multiplied_value_is_exact(value: float, multiplier: int, expected: float) -> None:
    result = scaled(value, multiplier)
    assert result == expected
    assert type(result) is type(expected)


def test_a_population_in_millions_is_a_whole_number() -> None:
    found = find_figures(EN + "The population is 8.3m, up from 7.9m.", include_dates=False)
    assert [f.value for f in found] == [8_300_000, 7_900_000]
    assert all(isinstance(f.value, int) for f in found)


# -- A court's or a board's tally: two counts, as a vote's --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The court ruled 6-3 on Monday.", [("6", 6, ""), ("3", 3, "")]),
        (EN + "The board split 5-4 on the plan.", [("5", 5, ""), ("4", 4, "")]),
        (EN + "The ages were 20-30 here.", [("20-30", 20, "")]),  # no vote word: a range
    ],
)
def test_a_ruling_is_a_tally(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


# -- Names with numbers --


@pytest.mark.parametrize(
    "text",
    [
        EN + "The BA.5 variant spread fast.",
        EN + "It aired on Channel 4 and BBC One.",
        EN + "They moved to Ward 7 and then Room 101.",
    ],
)
def test_names_with_numbers(text: str) -> None:
    assert figures(text) == []


def test_counts_listed_by_name_stay_counts() -> None:
    assert figures(EN + "Cases: Italy 793 and Spain 394, France 120.")[:1] == [("793", 793, "")]


# -- Telephone numbers and a page's counters --


@pytest.mark.parametrize(
    "text",
    [
        EN + "Call us on 020 7946 0958 today.",
        EN + "His number is 07700 900123.",
        EN + "Her office is on 0161 496 0000.",
        EN + "Appelez le 06 12 34 56 78 demain.",
        EN + "\n12 comments\n",
        EN + "\n1.2k views · 45 shares\n",
    ],
)
def test_telephone_numbers_and_page_counters(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The post drew 12 comments from readers.", [("12", 12, "")]),
        (EN + "The rate was 0.5 per cent on 1 May.", [("0.5 per cent", 0.5, "per cent")]),
        (EN + "It grew from 0 to 100 in a year.", [("0", 0, ""), ("100", 100, "")]),
    ],
)
def test_counts_in_a_sentence_stay(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


# -- Fractions and halves, and numbers in words of more than one word --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "He served 2½ years in prison.", [("2½ years", 2.5, "years")]),
        (EN + "The road runs ¾ mile.", [("¾ mile", 0.75, "mile")]),
        (
            EN + "It took three and a half years to build.",
            [("three and a half years", 3.5, "years")],
        ),
        (EN + "The talks lasted 2 and a half hours.", [("2 and a half hours", 2.5, "hours")]),
        (EN + "About 3/4 of the land is forest.", [("3/4", 0.75, "")]),
        (
            EN + "The firm hired two hundred and fifty drivers.",
            [("two hundred and fifty", 250, "")],
        ),
        (EN + "They built one hundred twenty-five homes.", [("one hundred twenty-five", 125, "")]),
    ],
)
def test_fractions_halves_and_long_number_words(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert figures(text) == expected


def test_a_fraction_records_its_parts() -> None:
    found = find_figures(EN + "About 3/4 of the land and ½ of the sea.", include_dates=False)
    assert [f.extra.get("fraction") for f in found] == ["3/4", "1/2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The attack on 9/11 changed it.", []),  # a date, not before "of"
        (EN + "Half of them left and a half-hearted plan failed.", []),  # "half" alone is vague
        (EN + "Between 200 and 300 people came.", [("200", 200, ""), ("300", 300, "")]),
        (EN + "Sales rose by one hundred and then fell.", [("one hundred", 100, "")]),
    ],
)
def test_fractions_and_word_numbers_negatives(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert figures(text) == expected


# -- Chinese: units in families, 千 that begins a unit, basis points, 一成 --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("震源深度10千米。", [("10千米", 10, "千米")]),
        ("每箱重5千克。", [("5千克", 5, "千克")]),
        ("电站装机300千瓦。", [("300千瓦", 300, "千瓦")]),
        ("新增装机2吉瓦。", [("2吉瓦", 2, "吉瓦")]),
        ("每瓶容量为500毫升，含糖20毫克。", [("500毫升", 500, "毫升"), ("20毫克", 20, "毫克")]),
        ("芯片响应时间为3纳秒。", [("3纳秒", 3, "纳秒")]),
        ("水箱容积为2立方分米。", [("2立方分米", 2, "立方分米")]),
        ("利率下调25个基点。", [("25个基点", 25, "个基点")]),
        ("涨幅为一成。", [("一成", 10, "%")]),
        ("工资提高了两成。", [("两成", 20, "%")]),
    ],
)
def test_chinese_units_in_families(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共有3千名员工。", [("3千名", 3000, "名")]),  # 千 before a classifier multiplies
        ("全市有2千多家企业。", [("2千多家", 2000, "家")]),
        ("规则一成不变。", []),  # an idiom
        ("这一成果很重要。", []),  # a word
        ("他一成年就走了。", []),
    ],
)
def test_chinese_families_leave_multipliers_and_words(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert figures(text) == expected


# -- An age keeps its "-old" --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "A 45-year-old man was hurt.", [("45-year-old", 45, "year")]),
        (EN + "The 93 year-old finished.", [("93 year-old", 93, "year")]),
        (EN + "A seven-month-old baby slept.", [("seven-month-old", 7, "month")]),
        (EN + "The tree is 3,000 years old.", [("3,000 years", 3000, "years")]),  # as the sets
        (EN + "They waited 45 years for it.", [("45 years", 45, "years")]),
    ],
)
def test_an_age_keeps_its_old(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


# -- Spans the sets mark whole: index points, a price per unit, degrees Celsius, hp --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("沪指收报2929.09点。", [("2929.09点", 2929.09, "点")]),
        ("道指下跌20点。", [("20点", 20, "点")]),
        ("指数站上4800多点。", [("4800多点", 4800, "点")]),
        (
            EN + "Panels cost $0.23/W and power $0.03/kWh.",
            [("$0.23/W", 0.23, "$/W"), ("$0.03/kWh", 0.03, "$/kWh")],
        ),
        (
            EN + "It was 20 degrees Celsius at noon.",
            [("20 degrees Celsius", 20, "degrees Celsius")],
        ),
        (EN + "The engine makes 176 hp at most.", [("176 hp", 176, "hp")]),
        (EN + "It cost US $6.9 billion in all.", [("US $6.9 billion", 6_900_000_000, "US $")]),
    ],
)
def test_spans_marked_whole(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议下午3点开始。", []),  # a clock's hour: a date
        ("晚上10点半见。", []),
        (EN + "The plan costs $7/month or $70/year.", [("$7", 7, "$"), ("$70", 70, "$")]),
    ],
)
def test_spans_marked_whole_negatives(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert figures(text) == expected


# -- Years: a bare range of two years, a year after "until at least" --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Surveys ran between 2008 to 2016 here.", [("2008", "2008"), ("2016", "2016")]),
        (EN + "No action is due until at least 2021.", [("2021", "2021")]),
        (EN + "It stays shut since about 1990.", [("1990", "1990")]),
    ],
)
def test_years_are_dates(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_figures(text)
    assert [(text[f.start : f.end], f.value) for f in found] == expected
    assert all(f.kind == "date" for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "They cut about 2000 jobs in about 2000 homes.", ["2000", "2000"]),
        (EN + "It drew at least 2021 votes.", ["2021"]),
        (EN + "Between 1200 to 1500 people came.", ["1200 to 1500"]),  # not years: a range
    ],
)
def test_counts_near_years_stay_counts(text: str, expected: list[str]) -> None:
    assert [quote for quote, _, _ in figures(text)] == expected


# -- "10x faster", feet and inches with primes, sq km, degrees glued --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The chip is 10x faster.", [("10x", 10, "times")]),
        (EN + "It costs 3x the price.", [("3x", 3, "times")]),
        (EN + "The 5'11\" guard played.", [("5'11\"", 5 + 11 / 12, "ft")]),
        (EN + "The fire covered 1,200 sq km.", [("1,200 sq km", 1200, "sq km")]),
        (EN + "It hit 40C in July.", [("40C", 40, "C")]),
    ],
)
def test_glued_and_abbreviated_forms(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = figures(text)
    assert [(q, u) for q, _, u in found] == [(q, u) for q, _, u in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize(
    "text",
    [
        EN + "A 4x4 vehicle and a 1920x1080 screen.",  # no comparison after the x
        EN + "He said 'I'll be there' at noon.",
        EN + "Article 5 C applies here.",  # a letter after a space is no unit
    ],
)
def test_glued_forms_negatives(text: str) -> None:
    assert all(unit not in ("times", "ft", "C") for _, _, unit in figures(text))


def test_glued_degrees_are_measures() -> None:
    found = find_figures(EN + "It hit 40C in July.", include_dates=False)
    assert [f.kind for f in found] == ["measure"]


# -- The units' alternatives as a trie: the same matches, faster --


@pytest.mark.parametrize("kind", ["english", "chinese"])
def test_trie_alternatives_match_as_the_list_does(kind: str) -> None:
    words = list(ENGLISH_UNITS if kind == "english" else CHINESE_UNITS)
    listed = re.compile(f"(?:{alternatives(words)})(?![A-Za-z])")
    trie = re.compile(f"(?:{trie_alternatives(words)})(?![A-Za-z])")
    samples = [*words, *(w + tail for w in words for tail in ("s", " of", "x", "/h", "."))]
    for sample in samples:
        a, b = listed.match(sample), trie.match(sample)
        assert (a and a.group()) == (b and b.group()), sample
