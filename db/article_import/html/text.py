"""Inline text rules shared by the body, captions and metadata (ADR 0020).

What a browser shows is what we store: runs of white space (any Unicode white space,
including NBSP, narrow NBSP and the ideographic space) collapse to one ASCII space inside
a paragraph; invisible format characters that only hint at line breaking (ZWSP, word
joiner, soft hyphen, a stray U+FEFF) are removed; ZWNJ and ZWJ are kept, because they
change what is shown (Persian and Indic shaping, emoji sequences). A source line break
between two East Asian wide characters is removed, not a space (CSS Text 3's segment break
rule, :func:`join_wide_lines`). This runs on the page tree before extraction, so every offset
is computed on the final text.
"""

from __future__ import annotations

import re
import unicodedata

#: Removed everywhere: invisible, only line-breaking hints.
INVISIBLE = re.compile("[\u200b\u2060\u00ad\ufeff]")
#: U+FDD0-U+FDEF are noncharacters (never in interchange text); the extractor uses them as
#: its own marks, so they are removed from the page first.
NONCHARACTERS = re.compile("[\ufdd0-\ufdef]")
_SPACES = re.compile(r"\s+")


def strip_invisible(text: str) -> str:
    return INVISIBLE.sub("", text)


#: Numeric references to C0 controls other than tab, LF and CR (``&#7;``, ``&#x1B;``):
#: normalization removes those characters, and XML-based extractors fail on them.
CONTROL_REFERENCES = re.compile(
    r"&#(?:0*(?:1[1-2]|1[4-9]|2\d|3[01]|[0-8])(?!\d)|[xX]0*(?:1[0-9a-fA-F]|[0-8bcefBCEF])"
    r"(?![0-9a-fA-F]));?"
)


def strip_page(text: str) -> str:
    """The page's source text before parsing: invisibles, noncharacters and references to
    control characters removed.

    Invisibles written as entities (``&#8203;``, ``&shy;``) appear only after parsing; the
    extracted text goes through :func:`strip_invisible` again for them."""
    return CONTROL_REFERENCES.sub("", NONCHARACTERS.sub("", INVISIBLE.sub("", text)))


def clean_inline(text: str | None) -> str:
    """One line of shown text: a source line break between two wide characters removed
    (:func:`join_wide_lines`), invisibles removed, white space collapsed, trimmed."""
    if not text:
        return ""
    return _SPACES.sub(" ", NONCHARACTERS.sub("", strip_invisible(join_wide_lines(text)))).strip()


#: Hangul (Script=Hangul): jamo, compatibility jamo, parenthesized and circled, syllables,
#: halfwidth letters. Wide, yet Korean is written with spaces: its breaks stay spaces.
_HANGUL = re.compile(
    "[\u1100-\u11ff\u302e\u302f\u3131-\u318e\u3200-\u321e\u3260-\u327e"
    "\ua960-\ua97c\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uffa0-\uffbe\uffc2-\uffc7"
    "\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc]"
)
#: A run of collapsible white space (spaces, tabs) holding a source line break (a segment
#: break: LF, CR or CRLF), CSS Text 3. Other Unicode spaces (NBSP, U+3000) are not collapsible
#: there and end the run.
_LINE_BREAK_RUN = re.compile("[ \t]*(?:\r\n?|\n)[ \t\r\n]*")


def wide(char: str) -> bool:
    """East Asian Width F, W or H (not A, the ambiguous ones), and not Hangul."""
    return (
        bool(char)
        and unicodedata.east_asian_width(char) in ("F", "W", "H")
        and not _HANGUL.match(char)
    )


def segment_break_removed(before: str, after: str) -> bool:
    """Does a source line break between these characters (either may be "": none) vanish?
    Yes between two wide characters or beside a ZWSP (CSS Text 3, segment break
    transformation, as Firefox does); otherwise it shows as one space."""
    return "\u200b" in (before, after) or (wide(before) and wide(after))


def wide_line_breaks(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` that are runs of spaces and tabs holding a source line break
    between two wide characters (or beside a ZWSP): white space a browser does not show."""
    spans = []
    for match in _LINE_BREAK_RUN.finditer(text):
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if segment_break_removed(before, after):
            spans.append((start, end))
    return spans


def join_wide_lines(text: str) -> str:
    """``text`` without its source line breaks between two wide characters
    (:func:`wide_line_breaks`); other white space is left to collapse."""
    if "\n" not in text and "\r" not in text:
        return text
    kept, at = [], 0
    for start, end in wide_line_breaks(text):
        kept.append(text[at:start])
        at = end
    kept.append(text[at:])
    return "".join(kept)
