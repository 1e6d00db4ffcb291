"""The twenty-fourth speed round, the claims' part (issue 15; docs/performance.md, "Suggestion
scan, twenty-fourth round: the claims"; ADR 0141, decision 15): each rewritten piece held to
the code it replaced, kept here as the reference, over random texts of the pieces that could
tell them apart (astral characters, CJK, ``\\r\\n``, U+2028, empty text, a match at the text's
start and end, overlapping cues)."""

from __future__ import annotations

import bisect
import random
import re
import sys
from typing import Final

from marginalia.db.suggest import claims, cues, furniture, sentences
from marginalia.db.suggest.claims_lexicon import _CJK_PAIR, SEPARATORS

RANDOM_TEXTS: Final = 400

# -- the references: the code as it stood at main 08aea3d0 --

_OLD_SEPARATORS = re.compile(r"[\s.,;:!?\"“”‘’'()\[\]{}«»„—–\-/…，。！？：；、（）《》「」『』]+")
_OLD_US = re.compile(r"\bus\b")
_OLD_CJK_PAIR = re.compile(r"(?=([\u3400-\u9fff]{2}))")
_OLD_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.]++)$")
_OLD_END = re.compile(sentences._END.pattern.removesuffix(r"|\n\s*") + r"|\n")


def _old_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    index = cues.INDEX
    latin = [s for s in index._strings if not cues.CJK.search(s)]
    chinese = [s for s in index._strings if cues.CJK.search(s)]
    starts = "".join(sorted({re.escape(string[0]) for string in latin}))
    firsts = "".join(sorted({re.escape(string[0]) for string in chinese}))
    return (
        re.compile(f"{cues.NO_LETTER}(?=[{starts}])(?=({cues.trie(latin)}))"),
        re.compile(f"[{firsts}](?<=(?=({cues.trie(chinese)})).)"),
    )


_OLD_LATIN, _OLD_CHINESE = _old_patterns()


def _old_categories(lowered: str, words: frozenset[str], has_cjk: bool) -> set[str]:
    index = cues.INDEX
    found: set[str] = set()
    for word in words & index._known:
        found |= index._words[word]
    for cue in _OLD_LATIN.findall(" " + lowered):
        found |= index._prefixed[cue]
    if has_cjk:
        for cue in _OLD_CHINESE.findall(lowered):
            found |= index._prefixed[cue]
    return found


def _old_attributed(paragraph: str) -> bool:
    lowered = paragraph.lower()
    return cues.ATTRIBUTION.search(
        lowered, frozenset(_OLD_SEPARATORS.split(lowered)), cues.CJK.search(paragraph) is not None
    )


def _old_in_quotes(line: str, offset: int, sentence: str) -> bool:
    if sentence[:1] in claims._OPEN_QUOTES or sentence.lstrip("–—- ")[:1] in claims._OPEN_QUOTES:
        return True
    before = line[:offset]
    for opening, closing in claims._QUOTE_PAIRS:
        if before.count(opening) > before.count(closing):
            return True
    return before.count('"') % 2 == 1


def _old_inside(blocked: list[tuple[int, int]], start: int, end: int) -> bool:
    position = bisect.bisect_right(blocked, (start, len(blocked) and 1 << 62)) - 1
    return position >= 0 and blocked[position][0] <= start and end <= blocked[position][1]


def _old_is_abbreviation(text: str, begin: int, dot: int) -> bool:
    found = _OLD_WORD_BEFORE.search(text[max(begin, dot - 24) : dot])
    if not found:
        return False
    word = found.group(1).lower()
    if len(word) == 1 and word.isalpha():
        return True
    if word.isdigit() and len(word) <= 2 and sentences._MONTH_AFTER.match(text, dot + 1):
        return True
    word = word.rstrip(".")
    if word in sentences._FINAL_ABBREVIATIONS or (
        word not in sentences._ABBREVIATIONS and sentences._INITIALISM.fullmatch(word) is not None
    ):
        return sentences._STARTER_AFTER.match(text, dot + 1) is None
    return word in sentences._ABBREVIATIONS


def _old_sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _OLD_END.finditer(text, start, stop):
        if match.group() == "\n":
            cut = match.start()
        else:
            if match.group().startswith(".") and _old_is_abbreviation(text, begin, match.start()):
                continue
            cut = match.end()
        sentences._add(text, begin, cut, spans)
        begin = match.end()
    sentences._add(text, begin, stop, spans)
    return spans


def _old_add_context(
    candidates: list[tuple[int, int, dict[str, float]]],
) -> list[tuple[int, int, dict[str, float]]]:
    count = len(candidates)
    if not count:
        return []
    shares = {
        name: round(
            (sum(1 for _, _, f in candidates if name in f) + claims.PSEUDO_SENTENCES * prior)
            / (count + claims.PSEUDO_SENTENCES),
            4,
        )
        for name, prior in claims.ARTICLE_PRIORS.items()
    }
    article = {f"article_{name}": share for name, share in shares.items() if share}
    lent = [[n for n in claims.NEIGHBOUR_FEATURES if n in own] for _, _, own in candidates]
    as_previous = [{f"previous_{n}": 1.0 for n in names} for names in lent]
    as_next = [{f"next_{n}": 1.0 for n in names} for names in lent]
    result = []
    for index, (start, end, own) in enumerate(candidates):
        features = dict(own)
        features.update(article)
        if index:
            features.update(as_previous[index - 1])
        if index + 1 < count:
            features.update(as_next[index + 1])
        place = index / max(1, count - 1)
        if index == 0:
            features["first_sentence"] = 1.0
        if place < 0.15:
            features["top"] = 1.0
        elif place > 0.85:
            features["bottom"] = 1.0
        result.append((start, end, features))
    return result


# -- random texts of the pieces that matter --

_LATIN_PIECES: Final = [
    "according to", "accord", "in fact", "in", "fact", "more than", "mor", " ", "  ", "(photo",
    "/afp", "/ap", "©", "j'", "peut-être", "year-on-year", "it's time", "it wasn't clear",
    "said", "says", "us", "US", "bus", "_", "1", "2", "#", "é", "ß", "à cause", "called on",
    "declined to comment", "declined to", "a source", "a", ".", ",", "'", "’", "\"", "“", "”",
    "\n", "\r\n", "\u2028", "\u00a0", "\u3000", "\t", "😀", "𠀋", "Mr.", "U.S.", "J.", "a.m.",
    "8.", " November", "The", " It", "!", "?", "…", "ed", "was", "led",
]  # fmt: skip
_CJK_PIECES: Final = [
    "数据显示", "据", "表示", "指出", "他认为", "认为", "应该", "要", "记者", "新华社", "发言人",
    "不", "自", "风", "作者", "下", "。", "，", "！", "？", "」", "「", "“", "”", "【", "】", "中",
    "国", "人", "表", "據", "說", "說明", "说", "發言人", "𠀋", "😀", "１", " ", "\n", "\u2028",
]  # fmt: skip


def _texts(pieces: list[str], seed: int, count: int = RANDOM_TEXTS) -> list[str]:
    rng = random.Random(seed)
    texts = ["", " ", "in", "us", "据", pieces[0], pieces[0] + pieces[1]]
    for _ in range(count):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))))
    return texts


def _mixed(seed: int, count: int = RANDOM_TEXTS) -> list[str]:
    return _texts(_LATIN_PIECES + _CJK_PIECES, seed, count)


# -- the tests --


def test_the_separators_with_their_spaces_written_out_are_the_old_ones_for_every_code_point() -> (
    None
):
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert [m.span() for m in SEPARATORS.finditer(every)] == [
        m.span() for m in _OLD_SEPARATORS.finditer(every)
    ]
    for text in _mixed(1):
        lowered = text.lower()
        assert SEPARATORS.split(lowered) == _OLD_SEPARATORS.split(lowered)
        assert claims._TOKENS.findall(lowered) == [t for t in _OLD_SEPARATORS.split(lowered) if t]


def test_the_cue_expressions_find_what_the_old_ones_found() -> None:
    index = cues.INDEX
    cue_strings = list(index._strings)
    texts = _mixed(2) + _texts([*cue_strings, " ", "，", "x", "1"], 3)
    for text in texts:
        lowered = text.lower()
        assert index._latin.findall(" " + lowered) == _OLD_LATIN.findall(" " + lowered), text
        assert index._chinese.findall(lowered) == _OLD_CHINESE.findall(lowered), text
        words = frozenset(claims._TOKENS.findall(lowered))
        for has_cjk in (False, True):
            assert index.categories(lowered, words, has_cjk) == _old_categories(
                lowered, words, has_cjk
            )


def test_every_chinese_cue_is_found_alone_at_the_start_and_at_the_end() -> None:
    index = cues.INDEX
    for cue in index._strings:
        if cues.CJK.search(cue):
            for text in (cue, "。" + cue, cue + "x", "中" + cue + "中"):
                assert index._chinese.findall(text) == _OLD_CHINESE.findall(text)


def test_a_grouped_trie_matches_what_the_plain_one_matches() -> None:
    rng = random.Random(4)
    alphabet = "abcdefghij"
    strings = sorted({"".join(rng.choices(alphabet, k=rng.randint(1, 4))) for _ in range(300)})
    plain = re.compile(f"(?=({cues.trie(strings)}))")
    for width in (2, 3, 8):
        grouped = re.compile(f"(?=({cues.trie(strings, width=width)}))")
        for text in _texts(list(alphabet) + strings[:50] + [" "], 5, 200):
            assert grouped.findall(text) == plain.findall(text)


def test_us_chinese_pairs_and_the_furniture_characters_are_found_as_before() -> None:
    for text in _mixed(6) + _texts(["us", "US", "_us", "us_", "1us", "usus", " ", "bus", "😀"], 7):
        assert claims._US.findall(text) == _OLD_US.findall(text)
        assert _CJK_PAIR.findall(text) == _OLD_CJK_PAIR.findall(text)
        assert (furniture._CJK_FURNITURE_CHAR.search(text) is not None) == (
            not furniture._CJK_FURNITURE_CHARS.isdisjoint(text)
        )


def test_a_paragraphs_attribution_is_read_as_before() -> None:
    for text in [*_mixed(8), "He said so.", "据报道", "according to him", "", "Said"]:
        assert claims._attributed(text) == _old_attributed(text)


def test_a_sentence_in_quotes_is_read_as_before() -> None:
    rng = random.Random(9)
    for line in [*_mixed(10), '"a" b', "“a” b", "«a b", "„a“ b", "「a」b", "『a b"]:
        for offset in {0, len(line), *(rng.randint(0, len(line)) for _ in range(5))}:
            sentence = line[offset:]
            assert claims._in_quotes(line, offset, sentence) == _old_in_quotes(
                line, offset, sentence
            )


def test_sentences_are_split_as_before() -> None:
    texts = [
        *_mixed(11),
        "",
        "\n",
        "\n\n \n",
        "One.\n\n  Two.\r\n\r\nThree",
        "Mr. Smith went to the U.S. The end.",
        "At 12 p.m. He left.\u2028Then\u2029more.",
        "den 8. November 2020.",
        "J. Smith. 𠀋 word.  😀 Done.",
        "中文。下一句！“引号。”结束",
        "a.\nb",
        ".",
        "x" * 30 + ".",
    ]
    for text in texts:
        assert sentences.sentence_spans(text) == _old_sentence_spans(text), text
        if len(text) > 4:
            assert sentences.sentence_spans(text, 2, len(text) - 1) == _old_sentence_spans(
                text, 2, len(text) - 1
            )


def test_the_context_features_are_added_as_before() -> None:
    rng = random.Random(12)
    names = [*claims.ARTICLE_PRIORS, *claims.NEIGHBOUR_FEATURES, "lexical", "short"]
    for count in (0, 1, 2, 3, 7, 40):
        for _ in range(20):
            candidates = [
                (index, index + 1, {name: 1.0 for name in names if rng.random() < 0.3})
                for index in range(count)
            ]
            new = claims.add_context([(s, e, dict(f)) for s, e, f in candidates])
            old = _old_add_context([(s, e, dict(f)) for s, e, f in candidates])
            assert [(s, e, list(f.items())) for s, e, f in new] == [
                (s, e, list(f.items())) for s, e, f in old
            ]


def test_sentences_inside_an_excluded_span_are_left_out_as_before() -> None:
    sentence = "Officials said 5 people died. "
    text = sentence * 12
    spans = sentences.sentence_spans(text)
    rng = random.Random(13)
    for _ in range(60):
        blocked: list[tuple[int, int]] = []
        for _ in range(rng.randint(0, 4)):
            start = rng.randint(0, len(text))
            blocked.append((start, min(len(text), start + rng.randint(0, 80))))
        disjoint: list[tuple[int, int]] = []
        for span in sorted(blocked):  # non-overlapping, as the captions are
            if not disjoint or span[0] >= disjoint[-1][1]:
                disjoint.append(span)
        for exact in rng.sample(spans, 2):
            if all(exact[1] <= s or e <= exact[0] for s, e in disjoint):
                disjoint.append(exact)
        disjoint.sort()
        expected = [span for span in spans if not _old_inside(disjoint, *span)]
        found = [(s, e) for s, e, _ in claims.claim_candidates(text, (), disjoint)]
        assert found == expected


_OLD_FURNITURE_CJK = re.compile(
    r"仅供参考|僅供參考|仅作参考|不构成[^，。]{0,12}建议|不構成[^，。]{0,12}建議"
    r"|仅代表[^，。]{0,12}观点|僅代表[^，。]{0,12}觀點|不代表[^，。]{0,12}(?:观点|立场)"
    r"|观点仅代表|觀點僅代表|仅提供信息存储服务|僅提供信息存儲服務|僅提供資訊儲存服務"
    r"|自行承担|风险自担|評論 \d|评论 \d|评论\d+条\s*$"
    r"|(?:扫描|扫码|下载|關注|关注)[^，。]{0,12}(?:二维码|APP|App|客户端|公众号|官方微信)"
    r"|作者简介|作者簡介|[（(]\s*作者[^（）()，。]{0,30}(?:系|是|为|為)[^（）()]{0,30}[）)]\s*$"
)
_FURNITURE_CJK_PIECES: Final = [
    "仅供参考", "仅代表", "观点", "不构成", "投资", "建议", "扫描", "扫码", "下载", "关注", "關注",
    "下方", "二维码", "官方微信", "APP", "作者", "系", "是", "研究员", "（", "）", "(", ")", "评论",
    "683", "条", " ", "。", "，", "\n", "😀", "中",
]  # fmt: skip


def test_the_chinese_furniture_is_found_where_it_was() -> None:
    for text in [
        *_texts(_FURNITURE_CJK_PIECES, 14),
        "（作者韩涵系政邦智库研究员）",
        "(作者是评论员)",
    ]:
        new, old = cues.FURNITURE_CJK.search(text), _OLD_FURNITURE_CJK.search(text)
        assert (new and new.span()) == (old and old.span()), text
