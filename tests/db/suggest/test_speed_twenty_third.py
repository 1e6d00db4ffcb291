"""The twenty-third speed round (issue 15; docs/performance.md, "Suggestion scan, twenty-third
round"; ADR 0141, decision 11): expressions asked only where a digit, a line's start or a
character every match needs stands; the answers are the old ones."""

from __future__ import annotations

import random
import re
import sys

from marginalia.db.suggest import (
    chinese_numerals,
    conventions_refused,
    cues,
    dates,
    extra_forms,
    labels_and_identifiers,
    names,
)
from marginalia.db.suggest.claims_lexicon import _CJK_PAIR, _SHIPPED, lexical_score

PIECES = [
    "2019年", "3月", "15日", "-", "至", " ", "\n", "1.", "2、", "十二", "（", "）", "(", ")", "+",
    "Big", " East", "Pac-", "12", "Nikkei ", "FTSE", "S&P ", "北纬", "腊", "军情", "İ", "ı", "ſ",
    "Main Street (", "8069, ", "and ", "Nature 574, ", "16-17 (2019)", "PNAS 120 (52): e23",
    "“", "”", "\"", "5+5+", "50", "Jan", "2020", "1-2-3", "年", "月", "日", "。", "：", "a",
    "０", "９", "20", "19", "\t", "　", "第", "四", "五",
]  # fmt: skip


def _texts(count: int) -> list[str]:
    generator = random.Random(23)
    return [
        "".join(generator.choice(PIECES) for _ in range(generator.randint(1, 40)))
        for _ in range(count)
    ]


def test_dates_are_found_where_a_digit_stands_as_by_finditer() -> None:
    for text in _texts(3000):
        assert [m.span() for m in dates._date_matches(text)] == [
            m.span() for m in dates._DATE.finditer(text)
        ], text


def test_no_date_match_is_empty() -> None:
    # _date_matches goes on from each match's end, as finditer does only for non-empty ones
    assert re._parser.parse(dates._DATE.pattern, dates._DATE.flags).getwidth()[0] >= 1  # type: ignore[attr-defined]


def test_labels_at_a_line_start_are_found_as_by_finditer() -> None:
    pattern = labels_and_identifiers._LABEL_AT_LINE
    for text in [*_texts(3000), "", "\n", "1、a\n2、b\n", "\n\n3. x"]:
        assert [m.span() for m in labels_and_identifiers._at_lines(text)] == [
            m.span() for m in pattern.finditer(text)
        ], text


def test_the_refusals_answer_as_their_expressions() -> None:
    for text in _texts(800):
        for start in range(len(text) + 1):
            for end in range(start + 1, min(len(text), start + 4) + 1):
                window = max(0, start - 24)
                before = conventions_refused._FORMULA_PART.search(text, window, start)
                expected = before.start() if before else start
                assert conventions_refused._formula_start(text, start) == expected, text
                line = text.rfind("\n", 0, start) + 1
                cited = any(
                    c.start("volume") <= start
                    and end <= c.end("pages" if c.group("pages") is not None else "issue_pages")
                    for c in conventions_refused._CITATION.finditer(
                        text, max(line, start - 60), min(len(text), end + 30)
                    )
                )
                assert conventions_refused._in_citation(text, start, end) is cited, text
            named = chinese_numerals._NAME_BEFORE.search(text, max(0, start - 12), start)
            if named is not None:  # the gate lets every match through
                assert not chinese_numerals._NAME_LAST.isdisjoint(text[max(0, start - 3) : start])
            conference = conventions_refused._CONFERENCE_BEFORE.search(
                text, max(0, start - 9), start
            )
            if conference is not None:
                assert "Big" in conference.group() or "Pac" in conference.group()
            bracket = extra_forms._STREET_BRACKET_BEFORE.search(text[max(0, start - 60) : start])
            if bracket is not None:
                assert "(" in bracket.group()


def test_the_name_gate_holds_every_character_ignorecase_takes_for_a_last_one() -> None:
    lasts = "PsLEi尔爾普经經深证證纬緯腊臘情"  # the last characters of _NAME_BEFORE's names
    everything = "".join(
        chr(code) for code in range(0, sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF
    )
    taken = set(re.findall(f"[{lasts}]", everything, re.IGNORECASE))
    assert taken == set(chinese_numerals._NAME_LAST)


def test_the_latin_cues_are_found_as_without_their_first_characters_tested() -> None:
    index = cues.INDEX
    latin = [s for s in index._strings if not cues.CJK.search(s)]
    plain = re.compile(f"{cues.NO_LETTER}(?=({cues.trie(latin)}))")
    generator = random.Random(11)
    pieces = [*latin, " ", ".", ",", "a", "é", "x", "1", "'", "-", "(", "据", "说"]
    for _ in range(3000):
        line = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 12)))
        assert index._latin.findall(" " + line) == plain.findall(" " + line), line


def test_the_lexical_score_sums_the_known_pairs_once() -> None:
    _, characters_of = _SHIPPED
    generator = random.Random(5)
    known = sorted(characters_of)
    for _ in range(2000):
        sentence = "".join(
            generator.choice([*generator.sample(known, 3), "的", "，", "a", " "])
            for _ in range(generator.randint(0, 20))
        )
        pairs = set(_CJK_PAIR.findall(sentence))
        expected = sum(characters_of.get(pair, 0.0) for pair in pairs)
        assert abs(lexical_score(sentence, frozenset(), True) - expected) < 1e-12, sentence


# The second pass: the name-number refusals' window searches behind the character their word
# ends on (names._shown_before, names._letter_then_space_before), the exchange's colon first.
NAME_PIECES = [
    *PIECES, "评论", "阅读数", "点赞量", "赞", "Comments", "Views", "Share", "Likes", "Replies",
    "Photo 3 of ", "Image 2/", "Page 4 Of", "oF", "/", "iPhone ", "JScript ", "HK:", "HK：",
    "(600519)", "\u00a0", " \n", "\n\n", ":", "：", "F", "ﬀ", "\u2028", "\x1c",
]  # fmt: skip


def _old_code_prefix(text: str, start: int) -> int:
    match = re.search(r"[A-Z]{2,6}[:：]\s?$", text[max(0, start - 9) : start])
    return len(match.group()) if match else 0


def test_the_name_number_gates_pass_every_match() -> None:
    generator = random.Random(2302)
    for _ in range(2500):
        text = "".join(generator.choice(NAME_PIECES) for _ in range(generator.randint(1, 30)))
        for start in range(len(text) + 1):
            if names._COUNTER_LABEL.search(text, max(0, start - 10), start):
                assert names._shown_before(text, start, "：:（(") in names._COUNTER_LAST
            if names._GALLERY_TOTAL.search(text, max(0, start - 16), start):
                assert names._shown_before(text, start, "") in ("f", "F", "/")
            if names._MODEL_NAME_BEFORE.search(text, max(0, start - 24), start):
                assert names._letter_then_space_before(text, start)
            assert names._code_prefix(text, start) == _old_code_prefix(text, start)


def test_a_space_is_what_the_gates_take_for_one() -> None:
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(code))]
    assert spaces == [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    folded = [chr(code) for code in range(sys.maxunicode + 1) if re.fullmatch("f", chr(code), re.I)]
    assert folded == ["F", "f"]
