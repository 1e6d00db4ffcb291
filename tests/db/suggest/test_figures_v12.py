"""Figures v12: general forms from held-out 22's first run (docs/performance.md, "Figures v12
(set 22)"; ADR 0136). Sentences written for them in the pages' styles, none a gold page's; each
form with its near misses; then the saved set-22 pages where they are installed (each gold
figure found, with its value).
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .imported import saved_articles
from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR == "figures/v12"


# -- Years of the Minguo era are dates, in the common era ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("林金富表示，民國109年以來共抽驗55件。", [("民國109年", "2020", ""), ("55件", 55, "件")]),
        ("中央社記者曼谷傳真 112年8月23日", [("112年8月23日", "2023-08-23", "")]),
        (
            "民國112年8月23日下午3時，市府召開記者會。",
            [("民國112年8月23日下午3時", "2023-08-23T15:00", "")],
        ),
        ("衛生局於98年3月5日公告新制。", [("98年3月5日", "2009-03-05", "")]),
        ("本案預計於113年6月完工。", [("113年6月", "2024-06", "")]),
        ("根據民国38年的档案记载。", [("民国38年", "1949", "")]),
    ],
)
def test_a_minguo_year_is_a_date_in_the_common_era(text: str, expected: list[Any]) -> None:
    assert figures(text, dates=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("這座廟宇已有112年來的歷史。", [("112年", 112, "年")]),
        ("這家老店已有100年歷史。", [("100年", 100, "年")]),
        ("等了109年的韩国，这次终于和日本撕破脸了。", [("109年", 109, "年")]),
        ("法院判處被告有期徒刑3年8月。", [("3年", 3, "年")]),
        ("泰國前總理戴克辛結束15年流亡生涯返國。", [("15年", 15, "年")]),
    ],
)
def test_counts_of_years_stay_counts(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_common_era_date_is_unchanged() -> None:
    assert figures("2023年8月23日，賽塔獲正式任命。", dates=True) == [
        ("2023年8月23日", "2023-08-23", "")
    ]


# -- Units: becquerels per litre, a trillion in 兆, hectopascals, flights, points ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "稀釋比例為740倍，使14萬貝克／公升的氚濃度稀釋至190貝克／公升。",
            [
                ("740倍", 740, "倍"),
                ("14萬貝克／公升", 140000, "貝克／公升"),
                ("190貝克／公升", 190, "貝克／公升"),
            ],
        ),
        (
            "預計排放的氚濃度總計約5兆貝克，符合年排放量22兆貝克以下。",
            [("5兆貝克", 5 * 10**12, "貝克"), ("22兆貝克", 22 * 10**12, "貝克")],
        ),
        ("國家總預算達3兆元新台幣。", [("3兆元", 3 * 10**12, "元")]),
        ("最低瞬時海平面氣壓 953.2百帕，紀錄至今未被打破。", [("953.2百帕", 953.2, "百帕")]),
        (
            "截至中午，有大約 366班航班取消，約40班航班延誤。",
            [("366班", 366, "班"), ("40班", 40, "班")],
        ),
        ("今年也擴大海水監測點位置到107點、強化沿近海漁產檢測。", [("107點", 107, "點")]),
    ],
)
def test_new_chinese_units(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("該風電場裝機容量5兆瓦。", [("5兆瓦", 5, "兆瓦")]),
        ("家里装了100兆宽带。", []),  # the mainland's 兆 of bandwidth: no trillion
        ("全程3千米，耗时20分钟。", [("3千米", 3, "千米"), ("20分钟", 20, "分钟")]),
        ("他在初二3班读书，三年级2班的学生也来了。", []),  # a school class's name
        ("收盘报3629.56点。", [("3629.56点", 3629.56, "点")]),
    ],
)
def test_near_misses_of_the_new_units(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_miles_per_hour_glued_to_the_number() -> None:
    assert figures(EN + "Jersey was hit by 100mph winds.") == [("100mph", 100, "mph")]


# -- Numerals in characters: 一倍 after a bound word, 二人, 二度 (a second time), 另一個 -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("防務預算較8年前增長近一倍。", [("8年", 8, "年"), ("一倍", 1, "倍")]),
        ("但是二人最終會面的地點，外界至今未有確認。", [("二人", 2, "人")]),
        ("氣溫降到零下二度。", [("零下二度", -2, "度")]),
        ("另一万元用于装修。", [("一万元", 10000, "元")]),
    ],
)
def test_numerals_in_characters_that_count(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "攤商販售羊肉價格遠低於市價，二度送檢驗後發現不含羊肉。",
        "他们在晚会上表演了二人转。",
        "這些政黨中，另一個則與軍方關係密切。",
        "這條路有另一家便利商店。",
    ],
)
def test_numerals_in_characters_that_do_not_count(text: str) -> None:
    assert figures(text) == []


# -- Amounts before a noun or a name, after a bound word -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("超強颱風襲粵 逾400航班受影響", [("400", 400, "")]),
        ("蘋果將自己定位為全球超過10億iPhone用戶的守門人。", [("10億", 10**9, "")]),
    ],
)
def test_an_amount_after_a_bound_word(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["58同城发布报告。", "东莞证券针对5000万VIP的风险预警。"])
def test_without_a_bound_word_a_name_stays_unread(text: str) -> None:
    assert figures(text) == []


# -- A law's article, a quoted title's number, a typhoon signal -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "因涉違反刑法255條意圖欺詐他人。",
        "前進黨推動修改刑法112條。",
        EN + 'Productions were paused, including "Deadpool 3," "Gladiator 2" and "Wicked."',
        "1架巴西航空工業公司製造的「萊格賽600」私人飛機墜毀。",
        "天文台發出 8號風球，晚上改掛10號風球。",
    ],
)
def test_names_and_labels_are_no_figures(text: str) -> None:
    assert [f for f in figures(text, dates=True) if f[0] != "1架"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("修正案共修改255條條文。", [("255條", 255, "條")]),
        (EN + 'He said "We hired 300" and left.', [("300", 300, "")]),
        (EN + "Deadpool sold 3 million tickets.", [("3 million", 3 * 10**6, "")]),
        ("今天是8月8號，天氣很好。", []),
    ],
)
def test_near_misses_stay_figures(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


# -- Clock times: a part of the day before the hour, midnight -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "Watch my documentary Saturday night at 8 on HBO.", [("8", "T20:00", "")]),
        (EN + "The show airs Sunday morning at 10 on ABC.", [("10", "T10:00", "")]),
        (EN + "The strike ends at 12:01 a.m. on Thursday.", [("12:01 a.m.", "T00:01", "")]),
        ("至於下午 2時後的航班，基本上會取消。", [("下午 2時", "T14:00", "")]),
        ("賽塔在晚間6時獲正式任命。", [("晚間6時", "T18:00", "")]),
    ],
)
def test_clock_times(text: str, expected: list[Any]) -> None:
    assert figures(text, dates=True) == expected


def test_a_rate_after_a_part_of_the_day_is_no_time() -> None:
    assert figures(EN + "Rates rose on Friday night at 8 percent.") == [("8 percent", 8, "percent")]


# -- The saved set-22 pages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "article_id", ["nsa-ltn-fukushima", "nsa-rfi-saola", "nsa-cna-mutton", "nsa-cna-thailand"]
)
def test_the_saved_pages_figures_are_found_with_their_values(article_id: str) -> None:
    article = saved_articles(22)[article_id]
    found = find_figures(article.text)
    for span in article.spans:
        if span["label"] != "figure" or span["attributes"].get("kind") == "date":
            continue
        values = [f.value for f in found if f.start < span["end"] and span["start"] < f.end]
        assert span["attributes"]["value"] in values, span
