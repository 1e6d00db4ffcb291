"""Figures v12.3: forms held-out 24's first run showed (docs/performance.md, "Figures v12.3 (set
24)"; ADR 0136, "v12.3"). Short sentences written for the tests, each form with its near
misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在90年代的狂歡派對上很受歡迎。", [("90年代", "199X", "")]),
        ("在20世紀90年代，X用於營銷。", [("90年代", "199X", "")]),
        ("粉專在昨（31）日發文指出。", [("（31）日", "---31", "")]),
        ("氣象局明（2）日將發布警報。", [("（2）日", "---02", "")]),
        ("外交部今（4）日宣布。", [("今（4）日", "---04", "")]),
    ],
)
def test_decades_and_datelines(text: str, expected: list[Any]) -> None:
    assert figures(text, dates=True) == expected
    assert figures(text) == []  # no 90 years, no count of 31


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("國內每五人就有一人晚上睡不好。", [("五人", 5, "人"), ("一人", 1, "人")]),
        ("全球每生产3块集成电路就有2块运到中国。", [("3块", 3, "块"), ("2块", 2, "块")]),
        ("這是一家有百年歷史的美國公司。", [("百年", 100, "年")]),
        ("长三角城市圈选手就占了4席。", [("4席", 4, "席")]),
        ("洗衣精4000gx4瓶限時特價。", [("4000g", 4000, "g"), ("4瓶", 4, "瓶")]),
        (
            "票房突破35億人民幣（約155億台幣）。",
            [("35億人民幣", 3_500_000_000, "人民幣"), ("155億台幣", 15_500_000_000, "台幣")],
        ),
        (EN + "Fires burned over 800 000 hectares.", [("800 000 hectares", 800_000, "hectares")]),
        (EN + "It paid 1 000 000 in fines.", [("1 000 000", 1_000_000, "")]),
    ],
)
def test_forms_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每一个国家都受影响。", []),  # every, not a proportion
        ("每五人一组。", []),  # no 就有: a grouping, left as it was
        ("百年老店重新開張。", []),  # no history: an idiom
        ("數百年的積澱展示給世人。", []),  # vague
        ("他在一席之地站穩了。", []),
    ],
)
def test_near_misses_read_nothing(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_groups_not_ending_000_stay_apart() -> None:
    text = EN + "Call 020 7946 0958 or order roughly 400 737 Max jets."
    assert 400_737 not in [value for _, value, _ in figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 一 with a classifier after a copula is the article
        ("RTX是一家航空航天承包商，在中國擁有兩家子公司。", [("兩家", 2, "家")]),
        ("開放已經九個月了，企業正設法面對一個嚴峻的現實。", [("九個月", 9, "個月")]),
        ("每生產三臺汽車就有一臺。", [("三臺", 3, "臺"), ("一臺", 1, "臺")]),
        ("李強將出席二十國集團領導人峰會。", []),
        ("七年級男性很多未婚。", []),
        ("根據104人力銀行的調查。", []),
        ("7級暴風半徑達120公里。", [("120公里", 120, "公里")]),
        ("阵风风力可达7级。", [("7级", 7, "级")]),  # a wind force stays
        ("1包只要15元。", [("15元", 15, "元")]),
        ("買了3包只要15元。", [("3包", 3, "包"), ("15元", 15, "元")]),
        ("▸ 刑場靈異1／搶匪瀕死對望", []),
    ],
)
def test_forms_refused(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "The game is live on Freeview channel 276.", []),
        (EN + "The store is at 421 Route 59, Suite 10.", []),
        (EN + "It counted 421 cases on Route 59.", [("421", 421, "")]),
    ],
)
def test_english_names_refused(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected
