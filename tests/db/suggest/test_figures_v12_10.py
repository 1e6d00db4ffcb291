"""Figures v12.10: held-out 29's first-run errors in general form — a record after any form of
"go" with its season in brackets (had we gone 8-8 (in 2009)), a court's vote written with 对
(以8对5), a length of years past 2100 (约3000年: a measure, not a year); refused: 数以十万计 (vague,
as 数十万), Standard & Poor's 500-stock index (a name), a page or a plant's unit named by its
number (see page 145, the unit 2 reactor), a military formation (the 101 Logistic Brigade)
(docs/performance.md, "Figures v12.10 (set 29)"; ADR 0136, "v12.10"). Short sentences written for
the tests, each form with its near misses.
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
        (
            EN + '"I think had we gone 8-8 (in 2009), then it would be over," he said.',
            [("8", 8, ""), ("8", 8, "")],
        ),
        (EN + "They could go 9-7 this season.", [("9", 9, ""), ("7", 7, "")]),
        ("13名大法官最终以8对5的结果决定。", [("13名", 13, "名"), ("8", 8, ""), ("5", 5, "")]),
        ("海吉拉在印度存在了约3000年。", [("3000年", 3000, "年")]),
        # near misses: a score-like pair with no word of a vote or game; a plain count of 对
        ("他们有3对夫妇。", [("3对", 3, "对")]),
        (EN + "Officials said 5 reactors were shut.", [("5", 5, "")]),
        (EN + "There are 30 units in the building.", [("30", 30, "")]),
        ("印度现有数十万人。", []),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("早在公元前3000年，这里就有人居住。", [("3000年", "3000")]),
        ("2100年的目标是零排放。", [("2100年", "2100")]),
    ],
)
def test_dates(text: str, expected: list[tuple[str, Any]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "印度现有数以十万计变性人。",
        "拥有數以百萬計的粉丝。",
        EN + "Profits will drive the Standard & Poor's 500-stock index higher.",
        EN + "Fuel inside the unit 2 reactor may have escaped.",
        EN + "Water was released into the ocean (see page 145).",
        EN + "Members of the 101 Logistic Brigade delivered masks.",
    ],
)
def test_refused(text: str) -> None:
    assert figures(text) == []
