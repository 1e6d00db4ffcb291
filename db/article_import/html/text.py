"""Inline text rules shared by the body, captions and metadata (ADR 0020).

What a browser shows is what we store: runs of white space (any Unicode white space,
including NBSP, narrow NBSP and the ideographic space) collapse to one ASCII space inside
a paragraph; invisible format characters that only hint at line breaking (ZWSP, word
joiner, soft hyphen, a stray U+FEFF) are removed; ZWNJ and ZWJ are kept, because they
change what is shown (Persian and Indic shaping, emoji sequences). This runs on the page
tree before extraction, so every offset is computed on the final text.
"""

from __future__ import annotations

import re

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
    """One line of shown text: invisibles removed, white space collapsed, trimmed."""
    if not text:
        return ""
    return _SPACES.sub(" ", NONCHARACTERS.sub("", strip_invisible(text))).strip()
