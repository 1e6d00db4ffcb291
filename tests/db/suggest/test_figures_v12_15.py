"""Figures v12.15: a fourth review of unannotated pages (60 English, 40 Chinese;
nineteenth round) — read: a race's metres glued (``the 80m mark``, ``the final
200m``), seconds glued to a decimal (``9.63s``), circa (``c.24%``), a batting
average's leading point (``.218``), nanograms (``毫微克``), a golfer's strokes
(``290桿``), people counted by sex (``3男3女``, ``50男转女``), a range with the small or
full-width hyphen (``2﹣5年``), a life's years with an em dash (``1926—1984``), a year
of the era (``公元前300年``); refused: a race's name (``his 100m title``), a footnote's
marker in full-width brackets (``案例【1】``), ``二元`` (binary), idioms (``说三道四``,
``判若两人``, ``年龄``), a section's marker (``-2-``) and telephone numbers with a
country's code or an area code in brackets (docs/performance.md, "Figures v12.15 (a
fourth review, nineteenth round)"; ADR 0143, "v12.15"). Short sentences written for
the tests, each form with its near misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR

from .readings import EN, dates, figures

ZH = "据新华社报道，这是一项关于城市发展的新闻报道。"


def test_the_detector_names_its_version() -> None:
    assert DETECTOR.startswith("figures/v12.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "He was about 200m ahead at the 80m mark, slowing over the final 200m.",
            [("200m", 200, "m"), ("80m", 80, "m"), ("200m", 200, "m")],
        ),
        (EN + "He was defending his 100m title.", []),
        (
            EN + "Bolt won in 9.63s after a reaction of 0.165s.",
            [("9.63s", 9.63, "s"), ("0.165s", 0.165, "s")],
        ),
        (EN + "It holds an interest in c.24% of the debt.", [("24%", 24, "%")]),
        (
            EN + "He is a lifetime .218/.295/.329 hitter.",
            [(".218", 0.218, ""), (".295", 0.295, ""), (".329", 0.329, "")],
        ),
        (
            ZH + "女性是10-70毫微克，而我的只有7毫微克。",
            [("10-70毫微克", 10, "毫微克"), ("7毫微克", 7, "毫微克")],
        ),
        (ZH + "她繳出290桿，以1桿之差無緣晉級。", [("290桿", 290, "桿"), ("1桿", 1, "桿")]),
        (ZH + "也是3男3女，其中50男转女。", [("3", 3, ""), ("3", 3, ""), ("50", 50, "")]),
        (ZH + "變性要歷時2﹣5年。", [("2﹣5年", 2, "年")]),
        (ZH + "西方的性别体系遵循二元模式，有人说三道四，他判若两人。", []),
        (ZH + "想要一张面具\n\n-2-\n\n上了大学之后", []),
        (ZH + "團體慶祝這兩個案例【1】，並發起連署【2】。", [("兩個", 2, "個")]),
        (ZH + "总机：86-10-87826688，热线(437)4289394。", []),
        # near misses: millions glued after a verb of money or before a plural noun, a decade,
        # a plural's one decimal, a calibre, money in characters, a count glued to a counter
        (
            EN + "Kingfisher raised 5m last year for 5m people.",
            [("5m", 5000000, ""), ("5m", 5000000, "")],
        ),
        (EN + "In the 1990s drivers could be 22.4s per the contract.", []),
        (EN + "He carried a .45-caliber handgun.", []),
        (ZH + "每斤二元钱。", [("二元", 2, "元")]),
        (ZH + "1385016男1女合伙绑架。", []),
        (ZH + "在同一年龄组中比较。", []),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_lifes_years_and_a_year_of_the_era() -> None:
    text = ZH + "福柯（Michel Foucault，1926—1984）写道，公元前300年和公元400年。"
    assert dates(text) == [("1926—1984", "1926/1984"), ("300年", "-0300"), ("400年", "0400")]
    assert figures(text) == []
