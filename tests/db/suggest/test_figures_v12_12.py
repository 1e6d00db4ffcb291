"""Figures v12.12: held-out 31's first-run errors in general form — read: the Philippine peso
written ``P2,500`` (on a page about the Philippines, where the amount reads as money), a bag's
``50-kilo``, a link's ``1.2 gigabits-per-second``, ``120K vehicles``, a range from a word to
digits (``aged six to 17``), ``十分钟`` (not the word 十分, "very"), a time quoted alone
(“三分钟内”), Taiwan's ``坪``, ``廿``/``卅``/``卌`` with a unit (``卅二歲``: 32), a score after its
index's name (``昏迷指數一度只有三，搶求後提升到六``); refused: a DOI after ``DOI:``, ``一晚`` ("a
night", as 一天), ``一层为…，另一层…`` ("one … the other") (docs/performance.md, "Figures v12.12
(set 31)"; ADR 0136, "v12.12"). Short sentences written for the tests, each form with its near
misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures

from .readings import EN, figures

PH = EN + "Farmers in the Philippines sell sugar. "


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PH + "Prices fell to P2,500 per bag and P2,486.28 per 50-kilo bag.",
            [("P2,500", 2500, "P"), ("P2,486.28", 2486.28, "P"), ("50-kilo", 50, "kilo")],
        ),
        (
            PH + "Sugar sold from P75 per kg to P100 per kg; the fund holds P5 billion.",
            [("P75", 75, "P"), ("P100", 100, "P"), ("P5 billion", 5_000_000_000, "P")],
        ),
        (
            EN + "They exchange data at 1.2 gigabits-per-second.",
            [("1.2 gigabits-per-second", 1.2, "gigabits-per-second")],
        ),
        (
            EN + "The line carries 40 gigabits per second.",
            [("40 gigabits per second", 40, "gigabits per second")],
        ),
        (EN + "Tesla recalls 120K vehicles with doors that may unlock.", [("120K", 120000, "")]),
        (
            EN + "The study included 208 children aged six to 17 with asthma.",
            [("208", 208, ""), ("six to 17", 6, "")],
        ),
        (EN + "It lasts two to 10 years.", [("two to 10 years", 2, "years")]),
        ("太太打给他的时候，距离起火时间约十分钟。", [("十分钟", 10, "分钟")]),
        ("可以在“三分钟内”发射数百枚导弹。", [("三分钟", 3, "分钟")]),
        ("下月拍賣的僅一半產權，約11.04坪。", [("11.04坪", 11.04, "坪")]),
        (
            "航警調查，卅二歲萬姓男子與卅三歲妻子、廿五名旅客。",
            [("卅二歲", 32, "歲"), ("卅三歲", 33, "歲"), ("廿五名", 25, "名")],
        ),
        ("張女昏迷指數一度只有三，搶求後提升到六。", [("三", 3, ""), ("六", 6, "")]),
        # near misses: labels, P2P and P-values stay apart; off the Philippines a P is no peso
        (PH + "The P2 prototype and a P100 GPU; P2P lending; the P-value was low.", []),
        (EN + "Prices fell to P2,500 per bag.", []),
        (EN + "A 4K display and 8K TVs.", []),
        (
            EN + "The vote went from six to 17 and the score was six to 3.",
            [
                ("six", 6, ""),
                ("17", 17, ""),
                ("six", 6, ""),
                ("3", 3, ""),
            ],
        ),
        ("这十分重要。", []),
        ("要持续推进长江“十年禁渔”。", []),
        ("提出“四个更加”的要求。", []),
        ("他的昏迷指數為3。", [("3", 3, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_word_to_digits_range_is_one_figure() -> None:
    text = EN + "A group of 189 people aged six to 20 living in cities."
    found = [f for f in find_figures(text) if text[f.start : f.end] == "six to 20"]
    assert [(f.value, f.extra.get("value_max"), f.kind) for f in found] == [(6, 20, "measure")]


@pytest.mark.parametrize(
    "text",
    [
        EN + "The Lancet Planetary Health (2023). DOI: 10.1016/S2542-5196(22)00302-3",
        "李先生需要留院观察一晚，他还记得。",
        "“T-Dome”将包括两层保护：一层为“指挥与控制”层，另一层则负责拦截。",
    ],
)
def test_refused(text: str) -> None:
    assert [f for f in figures(text) if f[0] not in ("两层", "2023")] == []
