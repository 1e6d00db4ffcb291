"""How implausible a candidate decoding looks, as a count of defects (ADR 0010).

Detectors rank encodings by byte statistics; several code pages often tie on the same
bytes. The decoded text then tells them apart. A wrong code page yields characters real
text never holds (C1 controls, unassigned or private-use code points) and letters that
do not fit their neighbours: capitals inside lower-case words ("BlanchardÕs", "оПНЯ"),
words that change script ("Cafй"), symbols where letters belong ("Pøíli¹"). Characters
are classified once per distinct character and the word-context patterns run on a
bounded excerpt, so scoring a 64 KiB sample costs about a millisecond.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Weight of a character that real text essentially never holds.
_IMPOSSIBLE = 4.0
#: Weight of a character that real text rarely holds but mojibake often does.
_ODD = 1.0

_ALLOWED_CONTROLS = frozenset("\t\n\x0b\x0c\r\x1a\x1b\x00")

#: Characters known to weigh nothing, whatever the code page, skipped by a set
#: difference so that scoring CJK text does not loop over thousands of characters.
_CLEAN = {chr(code) for code in range(0x20, 0x7F)} | set("\t\n\r")
_CLEAN_LIMIT = 1 << 16


@lru_cache(maxsize=16384)
def _char_weight(char: str, single_byte: bool) -> float:
    code = ord(char)
    if code < 0x20:
        return 0.0 if char in _ALLOWED_CONTROLS else _IMPOSSIBLE
    if code < 0x7F:
        return 0.0
    category = unicodedata.category(char)
    if category in ("Cc", "Cn", "Co", "Cs") or char == "\ufffd":
        return _IMPOSSIBLE
    if single_byte and 0x2500 <= code <= 0x259F:
        return _ODD  # box drawing and blocks: the look of a wrong DOS code page
    return 0.0


def _letters(case: str) -> str:
    ranges = ((0xC0, 0x530), (0x1E00, 0x2000))
    found = (
        chr(code)
        for start, stop in ranges
        for code in range(start, stop)
        if unicodedata.category(chr(code)) == case
    )
    return "".join(found)  # no ASCII, so nothing to escape in a character class


_UPPER = _letters("Lu")
_LOWER = "a-z" + _letters("Ll")
#: A non-ASCII capital between two lower-case letters: almost always a wrong code page.
_CAPITAL_INSIDE_WORD = re.compile(f"[{_UPPER}](?<=[{_LOWER}].)(?=[{_LOWER}])")


_SCRIPTS = {
    "latin": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f",
    "greek": "\u0386-\u03ff",
    "cyrillic": "\u0400-\u04ff",
    "hebrew": "\u05d0-\u05ea",
    "arabic": "\u0620-\u064a",
    "thai": "\u0e01-\u0e4e",
}
#: A letter of one script right before a letter of another ("Cafй", "PψνliΉ"): real
#: words keep to one script, a wrong code page scatters letters over several.
_SCRIPT_CHANGE = re.compile(
    "|".join(
        f"[{letters}](?<=[{others}].)|[{letters}](?=[{others}])"
        for name, letters in _SCRIPTS.items()
        if name != "latin"
        for others in ["".join(v for k, v in _SCRIPTS.items() if k != name)]
    )
)


_LETTER = "".join(_SCRIPTS.values())
#: Symbols a wrong one-byte code page puts where letters belong ("Pøíli¹", "ku¾"); no
#: apostrophes, dashes or the Catalan middle dot, which do stand between letters.
_JUNK = "¡¢£¤¥¦§¨©«¬®¯°±²³´¶¸¹»¼½¾¿×÷ˆˇ˘˙˛˜˝€‚ƒ„†‡‰‹›•™"
_JUNK_INSIDE_WORD = re.compile(f"[{_JUNK}](?<=[{_LETTER}].)(?=[{_LETTER}])")


#: Letters in context are judged on this many characters from the first non-ASCII one
#: (every context defect involves one): enough evidence, bounded time.
_CONTEXT_CHARS = 16 * 1024
_NON_ASCII = re.compile("[^\x00-\x7f]")


def defects(text: str, *, single_byte: bool = False, context: bool = True) -> float:
    """A weighted count of what makes `text` unlike real text; 0 for clean text.

    `single_byte` says the text came from a one-byte code page, where box-drawing
    characters are more likely a wrong guess than a table (CJK encodings use them).
    Without `context`, only characters count, not the letters around them.
    """
    score = 0.0
    for char in set(text) - _CLEAN:
        weight = _char_weight(char, single_byte)
        if weight:
            score += weight * text.count(char)
        elif len(_CLEAN) < _CLEAN_LIMIT and not _char_weight(char, True):
            _CLEAN.add(char)
    return score + context_defects(text) if context else score


def context_defects(text: str) -> float:
    """The defects of letters in context: capitals, scripts and symbols inside words."""
    first = _NON_ASCII.search(text)
    if first is None:
        return 0.0
    start = max(0, first.start() - 1)
    excerpt = text[start : start + _CONTEXT_CHARS]
    return float(
        len(_CAPITAL_INSIDE_WORD.findall(excerpt))
        + len(_SCRIPT_CHANGE.findall(excerpt))
        + len(_JUNK_INSIDE_WORD.findall(excerpt))
    )


def char_defects(text: str, *, single_byte: bool = False) -> float:
    """Like `defects`, counting each distinct character once and ignoring context."""
    return sum(_char_weight(char, single_byte) for char in set(text))
