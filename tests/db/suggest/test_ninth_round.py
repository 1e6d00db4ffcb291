"""Forms the study of held-out 10's first run showed (issue 15; docs/performance.md, "Figures
v9.1 (set 10)"), each a general form tested on sentences written for it rather than any gold
page's: numbers that place or reach something (a street number, a telephone number, a postcode,
a mail domain, a legend's markers) and figures of several words that were read in pieces."""

from __future__ import annotations

import pytest

from marginalia.db.suggest.figures import find_figures

from .readings import EN, figures


def quotes(text: str) -> list[str]:
    return [quote for quote, _, _ in figures(text)]


# -- 1. Numbers that place or reach something, not an amount ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        EN + "Police arrested a man, of 1119 Eighth St., on Monday.",  # a street's abbreviation
        EN + "She lives at 3170 W. County Road 600S, near the river.",  # a direction, then a road
        EN + "Officers searched a garage behind 2134 Caldwell Place.",  # the suffix ends a line
        EN + "The shop at 2134 N. Main has closed.",  # an abbreviated direction before a name
        EN + "For copies, contact the desk at 1-800-843-0008 or write to us.",  # toll-free
        EN + "Its office can be reached on 202-555-0100 during the week.",
        "地址：北京市朝阳区大屯路\n\n邮政编码：100101\n",  # a postcode after its label
        "邮编 410007，请来信。",
        EN + "Write to zyyfy2016@163.com for details.",  # a mail domain
        EN + "Inside the module: (1) private crew quarters, (8) life support, (10) storage.",
        "电影《绝地战警4：生死与共》发布海报。",  # a sequel's number before its subtitle
        "《速度与激情9》今日上映。",  # a sequel's number ending its title
    ],
)
def test_numbers_that_place_or_reach_something_are_not_figures(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count before a street-like word that is no address: a lower-case noun follows
        (EN + "The city hired 40 Main Street cleaners and 12 Avenue guards.", ["40", "12"]),
        (EN + "A bulb rated 60 W lasts 1,000 hours.", ["60 W", "1,000 hours"]),  # watts
        (EN + "The plant produced 202 tons in 555 days.", ["202 tons", "555 days"]),
        ("邮件共发出100101封。", ["100101封"]),  # no postcode label: a count
        (EN + "The vote was close (12) and the motion failed.", ["12"]),  # one bracket alone
        ("报告《中国人口达14亿》发布，共印《手册》5本。", ["14亿", "5本"]),  # amounts in titles
    ],
)
def test_counts_beside_those_forms_stay_figures(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


# -- 2. Figures of several words, read whole -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "value", "extra"),
    [
        (EN + "An outbreak affected nearly three dozen people.", "three dozen", 36, {}),
        (EN + "It faced a [0.6% to 0.7%] headwind in Q3.", "0.6% to 0.7%", 0.6, {"value_max": 0.7}),
        (EN + "The state could avoid the $600-million cost.", "$600-million", 600_000_000, {}),
        (
            EN + "Symptoms show after one-to-seven days, it says.",
            "one-to-seven days",
            1,
            {"value_max": 7},
        ),
        (
            EN + "Symptoms show after one to seven days, it says.",
            "one to seven days",
            1,
            {"value_max": 7},
        ),
    ],
)
def test_figures_of_several_words_are_read_whole(
    text: str, quote: str, value: float, extra: dict[str, float]
) -> None:
    found = [f for f in find_figures(text) if text[f.start : f.end] == quote]
    assert len(found) == 1, quotes(text)
    assert found[0].value == value
    for key, expected in extra.items():
        assert found[0].extra[key] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "He was greeted by a crowd of several dozen.", []),  # vague, like "dozens of"
        (EN + "A few hundred fans waited outside.", []),
        (
            EN + "About a dozen owners met and bought 600 million shares.",
            ["a dozen", "600 million"],
        ),
        (EN + "One of them said the [1] note and [2-3] were cited.", []),  # citation marks
        (EN + "One reason is cost, and one woman left.", []),  # "one" without a range
    ],
)
def test_vague_amounts_markers_and_a_lone_one_stay_out(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected
