"""The language guess counts characters through a translation table; here it is held equal
to the regular-expression counting it replaced (kept below as the reference), on the shared
corpus and on generated text that mixes every script, digits, marks and astral characters."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marginalia.db.article_import.encoding import DecodeError, decode_bytes
from marginalia.db.article_import.language import (
    SAMPLE,
    SCRIPT_RANGES,
    STOPWORDS,
    WORD,
    guess_language,
)

_LETTER_RE = r"[^\W\d_]"


def reference(text: str) -> str | None:
    """The guess as first written: one ``findall`` per script and for the letters."""

    sample = text[:SAMPLE]
    counts = {code: len(re.findall(f"[{ranges}]", sample)) for code, ranges in SCRIPT_RANGES}
    letters = len(re.findall(_LETTER_RE, sample))
    if not letters:
        return None
    if counts["ja"] >= 10:
        return "ja"
    best = max(counts, key=lambda code: counts[code])
    if counts[best] >= 0.3 * letters:
        return best
    words = [w.lower() for w in WORD.findall(sample)]
    if len(words) < 5:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in STOPWORDS.items()}
    lang = max(scores, key=lambda code: scores[code])
    return lang if scores[lang] >= max(2, len(words) // 50) else None


def corpus_texts() -> list[str]:
    root = Path(os.environ.get("MARGINALIA_CORPUS", Path(__file__).parents[3] / "../shared/corpus"))
    texts = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in {".txt", ".md", ".jsonl", ".html", ".htm", ".json"}:
            data = path.read_bytes()[:200_000]
            try:
                texts.append(decode_bytes(data).text)
            except DecodeError:  # a file the corpus keeps to be refused
                continue
    return texts


def test_the_corpus_gets_the_same_guesses() -> None:
    texts = corpus_texts()
    assert len(texts) > 20, "the shared corpus was not found"
    for text in texts:
        for start in (0, 500, 3000):
            assert guess_language(text[start:]) == reference(text[start:])


WORDS = sorted({w for stop in STOPWORDS.values() for w in stop})
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(
        [w.upper() for w in WORDS]
        + [w.title() for w in WORDS]
        + ["İstanbul", "ǅemal", "ΣΟΦΊΑ", "JA\u212a", "ja\u212a", "Ǆe", "İn", "ſe", "Σ"]
    ),
    st.text(
        alphabet=st.one_of(
            st.characters(codec="utf-8"),
            st.sampled_from("あカ한汉𠀋😀ЖعΩกש٣²Ⅻ①_0 \n\t.,'’\u0301\u200d\x1c\x7f\xa0\u3000ªé"),
        ),
        max_size=12,
    ),
)


@settings(max_examples=400)
@given(st.lists(PIECES, max_size=400).map(" ".join))
def test_generated_text_gets_the_same_guesses(text: str) -> None:
    assert guess_language(text) == reference(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said that the growth of the economy was strong in the first half.", "en"),
        ("江北区工业总产值突破1500亿元大关，the output grew 12% 😀 in the first half.", "zh"),
        ("これは日本語の文章です。経済は成長した。", "ja"),
        ("𠀋𠀋𠀋 the 𝐀𝐁𝐂 and of to in is that", "en"),
        ("12345 67890", None),
        ("the\ud83d and\udc00 of, to: in; is\x7fthat", "en"),
        ("Die Straße ist nicht für\u00a0den Verkehr, und das ist gut.", "de"),
    ],
)
def test_examples(text: str, expected: str | None) -> None:
    assert guess_language(text) == reference(text) == expected


def test_the_bitmap_of_non_letters_is_the_category_class_on_the_whole_bmp() -> None:
    from marginalia.db.article_import import language

    bitmap = language._bmp_non_letters()
    everything = "".join(map(chr, range(0x10000)))
    assert bitmap.sub(" ", everything) == language._NON_LETTERS.sub(" ", everything)
    for point in range(0x10000):
        char = chr(point)
        assert bool(bitmap.fullmatch(char)) == bool(re.fullmatch(r"[\W\d_]", char)), hex(point)


def test_what_the_word_splitting_relies_on_holds_for_every_character() -> None:
    """White space is never a letter, and lowering never makes white space: so words lie
    inside white-space-separated tokens, and joined lowered words split back one for one."""
    import sys

    for point in range(sys.maxunicode + 1):
        char = chr(point)
        if char.isspace():
            assert not char.isalnum(), hex(point)
        else:
            assert not any(c.isspace() for c in char.lower()), hex(point)


def test_every_character_that_lowers_to_a_stop_word_letter_is_a_case_form_of_it() -> None:
    """The stop words are counted by looking words up as they are among every spelling
    that lowers to one (``language._stop_spellings``): that needs every character whose
    lowercase is a stop word's letter, and no other."""
    import sys

    from marginalia.db.article_import.language import case_forms

    letters = {c for stop in STOPWORDS.values() for word in stop for c in word}
    found: dict[str, set[str]] = {c: set() for c in letters}
    for point in range(sys.maxunicode + 1):
        lowered = chr(point).lower()
        if lowered in found:
            found[lowered].add(chr(point))
    assert {c: set(case_forms(c)) for c in letters} == found


def test_the_written_out_non_letter_ranges_are_the_worked_out_ones() -> None:
    import unicodedata

    from marginalia.db.article_import import bmp_letters, language

    assert unicodedata.unidata_version == bmp_letters.UNICODE_VERSION
    assert language.non_letter_ranges() == bmp_letters.NON_LETTER_RANGES
