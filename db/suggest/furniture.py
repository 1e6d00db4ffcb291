"""Page furniture and the sentences about the reporting itself: never claim candidates.

Split from ``claims.py`` (claims v12.8): whether a sentence is a credit, a link list's entry, a
disclaimer, a teaser, a repeated headline … (:func:`is_furniture`) or says only that someone was
asked and gave no answer (:func:`is_no_comment`) does not depend on the model's features or
weights; ``claims.claim_candidates`` asks these for every sentence and keeps the furniture in
the page's shape (its shares and neighbours) while never offering it as a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from . import cues

#: A related link's line: a headline and its outlet in parentheses, no full stop
#: (`Pandemic has exposed Britain's reality (The Guardian)`): furniture. The outlet has a small
#: letter (`(WHO)` is an acronym, `(Ag.)` an abbreviation). Over sets 0–19 and the training
#: pages 4 such lines (one page of set 19), no gold claim.
_LINK_SOURCE = re.compile(r"\w[\w'’]*\s\((?:The\s)?[A-Z][a-z][A-Za-z]*(?:\s[A-Z][A-Za-z]+){0,3}\)$")


def is_furniture(sentence: str, headline: str = "", has_cjk: bool | None = None) -> bool:
    """Is the sentence page furniture, whatever it states: a credit, an original headline,
    a print edition's line, a disclaimer, a prompt, a link list's entry, a graphic's or link's
    pointer in parentheses, a dateline alone, a cut teaser, a Chinese headline of spaced
    clauses, an English reporting or syndication credit, a Chinese table's row or listing's
    field (``cues.FURNITURE_LINE``, ``SYNDICATED``, ``FURNITURE_CJK``, ``TABLE_ROW``,
    ``DATE_LINE``, ``TEASER_END``, ``SPACED_HEADLINE``, ``STAMP_END``, ``CREDIT_EN``; two
    timestamps in a line without a full stop; a related link's headline and its outlet in
    parentheses, ``_LINK_SOURCE``; a platform's notice, ``PLATFORM_NOTICE_EN``; contact data,
    ``CONTACT_EN``; a Chinese author's note, ``FURNITURE_CJK``), or the
    headline (``letters`` of the title) repeated without a full stop? A sentence that ends
    on one is kept even when it repeats the title: a plain text's title is its first line,
    which may be its lead. Each expression is tried only where a cheap test (the first or
    last character, a character it needs) allows it (bench/suggest.py)."""
    first = sentence[:1]
    if first.isspace():
        first = sentence.lstrip()[:1]
    if (first in _LINE_FIRST or first.isdigit()) and cues.FURNITURE_LINE.match(sentence):
        return True
    if first == "T" and cues.SYNDICATED.match(sentence) is not None:
        return True
    last = sentence[-1:]
    if last.isdigit() and cues.STAMP_END.search(sentence) is not None:
        return True
    if ("eporting by" in sentence or "contributed" in sentence) and cues.CREDIT_EN.search(sentence):
        return True
    if len(sentence) <= 48 and cues.DATE_LINE.match(sentence) is not None:
        return True
    if has_cjk is None:
        has_cjk = cues.CJK.search(sentence) is not None
    if has_cjk and (
        (
            (_CJK_FURNITURE_CHAR.search(sentence) is not None or "作者" in sentence)
            and cues.FURNITURE_CJK.search(sentence)
        )
        or (_has_colon(sentence[:24]) and cues.TABLE_ROW.match(sentence) is not None)
        or (last in _TEASER_LAST and "；" not in sentence and cues.TEASER_END.search(sentence))
        or (
            cues.SENTENCE_END.search(sentence) is None
            and cues.SPACED_HEADLINE.search(sentence) is not None
        )
    ):
        return True
    if not has_cjk and last in ")\n " and _LINK_SOURCE.search(sentence.rstrip()) is not None:
        return True
    if not has_cjk and "storage" in sentence and cues.PLATFORM_NOTICE_EN.search(sentence):
        return True
    if (
        not has_cjk
        and (
            "reached at" in sentence
            or (first in _CONTACT_LEAD and sentence.lstrip(_OPENERS).startswith(_CONTACT_FIRST))
        )
        and cues.CONTACT_EN.search(sentence) is not None
    ):
        return True
    ended = sentence.rstrip(_CLOSING).endswith(_FULL_STOPS)
    if not ended and sentence.count("-") >= 4 and len(_STAMPS.findall(sentence)) >= 2:
        return True
    if not headline or ended:
        return False
    own = letters(sentence)
    return len(own) >= 6 and len(own) * 10 >= 3 * len(headline) and own in headline


def is_no_comment(sentence: str, features: Mapping[str, float]) -> bool:
    """Does the sentence only say that someone was asked and gave no answer (``cues.NO_COMMENT``:
    `… did not immediately respond to a request for comment.`, `…截至发稿前公司并未回复。`)? Not
    when it also states a figure or a date (``features``) or goes on to what someone said."""
    if "figure" in features or "date" in features:
        return False
    lowered = sentence.lower()
    if not any(key in lowered for key in cues.NO_COMMENT_KEYS):
        return False
    match = cues.NO_COMMENT.search(lowered)
    return match is not None and cues.NO_COMMENT_AFTER.search(lowered, match.end()) is None


def is_author_note(line: str, start: int, length: int) -> bool:
    """Is the line, starting at ``start`` of a text of ``length`` characters, an author's note
    (``cues.AUTHOR_NOTE``: the writer's name and role at its start) in the text's last third?
    Every sentence of such a line is furniture (claims v12.8: the Fox authors' biographies of
    held-out 34; over sets 0–34 and the training pages 8 lines, none holding a claim, and no such
    line in the first two-thirds of a text)."""
    return start * 3 >= 2 * length and cues.AUTHOR_NOTE.match(line) is not None


def is_sourcing_note(sentence: str, features: Mapping[str, float]) -> bool:
    """Does the sentence only say why its sources go unnamed (``cues.SOURCING_NOTE``: `The
    sources spoke on condition of anonymity because …`, `Sources would not speak on the record,
    citing …`)? Not when it also states a figure or a date (``features``) or goes on to what
    someone said (``cues.NO_COMMENT_AFTER``), as :func:`is_no_comment`."""
    if "figure" in features or "date" in features:
        return False
    match = cues.SOURCING_NOTE.match(sentence)
    return match is not None and cues.NO_COMMENT_AFTER.search(sentence, match.end()) is None


#: The characters ``cues.FURNITURE_LINE``'s forms open with (or a digit), those of
#: ``cues.FURNITURE_CJK``, and those a teaser ends on.
_LINE_FIRST: Final = frozenset('（(【[本原资資责責编編来來作审審校监監《™©CPpDRAMS"“')
_CJK_FURNITURE_CHARS: Final = frozenset("仅僅不自风評评扫下關关")
#: One of ``_CJK_FURNITURE_CHARS``, searched in C (a set's ``isdisjoint`` makes a string of
#: each character: 0.5 against 0.1 ms over bench/suggest.py's Chinese sentences).
_CJK_FURNITURE_CHAR: Final = re.compile(f"[{''.join(sorted(_CJK_FURNITURE_CHARS))}]")
_TEASER_LAST: Final = frozenset(".…】")
#: What ``cues.CONTACT_EN``'s forms at the start open with, after these.
_CONTACT_FIRST: Final = ("Contact ", "Follow ")
_OPENERS: Final = " \t\"'“‘(["
_CONTACT_LEAD: Final = frozenset("CF\"'“‘([")


def _has_colon(text: str) -> bool:
    return "：" in text or ":" in text


def letters(text: str) -> str:
    """The text's letters and digits, lower-cased: a headline compared with its repetition
    whatever the punctuation, spaces and a site's suffix (`…_网易财经`)."""
    return _NOT_LETTERS.sub("", text).lower()


_NOT_LETTERS: Final = re.compile(r"[\W_]+")
_STAMPS: Final = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_CLOSING: Final = "\"'”’」』）) "
_FULL_STOPS: Final = ("。", ".", "．")
