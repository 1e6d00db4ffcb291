"""Main text with trafilatura, images anchored where they stood (ADR 0020).

Before extraction every ``<img>`` is replaced by a mark in the text flow, its index
written in noncharacters (:mod:`.marks`). Trafilatura keeps or drops a mark with
the block it stands in, so the marks that survive are images of the article body, in
place; :mod:`.placement` puts back those it dropped with their figure. (Trafilatura's own
``include_images`` mode was measured and rejected: it changes which blocks are kept and
lets teaser boxes in, ADR 0020.)

The output tree is then walked once to build the text: block elements (paragraphs,
headings, list items, quotes, table rows) are separated by a blank line (``\\n\\n``),
``<br>`` becomes ``\\n``, table cells are separated by a tab, other white space (the
source's own newlines and tabs too, except inside a code block) collapses to one space; a
source line break between two East Asian wide characters is removed (CSS Text 3). A
``<pre>`` (or an element whose inline style keeps line breaks) keeps its lines whatever the
extractor makes of it: its line breaks are marked before extraction (:func:`mark_pre_lines`)
and become ``\\n``. A mark is removed and its image anchored at the offset where the text
after it begins (the end of the text if nothing follows).
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura
from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.settings import Document

from ..normalize import normalize_text, replace_lone_surrogates
from .images import candidates
from .marks import BLOCK, IMAGE_MARK, IMAGE_MARK_PATTERN, IMAGE_OPEN, image_index, image_mark
from .metadata import ld_strings
from .placement import Neighbours, neighbours, page_link, place_credits, place_missing
from .sections import nested_empty_paragraphs, paragraph_sections
from .text import (
    clean_inline,
    segment_break_removed,
    strip_invisible,
    strip_page,
    wide_line_breaks,
)
from .tree import clean_tree

_BLOCKS = {"p", "head", "item", "quote", "row", "list", "table", "code", "div", "note"}
_CAPTION_CLASS = re.compile(
    r"(^|[\s_-])(caption|figcaption|wp-caption-text|credit|legend|image-text|img-text"
    r"|photo-text|pic-text|imgtxt|picinfo)([\s_-]|$)",
    re.I,
)
#: A description's class on the element right after an image (``<i class="desc">``): its
#: caption when the text holds it there, never put back into the text (a teaser card's
#: ``desc`` is often a line the extractor rightly dropped).
_DESCRIPTION_CLASS = re.compile(r"(^|[\s_-])(desc|description)([\s_-]|$)", re.I)
#: A block that holds a picture and its one line (``picBox`` on Deutsche Welle, ``photo-box``,
#: ``imgbox``).
_PICTURE_BOX_CLASS = re.compile(
    r"(^|[\s_-])(?:pic|picture|photo|image|img)[-_]?box([\s_-]|$)", re.I
)
_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.I)
#: A class that centres (``f_center`` on NetEase, WordPress's ``aligncenter``, ``text-center``).
_CENTRED_CLASS = re.compile(r"(^|[\s_-])(?:align)?cent(?:er|re)([\s_-]|$)", re.I)
#: A centred paragraph under a centred picture longer than this is body text the page
#: centres, not the picture's caption (sets 0-11: captions 3-85 characters, the one centred
#: body paragraph 130; docs/performance.md, "Captions v9").
MAX_LAYOUT_CAPTION = 100
_BLOCK_TAGS = frozenset({"p", "div", "center", "section"})


@dataclass(slots=True)
class PageImage:
    index: int
    sources: list[str]
    alt: str | None
    caption: str | None
    #: What the page's layout marks as the image's caption without a caption element: a
    #: centred paragraph under a centred picture, or an element with a description's class
    #: right after the image. Kept only where the text holds it at the image
    #: (:func:`layout_caption_at`).
    layout_caption: str | None = None
    #: The text around it in the page, to put it back if the extractor dropped it.
    neighbours: Neighbours | None = None
    #: The text of its figure's further ``<figcaption>`` elements (a credit after the
    #: caption, ``<figcaption><span class="credit">REUTERS</span></figcaption>``): a line of
    #: its own under the caption in the text, never part of :attr:`caption`.
    credit: str | None = None


@dataclass(slots=True)
class Extracted:
    text: str
    #: (image index, offset) in text order.
    anchors: list[tuple[int, int]]


def collect_images(root: HtmlElement) -> list[PageImage]:
    """Every ``<img>`` with its sources, caption and neighbours; replaces it by its mark."""
    images: list[PageImage] = []
    elements = list(root.iter("img"))
    containers = {index: _container_of(img) for index, img in enumerate(elements)}
    near = neighbours(root, containers)
    for index, img in enumerate(elements):  # all captions are read before any mark is set
        caption = _caption_of(img)
        if caption and _card_caption(img):
            near[index] = replace(near[index], card_caption=True)
        images.append(
            PageImage(
                index=index,
                sources=candidates(img),
                alt=clean_inline(img.get("alt")) or None,
                caption=caption,
                layout_caption=None if caption else _layout_caption_of(img),
                neighbours=near[index],
                credit=_credit_of(img) if caption else None,
            )
        )
    for index, img in enumerate(elements):
        img.tail = f"{image_mark(index)}{img.tail or ''}"
        img.drop_tree()
    return images


def _container_of(img: HtmlElement) -> HtmlElement:
    for depth, ancestor in enumerate(img.iterancestors()):
        if ancestor.tag == "figure":
            return ancestor
        if depth >= 3:
            break
    return img


def _caption_of(img: HtmlElement) -> str | None:
    """``<figcaption>`` of the enclosing figure, else caption-like text right after it."""
    if _player_still(img):
        return None
    for ancestor in img.iterancestors():
        if ancestor.tag == "figure":
            caption = ancestor.find(".//figcaption")
            if caption is None:
                # <figure><img></figure><p class="legend">…: a caption element right after
                # a figure that has none of its own (captions v9.11, ADR 0140); else a
                # caption the page's style shows from an attribute (ADR 0020)
                return _caption_class_after(ancestor) or _caption_attribute(ancestor)
            return clean_inline(caption.text_content()) or None
    node: HtmlElement = _picture_of(img)
    for _ in range(2):
        # Only the next two elements: a caption follows its image closely.
        for sibling in list(itertools.islice(node.itersiblings(), 2)):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag == "img" or sibling.find(".//img") is not None:
                break
            if _CAPTION_CLASS.search(f"{sibling.get('class', '')} {sibling.get('id', '')}"):
                return clean_inline(sibling.text_content()) or None
        parent = node.getparent()
        # (len() of an lxml element walks all its children: count at most five.)
        small = parent is not None and sum(1 for _ in itertools.islice(parent, 5)) <= 4
        if parent is None or not small or parent.find(".//img") is not img:
            break
        node = parent
    return None


def _player_still(img: HtmlElement) -> bool:
    """Whether ``img`` is the still a video player shows before it plays: the BBC's embedded
    media player's holding image (``<div class="emp"><img class="holding">``). The caption
    under the player (``<p class="caption">``) is the video's title, not the picture's: a
    still without a caption is not put back into the text, so the title stays out as it
    does where the page hides the still in ``<noscript>`` (ADR 0020, twenty-second round)."""
    if "holding" not in (img.get("class") or "").split():
        return False
    return any(
        "emp" in (ancestor.get("class") or "").split()
        for ancestor in itertools.islice(img.iterancestors(), 3)
    )


def _credit_of(img: HtmlElement) -> str | None:
    """The text of the further ``<figcaption>`` elements of the figure that holds ``img``
    (after the first, which is its caption; a nested figure's are its own), joined by a
    space: AP's and the New York Post's credit (``Evan Vucci / AP``, ``REUTERS``)."""
    figure = next(img.iterancestors("figure"), None)
    if figure is None:
        return None
    own = [
        caption
        for caption in figure.iter("figcaption")
        if next(caption.iterancestors("figure"), None) is figure
    ]
    texts = [text for caption in own[1:] if (text := clean_inline(caption.text_content()))]
    return " ".join(texts) or None


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _card_caption(img: HtmlElement) -> bool:
    """Whether the element that gives ``img`` its caption (its figure's ``<figcaption>``, or
    a caption-class element right after the picture or its wrapper) is a card's or a
    banner's: it holds a heading (a shop's ``<h1>Mit dem Kaffee Abo</h1>``), or its text
    opens with a link to another page (an author box's ``<figcaption><a href="/author/…">
    Marco Kratzenberg</a>, GIGA-Experte…``)."""
    element: HtmlElement | None = None
    figure = next(img.iterancestors("figure"), None)
    if figure is not None:
        element = figure.find(".//figcaption")
    else:
        node: HtmlElement | None = _picture_of(img)
        for _ in range(2):
            if node is None:
                break
            element = next(
                (
                    sibling
                    for sibling in itertools.islice(node.itersiblings(), 2)
                    if isinstance(sibling.tag, str)
                    and _CAPTION_CLASS.search(f"{sibling.get('class', '')} {sibling.get('id', '')}")
                ),
                None,
            )
            if element is not None:
                break
            node = node.getparent()
    if element is None:
        return False
    if next(element.iter(*_HEADINGS), None) is not None:
        return True
    anchor = next((link for link in element.iter("a") if page_link(link)), None)
    if anchor is None:
        return False
    opening = clean_inline(anchor.text_content())
    return bool(opening) and clean_inline(element.text_content()).startswith(opening)


def _caption_class_after(node: HtmlElement) -> str | None:
    """The text of an element with a caption's class among ``node``'s next two siblings
    (none after another picture)."""
    for sibling in itertools.islice(node.itersiblings(), 2):
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in ("img", "figure") or sibling.find(".//img") is not None:
            return None
        if _CAPTION_CLASS.search(f"{sibling.get('class', '')} {sibling.get('id', '')}"):
            return clean_inline(sibling.text_content()) or None
    return None


#: An attribute that holds a figure's caption, which the page's style shows
#: (``content: attr(data-c-caption)`` on USA Today: the element itself is empty).
_CAPTION_ATTRIBUTE = re.compile(r"data-(?:[a-z0-9]+-)?caption", re.I)


def _caption_attribute(figure: HtmlElement) -> str | None:
    """The caption a ``<figure>`` without ``<figcaption>`` holds in an element's caption
    attribute (:data:`_CAPTION_ATTRIBUTE`) whose element has no text of its own."""
    for element in figure.iter():
        if not isinstance(element.tag, str) or element.text_content().strip():
            continue
        for name, value in element.attrib.items():
            if _CAPTION_ATTRIBUTE.fullmatch(name) and (caption := clean_inline(value)):
                return caption
    return None


def _picture_of(img: HtmlElement) -> HtmlElement:
    """The ``<picture>`` that holds ``img`` (libxml2 nests the ``<img>`` inside its empty
    ``<source>`` elements, one level each), else ``img``: its caption follows the picture."""
    for depth, ancestor in enumerate(img.iterancestors()):
        if ancestor.tag == "picture":
            return ancestor
        if ancestor.tag != "source" or depth >= 4:
            break
    return img


def _layout_caption_of(img: HtmlElement) -> str | None:
    """The caption the page's layout marks (:attr:`PageImage.layout_caption`), or None.

    An element with a description's class among the image's next two siblings; else, when
    the image stands alone in a centred block, the next block if the page centres it and not
    the block after it (a page that centres all its text marks nothing by it), and it is short
    (:data:`MAX_LAYOUT_CAPTION`)."""
    for sibling in itertools.islice(img.itersiblings(), 2):
        if isinstance(sibling.tag, str) and _DESCRIPTION_CLASS.search(
            f"{sibling.get('class', '')} {sibling.get('id', '')}"
        ):
            return clean_inline(sibling.text_content()) or None
    boxed = _picture_box_text(img)
    if boxed is not None:
        return boxed
    block = _picture_block(img)
    if block is None or not _centred(block):
        return None
    after = _next_block(block)
    if after is None or after.find(".//img") is not None or not _centred(after):
        return None
    text = clean_inline(after.text_content())
    if not text or len(text) > MAX_LAYOUT_CAPTION:
        return None
    following = _next_block(after)
    if following is not None and following.find(".//img") is None and _centred(following):
        return None
    return text


def _picture_box_text(img: HtmlElement) -> str | None:
    """The one paragraph of a picture box around ``img`` (``<div class="picBox"><a><img></a>
    <p>Oak barrels enhance the frühburgunder flavor</p></div>``, Deutsche Welle's layout):
    the box, three levels up at most, holds that picture and one ``<p>`` with text, short
    (:data:`MAX_LAYOUT_CAPTION`), and nothing else with text (captions v9.11, ADR 0140)."""
    node = next(
        (box for box in _ancestors(img, 3) if _PICTURE_BOX_CLASS.search(box.get("class") or "")),
        None,
    )
    if node is None or len(node.findall(".//img")) != 1:
        return None
    paragraphs = [child for child in node if child.tag == "p"]
    others = [
        child
        for child in node
        if isinstance(child.tag, str) and child.tag != "p" and child.find(".//img") is None
    ]
    if len(paragraphs) != 1 or any(clean_inline(other.text_content()) for other in others):
        return None
    text = clean_inline(paragraphs[0].text_content())
    return text if text and len(text) <= MAX_LAYOUT_CAPTION else None


def _picture_block(img: HtmlElement) -> HtmlElement | None:
    """The nearest block around ``img`` (three levels at most) if it holds nothing else."""
    node = next((block for block in _ancestors(img, 3) if block.tag in _BLOCK_TAGS), None)
    if node is None or clean_inline(node.text_content()) or len(node.findall(".//img")) != 1:
        return None
    return node


def _ancestors(node: HtmlElement, levels: int) -> Iterator[HtmlElement]:
    """``node``'s parent, its parent's parent… ``levels`` of them at most."""
    for _ in range(levels):
        parent = node.getparent()
        if parent is None:
            return
        node = parent
        yield node


def _next_block(node: HtmlElement) -> HtmlElement | None:
    """The next sibling element with text or a picture (empty ones and ``<br>`` skipped)."""
    for sibling in node.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag == "br":
            continue
        if clean_inline(sibling.text_content()) or sibling.find(".//img") is not None:
            return sibling
    return None


def _centred(node: HtmlElement) -> bool:
    """Does the page centre ``node`` (``<center>``, ``align``, a style, a class; or its only
    child)?"""
    for _ in range(3):
        if (
            node.tag == "center"
            or (node.get("align") or "").lower() == "center"
            or _CENTRED_STYLE.search(node.get("style") or "")
            or _CENTRED_CLASS.search(node.get("class") or "")
        ):
            return True
        children = [child for child in node if isinstance(child.tag, str)]
        if len(children) != 1 or (node.text or "").strip():
            return False
        node = children[0]
    return False


def layout_caption_at(text: str, offset: int, image: PageImage) -> str | None:
    """The image's layout caption if the text holds it at the image's anchor, else None."""
    caption = image.layout_caption
    if not caption:
        return None
    wanted = "".join(caption.split())
    window = "".join(text[offset : offset + len(caption) + 40].split())
    return caption if window.startswith(wanted) else None


def extract(root: HtmlElement, images: list[PageImage]) -> Extracted | None:
    mark_pre_lines(root)
    join_wide_lines_in_tree(root)
    paragraph_sections(root)
    nested_empty_paragraphs(root)
    document = trafilatura.bare_extraction(
        root,
        include_images=False,
        include_tables=True,
        include_comments=False,
        include_formatting=False,
        include_links=False,
    )
    if not isinstance(document, Document) or document.body is None:
        return None
    raw = body_text(document.body)
    kept = {image_index(mark) for mark in IMAGE_MARK.findall(raw)}
    missing = {
        image.index: image.neighbours
        for image in images
        if image.index not in kept and image.neighbours is not None
    }
    captions = {image.index: image.caption for image in images if image.caption}
    credits = {image.index: image.credit for image in images if image.credit}
    copies = earlier_copies(images)
    placed = place_missing(raw, missing, captions, frozenset(copies), copies)
    text, anchors = _assemble(place_credits(placed, captions, credits))
    return Extracted(text=text, anchors=anchors)


def earlier_copies(images: list[PageImage]) -> dict[int, frozenset[int]]:
    """The images whose picture file (its first source's path, without the query) an earlier
    image of the page shows too (a slideshow or lightbox repeating the article's pictures, a
    page's copy for small screens), each with those earlier images."""
    seen: dict[str, list[int]] = {}
    found: dict[int, frozenset[int]] = {}
    for image in images:
        if not image.sources or image.sources[0].startswith("data:"):
            continue
        key = urlsplit(image.sources[0]).path
        if key in seen:
            found[image.index] = frozenset(seen[key])
        seen.setdefault(key, []).append(image.index)
    return found


#: Set before each line break of a ``<pre>``'s source (:func:`mark_pre_lines`): a line break
#: kept whether the extractor makes the ``<pre>`` a code block or a quote, whose white space
#: it collapses. Before the break, not in its place, so that the extractor's test for code
#: (a newline and four spaces) and its lengths see the same text as before but for the marks.
_PRE_LINE = "\ufdd4"
_PREBLOCKS = re.compile("\r\n?|\n")


#: An inline style that keeps the source's line breaks (CSS Text 3 ``white-space``); a
#: stylesheet's rules are not read.
_KEEPS_LINES_STYLE = re.compile(r"white-space\s*:\s*(?:pre|pre-wrap|pre-line|break-spaces)\b", re.I)


def mark_pre_lines(root: HtmlElement) -> None:
    """Mark each source line break inside every ``<pre>`` and every element whose inline
    style keeps line breaks (:data:`_KEEPS_LINES_STYLE`), in its text and its descendants'
    text and tails, not its own tail, with :data:`_PRE_LINE`: a browser keeps those lines."""
    for element in root.iter():
        if not _keeps_lines(element) or any(map(_keeps_lines, element.iterancestors())):
            continue  # not one, or marked with the outer one
        for node in element.iter():
            if node is not element and node.tail:
                node.tail = _PREBLOCKS.sub(_mark_break, node.tail)
            if node.text and isinstance(node.tag, str):
                node.text = _PREBLOCKS.sub(_mark_break, node.text)


def _keeps_lines(element: HtmlElement) -> bool:
    return element.tag == "pre" or (
        isinstance(element.tag, str) and bool(_KEEPS_LINES_STYLE.search(element.get("style") or ""))
    )


def _mark_break(match: re.Match[str]) -> str:
    return _PRE_LINE + match.group()


#: Inline (phrasing) elements: the text flows through them, so a line break at the end of
#: one's text and the character after it are neighbours. Any other element is a boundary.
_INLINE = frozenset(
    {
        "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em",
        "font", "i", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span",
        "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    }
)  # fmt: skip
#: Elements whose white space is not collapsed or not read here: their text stays as it is.
_KEPT_AS_IS = frozenset({"pre", "code", "textarea", "listing", "xmp", "plaintext"})


#: Set in place of a source line break between two wide characters (with the spaces around
#: it) before extraction (:func:`join_wide_lines_in_tree`); removed by :func:`body_text`.
_JOINED = "\ufdd5"


def join_wide_lines_in_tree(root: HtmlElement) -> None:
    """Replace each source line break between two wide characters (with the spaces and tabs
    around it) in the page's text nodes by :data:`_JOINED` before extraction, so that the
    text shows none there, as a browser (CSS Text 3, :func:`~.text.wide_line_breaks`): the
    extractor collapses a paragraph's white space itself, after which such a break is a space
    like a typed one. The neighbours of a break are read across inline elements
    (``接</a>⏎文``); any other element ends the run. A ``<pre>``, ``<code>``, ``<textarea>``
    and an element whose inline style keeps line breaks are left as they are (and end the
    run).

    One mark for one run, which the extractor would have collapsed to one space, and the mark
    stands in the outermost of the texts the run touches (``【<a>⏎新闻⏎</a>】`` is
    ``【◆<a>新闻</a>◆】``): the extractor's lengths, of a paragraph and of its links, are as
    before, and so are its choices (a link's text that grew by its marks tipped lists over
    its link-density limit)."""
    flow: list[tuple[_Element, bool, int]] = []  # (node, its tail?, depth) of an inline run
    depth = 0
    walk = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, node in walk:
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "end":
            depth -= 1
            if tag not in _INLINE:
                _join_flow(flow)
            if node is not root:
                flow.append((node, True, depth))
            continue
        depth += 1
        if tag not in _INLINE:
            _join_flow(flow)
        if not tag or tag in _KEPT_AS_IS or _keeps_lines(node):
            walk.skip_subtree()  # (a comment's text is not shown)
            continue
        flow.append((node, False, depth))
    _join_flow(flow)


def _join_flow(flow: list[tuple[_Element, bool, int]]) -> None:
    """Apply :func:`join_wide_lines_in_tree` to one inline run of texts and tails; empties
    ``flow``."""
    texts = [(node.tail if tail else node.text) or "" for node, tail, _ in flow]
    joined = "".join(texts)
    breaks = ("\n" in joined or "\r" in joined) and not joined.isascii()
    spans = wide_line_breaks(joined) if breaks else []
    if spans:
        bounds = list(itertools.accumulate(map(len, texts), initial=0))
        gone = bytearray(len(joined))
        marks: dict[int, set[int]] = {}  # text index -> where marks go (its own offsets)
        for start, end in spans:
            gone[start:end] = b"\x01" * (end - start)
            touched = range(
                max(0, bisect.bisect_left(bounds, start) - 1),
                min(len(texts), bisect.bisect_right(bounds, end)),
            )  # the texts the run lies in or borders
            best = min(touched, key=lambda index: flow[index][2])
            marks.setdefault(best, set()).add(max(start, bounds[best]) - bounds[best])
        for index, (node, tail, _) in enumerate(flow):
            text, at = texts[index], bounds[index]
            if index not in marks and not any(gone[at : at + len(text)]):
                continue
            here = marks.get(index, set())
            kept = [
                (_JOINED if offset in here else "") + ("" if gone[at + offset] else char)
                for offset, char in enumerate(text)
            ]
            if len(text) in here:
                kept.append(_JOINED)
            if tail:
                node.tail = "".join(kept)
            else:
                node.text = "".join(kept)
    flow.clear()


#: A source line break (segment break) outside a code block, until :func:`_segment_breaks`.
_SEGMENT = "\ufdd3"
#: Source line breaks and tabs: white space like any other in a block (a browser shows one
#: space, or none between wide characters), kept only inside a code block (``<pre>``), where a
#: browser keeps them too.
_SOURCEBLOCKS = str.maketrans(
    {"\n": _SEGMENT, "\r": _SEGMENT, "\t": " ", _PRE_LINE: "\n", _JOINED: ""}
)
#: A segment break with the spaces around it and the breaks that follow it (CSS Text 3,
#: 4.1.1: the spaces go first, then a break right after another).
_SEGMENT_RUN = re.compile(f" *{_SEGMENT}[ {_SEGMENT}]*")


def body_text(body: _Element) -> str:
    """The output tree's text with block marks (U+FDD2) and the image marks it kept.

    Only ``<lb>``/``<br>`` give a line break and only a cell's end a tab: a newline or tab of
    the page's source is a space (ADR 0020's text rules; a wrapped source line is one
    paragraph), except inside ``<code>`` (the extractor's ``<pre>``), which keeps its lines."""
    pieces: list[str] = []
    # (node, closing, inside a code block: its own text and its children's keep their lines)
    stack: list[tuple[_Element, bool, bool]] = [(body, False, False)]
    while stack:  # iterative: the output tree may be deep
        node, closing, in_code = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            pieces.append(BLOCK if tag in _BLOCKS else "\t" if tag == "cell" else "")
            pieces.append(_source_text(node.tail, in_code))
            continue
        if tag in ("lb", "br"):
            pieces.append("\n")
            pieces.append(_source_text(node.tail, in_code))
            continue
        if tag in _BLOCKS:
            pieces.append(BLOCK)
        inner = in_code or tag == "code"
        pieces.append(_source_text(node.text, inner))
        stack.append((node, True, in_code))
        stack.extend((child, False, inner) for child in reversed(node))
    # Entities (``&#1;``, ``&#8203;``) appear only now: the same rules as for the page.
    return normalize_text(strip_invisible(_segment_breaks("".join(pieces))))


def _source_text(text: str | None, in_code: bool) -> str:
    """A text of the output tree: a code block's as it is, its ``<pre>`` marks removed (its
    own line breaks are kept); elsewhere a ``<pre>`` mark is a line break and the source's
    line breaks are segment breaks (:func:`_segment_breaks`)."""
    if not text:
        return ""
    if in_code:
        return text.replace(_PRE_LINE, "").replace(_JOINED, "")
    return text.translate(_SOURCEBLOCKS)


def _segment_breaks(text: str) -> str:
    """Each run of source line breaks and the spaces around them: removed between two East
    Asian wide characters or beside a ZWSP, otherwise one space (CSS Text 3, segment break
    transformation, as Firefox does: ``查⏎看`` is ``查看``, ``Recorded⏎Future`` two words)."""

    def transform(match: re.Match[str]) -> str:
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        return "" if segment_break_removed(before, after) else " "

    return _SEGMENT_RUN.sub(transform, text)


_TOKENS = re.compile(f"({BLOCK}|{IMAGE_MARK_PATTERN}|\n|\t|[^\\S\n\t]+)")
#: Separators owed between two pieces of text; a stronger one wins.
_STRENGTH = {"": 0, " ": 1, "\t": 2, "\n": 3, "\n\n": 4}


def _assemble(raw: str) -> tuple[str, list[tuple[int, int]]]:
    """Collapse white space, turn block marks into blank lines, take the image marks out.

    One pass: separators are owed and written only before the next text, so none is left
    at either end, and an image mark is anchored where the text after it begins.
    """
    out: list[str] = []
    length = 0
    owed = ""
    pending: list[int] = []
    anchors: list[tuple[int, int]] = []
    for token in _TOKENS.split(raw):
        if not token:
            continue
        if token == BLOCK:
            separator = "\n\n"
        elif token.startswith(IMAGE_OPEN):
            pending.append(image_index(token))
            continue
        elif token in ("\n", "\t"):
            separator = token
        elif token.isspace():
            separator = " "
        else:
            if length and owed:
                out.append(owed)
                length += len(owed)
            owed = ""
            anchors += [(index, length) for index in pending]
            pending.clear()
            out.append(token)
            length += len(token)
            continue
        if _STRENGTH[separator] > _STRENGTH[owed]:
            owed = separator
    anchors += [(index, length) for index in pending]
    return "".join(out), anchors


# --- JSON-LD ``articleBody``: the last fallback (ADR 0020, addendum) ---------------------

#: An ``articleBody`` holding any of these tags is markup (thelocal.de's ``<p><i>…``); other
#: text is plain, so a ``<`` in it stays text.
_MARKUP = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|s|em|strong|small|sub|sup|h[1-6]|ul|ol|li|dl|dt|dd"
    r"|blockquote|pre|code|figure|figcaption|img|picture|table|thead|tbody|tr|td|th"
    r"|section|article|header|footer|aside|center|hr)\b[^<>]*>",
    re.I,
)
#: HTML's block elements under the extractor's output names, for :func:`body_text`.
_OUTPUT_NAMES = {
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), "head"),
    "li": "item",
    "dt": "item",
    "dd": "item",
    "blockquote": "quote",
    "tr": "row",
    "td": "cell",
    "th": "cell",
    "ul": "list",
    "ol": "list",
    "dl": "list",
    "pre": "code",
    **dict.fromkeys(
        (
            "figure",
            "figcaption",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "center",
            "address",
            "main",
            "hr",
            "tbody",
            "thead",
            "tfoot",
        ),
        "div",
    ),
}
#: Character references only (``&#39;``, ``&amp;``): a bare ``&`` (AT&T) stays as it is.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def json_ld_text(body: object) -> tuple[Extracted, list[PageImage], list[dict[str, str]]] | None:
    """A JSON-LD ``articleBody`` as the article's text, its images and ruby readings.

    A string, a list of strings (each one or more paragraphs) or a ``{"@value": …}``; any
    other shape gives None. Plain text: each non-empty line is a paragraph, character
    references decoded. Markup (:data:`_MARKUP`): read like a page, the same cleaning, image
    marks, captions and block rules. Either way the text rules are the body's (ADR 0020).
    None if no text is left."""
    strings = list(ld_strings(body, "@value"))
    if not strings:
        return None
    container = lxml.html.fromstring("<div></div>")
    for string in strings:
        # The same rules as a page's source: JSON's escapes can hold controls, lone
        # surrogates, invisibles and our own noncharacters.
        string = strip_page(normalize_text(replace_lone_surrogates(string)[0]))
        if _MARKUP.search(string):
            try:
                container.append(lxml.html.fragment_fromstring(string, create_parent="div"))
                continue
            except (lxml.etree.ParserError, ValueError):
                pass  # read as plain text
        plain = _REFERENCE.sub(lambda match: html.unescape(match.group()), string)
        for line in plain.split("\n"):
            paragraph = lxml.html.Element("p")
            paragraph.text = line  # (noncharacters leave in clean_tree)
            container.append(paragraph)
    readings = clean_tree(container)
    images = collect_images(container)
    for element in container.iter():
        if isinstance(element.tag, str) and element.tag in _OUTPUT_NAMES:
            element.tag = _OUTPUT_NAMES[element.tag]
    text, anchors = _assemble(body_text(container))
    if not text.strip():
        return None
    known = range(len(images))
    anchors = [(index, offset) for index, offset in anchors if index in known]
    return Extracted(text=text, anchors=anchors), images, readings
