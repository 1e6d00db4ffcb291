"""A first, honest guess at an article's language (ADR 0006), from its first 2,000 characters.

The script decides where one stands out (kana: Japanese; then the largest script if it is at
least 30% of the letters: Chinese, Korean, Russian, Arabic, Greek, Thai, Hebrew); Latin text
is told apart by stop words. A *letter* is what ``[^\\W\\d_]`` matches.

Import runs this on every article, so the work is done in C where it can be: the ASCII
non-letters of the sample become spaces in one pass over its UTF-8 bytes, so that a
white-space-separated token of ASCII is a word whole; only the tokens beyond ASCII go
through one regular expression that turns each run of non-letters into a space; the runs
of script characters are looked for in those tokens alone, each counted whole when it is of
one script; a stop word is found by looking each word up among every spelling that lowers
to one. ``tests/db/article_import/test_language.py`` holds the result equal to the
character-by-character counting this replaced (the corpus, and generated text of every
script).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import filterfalse, product
from unicodedata import unidata_version

SAMPLE = 2000

#: Han ideographs (with the compatibility and supplementary planes).
_HAN_RANGES = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN = f"[{_HAN_RANGES}]"
#: Each script's characters, as ranges of a character class.
SCRIPT_RANGES = (
    ("ja", r"\u3040-\u30ff"),
    ("ko", r"\uac00-\ud7af"),
    ("zh", _HAN_RANGES),
    ("ru", r"\u0400-\u04ff"),
    ("ar", r"\u0600-\u06ff"),
    ("el", r"\u0370-\u03ff"),
    ("th", r"\u0e00-\u0e7f"),
    ("he", r"\u0590-\u05ff"),
)
SCRIPT_CODES = tuple(code for code, _ranges in SCRIPT_RANGES)
STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "said"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "für", "ein"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui"},
    "es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "para"},
    "it": {"il", "di", "che", "e", "la", "per", "una", "sono", "della", "gli", "non"},
    "pt": {"o", "os", "que", "e", "do", "da", "em", "para", "uma", "não", "com"},
    "nl": {"de", "het", "een", "en", "van", "niet", "dat", "met", "voor", "zijn"},
    "pl": {"i", "w", "nie", "na", "się", "że", "jest", "do", "to", "z", "jak"},
    "cs": {"a", "je", "se", "na", "že", "v", "to", "jsou", "pro", "jak", "ale"},
}
#: The languages each stop word belongs to.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, stop in STOPWORDS.items() if word in stop)
    for word in set().union(*STOPWORDS.values())
}
#: A word: a run of letters.
WORD = re.compile(r"[^\W\d_]+")

#: A run of anything but letters.
_NON_LETTERS = re.compile(r"[\W\d_]+")


# The script classes are compiled when first needed: with the Han and Hangul ranges each
# takes a millisecond or more, which every import would pay at its start.
@cache
def _script_run() -> re.Pattern[str]:
    """A run of characters of any of the scripts."""
    return re.compile("[" + "".join(ranges for _code, ranges in SCRIPT_RANGES) + "]+")


@cache
def _one_script_run(index: int) -> re.Pattern[str]:
    """A run of characters of the script ``SCRIPT_RANGES[index]``."""
    return re.compile(f"[{SCRIPT_RANGES[index][1]}]+")


@cache
def _bmp_non_letters() -> re.Pattern[str]:
    """``_NON_LETTERS`` for text within the Basic Multilingual Plane, as explicit ranges:
    the regular-expression engine tests those against a bitmap instead of asking for each
    character's Unicode category. The ranges are written out in :mod:`.bmp_letters` for
    the Unicode version Python has; under another they are worked out (~7 ms)."""
    from .bmp_letters import NON_LETTER_RANGES, UNICODE_VERSION

    ranges = NON_LETTER_RANGES if unidata_version == UNICODE_VERSION else non_letter_ranges()
    return re.compile(f"[{ranges}]+")


def non_letter_ranges() -> str:
    """The BMP's runs of characters that are not letters, as character-class ranges."""
    ranges: list[str] = []
    start: int | None = None
    for point in range(0x10001):
        char = chr(point) if point < 0x10000 else ""
        other = point < 0x10000 and not (char.isalnum() and not char.isdecimal())
        if other and start is None:
            start = point
        elif not other and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{point - 1:04x}")
            start = None
    return "".join(ranges)


def _script_counts(sample: str) -> dict[str, int]:
    """How many characters of each script the sample holds (a run of one script at once)."""
    per_script = [0] * len(SCRIPT_RANGES)
    runs = _script_run().findall(sample) if sample else []
    if runs:
        joined = "".join(runs)
        first = _script_of(joined[0])
        if _one_script_run(first).fullmatch(joined):  # the usual case: one script beside Latin
            per_script[first] = len(joined)
        else:
            for run in runs:
                first = _script_of(run[0])
                if _one_script_run(first).fullmatch(run):
                    per_script[first] += len(run)
                else:  # scripts side by side (kanji and kana): character by character
                    for char in run:
                        per_script[_script_of(char)] += 1
    return dict(zip(SCRIPT_CODES, per_script, strict=True))


_SCRIPT_INDEX: dict[str, int] = {}


def _script_of(char: str) -> int:
    """The index in :data:`SCRIPT_RANGES` of a character of one of them (each found once)."""
    index = _SCRIPT_INDEX.get(char)
    if index is None:
        index = _SCRIPT_INDEX[char] = next(
            i for i in range(len(SCRIPT_RANGES)) if _one_script_run(i).match(char)
        )
    return index


#: Every ASCII character but the letters (A–Z, a–z: the ASCII characters ``[^\W\d_]``
#: matches) becomes a space; the bytes of the other characters' UTF-8 stay as they are.
_ASCII_NON_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_ASCII_NON_LETTERS_TO_SPACES = bytes.maketrans(_ASCII_NON_LETTERS, b" " * len(_ASCII_NON_LETTERS))


def _words(sample: str) -> tuple[int, int, list[str], list[str], list[str]]:
    """How many letters and words the sample holds; its words of ASCII letters; its other
    words; and its tokens beyond ASCII (white-space-separated, ASCII non-letters removed).

    The ASCII non-letters become spaces in one pass over the sample's UTF-8 bytes (a byte
    table in C), so a token of ASCII alone is a word of ASCII letters, whole. Only the
    tokens beyond ASCII go through the regular expression that turns each run of other
    non-letters into a space, joined in one string (its cost is per run it finds).
    White space is never a letter, so no word spans two tokens.
    """
    spaced = (
        sample.encode("utf-8", "surrogatepass")
        .translate(_ASCII_NON_LETTERS_TO_SPACES)
        .decode("utf-8", "surrogatepass")
    )
    tokens = spaced.split()
    plain = list(filter(str.isascii, tokens))
    beyond = list(filterfalse(str.isascii, tokens))
    letters = sum(map(len, plain))
    if not beyond:
        return letters, len(plain), plain, [], []
    rest = " ".join(beyond)
    beyond_bmp = len(rest.encode("utf-16-le", "surrogatepass")) > 2 * len(rest)
    non_letters = _NON_LETTERS if beyond_bmp else _bmp_non_letters()
    rest = non_letters.sub(" ", rest)
    others = rest.split()
    letters += len(rest) - rest.count(" ")
    return letters, len(plain) + len(others), plain, others, beyond


#: Characters that lower to a letter of a stop word besides its own upper and title case
#: (the Kelvin sign lowers to k); the tests look through every character for others.
_OTHER_CASES = {"k": "\u212a"}


def case_forms(char: str) -> str:
    """Every character whose lowercase is ``char``."""
    forms = {char, char.upper(), char.title(), *_OTHER_CASES.get(char, "")}
    return "".join(sorted(f for f in forms if len(f) == 1 and f.lower() == char))


@cache
def _stop_spellings() -> dict[str, tuple[str, ...]]:
    """Every word whose lowercase is a stop word (``The``, ``THE``, …), with the languages
    of that stop word.

    A word lowers to a stop word exactly when each of its characters lowers to that stop
    word's character: lowering maps one character to one, but for İ (to i and a combining
    dot, which no stop word holds) and Σ (to σ or ς, by context; no stop word holds
    either). So looking each word up as it is counts what lowering every word would.
    """
    return {
        "".join(spelling): languages
        for word, languages in _LANGUAGES_OF.items()
        for spelling in product(*map(case_forms, word))
    }


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code from the script, and stop words for Latin-script text."""
    letters, words, plain, others, beyond = _words(text[:SAMPLE])
    if not letters:
        return None
    # no script's character is ASCII or white space: the tokens beyond ASCII hold them all
    counts = _script_counts(" ".join(beyond))
    if counts["ja"] >= 10:
        return "ja"
    best = max(counts, key=lambda code: counts[code])
    if counts[best] >= 0.3 * letters:
        return best
    if words < 5:
        return None
    spellings = _stop_spellings()
    found = Counter(filter(spellings.__contains__, plain))
    found.update(filter(spellings.__contains__, others))
    scores = dict.fromkeys(STOPWORDS, 0)
    for spelling, count in found.items():
        for lang in spellings[spelling]:
            scores[lang] += count
    lang = max(scores, key=lambda code: scores[code])
    return lang if scores[lang] >= max(2, words // 50) else None
