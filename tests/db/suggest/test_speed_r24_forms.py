"""The twenty-fourth speed round's forms and captions (issue 15; docs/performance.md,
"Suggestion scan, twenty-fourth round: the figure forms and the captions"; ADR 0141, decision
16): each rewritten piece held to the code it replaced, kept here as the reference, over random
texts of the pieces its patterns read (overlaps, a match at offset 0 and at the end, astral
characters, CJK, ``\\r\\n``, U+2028, the empty text)."""

from __future__ import annotations

import bisect
import random
import re
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

from marginalia.db.suggest import (
    Suggestion,
    _built,
    anchor_gates,
    caption_lines,
    conventions,
    extra_forms,
    forms,
    sports,
)
from marginalia.db.suggest.numbers import MULTIPLIERS, tidy

ODD = ["", "😀", "中", "\r\n", "\u2028", "\n", " ", "\t", "\u3000", "\xa0"]


def _texts(seed: int, pieces: list[str], count: int = 1500, longest: int = 24) -> Iterator[str]:
    generator = random.Random(seed)
    for _ in range(count):
        yield "".join(generator.choice(pieces) for _ in range(generator.randrange(0, longest)))


def _spans(matches: Iterator[re.Match[str]] | list[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in matches]


def test_records_after_a_digit_as_at_every_anchor() -> None:
    pieces = [
        *ODD, "1", "22", "-", "9-3", "10-2-1", " record", " start", "Record: ", "(", ")",
        "Houston (", "went ", "the ", "fellow ", " Chiefs", " Boston Celtics", ", 3-4", "-",
        "the 5-1 Boston Celtics", "fellow 10-2 Chiefs", "visiting 3-4 Jets", " the 12-0 Big Reds",
        " MMA", " in ", "5 starts", "a", ".", "$",
    ]  # fmt: skip
    for text in _texts(24, pieces):
        for pattern in (conventions._RECORD, conventions._RECORD_BEFORE_TEAM):
            assert _spans(forms.after_digit(text, pattern, ("-",), 2)) == _spans(
                forms.at(text, pattern, ("-",), 2)
            ), text


def test_part_of_the_day_then_hour_gated_as_before() -> None:
    pieces = [
        *ODD, " at ", "at", "night", "evening", "tonight", "afternoon", "morning", "1", "8",
        "12", "0", ":", " a.m.", " pm", "o'clock", " at  ", "Night",
        "night at 8", "morning at 10", "evening at 12", "tonight at 1", "afternoon at 3:30",
    ]  # fmt: skip
    for text in _texts(25, pieces):
        new = anchor_gates.gated(
            text, conventions._PART_THEN_HOUR, (" at ",), 9, anchor_gates.digit_after(4)
        )
        assert _spans(new) == _spans(forms.at(text, conventions._PART_THEN_HOUR, (" at ",), 9))


def test_packs_gated_as_before() -> None:
    pieces = [
        *ODD, "5", "0.5", "g", "kg", "ml", "L", "克", "毫升", "x", "X", "×", "6", "瓶", "包", "a",
        "5gx6瓶", "0.5kgX2包", "1Lx12瓶", "250ml×24罐", "a5",
    ]  # fmt: skip
    for text in _texts(26, pieces):
        new = anchor_gates.gated(
            text, extra_forms._PACK, ("x", "X", "×"), 8, anchor_gates.digit_before(8)
        )
        assert _spans(new) == _spans(forms.at(text, extra_forms._PACK, ("x", "X", "×"), 8))


def test_clock_into_a_period_from_its_colons_as_from_the_words() -> None:
    pieces = [
        *ODD, "1", "12", ":", "5", "59", "3:45", " into ", " of ", "the ", "first ", "fifth ",
        " period", " quarter", " half", " overtime", " inning", " round", "period", "half",
        " round half", ":0", "a",
        "12:34 into the first half", "1:05 of the third period", "3:45 of overtime",
        "0:30 into the round", "9:59 of the 2nd quarter",
    ]  # fmt: skip
    for text in _texts(27, pieces, count=2000, longest=30):
        new = anchor_gates.from_starts(
            text,
            sports._CLOCK_INTO,
            sports._PERIOD_WORDS,
            28,
            anchor_gates.before_each(text, ":", (1, 2)),
        )
        assert _spans(new) == _spans(forms.at(text, sports._CLOCK_INTO, sports._PERIOD_WORDS, 28))
    text = "12:34 into the first half, 1:05 of the third period and 0:30 of overtime"
    clocks = anchor_gates.before_each(text, ":", (1, 2))
    spans = _spans(
        anchor_gates.from_starts(text, sports._CLOCK_INTO, sports._PERIOD_WORDS, 28, clocks)
    )
    assert spans == _spans(forms.at(text, sports._CLOCK_INTO, sports._PERIOD_WORDS, 28))
    assert spans == [(27, 51), (0, 25), (1, 25), (56, 72)]  # " period" asked first, then " half" …


def _old_lines(text: str, anchors: list[int]) -> Iterator[tuple[int, int]]:
    """``captions._lines`` as it was (main 08aea3d0)."""
    for match in re.finditer(r"[^\n]+", text):
        low, high = match.span()
        inside = anchors[bisect.bisect_right(anchors, low) : bisect.bisect_left(anchors, high)]
        for start, end in zip((low, *inside), (*inside, high), strict=True):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                yield start, end


def test_caption_lines_as_before() -> None:
    pieces = [*ODD, "a", "x y", "\n\n", "\x1c", "\x85", "\u2029", "\u200b", "图"]
    generator = random.Random(28)
    for text in _texts(28, pieces, count=6000, longest=30):
        anchors = sorted(
            generator.randrange(0, len(text) + 1) for _ in range(generator.randrange(5))
        )
        assert caption_lines.lines(text, anchors) == list(_old_lines(text, anchors)), (
            text,
            anchors,
        )
    assert caption_lines.lines("") == []
    assert caption_lines.lines(" a \n\n b") == [(1, 2), (6, 7)]
    assert caption_lines.lines("ab", [1, 1]) == [(0, 1), (1, 2)]


def test_suggestions_built_by_their_slots_are_the_dataclass_s() -> None:
    arguments: list[tuple[Any, ...]] = [
        (
            "claim",
            0,
            5,
            0.5,
            MappingProxyType({"type": "x"}),
            None,
            "claims/v1",
            MappingProxyType({"a": 1.0}),
        ),
        ("caption", 3, 9, 0.99, MappingProxyType({}), 2, "captions/v1"),
        ("figure", 7, 8, 0.8, MappingProxyType({"value": 5}), None, "figures/v1"),
    ]
    for args in arguments:
        built, made = _built(*args), Suggestion(*args)
        assert built == made and repr(built) == repr(made) and hash(built.label) == hash(made.label)
        assert type(built) is Suggestion and dict(built.features) == dict(made.features)


def test_a_file_name_line_has_its_full_stop_where_the_gate_looks() -> None:
    from marginalia.db.suggest.caption_match import FILE_NAME

    pieces = [*ODD, "a", ".", "jpg", "JPEG", "jpe", "png", "gİf", "GIF", "webp", "avıf", "/", "x.y"]
    matched = 0
    for text in _texts(29, pieces, count=1500, longest=8):
        for start in range(len(text)):
            for end in range(start + 1, len(text) + 1):
                if FILE_NAME.fullmatch(text, start, end) is not None:
                    matched += 1
                    assert "." in text[max(0, end - 5) : end - 3], (text, start, end)
    assert matched > 100


def test_scores_searched_near_their_separators_as_over_the_whole_text() -> None:
    pieces = [
        *ODD, "1", "22", "333", "4444", "-", "–", ":", "：", "比", "对", "對", " to ", "to",
        "\tto\n", "a", "5-4", "12:30", "3 - 1", "tot", "7\u2028to 2", "6 比 3", "9 -",
    ]  # fmt: skip
    found = 0
    for text in _texts(30, pieces, count=6000, longest=30):
        old = _spans(sports._CORE.finditer(text))
        near = anchor_gates.finditer_near(text, sports._CORE, sports._separators(text), 4, 6)
        assert _spans(near) == old, text
        found += len(old)
    assert found > 5000


def test_chinese_cues_found_by_their_first_characters_as_by_the_class() -> None:
    from marginalia.db.suggest import chinese_forms

    pieces = [
        *ODD, "日", "号", "號", "点", "點", "时", "時", "到", "至", "~", "～", "-", "—", "凌晨",
        "上午", "晚間", "夜", "3", "十", "日日凌晨", "时-", "時～時到",
    ]  # fmt: skip
    found = 0
    for text in _texts(31, pieces, count=3000, longest=20):
        for firsts, quick in (
            (chinese_forms._DAY_CHARS, chinese_forms._DAY_PART_QUICK),
            (chinese_forms._HOUR_CHARS, chinese_forms._RANGE_QUICK),
        ):
            old = [hit.start() for hit in quick.finditer(text)]
            assert chinese_forms._hits(text, firsts, quick) == old, text
            found += len(old)
    assert found > 2000


def _old_rand(text: str) -> list[tuple[object, ...]]:
    """``conventions._rand`` as it was (main 08aea3d0): the whole text searched for the rand's
    names before the plain amounts were looked for."""
    c = conventions
    found: list[tuple[object, ...]] = []
    for match in forms.at(text, c._RAND_SCALED, ("R",), 0):
        value = tidy(c._decimal(match.group("n")) * MULTIPLIERS[match.group("m").lower()])
        if match.group("n2") is None:
            found.append((match.start(), match.end(), value, "R", "money", {}))
            continue
        high = tidy(c._decimal(match.group("n2")) * MULTIPLIERS[match.group("m2").lower()])
        if high > value and not c._FROM_BEFORE.search(
            text, max(0, match.start() - 6), match.start()
        ):
            found.append((match.start(), match.end(), value, "R", "money", {"value_max": high}))
            continue
        found.append((match.start(), match.end("m"), value, "R", "money", {}))
        n2 = match.start("n2") - 1 - (text[match.start("n2") - 1] == " ")
        found.append((n2, match.end(), high, "R", "money", {}))
    if c._names_the_rand(text):
        for match in forms.at(text, c._RAND_PLAIN, ("R",), 0):
            found.append(
                (match.start(), match.end(), c._decimal(match.group("n")), "R", "money", {})
            )
    return found


def test_plain_rands_read_only_where_the_text_names_the_rand() -> None:
    pieces = [
        *ODD, "R", "R350", "R1,200", "R4bn", "R 7.5 billion", " to ", "rand", "brand",
        "South Africa", "Pretoria", " ", "a", "5", "Johannesburg", "R20bn to R50bn", "$R5",
    ]  # fmt: skip
    named = 0
    for text in _texts(32, pieces, count=3000, longest=12):
        assert list(conventions._rand(text)) == _old_rand(text), text
        named += conventions._names_the_rand(text) and "R" in text
    assert named > 300


def test_labels_matched_at_their_marks_as_by_the_whole_text_s_search() -> None:
    from marginalia.db.suggest import labels_and_identifiers as labels

    pieces = [
        *ODD, "，", "。", "：", "；", "！", "？", ":", ";", "、", ".", "．", "(", "（", ")", "）",
        "1", "12", "1.2", "十", "三十", "b", "药", "A", "：1、治", "；2.3．病", "(1)在", "（2b）x",
        "(十)A", ";12.34、中",
    ]  # fmt: skip
    found = 0
    for text in _texts(33, pieces, count=4000, longest=20):
        for pattern, starts in (
            (labels._LABEL_IN_LINE, labels._in_line_starts),
            (labels._LABEL_BRACKETED, labels._bracket_starts),
        ):
            old = _spans(pattern.finditer(text))
            assert _spans(labels._matched_at(text, pattern, starts(text))) == old, text
            found += len(old)
    assert found > 2000
