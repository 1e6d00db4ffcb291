"""The seventeenth speed round (issue 15; docs/performance.md, "Suggestions' speed, seventeenth
round"; ADR 0141): each faster form gives the answers of the form it replaced, and the quick
tests in front of an expression hold for every form the expression is written with."""

from __future__ import annotations

import re
import sys

import pytest

from marginalia.db.suggest import chinese_numerals as cn
from marginalia.db.suggest import claims, cues, figures, forms, names, sentences
from marginalia.db.suggest.units import CURRENCY_CODES, CURRENCY_SIGNS, MONEY_PREFIXES


def _anchors_found_by_find(text: str, anchor: str) -> list[int]:
    found, position = [], text.find(anchor)
    while position >= 0:
        found.append(position)
        position = text.find(anchor, position + 1)
    return found


@pytest.mark.parametrize(
    "anchor", ["x ", " in ", "--", "aa", "个多", "a hundred ", "-to-1", "0s", ":", "abab"]
)
def test_anchors_are_found_where_str_find_finds_them(anchor: str) -> None:
    text = "aaaa abab ababab -- --- x x in in in 个多个多 a hundred -to-1 1990s 12:30 "
    assert list(forms._anchored(text, anchor)) == _anchors_found_by_find(text, anchor)


def test_every_currency_prefix_ends_on_a_character_the_quick_test_knows() -> None:
    # A prefix written by hand into _PREFIX (not from the tables) must end on one of these too.
    for prefix in {*MONEY_PREFIXES, *CURRENCY_CODES, "US $", "NT$", "AB$"}:
        for text in (f"{prefix}5", f"{prefix} 5", f"x {prefix}\n5"):
            start = len(text) - 1
            expected = figures._PREFIX_BEFORE.search(text, max(0, start - 5), start)
            found = figures._prefix_before(text, start)
            assert (found and found.span()) == (expected and expected.span()), text
            assert expected is not None, text


def test_the_prefixes_written_by_hand_are_the_ones_the_quick_test_knows() -> None:
    # _PREFIX_ENDS holds "$" for these; a new hand-written form needs its last character there
    assert figures._PREFIX.endswith(
        r"|(?<![A-Za-z])[A-Z]{1,3}\$|(?<![A-Za-z])US\s\$|[" + re.escape(CURRENCY_SIGNS) + "]"
    )


def _version_words() -> list[str]:
    group = names._VERSION_WORDS.pattern.split("(?:", 1)[1].split(")", 1)[0]
    words = []
    for written in group.split("|"):
        word = written.replace("\\.?", "").replace("\\.", ".")
        words += [word, word.upper(), word.capitalize()]
    return [*words, "No", "Court"]


@pytest.mark.parametrize("word", _version_words())
def test_every_version_word_ends_on_a_character_the_quick_test_knows(word: str) -> None:
    for text in (f"{word} 5", f"{word}, 5", f"{word}5", f"{word},\n5"):
        start = len(text) - 1
        if names._VERSION_WORDS.search(text, max(0, start - 12), start):
            assert names._VERSION_WORD_END.search(text, max(0, start - 4), start), text


@pytest.mark.parametrize("numeral", list(cn.CN_DIGITS))
def test_a_lone_numeral_without_a_unit_is_refused_as_figures_skips_it(numeral: str) -> None:
    # figures._quantities passes these over before reading them (ADR 0141): chinese_ok's first
    # refusal must still hold for them.
    text = f"是{numeral}些"
    match = figures._FIGURE.search(text)
    assert match is not None and match.group("anumber") == numeral
    assert not (match.group("unit") or match.group("amult") or match.group("bnumber"))
    assert not cn.chinese_ok(text, match, "")


def test_the_figure_scan_starts_where_the_pattern_can() -> None:
    text = "It rose 5% to 1,200 yuan, 三成 of 二十多家, in 2019. 百分之七 and 三分之一."
    expected, position = [], 0
    while (match := figures._FIGURE.search(text, position)) is not None:
        expected.append(match.span())
        position = max(match.end(), position + 1)
    assert [m.span() for m in figures._matches(text)] == expected


OLD_END = re.compile(
    rf"[。！？!?…]+[{sentences._CLOSERS}]*|\.(?:\.\.)?[{sentences._CLOSERS}]*"
    r"(?=\s+[\"“‘'(「《A-Z0-9À-ÝČŘŠŽ¿¡—–-]|\s*$)|\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "他说。。“好！”她走了……\n下一行？！",
        "Mr. Smith left. (It rained.) Then? Yes!! End.",
        "a.b. c",
    ],
)
def test_sentence_ends_are_those_of_the_one_class_expression(text: str) -> None:
    assert [m.span() for m in sentences._END.finditer(text)] == [
        m.span() for m in OLD_END.finditer(text)
    ]


@pytest.mark.parametrize(
    "text", ["the U.S. It", "U.K. The", "x J. Smith", "8. November", "\nabc.", "a-b.c. d"]
)
def test_the_word_before_a_full_stop_is_the_last_whole_word(text: str) -> None:
    dot = text.rfind(".")
    for begin in range(dot + 1):
        old = re.compile(r"([\w.]+)$").search(text, max(begin, dot - 24), dot)
        # twenty-fourth round: matched on the reversed window (``_WORD_REVERSED``)
        new = sentences._WORD_REVERSED.match(text[max(begin, dot - 24) : dot][::-1])
        assert (old and old.group(1)) == (new and new.group()[::-1])


@pytest.mark.parametrize(
    "sentence",
    ["他强调，要深化改革。", "要加快建设。", "一是加强管理", "（三）附则", "第十二条规定",
     "记者 回应 置评", "【财经】 今日 要闻", "【财经】今日要闻", "中 国", "今天下雨。"],
)  # fmt: skip
def test_the_chinese_sentence_tests_answer_as_before(sentence: str) -> None:
    directive = re.compile(
        r"(?:^|[，,：:；;、]|强调|強調|指出|表示|提出)\s*(?:要|应|應|须|須|需)[^\d求]"
    )
    numbered = re.compile(
        r"[一二三四五六七八九十]是|[（(][一二三四五六七八九十][)）]|第[一二三四五六七八九十百\d]+条"
    )
    headline = re.compile(r"[\u3400-\u9fff] +[\u3400-\u9fff]|^【[^】]*】")
    assert (directive.search(sentence) is not None) == (
        claims._DIRECTIVE_FIRST.match(sentence) is not None
        or claims._DIRECTIVE.search(sentence) is not None
    )
    assert (numbered.search(sentence) is not None) == (
        claims._NUMBERED.search(sentence) is not None
    )
    assert (headline.search(sentence) is not None) == claims._cjk_headline(sentence, True)


def test_words_are_the_pieces_between_the_separators() -> None:
    for sentence in ("He said: “No — not (yet).”", "", "  ", "他说，好。OK…fine"):
        expected = [t for t in claims._SEPARATORS.split(sentence.lower()) if t]
        assert claims._TOKENS.findall(sentence.lower()) == expected


# The second pass (claims' cues)


def test_the_quick_no_letter_class_is_the_category_one_for_every_code_point() -> None:
    quick = re.compile(cues.NO_LETTER)
    category = re.compile(r"[\W\d_]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (quick.fullmatch(char) is None) == (category.fullmatch(char) is None), hex(code)


def _categories_stepping(lowered: str, words: frozenset[str], has_cjk: bool) -> set[str]:
    """``cues.INDEX.categories`` as the sixteenth round wrote it: a search that steps on one
    character at a time."""
    index = cues.INDEX
    found: set[str] = set()
    for word in words & index._known:
        found |= index._words[word]
    latin = [s for s in index._strings if not cues.CJK.search(s)]
    chinese = [s for s in index._strings if cues.CJK.search(s)]
    search = re.compile(rf"[\W\d_]({cues.trie(latin)})").search
    spaced = " " + lowered
    match = search(spaced)
    while match is not None:
        found |= index._prefixed[match.group(1)]
        match = search(spaced, match.start(1))
    if has_cjk:
        search = re.compile(cues.trie(chinese)).search
        match = search(lowered)
        while match is not None:
            found |= index._prefixed[match.group()]
            match = search(lowered, match.start() + 1)
    return found


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the police, it is not clear whether she declined to comment.",
        "(Photo by AP/Reuters) ©2020 Getty Images; photo: x/xinhua 5in fact _all in all",
        "In his view, the bottom line: peut-être, j'ai, year-on-year, à cause de ça.",
        "2according to ²in fact ébien sûr 数据显示，据新华社报道，他认为应该。记者摄",
        "据统计数据显示，发言人表示：我们认为将来要加强。不幸的是，換句話説，总之",
        "",
        " ",
        "in",
    ],
)
def test_cue_categories_are_those_a_stepping_search_finds(sentence: str) -> None:
    lowered = sentence.lower()
    words = frozenset(claims._TOKENS.findall(lowered))
    for has_cjk in (False, True):
        assert cues.INDEX.categories(lowered, words, has_cjk) == _categories_stepping(
            lowered, words, has_cjk
        )


@pytest.mark.parametrize("pattern", [cues.CJK_BODIES, claims._CJK_GOVERNMENT])
def test_the_quick_lookahead_holds_every_endings_first_character(pattern: re.Pattern[str]) -> None:
    quick, endings = pattern.pattern.removeprefix("[\\u3400-\\u9fff](?=[").split("])(?:", 1)
    assert {ending[0] for ending in endings.removesuffix(")").split("|")} == set(quick)


def test_the_titles_without_the_middle_dot_count_as_the_whole_expression() -> None:
    for sentence in ("记者张三报道，国务院总理出席。《人民日报》", "主任委员会 发言人发言人", "无"):
        assert claims._CJK_TITLES_UNDOTTED.findall(sentence) == claims._CJK_TITLES.findall(sentence)
