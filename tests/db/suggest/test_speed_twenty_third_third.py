"""The twenty-third speed round's third pass (issue 15; docs/performance.md, "Third pass"; ADR
0141, decision 13): anchors that end alike found from one scan for their ending, and the kits'
age anchors found once; the places are the old ones."""

from __future__ import annotations

import random

from marginalia.db.suggest import forms, kits_and_cohorts

GROUPS = [
    ("nties", "rties", "fties", "xties", "hties", "eties"),
    (" 000", "\u00a0000", "\u202f000", "\u2009000"),
    ("MILLION", "BILLION", "TRILLION"),
    (" and a half", "-and-a-half"),
    (" millions", " billions"),
    ("000", "0000"),
    ("aaa", "aaaa"),
    kits_and_cohorts._DIGIT_S,
    ("x ", "× "),
]
PIECES = [
    "twenties", "forties", "ties", "parties", " 000", "\u00a0", "\u202f", "\u2009", "0", "00",
    "MILLION", "TRILLION", "ILLION", " and a half", "-and-a-half", " millions", " billions",
    "a", "aa", "1990s", "80s", "x ", "× ", "二", " ", "\n",
]  # fmt: skip


def _old(text: str, anchors: tuple[str, ...]) -> list[list[int]]:
    return [list(forms._anchored(text, anchor)) for anchor in anchors]


def test_shared_endings() -> None:
    assert forms.shared_ending(GROUPS[0]) == "ties"
    assert forms.shared_ending(GROUPS[1]) == "000"
    assert forms.shared_ending(GROUPS[2]) == "ILLION"
    assert forms.shared_ending(kits_and_cohorts._DIGIT_S) == ""  # "s" alone: every plural
    assert forms.shared_ending(("top",)) == ""


def test_anchored_all_is_each_anchors_places() -> None:
    generator = random.Random(23)
    for _ in range(400):
        text = "".join(generator.choice(PIECES) for _ in range(generator.randrange(0, 40)))
        for anchors in GROUPS:
            assert forms.anchored_all(text, anchors) == _old(text, anchors), (text, anchors)


def test_kits_found_as_before() -> None:
    text = "over-65s and under-25s, the 18-24s and 25-34s, 4x USB 3.0 ports, the 1990s"
    assert list(kits_and_cohorts.extra_figures(text)) == [
        (47, 49, 4, "", "count", {}),
        (5, 8, 65, "", "measure", {}),
        (19, 22, 25, "", "measure", {}),
        (28, 34, 18, "", "measure", {"value_max": 24}),
        (39, 45, 25, "", "measure", {"value_max": 34}),
    ]  # as main gave them (254b8025)
