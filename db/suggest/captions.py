"""Find image captions: the line under an image, and lines that carry a photo credit.

An image is not part of the text; it is anchored at an offset (where its image line stood), and
its caption is the first non-empty line at or after the anchor when that line reads like one
(short, or with a credit), or when it says what the image's alt text says (``<img alt=…>``
repeated under the picture, as many CMSs do; ADR 0030). Anywhere in the text, a line with a
photo credit (``… 摄``, ``图为…``, ``Photo:``, ``(Photo by …)``, ``Credit:``; the forms are in
:mod:`.caption_credits`) is a caption too; it describes the nearest image before it. Whether a
line says what its picture's known caption or alt says is :mod:`.caption_match`'s.

The import's caption of an image (``known``) is the strongest evidence; since captions v9 it is
also what the page marks by layout alone, a centred line under a centred picture or a
``desc`` element after the image (ADR 0112, ``article_import.html.extract``), so that a page
marking its captions that way needs none of the credit words below.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from . import caption_lines
from .caption_anchored import (
    GALLERY_COUNTER,
    LONG_WIRE_CREDIT,
    STORY_SIGN_OFF,
    anchored_credit,
    beside_a_picture,
)
from .caption_credits import (
    ARTICLE_CREDIT,
    BRACKETED_SIGN_OFF,
    COPYRIGHT_ALONE,
    GALLERY_TITLE,
    GLUED_CREDIT,
    SITE_NOTICE,
    TEXT_BYLINE,
    WIRE_CREDIT,
    bare_credit,
    has_credit,
)
from .caption_furniture import (
    CHART_SOURCE,
    COUNTER_LINE,
    DATE_LINE,
    FIGURE_LABEL,
    NOT_CAPTION,
    SECTION_PROMO,
    VIDEO_CAPTION,
    VIDEO_HEADING,
    labels_figure,
    timestamp,
)
from .caption_match import (
    CJK,
    FILE_NAME,
    LATIN_WORD,
    alt_evidence,
    alt_matches,
    normal,
    same_line,
    same_words,
)
from .caption_promos import not_a_photos_caption
from .caption_stack import (
    MAX_STACK_LINES,
    SENTENCE_BREAK,
    agency_alone,
    described_after_repeat,
    names_positions,
    stacked_credit,
)

DETECTOR: Final = "captions/v9.24"

#: A line this long after an image is body text unless it carries a credit.
MAX_CAPTION_CHARS: Final = 180
#: A line under a picture with a bare photo credit on the next line (``Chip Somodevilla/Getty
#: Images``, no description of its own) is the picture's caption up to this long, as a line
#: carrying its own credit is: in sets 0–16 all 23 lines under a picture with a credit line
#: after them are gold captions, 31 to 330 characters (docs/performance.md, "Captions v9.2
#: (sets 9–16)"). A credit line that describes a picture itself (``…拍照留念。新华社记者 才扬
#: 摄``) may be a lost picture's caption; the long line above it then stays body text.
MAX_CREDITED_CAPTION_CHARS: Final = 2 * MAX_CAPTION_CHARS
#: (A long caption says what the picture shows in one sentence, at most two: the 6 gold lines
#: over 180 characters in sets 0–16; a paragraph under a picture runs on: ``SENTENCE_BREAK``.)
MAX_CREDITED_CAPTION_BREAKS: Final = 1
#: How many of a page's pictures must have a credit line under their caption for a short name
#: under another's caption to be its credit (``Google St View``; :mod:`.caption_stack`).
MIN_CREDITED_BELOW: Final = 2


@dataclass(frozen=True, slots=True)
class Caption:
    start: int
    end: int
    image_index: int | None
    confidence: float


def find_captions(
    text: str,
    images: Sequence[int] = (),
    known: Sequence[str | None] = (),
    alts: Sequence[str | None] = (),
    title: str = "",
) -> list[Caption]:
    """Caption lines of ``text`` whose images are anchored at ``images`` (code points).

    ``known`` are the captions the import found for the images (an HTML ``<figcaption>``),
    in the same order; the line at an image that holds its known caption is its caption, and
    when they are given, a line under an image the import found no caption for is one only if
    it carries a credit (a page's headings and body text often follow its pictures). ``alts``
    are the images' alt texts, in the same order: the line under an image that says what its
    alt says is its caption, with or without a credit or a full stop; an alt that is empty, a
    file name, a word such as "photo" or ``图片``, shorter than four words (eight Chinese
    characters) or the page's ``title`` is no evidence (:func:`alt_evidence`).
    """
    ordered = sorted(images)
    lines = caption_lines.lines(text, ordered)  # cut where an image is anchored inside one
    starts = [start for start, _ in lines]
    found: dict[int, Caption] = {}
    under: dict[int, int] = {}  # the line right under each picture: its image
    not_captions: set[int] = set()  # lines under a picture known to be none (no short-line rule)
    teasers: set[int] = set()  # teasers' titles in a list of links: none of the page's pictures

    def image_before_line(index: int) -> bool:
        """Is an image anchored between line ``index - 1`` and line ``index``?"""
        if not 0 <= index < len(lines):
            return False
        low = lines[index - 1][1] if index else -1
        position = bisect.bisect_left(ordered, low)  # an anchor that cut a line counts
        return position < len(ordered) and ordered[position] <= lines[index][0]

    def picture_before_line(index: int) -> bool:
        """Is a picture anchored right before line ``index``, not a row of icons (a menu's
        :data:`MIN_ICON_ROW` images or more at one place: no picture of a list of teasers)?"""
        if not image_before_line(index):
            return False
        low = lines[index - 1][1] if index else -1
        anchored = bisect.bisect_right(ordered, lines[index][0]) - bisect.bisect_left(ordered, low)
        return anchored < MIN_ICON_ROW

    credits: dict[int, bool] = {}  # line index: has_credit, asked once per line

    def credit(index: int) -> bool:
        if not 0 <= index < len(lines):
            return False
        known = credits.get(index)
        if known is None:
            known = credits[index] = has_credit(text, *lines[index])
        return known

    # Of images anchored at one offset the last is the nearest to the line (docs/suggest-gold.md)
    for image_index in sorted(range(len(images)), key=lambda i: (images[i], -i)):
        position = bisect.bisect_left(starts, images[image_index])
        if position >= len(lines) or lines[position][0] in found:
            continue
        if image_before_line(position) and _anchor_after(
            ordered, images[image_index], position, lines
        ):
            continue  # another image stands between this one and the line
        before = position - 1  # the line before the picture
        if _CLICK_PROMPT.fullmatch(text, *lines[position]) and not image_before_line(position + 1):
            position += 1  # （点击看清晰大图）: the page's prompt, then the picture's caption
            if position >= len(lines) or lines[position][0] in found:
                continue
        start, end = lines[position]
        under.setdefault(position, image_index)
        caption = known[image_index] if image_index < len(known) else None
        if caption and SITE_NOTICE.search(caption):
            caption = None  # CopyRight@2004-2008 All rights reserved: the footer, not a caption
        if _NOTE.match(text, start, end) and end - start <= MAX_CAPTION_CHARS:
            found[start] = Caption(start, end, image_index, 0.75)  # 注：红色为…绕行线路图
            continue
        if VIDEO_CAPTION.match(text, start, end) or GALLERY_COUNTER.fullmatch(text, start, end):
            not_captions.add(position)  # "Media caption …", a gallery's "1 of 12" (v9.24)
            continue  # a video's caption, a counter: not marked (docs/suggest-gold.md)
        if not_a_photos_caption(text[start:end]) and not credit(position):
            not_captions.add(position)
            continue  # a call to action, a piece's standfirst (.caption_promos, v9.23)
        if CHART_SOURCE.match(text, start, end) and not credit(position):
            not_captions.add(position)
            continue  # "Source: Repeat Project" under a chart: its source, not marked (rules 2.3)
        if before >= 0 and VIDEO_HEADING.match(text, *lines[before]) and not credit(position):
            continue  # "Video: …", then its thumbnails and their titles: a video's, not a photo's
        if caption and same_words(text[start:end], caption):
            if GALLERY_TITLE.match(text, start, end) or SECTION_PROMO.match(text, start, end):
                not_captions.add(position)
                continue  # a related gallery's title, a section's promo (captions v9.16, v9.21)
            found[start] = Caption(start, end, image_index, 0.99)
            continue
        glued = GLUED_CREDIT.match(text, start, end) if "/" in text[start:end] else None
        if glued is not None:
            found[start] = Caption(start, _glued_end(text, glued, end), image_index, 0.8)
            continue
        if credit(position) or agency_alone(text[start:end]):  # USA TODAY Sports (v9.21)
            found[start] = Caption(start, end, image_index, 0.95)
            continue
        if FIGURE_LABEL.match(text, start, end) and labels_figure(text[start:end]):
            found[start] = Caption(start, end, image_index, 0.8)  # 图2胰岛细胞…的示意图 (v9.13)
            continue
        if caption and caption.strip():
            # The import found this picture's caption and this line is not it (the caption is
            # elsewhere, or was lost with a repeat of it): the line is no caption by its looks
            # (captions v9.9; in sets 0-23 none of the 10 such lines is a gold caption).
            not_captions.add(position)
            continue
        if position + 1 < len(lines) and (
            DATE_LINE.fullmatch(text, *lines[position + 1])
            or COUNTER_LINE.fullmatch(text, *lines[position + 1])
        ):
            not_captions.add(position)
            teasers.add(position)
            continue  # a teaser's title, then its date or its count of plays: a list of links
        # Image, line, image, line …: a list of teasers or links, not captions.
        in_a_run = image_before_line(position + 1) or (
            picture_before_line(before) and before >= 0 and not credit(before)
        )
        alt = alts[image_index] if image_index < len(alts) else None
        if in_a_run and not credit(position + 1):
            # Two pictures side by side, each with its sentence under it saying what its alt
            # says (the Daily Mail's ``imageCaption``): captions. A list of teasers runs on
            # for three pictures or more, and a teaser's title reads as a heading, not a
            # sentence about the picture (captions v9.13). An alt that is the line word for
            # word vouches for its length as a credit does (a 270-character ``imageCaption``;
            # captions v9.14; compared whole, not with difflib, as the long line is rare)
            if not (
                alt
                and _run_length(position, picture_before_line) <= MAX_CAPTIONED_RUN
                and (
                    (
                        (
                            _reads_like_caption(text, start, end)
                            or _alt_word_for_word(text, start, end, alt, title)
                        )
                        and _says_alt(text[start:end], alt, title)
                    )
                    or (
                        end - start > MAX_CAPTION_CHARS
                        and normal(text[start:end]) == normal(alt)
                        and normal(alt) == alt_evidence(alt, title)
                        and _reads_like_caption(text, start, end, MAX_CREDITED_CAPTION_CHARS)
                    )
                )
            ):
                continue
            found[start] = Caption(start, end, image_index, 0.9)
            continue
        if alt and _says_alt(text[start:end], alt, title):
            found[start] = Caption(start, end, image_index, 0.9)
            continue
        # A credit under the next picture is that picture's (image, line, image, credit).
        followed_by_credit = (
            credit(position + 1)
            and not ARTICLE_CREDIT.search(text, *lines[position + 1])
            and not image_before_line(position + 1)
            and (
                end - start <= MAX_CAPTION_CHARS
                or (
                    end - start <= MAX_CREDITED_CAPTION_CHARS
                    and bare_credit(text, *lines[position + 1])
                    and len(SENTENCE_BREAK.findall(text, start, end)) <= MAX_CREDITED_CAPTION_BREAKS
                )
            )
        )
        if (
            _MARKED.match(text, start, end)
            and _reads_marked(text[start:end])
            and not _BYLINE.match(text, start, end)
        ):
            found[start] = Caption(start, end, image_index, 0.8)
            continue
        if _chinese_caption(text, lines, position):
            found[start] = Caption(start, end, image_index, 0.7)
            continue
        if _THIS_PICTURE.search(text, start, end) and _reads_like_caption(text, start, end):
            found[start] = Caption(start, end, image_index, 0.8)  # … on this map. (v9.18)
            continue
        if known and caption is None and not followed_by_credit:
            continue  # the import looked for this image's caption and found none
        if followed_by_credit or _reads_like_caption(text, start, end):
            found[start] = Caption(start, end, image_index, 0.8)
    for index, (start, end) in enumerate(lines[:-1]):
        # An image the import lost leaves its file name as a line; the line under it is the
        # photo's description when it reads like one or a credit follows it (no image_index).
        if (
            "." not in text[max(0, end - 5) : end - 3]
            or FILE_NAME.fullmatch(text, start, end) is None
        ):
            continue  # (a file name's extension follows its full stop: 0.27 ms a call ungated)
        below_start, below_end = lines[index + 1]
        if below_start not in found and (
            credit(index + 2) or _reads_like_caption(text, below_start, below_end)
        ):
            found[below_start] = Caption(below_start, below_end, None, 0.75)
    for index, (start, end) in enumerate(lines):
        glued = GLUED_CREDIT.match(text, start, end) if "/" in text[start:end] else None
        if start not in found and glued is not None:
            caption_end = _glued_end(text, glued, end)
            found[start] = Caption(start, caption_end, _image_before(images, ordered, start), 0.8)
            continue
        if start in found or not credit(index):
            continue
        if index and not image_before_line(index) and timestamp(text, *lines[index - 1]):
            continue  # 27 10月 2024(09:10 GMT+8), then 照片：…: a live page's post and its title
        if ARTICLE_CREDIT.search(text, start, end) or TEXT_BYLINE.search(text, start, end):
            continue  # 供稿 摄影/张艳 编辑/苏芳: the article's credits, not under a picture
        if BRACKETED_SIGN_OFF.search(text, start, end) and not image_before_line(index):
            continue  # … evacuated so far. (AFP): the story's agency, not under a picture
        if COPYRIGHT_ALONE.fullmatch(text, start, end) and not (
            index and lines[index - 1][0] in found
        ):
            continue  # © Reuters after the story's end: its copyright, not a photo's credit
        beside = image_before_line(index) or image_before_line(index + 1)  # a picture next to it
        if (
            not beside
            and STORY_SIGN_OFF.fullmatch(text, start, end)
            and not (index and lines[index - 1][0] in found)
        ):
            continue  # - REUTERS after the story's last paragraph: its wire (v9.24)
        image = _image_before(images, ordered, start)
        if end - start > 2 * MAX_CAPTION_CHARS:
            if end - start > 3 * MAX_CAPTION_CHARS:
                continue  # body text that names a photographer
            if not WIRE_CREDIT.search(text, start, end):
                if not (beside and LONG_WIRE_CREDIT.search(text, start, end)):
                    continue  # … unless a wire credit ends it
                if not image_before_line(index):
                    image = _image_after(images, ordered, end)  # above its picture (v9.24)
        if _TITLE_PICTURE.match(text, start, end) and ordered:
            image = images.index(ordered[0])  # 题图来自 …: the page's title picture, its first
        found[start] = Caption(start, end, image, 0.85)
    # A picture's line by the forms read only next to one (:mod:`.caption_anchored`, v9.24)
    for index, under_it in beside_a_picture(lines, starts, ordered, image_before_line):
        start, end = lines[index]
        if start in found or index in not_captions:
            continue
        if anchored_credit(text, start, end, under_it, lines[index - 1] if index else None):
            image = (_image_before if under_it else _image_after)(images, ordered, start)
            found[start] = Caption(start, end, image, 0.85)
    # The lines stacked under a picture's caption (:mod:`.caption_stack`): the same line again
    # (the picture's alt, then its figcaption saying the same words; captions v9.3), its credit,
    # its alt after a credit, who stands where in it (captions v9.20)
    credited_below = sum(
        1
        for position in under
        if lines[position][0] in found
        and not image_before_line(position + 1)
        and position + 1 < len(lines)
        and lines[position + 1][0] in found
        and bare_credit(text, *lines[position + 1])
    )
    for position in under:
        first = found.get(lines[position][0])
        if first is None:
            continue
        alt = alts[under[position]] if under[position] < len(alts) else None
        for below in range(position + 1, min(position + MAX_STACK_LINES, len(lines))):
            if image_before_line(below):
                break
            again_start, again_end = lines[below]
            if again_start in found:
                continue
            line = text[again_start:again_end]
            if below == position + 1 and same_line(text, lines[position], lines[below]):
                confidence = first.confidence
            elif stacked_credit(line, credited_below >= MIN_CREDITED_BELOW):
                confidence = 0.85
            elif (
                # a bare credit above it (``Submitted photo``), not a caption saying the alt (a
                # story's lead under its picture repeats the caption: ET's ``BENGALURU: …``)
                alt
                and (credit(below - 1) or anchored_credit(text, *lines[below - 1]))
                and bare_credit(text, *lines[below - 1])
                and _says_alt(line, alt, title)
            ):
                confidence = 0.9
            elif names_positions(line, MAX_CREDITED_CAPTION_CHARS) or (
                # the credit said twice (the import's and the page's), then the description
                below == position + 2
                and same_line(text, lines[position], lines[position + 1])
                and described_after_repeat(text[slice(*lines[position])], line)
            ):
                confidence = 0.8
            else:
                break
            found[again_start] = Caption(again_start, again_end, first.image_index, confidence)
    short = {
        position: image_index
        for position, image_index in under.items()
        if lines[position][0] not in found
        and position not in not_captions
        and _short_line(text, *lines[position])
    }
    # A page that captions its pictures: a short line under one of them is its caption too
    # (a list of teasers' pictures is another's: not counted among the page's, captions v9.12)
    captioned = sum(1 for position in under if lines[position][0] in found)
    pictures = len(under) - len(teasers)
    if captioned >= MIN_CAPTIONED and captioned >= CAPTIONED_SHARE * (pictures - 1):
        short = {p: i for p, i in short.items() if not image_before_line(p + 1)}
    elif not _caption_each_other(text, lines, short, pictures, image_before_line):
        short = {}
    short |= _repeated_under(text, lines, under, found)
    short |= _titled_run(text, lines, under, found, image_before_line)
    short = {p: i for p, i in short.items() if p not in not_captions}
    for position, image_index in short.items():
        start, end = lines[position]
        found[start] = Caption(start, end, image_index, 0.6)
    return sorted(found.values(), key=lambda c: c.start)


#: A short Chinese line that may hold digits and Latin letters (``展示的5G芯片``).
_SHORT_MIXED_LINE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff0-9A-Za-z《》“”·、]{4,20}")


def import_caption_lines(text: str, image_captions: Sequence[str | None]) -> list[tuple[int, int]]:
    """The lines that are, whole, a caption the import found for an image (an HTML
    ``<figcaption>``), marked or not: a lead video's caption is not a photo's caption, and it
    is no claim either (held-out 13's ``aeb-fortworth``; over every set the 4 such lines left
    unmarked hold no gold claim). A body sentence repeating it in other words is not one."""
    lines = []
    for caption in {c.strip() for c in image_captions if c and c.strip()}:
        at = text.find(caption)
        while at != -1:
            end = at + len(caption)
            line_end = text.find("\n", end)
            line_end = len(text) if line_end == -1 else line_end
            if (
                not text[text.rfind("\n", 0, at) + 1 : at].strip()
                and not text[end:line_end].strip()
            ):
                lines.append((at, end))
            at = text.find(caption, end)
    return lines


def _repeated_under(
    text: str, lines: list[tuple[int, int]], under: dict[int, int], found: dict[int, Caption]
) -> dict[int, int]:
    """The same short line under two pictures or more at different places (NetEase's
    ``运营商某次活动上展示的5G芯片`` under two photos): a caption used twice, since a subheading
    is never written twice (captions v8.2)."""
    seen: dict[str, list[int]] = {}
    for position in under:
        start, end = lines[position]
        line = text[start:end]
        if start in found or not _SHORT_MIXED_LINE.fullmatch(line) or not CJK.search(line):
            continue
        if NOT_CAPTION.search(line) or _POINTER.search(line) or line.endswith("、"):
            continue  # (大广高速、 under two road signs: a list's items, v9.13)
        seen.setdefault(line, []).append(position)
    return {p: under[p] for same in seen.values() if len(same) >= 2 for p in same}


#: A picture's title under it: a short Chinese line that may hold a comma, a space, digits and
#: Latin letters but ends no sentence (``整容手术后，露面说案情``, ``陈升``,
#: ``曾志伟亲述被打经过 期间三度洒泪``).
_TITLE_LINE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff0-9A-Za-z《》“”‘’·、，\s]{2,24}")
#: How many pictures in a row must each have a title line and then a paragraph for the titles to
#: be their captions. In sets 0–16 only held-out 16's ``cw-star-assaults`` has three or more
#: (six, all gold); the pages whose pictures are followed by subheadings have two in a row at
#: most (held-out 2's ``gne-baijiahao-4`` and ``gne-ifeng-3``). Captions v8.1 took four such
#: pictures for a feature's subheadings (``test_captions_v8_1``); five keeps that reading, and
#: a fresh page's subheadings far from it (ADR 0120; docs/performance.md, "Captions v9.2
#: (sets 9–16)").
MIN_TITLED_RUN: Final = 5
#: A paragraph after a title: longer than any title line.
MIN_PARAGRAPH_CHARS: Final = 40


def _titled_run(
    text: str,
    lines: list[tuple[int, int]],
    under: dict[int, int],
    found: dict[int, Caption],
    image_before_line: Callable[[int], bool],
) -> dict[int, int]:
    """The title lines of :data:`MIN_TITLED_RUN` pictures in a row or more, each picture
    followed by its title and the title by a paragraph (picture, ``陈升``, the paragraph about
    him, picture, ``梁思浩心有余悸``, its paragraph …): a page that names each picture. A
    subheading follows a picture now and then, never picture after picture (captions v9.2)."""
    runs: list[list[int]] = [[]]
    for position in sorted(under):
        start, end = lines[position]
        line = text[start:end]
        after = position + 1
        titled = (
            start not in found
            and _TITLE_LINE.fullmatch(line) is not None
            and CJK.search(line) is not None
            and not NOT_CAPTION.search(line)
            and not _POINTER.search(line)
            and after < len(lines)
            and not image_before_line(after)
            and lines[after][1] - lines[after][0] > MIN_PARAGRAPH_CHARS
        )
        if titled:
            runs[-1].append(position)
        elif runs[-1]:
            runs.append([])
    return {p: under[p] for run in runs if len(run) >= MIN_TITLED_RUN for p in run}


#: How many pictures in a row, each with a line under it, may still be pictures side by side
#: with their captions rather than a list of teasers (captions v9.13).
MAX_CAPTIONED_RUN: Final = 2
#: So many images anchored at one place or more are a row of icons (Ynetnews' menu, 23 at one
#: offset), not a picture: the line under them is no teaser's, and a picture's line after it is
#: in no run (held-out 42's ``hpb-ynet-abusakkar``; captions v9.20).
MIN_ICON_ROW: Final = 4


#: The words a sentence in sentence case writes in lower case that a title in Title Case may too.
_TITLE_SMALL_WORDS: Final = frozenset(
    {"from", "with", "into", "over", "about", "after", "than", "that", "this", "upon", "onto"}
)


def _alt_word_for_word(text: str, start: int, end: int, alt: str, title: str) -> bool:
    """Is the line under a picture its alt word for word (an alt that is evidence, not the
    page's title), a sentence in sentence case (two of its longer words in lower case, none a
    title's small word), at most :data:`MAX_CAPTION_CHARS`, no question, exclamation or
    furniture? Then it reads as a caption beside another picture, Title Case test aside:
    ``Emergency services at the scene of the hit-and-run on Sandgate Esplanade in Folkestone``
    names three places, so it fails :func:`_reads_like_caption`'s test; its ``services`` and
    ``scene`` say it is no title (held-out 38's ``aed-dailymail-sandgate``, captions v9.18)."""
    line = text[start:end]
    if end - start > MAX_CAPTION_CHARS or NOT_CAPTION.search(line):
        return False
    if line.rstrip().endswith(("?", "？", "!", "！")) or CJK.search(line):
        return False
    if normal(line) != normal(alt) or normal(alt) != alt_evidence(alt, title):
        return False
    words = LATIN_WORD.findall(line)
    lower = [w for w in words if len(w) > 3 and w.islower() and w not in _TITLE_SMALL_WORDS]
    return len(words) >= 4 and len(lower) >= 2


def _run_length(position: int, image_before_line: Callable[[int], bool]) -> int:
    """How many lines in a row, line ``position`` among them, each stand right under a picture
    (picture, line, picture, line …)."""
    first = position
    while image_before_line(first - 1):
        first -= 1
    last = position
    while image_before_line(last + 1):
        last += 1
    return last - first + 1


def _short_line(text: str, start: int, end: int) -> bool:
    """A short Chinese line without a sentence's marks, not furniture (:data:`_SHORT_CJK_LINE`)."""
    return (
        _SHORT_CJK_LINE.fullmatch(text, start, end) is not None
        # 大广高速、 under a road sign: a list's item, the list runs on (captions v9.13)
        and not text[start:end].endswith("、")
        and not NOT_CAPTION.search(text[start:end])
    )


def _caption_each_other(
    text: str,
    lines: list[tuple[int, int]],
    short: dict[int, int],
    pictures: int,
    image_before_line: Callable[[int], bool],
) -> bool:
    """Do the short lines right under a page's pictures caption them, on a page that captions
    none otherwise (a conference report: picture, ``大会开幕式``, its paragraph, picture,
    ``大会主会场``, picture, ``大会分会场``, …)? Several pictures, most of the page's, have one,
    and the lines are not subheadings: one at least stands between two pictures (a subheading
    is followed by its section's text, never by the next picture), and two at least are followed
    by a paragraph (a list of teasers is picture, title, picture, title …, a paragraph after its
    last title at most)."""
    if len(short) <= CAPTIONED_SHARE * pictures:
        return False
    between = sum(1 for position in short if image_before_line(position + 1))
    before_text = sum(
        1
        for position in short
        if position + 1 < len(lines)
        and not image_before_line(position + 1)
        and not _short_line(text, *lines[position + 1])
    )
    return between >= 1 and before_text >= MIN_EACH_OTHER_TEXT


def _anchor_after(
    ordered: list[int], anchor: int, position: int, lines: list[tuple[int, int]]
) -> bool:
    """Is there a later image anchored before line ``position`` (so this image has no line)?"""
    index = bisect.bisect_right(ordered, anchor)
    return (
        index < len(ordered) and ordered[index] <= lines[position][0] and ordered[index] != anchor
    )


_TITLE_PICTURE = re.compile(r"\s*[（(]?\s*(?:题图|題圖|头图|頭圖|封面图|封面圖)")
#: Reported speech, quoted: "Mr Obama said … were \"legitimate and deserve …\"" is body text.
_QUOTED_SPEECH = re.compile(
    r"\b(?:said|says|told|added|insisted|argued)\b.*[\"“][^\"”]*\s[^\"”]*\s[^\"”]*[\"”]"
    r"|[\"“][^\"”]*\s[^\"”]*\s[^\"”]*[\"”].*\b(?:said|says|told|added|insisted|argued)\b"
)
#: A line under a picture that points at it: ``… is marked with a red dot on this map.``, ``… in
#: this photo taken on …``, ``… seen in this satellite image``: the picture's caption when the
#: import found none (the France 24 Observers' map; captions v9.18). Only right under a picture
#: (body text may say "this map" of one above it).
_THIS_PICTURE = re.compile(
    r"\b(?:in|on)\s+this\s+(?:(?:file|undated|handout|aerial|satellite|screenshot)\s+)?"
    r"(?:photo(?:graph)?|picture|image|map|illustration|screenshot)\b",
    re.IGNORECASE,
)
_CJK_PICTURE = re.compile(r"图|圖|照|摄|攝|影|视频|視頻|截图|截圖|画面|畫面|现场|現場")
_CAPITAL_LEAD = re.compile(r"^\s*[A-Z]{3,}[’']?[A-Z]*\s")


def _reads_like_caption(text: str, start: int, end: int, longest: int = MAX_CAPTION_CHARS) -> bool:
    """A line under an image without a credit: short prose (at most ``longest`` characters)
    that is no heading, link or body."""
    line = text[start:end]
    if end - start > longest or NOT_CAPTION.search(line):
        return False
    if line.rstrip().endswith(("?", "？", "!", "！")):
        return False  # teasers and exclamations
    latin = [c for c in line if c.isalpha() and c.isascii()]
    if len(latin) > 3 and all(c.isupper() for c in latin):
        return False  # A HEADING IN CAPITALS
    if _CAPITAL_LEAD.match(line):
        return False  # "JOE HILDEBRAND HOW is it …": a column's teaser, led in capitals
    if CJK.search(line):
        # Chinese body text ends a sentence, a heading has no mark at all; a caption without
        # a credit still says what the picture shows (图为, 资料图, 视频截图 …).
        return (
            len(CJK.findall(line)) >= 8
            and not line.rstrip().endswith(("。", "”", "」"))
            and _CJK_PICTURE.search(line) is not None
        )
    if _QUOTED_SPEECH.search(line):
        return False  # a paragraph quoting someone follows the picture; the picture's caption
        # says what it shows
    words = LATIN_WORD.findall(line)
    capitalised = sum(1 for word in words if word[0].isupper() and len(word) > 3)
    if len(words) >= 4 and capitalised >= 0.6 * sum(1 for word in words if len(word) > 3):
        return False  # A Headline In Title Case
    return len(words) >= 4


_PARENTHESISED = re.compile(r"[（(][^（()）]{2,60}[)）]")


#: One short sentence, closed by a full stop, with no other mark and no number: ``冰洞。``,
#: ``小温在景区内的身影。``. A subheading has no full stop; body text is longer, or runs on
#: with commas, colons and figures (``调查问题加载中，请稍候。``).
_SHORT_CJK_SENTENCE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff“”《》·]{1,12}。")
#: A short sentence that opens on a pronoun or a connective goes on from the one before it:
#: body text (``这也能看出当前英国的底色。``), not a picture's name.
_RUNS_ON: Final = (
    "这", "這", "那", "此", "但", "而", "却", "卻", "也", "又", "他", "她", "它", "我", "你",
    "因", "所以", "如果", "可", "就", "还", "還", "更", "其",
)  # fmt: skip


#: ``▼``, ``■``, their hollow forms and ``◎`` open a picture's description under it (``▲`` and
#: ``△`` do anywhere: ``caption_credits.CREDIT``); elsewhere they open list items, bylines
#: (``◎记者 张三``) and pointers to what follows.
_MARKED = re.compile(r"[▼■▽□◎]\s*\S")
#: A byline after a marker (``◎记者 张三``, ``◎ 本报记者 李四 通讯员 王五``, ``◎文｜张三``): the
#: article's authors, never a picture's caption.
_BYLINE = re.compile(
    r"[◎▼■▽□]\s*(?:本报|本報|本刊|新华社|新華社|中新社|特约|特約)?\s*(?:记者|記者|通讯员|通訊員|"
    r"实习生|實習生|作者|撰文|采写|採寫|文|编辑|編輯|责编|責編|整理|来源|來源)(?:\s|[:：/／|｜]|$)"
)
#: A note under a picture (a map's key, a chart's source): ``注：红色为所有车辆绕行线路图``.
#: Only right under one; elsewhere it is the article's own note (docs/performance.md,
#: "Captions v8").
_NOTE = re.compile(r"\s*(?:注|註)\s*[:：]\s*\S")
#: A prompt under a picture, never its caption: ``（点击看清晰大图）``, ``点击查看大图``, and an
#: app's ``打开WiFi万能钥匙，查看更多图片`` (open the app to see more pictures; captions v9.12).
_CLICK_PROMPT = re.compile(
    r"[（(]?\s*(?:点击|點擊|点此|點此)[^（）()]{0,8}(?:大图|大圖|原图|原圖|图片|圖片)\s*[)）]?"
    r"|(?:打开|打開|下载|下載)[^（）()，,。]{1,20}[，,]?\s*(?:查看|看|浏览|瀏覽)(?:更多)?(?:高清)?"
    r"(?:图片|圖片|大图|大圖)"
)
_POINTER = re.compile(r"点击|點擊|扫码|掃碼|扫描|掃描|关注|關注|下方|下图|下圖|戳|↓|视频|視頻")


def _reads_marked(line: str) -> bool:
    """A marked line under a picture that describes it: not a pointer (``▼点击下方视频``),
    a question or an exclamation, and not body-length."""
    return (
        len(line) <= MAX_CAPTION_CHARS
        and _POINTER.search(line) is None
        and not line.rstrip().endswith(("?", "？", "!", "！"))
    )


#: A short Chinese line without a sentence's marks: a picture's name (``灯光版《清明上河图》``,
#: ``车主们将车停在外面小树林中``) or as often a subheading, a link or a byline; taken under a
#: picture only on a page whose other pictures have captions (:data:`MIN_CAPTIONED`).
_SHORT_CJK_LINE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff《》“”·、]{4,20}")
#: How many of the page's other pictures must have a caption found under them, and what share.
#: Of the 64 short unpunctuated lines under pictures in sets 0–8, the 3 captions stand on pages
#: where 18 of 22 and 2 of 2 other pictures have one; the subheadings, links and furniture on
#: pages where at most 4 of 14 do (docs/performance.md, "Captions v7").
MIN_CAPTIONED: Final = 2
CAPTIONED_SHARE: Final = 0.5
#: On a page that captions no picture otherwise, how many of the short lines under its pictures
#: (more than :data:`CAPTIONED_SHARE` of them) must be followed by a paragraph of their own for
#: them to caption each other, one more standing between two pictures: three lines at least (a
#: list of teasers may end on a paragraph, the article's next; :func:`_caption_each_other`).
MIN_EACH_OTHER_TEXT: Final = 2


def _chinese_caption(text: str, lines: list[tuple[int, int]], position: int) -> bool:
    """A Chinese caption the import could not see (a ``<p>`` under the picture): written
    wholly in parentheses (``（某头部数据公司的部分报价单）``), or one short sentence that
    names what the picture shows (``搜救现场。``). A short line without a full stop is as
    often a subheading (``繁星中的引导者``) and is left alone."""
    start, end = lines[position]
    line = text[start:end]
    if not CJK.search(line) or _CLICK_PROMPT.fullmatch(line):
        return False
    return _PARENTHESISED.fullmatch(line) is not None or (
        _SHORT_CJK_SENTENCE.fullmatch(line) is not None and not line.startswith(_RUNS_ON)
    )


def _says_alt(line: str, alt: str, title: str) -> bool:
    """Does ``line`` (under an image) say what the image's alt text says (:func:`alt_matches`),
    and read as a caption rather than a teaser or furniture (``?``/``!``, CAPITALS, ``Read
    more``)? A caption in Title Case is common (names, places), so that is no reason here."""
    if len(line) > 3 * MAX_CAPTION_CHARS or NOT_CAPTION.search(line):
        return False
    if not alt_matches(line, alt, title):
        return False
    if line.rstrip().endswith(("?", "？", "!", "！")):
        return False
    latin = [c for c in line if c.isalpha() and c.isascii()]
    return len(latin) <= 3 or not all(c.isupper() for c in latin)  # not A HEADING IN CAPITALS


#: A verb a story's sentence uses and a photo's description, which says what the picture shows
#: in the present tense, does not: a modal, a past perfect, a reporting verb.
_STORY_VERB = re.compile(
    r"\b(?:may|might|will|would|could|should|must|had|said|says|told)\b", re.IGNORECASE
)


def _glued_end(text: str, glued: re.Match[str], end: int) -> int:
    """Where a line opening on a glued credit (:data:`GLUED_CREDIT`) ends its caption: the
    whole line when the rest is one short sentence describing the picture (ESPN's ``Bruce
    Bennett/Getty ImagesGoalie Tuukka Rask (40) joins …``, ABC's ``Matthew Staver/Getty
    ImagesShoppers crowd …``; captions v9.22), else the credit alone (the story's first
    sentence glued to it: ``Shamil Zhumatov/REUTERSThe UK may be forced …``)."""
    rest = glued.end("credit")
    description = text[rest:end].rstrip()
    if (
        len(description) <= MAX_CAPTION_CHARS
        and description.endswith(".")
        and len(LATIN_WORD.findall(description)) >= 4
        and not NOT_CAPTION.search(description)
        and not SENTENCE_BREAK.search(description)
        and not _STORY_VERB.search(description)
    ):
        return end
    return rest


def _image_before(images: Sequence[int], ordered: list[int], offset: int) -> int | None:
    position = bisect.bisect_right(ordered, offset)
    if not position:
        return None
    anchor = ordered[position - 1]
    return max(i for i, value in enumerate(images) if value == anchor)


def _image_after(images: Sequence[int], ordered: list[int], offset: int) -> int | None:
    """The first image anchored after ``offset`` (of several at one place, the first: the nearest
    to a line above them)."""
    position = bisect.bisect_right(ordered, offset)
    return images.index(ordered[position]) if position < len(ordered) else None
