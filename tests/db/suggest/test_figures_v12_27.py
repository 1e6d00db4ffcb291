"""Figures v12.27: the figure errors by value (ADR 0146) over sets 1–48 in general form — a range
of two number words joined by a hyphen (``two-three months``, 2 to 3, never 5); ``two
quarters`` counted, never a half; a share at a sentence's end (``one in 10.``); a fraction sign
after a space (``9 ½ pounds``) and a pitcher's innings in thirds (``106 1-3 innings``); a Chinese
pair after its tens (``十三四岁``, 13 to 14); refused: ``Nos. 13 and 17`` and a clock's hour
(``from 2 to 4 p.m.``, ``at 11 ET``) (docs/performance.md, "Figures v12.27"; ADR 0143,
"v12.27"). Short sentences written for the tests, each form with its near misses."""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR, find_figures
from tests.db.suggest.versions import at_least

from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.27")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EN + "Sales have been falling in the past two-three months.",
            [("two-three months", 2, "months")],
        ),
        (
            EN + "Growth returned after two quarters of contraction.",
            [("two quarters", 2, "quarters")],
        ),
        (EN + "For lung cancer the figure is about one in 10.\n\nNew", [("one in 10", 0.1, "")]),
        (EN + "Those who gained the least put on 9 ½ pounds.", [("9 ½ pounds", 9.5, "pounds")]),
        (
            EN + "He has 130 strikeouts in 106 1-3 innings.",
            [("130", 130, ""), ("106 1-3", 106.3333333333, "")],
        ),
        ("医生觉得她也就十三四岁。", [("十三四岁", 13, "岁")]),
        (EN + "He cited Nos. 13 and 17 as the hardest holes.", []),
        (EN + "The museum will host activities from 2 to 4 p.m. on Sunday.", []),
        (EN + "Chat with him at 11 ET on Friday.", []),
        # near misses: a tens word and its ones; three quarters a share; a count of games; a
        # range of counts; one in 10.5 no share; 三四个 as before
        (EN + "It took thirty-one days.", [("thirty-one days", 31, "days")]),
        (EN + "Three quarters of voters agreed.", [("Three quarters", 0.75, "")]),
        (
            EN + "The team lost 5 games, and 2 to 4 players were hurt.",
            [("5", 5, ""), ("2 to 4", 2, "")],
        ),
        ("来了三四个人。", [("三四个", 3, "个")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_a_range_and_a_pair_keep_their_high_ends() -> None:
    (months,) = find_figures(EN + "It fell in the past two-three months.", include_dates=False)
    assert months.extra.get("value_max") == 3
    (age,) = find_figures("她也就十三四岁。", include_dates=False)
    assert age.extra.get("value_max") == 14
