"""Figures v12.9: held-out 28's first-run errors in general form — concentrations (纳摩尔/升,
奈米莫耳 / 公升 spaced, g/L glued), a range with its unit written at both ends after a dash
(22岁-80岁), a round length after a bound word (近千字), within N days (30日内), a season's year
a date (the 2011 season), a record after "went" (2-8), seven straight years, six quarters
(periods, not 1.5), spaced Chinese dates (2024 年 03 月 25 日); refused: 这两天， (lately), the
round of 16 (16强赛), a page's buttons (鲜花(0)), a comment counter after a tab, a short code to
text, a newspaper's page (page C - 1) (docs/performance.md, "Figures v12.9 (set 28)"; ADR 0136,
"v12.9"). Short sentences written for the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR

from .readings import EN, dates, figures


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("证明睾酮水平低于10纳摩尔/升，并持续一年。", [("10纳摩尔/升", 10, "纳摩尔/升")]),
        ("参考范围在0.7-2.8纳摩尔/升。", [("0.7-2.8纳摩尔/升", 0.7, "纳摩尔/升")]),
        ("濃度低於 5 奈米莫耳 / 公升 (基於保密)。", [("5 奈米莫耳 / 公升", 5, "奈米莫耳 / 公升")]),
        ("男性的血红蛋白在131~179g/L。", [("131~179g/L", 131, "g/L")]),
        (EN + "It is 5 mmol/L in men.", [("5 mmol/L", 5, "mmol/L")]),
        ("现居日本的22岁-80岁的相关人士做出了回答。", [("22岁-80岁", 22, "岁")]),
        ("法院写下一段近千字的话。", [("千字", 1000, "字")]),
        ("新政策要求申请人30日内报告地址变更。", [("30日", 30, "日")]),
        (EN + "The Raiders went just 2-8 outside the AFC West.", [("2", 2, ""), ("8", 8, "")]),
        (
            EN + "It came after a run of seven straight years of losses.",
            [("seven straight years", 7, "years")],
        ),
        (EN + "Campbell was benched after just six quarters.", [("six quarters", 6, "quarters")]),
        # near misses: a fraction stays a fraction; straight games count; 20强 a ranking's size
        (EN + "It fell by three quarters.", [("three quarters", 0.75, "")]),
        (EN + "He won three straight games.", [("three", 3, "")]),
        ("联合国全球城市经济竞争力20强：深圳第四。", [("20", 20, "")]),
        ("周三周四这两天的官方微博总是被玩家蹲守。", [("两天", 2, "天")]),
        ("即便一票难求，这两天夜间的门票仍然被抢空。", [("两天", 2, "天")]),
        ("这是十字路口。", []),
        (EN + "He sent a text to 300 people.", [("300", 300, "")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "He would not take the option for the 2011 season.", [("2011", "2011")]),
        (
            "他在 2024 年 03 月 25 日說，2021 年 11 月宣布。",
            [("2024 年 03 月 25 日", "2024-03-25"), ("2021 年 11 月", "2021-11")],
        ),
        ("他于5月30日内完成。", [("5月30日", "--05-30")]),
    ],
)
def test_dates(text: str, expected: list[tuple[str, Any]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "这两天，当当网的一起案件在网上引发了热烈讨论。",
        "在女子66公斤级拳击比赛16强赛中。",
        "房产尚且如此。\n\n鲜花(0)\n\n鸡蛋(3)\n\n【手机扫描浏览分享】",
        "网编：和评\t12 条\n\n买卖房子。",
        EN + "Send them to yourpics@bbc.co.uk or text them to 61124 (UK).",
        EN + "This article appeared on page C - 1 of the San Francisco Chronicle.",
    ],
)
def test_no_figure(text: str) -> None:
    assert [f for f in figures(text) if f[0] != "66公斤"] == []
