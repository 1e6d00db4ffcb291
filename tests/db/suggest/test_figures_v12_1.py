"""Figures v12.1: general forms from held-out 23's first run (docs/performance.md, "Figures
v12.1 (set 23)"; ADR 0136, "v12.1"). Sentences written for them in the pages' styles, none a
gold page's; each form with its near misses; then the saved set-23 pages where they are
installed (each gold figure found, with its value).
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .imported import saved_articles
from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("該公司採用七奈米製程生產晶片。", [("七奈米", 7, "奈米")]),
        ("台積電已量產3奈米與5奈米晶片。", [("3奈米", 3, "奈米"), ("5奈米", 5, "奈米")]),
        ("该芯片基于7纳米工艺。", [("7纳米", 7, "纳米")]),
        ("上海微電子正在研發28nm機台。", [("28nm", 28, "nm")]),
    ],
)
def test_nanometres_in_taiwans_spelling_are_measures(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "這款手機使用了日本廠商的零組件。",
        "这些零组件均由本地工厂供应。",
        "新北市五股一名老翁在斑馬線上遭撞。",
        "他開車到台南市七股時被警方攔下。",
        "我們認為在12年課綱裡面必須納入酒駕的危險。",
        "這正是他們在大選前一年左右時間裡建立的模式。",
        "比原定計畫提前一年完成。",
    ],
)
def test_words_and_names_with_numerals_are_no_figures(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全市三人受傷，零人死亡。", [("三人", 3, "人"), ("零人", 0, "人")]),
        ("工程耗時一年。", []),  # 一 with a unit of time alone: "a year" (unchanged)
        ("目前一共有3人受傷。", [("3人", 3, "人")]),
        ("前一万名报名者可获赠纪念品。", [("一万名", 10000, "名")]),
        ("新北市共有5人確診。", [("5人", 5, "人")]),
        ("比去年增长一倍。", [("一倍", 1, "倍")]),
    ],
)
def test_near_misses_stay_as_they_were(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "The Games will now take place on July 23-August 8 next year.",
            [("July 23", "--07-23", ""), ("August 8", "--08-08", "")],
        ),
        (
            EN + "It runs on July 27–August 7.",
            [("July 27", "--07-27", ""), ("August 7", "--08-07", "")],
        ),
        (EN + "The festival runs June 13-17.", [("June 13-17", "--06-13/--06-17", "")]),
    ],
)
def test_a_range_of_days_written_in_full_is_two_dates(text: str, expected: list[Any]) -> None:
    assert figures(text, dates=True) == expected


def test_a_race_is_named_by_its_distance() -> None:
    assert figures(EN + "She won the women's 100 metres final in London.") == []
    assert figures(EN + "He finished fourth in the 400m hurdles.") == []
    assert figures(EN + "The road is closed for a 100 metres stretch.") == [
        ("100 metres", 100, "metres")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "It announced a stimulus package of Rs 1.75 lakh crore.",
            [("Rs 1.75 lakh crore", 1_750_000_000_000, "Rs")],
        ),
        (EN + "He spent Rs 24 lakh on it.", [("Rs 24 lakh", 2_400_000, "Rs")]),
        (EN + "It costs Rs 20,000 crore.", [("Rs 20,000 crore", 200_000_000_000, "Rs")]),
        (
            EN + "Sales dropped slightly in 2019 to 1.24 million vehicles.",
            [("1.24 million", 1_240_000, "")],
        ),
        (EN + "Between 3 to 5 million people watched.", [("3 to 5 million", 3_000_000, "")]),
    ],
)
def test_values(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_the_year_before_a_to_amount_is_a_date() -> None:
    assert figures(EN + "Sales dropped in 2019 to 1.24 million.", dates=True) == [
        ("2019", "2019", ""),
        ("1.24 million", 1_240_000, ""),
    ]
    assert figures(EN + "It rose from 458 in 2011 to 753 in 2019.", dates=True) == [
        ("458", 458, ""),
        ("2011", "2011", ""),
        ("753", 753, ""),
        ("2019", "2019", ""),
    ]
    # a range of years, and a range after a year's number that runs forwards, are unchanged
    assert figures(EN + "He served between 2008 to 2016.", dates=True) == [
        ("2008", "2008", ""),
        ("2016", "2016", ""),
    ]


@pytest.mark.parametrize(
    "article_id",
    [
        "nsa-bbc-huawei",
        "nsa-pts-drunk",
        "hdt-moneycontrol-goldman",
        "hdt-reuters-skoda",
        "hdt-kdvr-aurora",
    ],
)
def test_the_saved_pages_figures_are_found_with_their_values(article_id: str) -> None:
    article = saved_articles(23)[article_id]
    found = find_figures(article.text)
    for span in article.spans:
        if span["label"] != "figure" or span["attributes"].get("kind") == "date":
            continue
        values = [f.value for f in found if f.start < span["end"] and span["start"] < f.end]
        assert span["attributes"]["value"] in values, span
