"""Sections that are paragraphs (ADR 0020, sixteenth-round addendum).

WeChat's editor (and the 网易号/搜狐号/公众号 copies made with it) writes an article's
paragraphs as ``<section><span>…</span></section>`` instead of ``<p>``. Trafilatura reads
text only from its paragraph-like elements (``<p>``, headings, lists, quotes; ``<div>`` only
when a page has too little paragraph text), so on a page that also has ``<p>`` elements the
text of those sections was dropped, silently, with the images beside it. Just before
extraction (after the images' captions and neighbours were read from the page as it is), a
``<section>`` that holds text and only inline elements — a paragraph in all but its name —
becomes a ``<p>``; a section holding blocks stays a container, and one holding only an image
(a mark) or white space is left alone.

A ``<p>`` start tag inside an open paragraph ends it in a browser (HTML's "close a p
element"), but libxml2 nests an empty ``<p></p>`` there, and the extractor drops it, so the
text on either side ran into one line (Business Insider's picture credit and the paragraph
after it, held-out 39: ``…Getty ImagesJ. Craig Shearman``). Such an empty paragraph inside
another becomes a line break (ADR 0020, twentieth-round addendum, second part).
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .text import NONCHARACTERS

#: Elements that stand inside a line (HTML's phrasing content that can reach the extractor).
INLINE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "big",
        "br",
        "cite",
        "code",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "mark",
        "nobr",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "sup",
        "time",
        "tt",
        "u",
        "var",
        "wbr",
    }
)


def paragraph_sections(root: HtmlElement) -> int:
    """Rename each ``<section>`` holding text and only inline elements to ``<p>``; return
    how many were renamed."""
    renamed = 0
    for section in list(root.iter("section")):
        if not isinstance(section, HtmlElement):
            continue
        if any(
            not isinstance(child.tag, str) or child.tag not in INLINE_TAGS
            for child in section.iterdescendants()
        ):
            continue
        if not NONCHARACTERS.sub("", section.text_content()).strip():
            continue
        section.tag = "p"
        renamed += 1
    return renamed


def nested_empty_paragraphs(root: HtmlElement) -> int:
    """Replace each empty ``<p>`` (no text, no children; its attributes dropped) inside another
    ``<p>`` by a ``<br>``, keeping its tail; return how many were replaced."""
    replaced = 0
    for paragraph in list(root.iter("p")):
        if not isinstance(paragraph, HtmlElement) or len(paragraph) or paragraph.text:
            continue
        if not any(ancestor.tag == "p" for ancestor in paragraph.iterancestors()):
            continue
        paragraph.tag = "br"
        paragraph.attrib.clear()
        replaced += 1
    return replaced
