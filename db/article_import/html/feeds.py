"""A feed of other stories is not the article (ADR 0020, addendum).

A site's column of other stories is a run of sibling blocks, each a headline linking to
another page followed by that story's summary cut off with ``...`` or ``…``. The extractor
keeps such a column when it stands near the article (held-out 24's Asia Pacific Star page:
11 summaries under ``<h5>`` links after the article), so it is removed before extraction.

A block is a teaser when it holds a link to another page with text (the headline) and,
after that link and outside it, a block of its own (not the teaser itself) of at least
:data:`MIN_SUMMARY` characters whose text ends with an ellipsis and ends the teaser. Only a
run of at least :data:`MIN_RUN` teasers that are siblings (blocks without text between them
are skipped, any other block or text ends the run) is removed: an article's paragraphs that
end with ``...`` or link out are not teasers (the paragraph is the block itself), and a list
of links without cut-off summaries is kept.
"""

from __future__ import annotations

import re

import lxml.etree
from lxml.html import HtmlElement

#: The fewest teasers in a row that make a feed.
MIN_RUN = 3
#: A teaser longer than this is not a headline and a summary.
MAX_TEASER = 1000
#: A summary is a sentence cut off, not a status line (``Dein Kommentar wird gespeichert...``
#: under each comment of a recipe page, ``Fetching Government cabinets description...`` in
#: a widget of topic cards waiting for its script).
MIN_SUMMARY = 60
_CUT_OFF = re.compile(r"(?:\.\.\.|…)\s*[\])]?\s*$")
_SUMMARY_TAGS = frozenset({"p", "div", "span", "dd", "section"})
_NOT_A_PAGE = re.compile(r"^\s*(?:#|javascript:|mailto:|tel:|$)", re.I)


def drop_feeds(root: HtmlElement) -> int:
    """Remove every run of teasers in the page; return how many teasers were removed."""
    runs: list[list[HtmlElement]] = []
    for parent in root.iter():
        if not isinstance(parent, HtmlElement):
            continue
        run: list[HtmlElement] = []
        for child in parent:
            if not isinstance(child, HtmlElement):
                continue
            if _teaser(child):
                run.append(child)
            elif _text(child):
                _close(run, runs)
                run = []
            if child.tail and child.tail.strip():
                _close(run, runs)
                run = []
        _close(run, runs)
    removed = 0
    for found in runs:
        for teaser in found:
            if _attached(teaser, root):
                teaser.drop_tree()
                removed += 1
    return removed


def _close(run: list[HtmlElement], runs: list[list[HtmlElement]]) -> None:
    if len(run) >= MIN_RUN:
        runs.append(list(run))


def _attached(element: HtmlElement, root: HtmlElement) -> bool:
    """Still in the page: a run nested in a removed teaser went with it."""
    return _contains(root, element)


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _teaser(block: HtmlElement) -> bool:
    text = _text(block)
    if not text or len(text) > MAX_TEASER:
        return False
    headline = next(
        (
            link
            for link in block.iter("a")
            if isinstance(link, HtmlElement)
            and not _NOT_A_PAGE.match(link.get("href") or "")
            and _text(link)
        ),
        None,
    )
    if headline is None:
        return False
    after = False
    for element in block.iter():
        if element is headline:
            after = True
            continue
        if not after or element is block or not isinstance(element, HtmlElement):
            continue
        if element.tag not in _SUMMARY_TAGS or _contains(element, headline):
            continue
        if any(ancestor is headline for ancestor in element.iterancestors()):
            continue
        summary = _text(element)
        if len(summary) >= MIN_SUMMARY and _CUT_OFF.search(summary) and text.endswith(summary):
            return True
    return False


def _contains(element: lxml.etree._Element, descendant: lxml.etree._Element) -> bool:
    return any(ancestor is element for ancestor in descendant.iterancestors())
