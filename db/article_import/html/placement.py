"""Putting back the article images the extractor dropped (ADR 0020).

Trafilatura judges blocks by their text, so a ``<figure>`` (an image and a short caption)
or an image alone in its ``<div>`` is often dropped although it stands in the middle of
the article. Readability keeps those; so do we, by position: an image whose neighbouring
text on *both* sides (the last characters before its ``<figure>`` and the first after it)
is in the extracted text, next to each other, stood inside the article. It is put back
there, with its caption as its own paragraph when the caption is not in the text already.
An image whose text before is not article text counts when the text after it opens the
article, or when it is a captioned ``<figure>`` right before a kept paragraph, unless a link
to another page holds the picture: a link card (``<a href="/other-story"><figure>…``), whose
"caption" is the other story's title (a grid of "top stories" in the article body).
A caption element right after the picture (outside it) counts as its figure's caption.
Sidebars, teasers and footers fail the test: their neighbours are not article text.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

import lxml.etree
from lxml.html import HtmlElement

from .marks import BLOCK, IMAGE_MARK, IMAGE_MARK_PATTERN, image_index, image_mark
from .text import strip_invisible

#: Characters of neighbouring text compared (white space ignored).
WINDOW = 24
#: Characters after a captioned picture within which the article's text may go on, past
#: lines the extractor dropped (:func:`_later_spot`).
LATER = 200
#: The fewest characters of a paragraph's end and of the next one's start that place a
#: picture between them past dropped lines (:func:`_gap_spot`); the two together at least
#: :data:`WINDOW`.
MIN_PART = 8


@dataclass(frozen=True, slots=True)
class Neighbours:
    before: str
    after: str
    caption: str
    #: A link to another page holds the image's container: a link card (:func:`linked`).
    linked: bool = False
    #: ``before`` and ``after`` read without the text inside the page's ``<figure>``
    #: elements: another picture's caption, which the extractor drops with its picture,
    #: stands between this picture and the article's text (:func:`place_missing`).
    bare_before: str = ""
    bare_after: str = ""
    #: A link to another page inside its container holds the picture (``<figure><a
    #: href="/other-story"><img><figcaption>``: a teaser card).
    link_inside: bool = False
    #: The first :data:`LATER` characters after it (squeezed): a captioned picture
    #: followed by a few lines the extractor dropped (a byline, an ad's label) before the
    #: article's text goes on (:func:`_later_spot`).
    later: str = ""
    #: The last :data:`LATER` characters before it (squeezed): with :attr:`later`, a
    #: picture between two paragraphs with dropped lines (a section heading) on either side
    #: of it (:func:`_gap_spot`).
    earlier: str = ""
    #: Its caption element holds a heading or opens with a link to another page: an author
    #: box's or a banner's (never placed at the article's end, :func:`_end_spot`).
    card_caption: bool = False


def squeeze(text: str) -> str:
    """Text without white space or image marks: what neighbour matching compares."""
    return re.sub(r"\s+", "", strip_invisible(IMAGE_MARK.sub("", text)))


def neighbours(root: HtmlElement, containers: dict[int, HtmlElement]) -> dict[int, Neighbours]:
    """For each image index, the squeezed text just before and after its container."""
    by_element: dict[HtmlElement, list[int]] = {}
    for index, element in containers.items():
        by_element.setdefault(element, []).append(index)
    pieces: list[str] = []
    bare_pieces: list[str] = []  # the same without the text inside any <figure>
    length = bare_length = figures = 0
    starts: dict[int, tuple[int, int]] = {}
    ends: dict[int, tuple[int, int]] = {}
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        indices = by_element.get(element, [])
        if event == "start":
            for index in indices:
                starts[index] = (length, bare_length)
            figures += element.tag == "figure"
            text = element.text or ""
        else:
            for index in indices:
                ends[index] = (length, bare_length)
            figures -= element.tag == "figure"
            text = element.tail or "" if element is not root else ""
        if text:
            pieces.append(text)
            length += len(text)
            if not figures:
                bare_pieces.append(text)
                bare_length += len(text)
    flat = "".join(pieces)
    bare = "".join(bare_pieces)
    found: dict[int, Neighbours] = {}
    for index in containers:
        (start, bare_start), (end, bare_end) = starts[index], ends[index]
        found[index] = Neighbours(
            before=_tail(flat, start),
            after=_head(flat, end),
            caption=squeeze(flat[start:end]),
            linked=linked(containers[index]),
            bare_before=_tail(bare, bare_start),
            bare_after=_head(bare, bare_end),
            link_inside=any(linked(img) for img in containers[index].iter("img")),
            later=_head(flat, end, LATER),
            earlier=_tail(flat, start, LATER),
        )
    return found


#: A link's target that is not another page: the picture itself (a lightbox), a place in
#: this page, a script.
_NOT_A_PAGE = re.compile(
    r"^\s*(#|javascript:|mailto:)|\.(jpe?g|png|gif|webp|avif|bmp|svg|tiff?)(\?|#|$)", re.I
)


def linked(element: HtmlElement) -> bool:
    """Whether a link to another page holds ``element`` (links do not nest, so it holds it
    whole): a card teasing that page, not a picture of this one."""
    for ancestor in element.iterancestors("a"):
        return page_link(ancestor)
    return False


def page_link(anchor: HtmlElement) -> bool:
    """Whether the link ``anchor`` goes to another page (not a place in this one, a script,
    a mail address or the picture itself)."""
    href = anchor.get("href")
    return bool(href and href.strip()) and _NOT_A_PAGE.search(href) is None


def _tail(flat: str, end: int, size: int = WINDOW) -> str:
    span = 256
    while True:
        squeezed = squeeze(flat[max(0, end - span) : end])
        if len(squeezed) >= size or span >= end:
            return squeezed[-size:]
        span *= 4


def _head(flat: str, start: int, size: int = WINDOW) -> str:
    span = 256
    while True:
        squeezed = squeeze(flat[start : start + span])
        if len(squeezed) >= size or start + span >= len(flat):
            return squeezed[:size]
        span *= 4


def _read(raw: str) -> tuple[list[int], list[tuple[int, int, int]], str]:
    """``raw``'s text without white space and marks (squeezed), the raw position of each of
    its characters, and the images it holds: (image index, squeezed position, raw end)."""
    positions: list[int] = []
    kept: list[tuple[int, int, int]] = []
    for match in _TOKEN.finditer(raw):
        if match.lastgroup == "text":
            positions.extend(range(match.start(), match.end()))
        elif match.lastgroup == "mark":
            kept.append((image_index(match.group()), len(positions), match.end()))
    return positions, kept, "".join(raw[i] for i in positions)


def place_missing(
    raw: str,
    missing: dict[int, Neighbours],
    captions: dict[int, str],
    repeats: frozenset[int] = frozenset(),
    copies: Mapping[int, frozenset[int]] | None = None,
) -> str:
    """Insert marks (and captions) for images that stood between two kept passages,
    and the captions the extractor dropped from images it kept.

    ``repeats``: images that show a picture an earlier image of the page shows (a slideshow
    repeating the article's pictures); their caption never places them. ``copies``: for a
    repeat, those earlier images; then it is a repeat only when one of them is in the text
    (a page's second copy of its lead picture, for small screens, with the caption beside
    it, is the one that places the picture when the first copy is not placed).

    ``raw`` is the extractor's text with block marks (U+FDD2) and image marks; the
    result has the same form, ready for assembly.
    """
    positions, kept, squeezed = _read(raw)
    starts = _paragraph_starts(raw, positions)
    shown = {index for index, _, _ in kept}  # the images in the text: kept, then placed
    inserts: list[tuple[int, int, str]] = []
    inserted: set[str] = set()
    for index, at, end in kept:
        # A kept image whose caption the extractor dropped: the caption comes back
        # right after it, so that it can be tagged.
        caption = captions.get(index) or ""
        wanted = squeeze(caption)[:WINDOW]
        nearby = squeezed[max(0, at - len(caption) - WINDOW) : at + len(caption) + WINDOW]
        if wanted and wanted not in nearby and caption not in inserted:
            inserted.add(caption)
            inserts.append((end, index, f"{BLOCK}{caption}{BLOCK}"))
    captioned: set[int] = set()
    # A caption several pictures share: a gallery or a slideshow, which the retry leaves out.
    shared = Counter(captions.values())
    placed: set[tuple[str, int]] = set()  # (caption, raw position) put back with a picture
    for index, near in missing.items():
        earlier = None if copies is None else copies.get(index)
        repeat = index in repeats and (earlier is None or not earlier.isdisjoint(shown))
        own = "" if repeat else captions.get(index) or ""
        spot = _spot(squeezed, positions, near, raw, own)
        if (
            spot is None
            and own
            and shared[own] == 1
            and (near.bare_before, near.bare_after) != (near.before, near.after)
        ):
            # Its neighbour in the page is another figure's caption that the extractor
            # dropped with that figure (a run of captioned pictures): the text around both
            # figures, when it is article text on both sides, places it; only a picture
            # with a caption of its own (not one a gallery's pictures share).
            bare = replace(near, before=near.bare_before, after=near.bare_after)
            spot = _spot(squeezed, positions, bare, raw, own, two_sided=True)
        alone = bool(own) and shared[own] == 1 and not (near.linked or near.link_inside)
        if spot is None and alone:
            spot = _later_spot(squeezed, positions, near, raw)
        if spot is None and alone:
            spot = _gap_spot(squeezed, positions, near, starts)
        if spot is None and alone:
            spot = _end_spot(squeezed, near, raw)
        if spot is None:
            continue
        at, caption_kept = spot
        if caption_kept and at in captioned:
            continue  # that caption in the text is another picture's (the same words twice)
        if caption_kept:
            captioned.add(at)
        shown.add(index)
        mark = image_mark(index)
        caption = captions.get(index) or ""
        if caption and not caption_kept and _new_here(caption, at, placed, squeezed, positions):
            inserted.add(caption)
            placed.add((caption, at))
            inserts.append((at, index, f"{BLOCK}{mark}{caption}{BLOCK}"))
        else:
            inserts.append((at, index, mark))
    for at, _, text in sorted(inserts, key=lambda insert: (-insert[0], -insert[1])):
        raw = raw[:at] + text + raw[at:]
    return raw


def _new_here(
    caption: str, at: int, placed: set[tuple[str, int]], squeezed: str, positions: list[int]
) -> bool:
    """Does ``caption`` still need to come back with the picture placed at ``at`` (raw)? Not
    when it came back there already (two images of one picture, a page's ``<img>`` and its
    copy, are placed at one spot) nor when the text around the spot holds it; a caption that
    several pictures share (``Courtesy of Zillow``, ``Credits: Supplied Image;``) comes back
    under each of them (ADR 0138)."""
    if caption not in {text for text, _ in placed}:
        return True  # its first time (the text around it is not asked: ADR 0135)
    if (caption, at) in placed:
        return False
    wanted = squeeze(caption)[:WINDOW]
    middle = bisect.bisect_left(positions, at)
    nearby = squeezed[max(0, middle - len(caption) - WINDOW) : middle + len(caption) + WINDOW]
    return bool(wanted) and wanted not in nearby


_TOKEN = re.compile(
    # An image mark is taken whole; any other mark (a block's, U+FDD2) is skipped.
    f"(?P<mark>{IMAGE_MARK_PATTERN})|(?P<skip>[\\s\ufdd2-\ufdef]+)|(?P<text>[^\\s\ufdd0-\ufdef]+)"
)


def _spot(
    squeezed: str,
    positions: list[int],
    near: Neighbours,
    raw: str,
    caption: str = "",
    *,
    two_sided: bool = False,
) -> tuple[int, bool] | None:
    """Where in ``raw`` the image goes, and whether its caption is already there.

    ``caption``: the image's own caption (a caption element right after the picture, outside
    its container): when the text right after the image is that caption, kept as a paragraph,
    the image counts as a captioned figure. ``two_sided``: only where the text before it and
    the text after it are both found, next to each other."""
    limit = len(near.caption) + WINDOW
    whole = squeeze(caption)
    # The text after the image in the page is its caption (not only words it shares).
    follows = bool(whole) and near.after.startswith(whole[:WINDOW])
    before_at = squeezed.find(near.before) if near.before else -1
    after_at = -1
    while before_at >= 0:
        before_end = before_at + len(near.before)
        after_at = squeezed.find(near.after, before_end, before_end + limit + len(near.after))
        if after_at >= 0:
            break
        before_at = squeezed.find(near.before, before_at + 1)
    if before_at < 0 and two_sided:
        return None
    if before_at < 0:
        # The text before it is not article text. The image still belongs to the article
        # if it opens it, or if it is a captioned figure right before a kept paragraph and
        # no link to another page holds it (a link card's "caption" is that page's title).
        after_at = squeezed.find(near.after) if near.after else -1
        if after_at < 0 or positions[after_at : after_at + 1] == []:
            return None
        follows = follows and squeezed.startswith(whole, after_at)
        if after_at == 0:
            return positions[after_at], follows
        if (
            (near.caption or follows)
            and not near.linked
            and _starts_block(raw, positions[after_at])
        ):
            return positions[after_at], follows
        return None
    gap = after_at - before_end
    if gap and near.caption and near.caption[:WINDOW] in squeezed[before_end:after_at]:
        return positions[squeezed.index(near.caption[:WINDOW], before_end)], True
    if gap == 0:
        # Right before the text that followed it, after any image already kept there
        # (those stood before it: the page order is the text order).
        follows = follows and squeezed.startswith(whole, after_at)
        return (positions[after_at] if after_at < len(positions) else len(raw)), follows
    return positions[before_end - 1] + 1, False


def _later_spot(
    squeezed: str, positions: list[int], near: Neighbours, raw: str
) -> tuple[int, bool] | None:
    """Where a captioned picture goes whose text after it in the page is dropped lines (a
    byline and date under a lead picture, an ``Advertisement`` label) and then the article's
    text: right before the paragraph that follows its text before (when that is article text
    and ends a paragraph), or at the start when the article's opening stands within
    :data:`LATER` characters after it (a lead picture above the headline and byline). Its
    caption is never there."""
    before_at = squeezed.find(near.before) if len(near.before) == WINDOW else -1
    while before_at >= 0:
        before_end = before_at + WINDOW
        going_on = squeezed[before_end : before_end + WINDOW]
        if (
            len(going_on) == WINDOW
            and going_on in near.later
            and _starts_block(raw, positions[before_end])
        ):
            return positions[before_end], False
        before_at = squeezed.find(near.before, before_at + 1)
    if len(squeezed) >= WINDOW and squeezed[:WINDOW] in near.later:
        return positions[0], False
    return None


def _starts_block(raw: str, at: int) -> bool:
    """Whether only white space and marks stand between a block mark and ``at``."""
    for char in reversed(raw[max(0, at - 200) : at]):
        if char == BLOCK:
            return True
        if not (char.isspace() or "\ufdd0" <= char <= "\ufdef"):
            return False
    return at < 200


def _paragraph_starts(raw: str, positions: list[int]) -> list[int]:
    """The squeezed positions where a paragraph (a block) of ``raw`` starts."""
    starts = [0] if positions else []
    for index in range(1, len(positions)):
        if BLOCK in raw[positions[index - 1] + 1 : positions[index]]:
            starts.append(index)
    return starts


def _gap_spot(
    squeezed: str, positions: list[int], near: Neighbours, starts: list[int]
) -> tuple[int, bool] | None:
    """Where a captioned picture goes that stood between two paragraphs of the article with
    lines the extractor dropped on one side or both (WeChat's section headings, ``02它是谁``,
    inside its neighbours' windows): the one paragraph boundary whose paragraph before ends
    with text of the last :data:`LATER` characters before the picture in the page and whose
    paragraph after opens with text of the first :data:`LATER` after it (the last and first
    :data:`WINDOW` characters, or the whole paragraph if shorter; at least :data:`MIN_PART`
    each, :data:`WINDOW` together). None when no boundary or more than one fits, and for a
    picture right next to another figure (a grid of cards, a gallery: the figures' own text
    is its neighbour on one side)."""
    if (
        near.before[-MIN_PART:] != near.bare_before[-MIN_PART:]
        or near.after[:MIN_PART] != near.bare_after[:MIN_PART]
    ):
        return None
    found: list[int] = []
    for number in range(1, len(starts)):
        boundary = starts[number]
        after_end = starts[number + 1] if number + 1 < len(starts) else len(squeezed)
        tail = squeezed[max(starts[number - 1], boundary - WINDOW) : boundary]
        head = squeezed[boundary : min(after_end, boundary + WINDOW)]
        if min(len(tail), len(head)) < MIN_PART or len(tail) + len(head) < WINDOW:
            continue
        if tail in near.earlier and head in near.later:
            found.append(boundary)
    return (positions[found[0]], False) if len(found) == 1 else None


def _end_spot(squeezed: str, near: Neighbours, raw: str) -> tuple[int, bool] | None:
    """The end of the article for a captioned picture right after its last paragraph, with
    nothing but other figures between them in the page (its text before, read without the
    figures' text, is the article's last :data:`WINDOW` characters): the Sun's pictures
    after the story. A related story's picture after the text has a heading or a link
    between, or a link holding it, and stays out; so does an author box's or a banner's
    picture (:attr:`Neighbours.card_caption`)."""
    if near.card_caption:
        return None
    if len(near.bare_before) == WINDOW and squeezed.endswith(near.bare_before):
        return len(raw), False
    return None


def place_credits(raw: str, captions: dict[int, str], credits: dict[int, str]) -> str:
    """Put back, as its own paragraph right after its picture's caption, each credit
    (a figure's further ``<figcaption>``) that the text does not hold there. Only under a
    caption that the text holds right after its picture and that ends a paragraph."""
    if not credits:
        return raw
    positions, kept, squeezed = _read(raw)
    inserts: list[tuple[int, str]] = []
    for index, at, _ in kept:
        credit, wanted = credits.get(index), squeeze(captions.get(index) or "")
        if not credit or not wanted:
            continue
        start = squeezed.find(wanted, at, at + len(wanted) + WINDOW)
        if start < 0:
            continue
        end = start + len(wanted)
        own = squeeze(credit)
        if not own or own in squeezed[max(0, start - WINDOW) : end + len(own) + WINDOW]:
            continue
        after = positions[end - 1] + 1
        if _ends_block(raw, after):
            inserts.append((after, f"{BLOCK}{credit}{BLOCK}"))
    for at, text in sorted(inserts, key=lambda insert: -insert[0]):
        raw = raw[:at] + text + raw[at:]
    return raw


def _ends_block(raw: str, at: int) -> bool:
    """Whether only white space and marks stand between ``at`` and a block mark (or the end)."""
    for char in raw[at : at + 200]:
        if char == BLOCK:
            return True
        if not (char.isspace() or "\ufdd0" <= char <= "\ufdef"):
            return False
    return at + 200 >= len(raw)
