"""Parsing the page and removing what must never reach the text (ADR 0020).

Scripts, styles, ``<noscript>``, iframes, embedded objects, SVG, templates, form controls
and comments are dropped; a ``<form>`` itself is unwrapped, because some sites wrap the
whole page in one; a feed of other stories' summaries goes too (:mod:`.feeds`).
``<ruby>`` keeps its base text: readings (``<rt>``) and their fallback brackets (``<rp>``)
leave the text and are returned for the metadata. (Invisible characters were removed from
the page's text before parsing, :mod:`.text`.) Only when all that leaves no article text
(ADR 0020, addendum) is the page parsed again with :func:`repair_markup` and cleaned with
``keep_noscript``.
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from ...messages import Message
from .feeds import drop_feeds
from .text import NONCHARACTERS, clean_inline

#: Elements whose content never reaches the text.
DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "canvas",
    "template",
    "input",
    "button",
    "select",
    "textarea",
    "option",
    "datalist",
    "audio",
    "video",
    "link",
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
#: ``<html xml:lang="de" />``: browsers ignore the slash, libxml2 closes the document there
#: and builds an empty page (htmldate's hundeverein-querfurt.de; trafilatura repairs it too).
_SELF_CLOSED_HTML = re.compile(r"(<html\b[^<>]*?)\s*/>", re.I)


#: libxml2 stops building the tree below this depth (without its "huge" option), and we
#: keep that: a news page is never nested this deep, and the extractor's tree walks recurse.
MAX_DEPTH = 256


class UnparsableError(Exception):
    """The text is not a page we can read; the message is the plain reason."""


def parse_tree(text: str) -> HtmlElement:
    """The page as an lxml tree (libxml2 repairs broken markup like a browser would)."""
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True
    )
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1), parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise UnparsableError(Message("the file is not an HTML page")) from exc
    if not isinstance(root, HtmlElement):
        raise UnparsableError(Message("the file is not an HTML page"))
    if any("Excessive depth" in error.message for error in parser.error_log):
        raise UnparsableError(
            Message(
                "the page's markup is nested more than {depth} levels deep; it is not imported",
                depth=MAX_DEPTH,
            )
        )
    return root


def repair_markup(text: str) -> str:
    """The page's source with a self-closed ``<html .../>`` start tag (in its first 4 KiB)
    opened as a browser reads it; the same text if there is none."""
    head = text[:4096]
    repaired = _SELF_CLOSED_HTML.sub(r"\1>", head, count=1)
    return text if repaired == head else repaired + text[4096:]


def clean_tree(root: HtmlElement, *, keep_noscript: bool = False) -> list[dict[str, str]]:
    """Remove what never reaches the text; return the ruby readings that were removed.

    With ``keep_noscript``, a ``<noscript>`` inside ``<body>`` loses its tags, not its
    content: what a browser without scripts shows (one in ``<head>`` is still dropped)."""
    for element in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _drop(element)
    if keep_noscript:
        for noscript in list(root.iter("noscript")):
            if isinstance(noscript, HtmlElement) and any(
                ancestor.tag == "body" for ancestor in noscript.iterancestors()
            ):
                noscript.drop_tag()
    for element in list(root.iter(*DROPPED_TAGS)):
        _drop(element)
    for form in list(root.iter("form")):
        form.drop_tag()
    _strip_noncharacters(root)
    drop_feeds(root)
    return _strip_ruby(root)


def _strip_noncharacters(root: HtmlElement) -> None:
    """Noncharacters written as entities (``&#xFDD0;``) appear only after parsing; the
    extractor's own marks are made of them, so they leave the text here (a page holding
    ``&#xFDD0;5&#xFDD1;`` made the import fail)."""
    for element in root.iter():
        if element.text and NONCHARACTERS.search(element.text):
            element.text = NONCHARACTERS.sub("", element.text)
        if element.tail and NONCHARACTERS.search(element.tail):
            element.tail = NONCHARACTERS.sub("", element.tail)


def _drop(element: lxml.etree._Element) -> None:
    if element.getparent() is not None:
        element.drop_tree() if isinstance(element, HtmlElement) else _drop_keep_tail(element)


def _drop_keep_tail(element: lxml.etree._Element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _strip_ruby(root: HtmlElement) -> list[dict[str, str]]:
    readings: list[dict[str, str]] = []
    for ruby in list(root.iter("ruby")):
        reading = clean_inline(" ".join(rt.text_content() for rt in ruby.iter("rt")))
        for annotation in list(ruby.iter("rt", "rp", "rtc")):
            _drop(annotation)
        base = clean_inline(ruby.text_content())
        if reading:
            readings.append({"base": base, "reading": reading})
    return readings
