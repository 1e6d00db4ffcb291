"""The twenty-fourth speed round, the figures' core (issue 15; docs/performance.md, "Suggestion
scan, twenty-fourth round: the figures' core"; ADR 0141, decision 14): the Latin words by one
encode and split, the refusals' tests after a figure behind one gate, ``forms.around`` asked only
where its expression can open. Each is held to what it replaced: the same words, matches and
refusals, over random texts and the edge cases (astral characters, CJK, ``\\r\\n``, U+2028, the
empty text, a match at offset 0 and at the text's end)."""

from __future__ import annotations

import random
import re
import sys

import pytest

from marginalia.db.suggest import conventions_refused, figure_scan, figures, forms

_TOKEN = re.compile(r"[A-Za-zÀ-ÿ]+")  # what figures.py read the words with before

PIECES = [
    "", " ", "\n", "\r\n", "\u2028", "\u00a0", "\x85", "\t", "×", "÷", "é", "Ÿ", "ÿ", "À", "@", "[",
    "`", "{", "ſ", "K", "ı", "İ", "Ā", "二", "年", "米", "😀", "\U0002a6a5", "\ud800", "the", "Two",
    "50-50 chance", "3-pointer", "-star", "-way", "-point range", " o'clock", " out of the top ",
    " Brigade", " comments\n", " min read", " ago\n", " GMT", "点半", "(k)", " sessions", "+",
    "5+5+50+X", "“16+8", "减肥法", "0", "7", "12", "2019", "1,000", " ", ".", ",", "-", "Zone ",
]  # fmt: skip


def _texts(seed: int, count: int) -> list[str]:
    generator = random.Random(seed)
    return [
        "".join(generator.choice(PIECES) for _ in range(generator.randrange(0, 30)))
        for _ in range(count)
    ]


def test_latin_words_are_the_expressions_words() -> None:
    for text in [
        *_texts(24, 2000),
        "",
        "×÷",
        "a\u2028b\r\nc",
        "😀abc😀",
        "".join(map(chr, range(0x300))),
    ]:
        assert figure_scan.latin_words(text) == frozenset(_TOKEN.findall(text)), text


def test_latin_words_every_code_point_alone() -> None:
    for point in range(0x110000):
        char = chr(point)
        assert figure_scan.latin_words(f"a{char}b") == frozenset(_TOKEN.findall(f"a{char}b"))


@pytest.mark.parametrize("gate", [forms._AFTER, conventions_refused._AFTER])
def test_either_matches_where_a_part_does(gate: re.Pattern[str]) -> None:
    parts = {
        id(forms._AFTER): (
            forms._VAGUE_AFTER, forms._TRADING_TERM_AFTER, forms._NAMED_AFTER,
            forms._SUBSECTION_AFTER, forms._COUNTER_AFTER, forms._READERS_NOW,
            forms._RANK_THEN_READERS, forms._LINE_ENDS, forms._READ_TIME_AFTER,
            forms._AGO_LINE_END, forms._ZONE_AFTER, forms._CLOCK_AFTER,
        ),
        id(conventions_refused._AFTER): (
            conventions_refused._FORMATION_AFTER, conventions_refused._WAY_AFTER,
            conventions_refused._SHOT_POINT_AFTER, conventions_refused._RANK_OUT_OF_TOP,
            conventions_refused._POINTER_AFTER, conventions_refused._STAR_AFTER,
            conventions_refused._OCLOCK_AFTER,
        ),
    }[id(gate)]  # fmt: skip
    extra = [" COMMENTS", " Min Read", " Sessions", " 1 reading now", " 12k watching now"]
    for text in [*_texts(25, 1500), *extra]:
        for position in range(len(text) + 1):
            expected = any(part.match(text, position) for part in parts)
            assert (gate.match(text, position) is not None) == expected, (text, position)


def test_either_refuses_what_it_cannot_join() -> None:
    with pytest.raises(ValueError):
        figure_scan.either(re.compile(r"(a)\1"))
    with pytest.raises(ValueError):
        figure_scan.either(re.compile("a$", re.MULTILINE))


def _patterns() -> list[re.Pattern[str]]:
    found = []
    for name, module in sorted(sys.modules.items()):
        if name.startswith("marginalia.db.suggest"):
            found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return list({id(p): p for p in found}.values())


def test_first_characters_hold_every_match_start() -> None:
    texts = [*_texts(26, 60), figures.__doc__ or "", forms.__doc__ or ""]
    texts += ["1 in 10, one in five", "10x faster", "5'11\"", "二〇一九年", "100m 9.58 secs"]
    read = 0
    for pattern in _patterns():
        first = figure_scan.first_characters(pattern)
        if first is None:
            continue
        read += 1
        for text in texts:
            for start in range(len(text) + 1):
                if pattern.match(text, start) is not None:
                    assert first.match(text, start) is not None, (pattern.pattern, text, start)
    assert read > 200  # most of the suggestion's expressions open on a class


def test_first_characters_unread() -> None:
    assert figure_scan.first_characters(re.compile("a", re.IGNORECASE)) is None
    assert figure_scan.first_characters(re.compile("x?")) is None  # matches the empty string
    assert figure_scan.first_characters(re.compile(r"\w+")) is None  # a category
    assert figure_scan.first_characters(re.compile(".a")) is None
    assert figure_scan.first_characters(re.compile("[^a]")) is None
    first = figure_scan.first_characters(re.compile(r"(?<![0-9])\b(?:x?y|[1-3]z)*q"))
    assert first is not None and first.pattern == "[xy1-3q]"


def test_around_is_each_place_asked() -> None:
    generator = random.Random(27)
    patterns = [forms._ONE_IN, forms._GLUED_TIMES, forms._FEET_INCHES, re.compile("1 ")]
    for text in _texts(28, 400):
        for pattern in patterns:
            anchors = [
                sorted(generator.sample(range(len(text) + 1), min(3, len(text) + 1)))
                for _ in range(2)
            ]
            back = generator.randrange(0, 12)
            new = [m.span() for m in forms.around(text, pattern, anchors, back)]
            old = [m.span() for m in forms._around_each(text, pattern, anchors, back)]
            assert new == old, (text, pattern.pattern, anchors, back)


@pytest.mark.parametrize(
    ("text", "start", "end", "unit"),
    [
        ("3 comments\n", 0, 1, ""),  # a counter opening the text, at offset 0
        ("views\n12 comments", 6, 8, ""),
        ("Advertisement 2", 14, 15, ""),  # at the text's end
        ("5 min read", 0, 1, ""),
        ("Posted 3 hours ago", 7, 14, "hours"),
        ("1451 GMT", 0, 4, ""),
        ("9点半", 0, 1, ""),
        ("401(k)", 0, 3, ""),
        ("the two sessions", 4, 7, ""),
        ("1. Finland\n2. Norway", 0, 1, ""),
        ("1. Finland\n2. Norway", 11, 12, ""),
        ("89764对于华为\n49980对于华为", 0, 5, ""),
    ],
)
def test_forms_refusals_still_refuse(text: str, start: int, end: int, unit: str) -> None:
    assert forms.not_a_figure(text, start, end, unit, False)


@pytest.mark.parametrize(
    ("text", "start", "end", "unit"),
    [
        ("the 101 Logistic Brigade", 4, 7, ""),
        ("two-way minutes", 0, 3, ""),
        ("from three-point range", 5, 10, ""),
        ("109 out of the top 300", 0, 3, ""),
        ("a 3-pointer", 2, 3, ""),
        ("a four-star general", 2, 6, ""),
        ("at five o'clock", 3, 7, ""),
        ("a 50-50 chance", 2, 4, ""),
        ("5+5+50+X", 0, 1, ""),  # a formula opening at the figure, at offset 0
        ("5+5+50+X", 4, 6, ""),  # a chain before the figure
        ("“16+8减肥法”", 1, 3, ""),
        ("told Nine News", 5, 9, ""),
        ("Take-Two Interactive", 5, 8, ""),
    ],
)
def test_conventions_refusals_still_refuse(text: str, start: int, end: int, unit: str) -> None:
    assert conventions_refused.not_a_figure(text, start, end, unit)


@pytest.mark.parametrize(
    "text",
    ["from 10 to 20", "down by 30 to 126", "overpaid by 20 to 30 percent", "5、6家", "😀10-20"],
)
def test_ranges_read_as_before(text: str) -> None:
    """_matches asks its range tests only where a second number was read."""
    spans = [match.span() for match in figures._matches(text)]
    expected = {
        "from 10 to 20": [(5, 7), (11, 13)],
        "down by 30 to 126": [(8, 10), (14, 17)],
        "overpaid by 20 to 30 percent": [(12, 28)],
        "5、6家": [(0, 4)],
        "😀10-20": [(1, 6)],
    }[text]
    assert spans == expected
