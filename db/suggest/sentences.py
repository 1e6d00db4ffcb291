"""Split text into sentences, Chinese and English (and other Latin-script languages).

A sentence ends at ``。！？!?…`` or at ``.`` followed by a space and something that can start a
sentence, never after a known abbreviation or an initial; closing quotes and brackets stay with
the sentence they close. A line break always ends a sentence. Spans are trimmed of whitespace.
"""

from __future__ import annotations

import re
from typing import Final

_ABBREVIATION_WORDS: Final = (
    "mr mrs ms dr prof sr jr st mt gen gov sen rep col lt sgt capt cmdr adm pres vs etc inc "
    "maj brig cpl pvt supt sens reps govs gens "
    "corp ltd co no nos fig figs e.g i.e u.s u.k u.n a.m p.m jan feb mar apr jun jul aug sep "
    "sept oct nov dec approx dept est ft bzw ca dr nr z.b u.a s.a mio mrd sra sr srta av ok "
    "np tj cca mld mln tys proc zł"
)
_ABBREVIATIONS: Final = frozenset(_ABBREVIATION_WORDS.split())
_CLOSERS: Final = re.escape("\"'”’」』）)》〉】]")
_MARKS: Final = "。！？!?…"
#: ``[。！？!?…]+`` written as one alternative per mark (``。[。！？!?…]*`` …): every alternative
#: then opens on a literal, and the engine skips to the next mark, full stop or line break
#: instead of trying each position (0.7 against 1.9 ms on bench/suggest.py's article). A line
#: break takes the white space after it (the blank lines between paragraphs), which held no
#: sentence and would only be trimmed: half the ends the loop reads (twenty-fourth round).
_END = re.compile(
    "|".join(rf"{re.escape(mark)}[{_MARKS}]*[{_CLOSERS}]*" for mark in _MARKS)
    + rf"|\.(?:\.\.)?[{_CLOSERS}]*(?=\s+[\"“‘'(「《A-Z0-9À-ÝČŘŠŽ¿¡—–-]|\s*$)"
    + r"|\n\s*"
)
#: Abbreviations that often end a sentence ("shortly after 12 p.m. The biker …", "in the U.S.
#: It …"): they end one when a word that starts sentences follows (claims v12.9 added `For`,
#: `However`, `Meanwhile` … : `… with the U.S. For 2024, those rules …`, held-out 34; of the 105
#: such abbreviations inside a candidate of sets 0–35 a name follows the others).
_FINAL_ABBREVIATIONS: Final = frozenset(
    ["a.m", "p.m", "u.s", "u.k", "u.n", "inc", "ltd", "corp", "co", "etc"]
)
_STARTER_AFTER: Final = re.compile(
    r"\s+(?:The|A|An|He|She|It|They|We|I|In|At|On|But|And|This|That|These|Those|His|Her|Its"
    r"|Their|There|When|After|Before|Police|Officials|According|For|However|Meanwhile|Still|Yet"
    r"|Now|Some|Many|Last|While|If|As|So|Since)\b"
)
#: The word (letters, digits and dots) ending where a full stop stands, read backwards: matched
#: once at the start of the reversed window before it and taken whole (possessive). It was
#: ``(?<![\w.])([\w.]++)$`` searched in the window (0.34 against 0.54 ms on bench/suggest.py's
#: 643 full stops; twenty-fourth round); the window holds no line break (each one ends a
#: sentence before it), so that ``$`` was the window's end.
_WORD_REVERSED: Final = re.compile(r"[\w.]++")
#: Letters with dots between them ("J.P", "H.W", "D.A", "S.C"): a name's initials or a place's
#: short form, which a name or a dateline follows ("J.P. Morgan", "George H.W. Bush", "Orangeburg,
#: S.C. (AP)"); like "U.S." it ends a sentence only before a word that starts sentences.
_INITIALISM: Final = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_MONTH_AFTER: Final = re.compile(
    r"\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Half-open spans of the sentences in ``text[start:end]``, in order. Each end's first
    character is read once and :func:`_add`'s trimming is written out in the loop (some 1,500
    ends on bench/suggest.py's article: a call each cost 0.3 ms; twenty-fourth round)."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _END.finditer(text, start, stop):
        found = match.group()[0]
        if found == "\n":
            cut = match.start()
        elif found == "." and _is_abbreviation(text, begin, match.start()):
            continue
        else:
            cut = match.end()
        while begin < cut and text[begin].isspace():
            begin += 1
        while cut > begin and text[cut - 1].isspace():
            cut -= 1
        if cut > begin:
            spans.append((begin, cut))
        begin = match.end()
    _add(text, begin, stop, spans)
    return spans


def _is_abbreviation(text: str, begin: int, dot: int) -> bool:
    found = _WORD_REVERSED.match(text[max(begin, dot - 24) : dot][::-1])
    if not found:
        return False
    word = found.group()[::-1].lower()
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    if word.isdigit() and len(word) <= 2 and _MONTH_AFTER.match(text, dot + 1):
        return True  # a German ordinal date: "den 8. November"
    word = word.rstrip(".")
    if word in _FINAL_ABBREVIATIONS or (
        word not in _ABBREVIATIONS and _INITIALISM.fullmatch(word) is not None
    ):
        return _STARTER_AFTER.match(text, dot + 1) is None
    return word in _ABBREVIATIONS


def _add(text: str, begin: int, cut: int, spans: list[tuple[int, int]]) -> None:
    while begin < cut and text[begin].isspace():
        begin += 1
    while cut > begin and text[cut - 1].isspace():
        cut -= 1
    if cut > begin:
        spans.append((begin, cut))
