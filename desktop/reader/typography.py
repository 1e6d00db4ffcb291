"""Which punctuation marks are set in the CJK font (pure Python, so the rule is testable).

Latin and CJK fonts both have the quotation marks, apostrophes, dashes, ellipsis and middle
dot (East Asian Width "ambiguous"), at different widths: a CJK font sets ``’`` a full em
wide, which breaks ``doesn’t`` apart; a Latin font sets ``“`` narrow, which looks wrong
between Chinese characters. The reader's base font therefore lists a Latin family first (the
letters of Latin text and Latin punctuation come from it) and this module finds the marks
that belong to CJK text, which the document gives the CJK font (ADR 0062):

- between Latin letters (``doesn’t``, ``“no”`` in an English phrase) a mark is Latin;
- between CJK characters (``是“江北造”。``) it is CJK;
- with one of each, or none, on its line, it follows the article's main script.

Digits, spaces and other punctuation are skipped when looking for the neighbours, so the
quotes of ``“1500億元”`` in a Chinese sentence find the Chinese on either side.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: marks a CJK font and a Latin font both have, at different widths
_AMBIGUOUS: Final = "‘’“”‚„‹›—―–…‥·•′″‼※¨°§"
_MARK = re.compile(f"[{re.escape(_AMBIGUOUS)}]+")
#: how far a mark looks for a letter on either side (code points, on its line)
REACH: Final = 24


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF  # radicals, CJK punctuation, kana, bopomofo, Han
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x3FFFF  # Han extensions B and later
    )


def _script(char: str) -> str | None:
    """ "cjk", "latin" (any other letter), or None for what a mark looks past."""
    if _is_cjk(char):
        return "cjk"  # CJK punctuation (，。：) counts: it is set in the CJK font too
    return "latin" if unicodedata.category(char).startswith("L") else None


#: what _is_cjk says, as character classes (counted in C for a whole article)
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")
_CJK_LETTER = re.compile(
    "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]"
)
_LETTER = re.compile(r"[^\W\d_]")


def main_script(text: str) -> str:
    """ "cjk" when CJK characters are at least a third of the letters, else "latin"."""
    sample = text[:5_000]
    cjk = _CJK.subn("", sample)[1]
    latin = _LETTER.subn("", sample)[1] - _CJK_LETTER.subn("", sample)[1]
    return "cjk" if cjk and cjk * 2 >= latin else "latin"


def _neighbour(text: str, position: int, step: int) -> str | None:
    for _ in range(REACH):
        if not 0 <= position < len(text) or text[position] == "\n":
            return None
        found = _script(text[position])
        if found is not None:
            return found
        position += step
    return None


def cjk_punctuation(text: str) -> list[tuple[int, int]]:
    """The runs of marks (code-point spans) that belong to CJK text and take its font."""
    default: str | None = None  # the main script, read only if a mark needs it
    runs: list[tuple[int, int]] = []
    for match in _MARK.finditer(text):
        before = _neighbour(text, match.start() - 1, -1)
        after = _neighbour(text, match.end(), +1)
        script = before if before == after else None
        if script is None:
            default = default or main_script(text)
            script = default
        if script == "cjk":
            runs.append(match.span())
    return runs


__all__ = ["REACH", "cjk_punctuation", "main_script"]
