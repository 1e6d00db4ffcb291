"""Does a line say what its picture's other texts say: the caption the import found for the
picture (:func:`same_words`), its alt text (:func:`alt_evidence`, :func:`alt_matches`), the line
above it (:func:`same_line`)? The comparisons :mod:`.captions` makes; what a line looks like
alone stays there, and the credit forms are in :mod:`.caption_credits` (split off
``captions.py`` at captions v9.16, the same behaviour).
"""

from __future__ import annotations

import difflib
import re
from typing import Final

from .caption_credits import has_credit

#: The file name of an image the import lost, left as a line (``seized cash and cards.jpg``),
#: or an alt that names only the file.
FILE_NAME = re.compile(r"[^\n/\\]{1,120}\.(?:jpe?g|png|gif|webp|avif)", re.IGNORECASE)
#: A word of Latin letters, and a Chinese character (as an alt's length is counted).
LATIN_WORD = re.compile(r"[^\W\d_]{2,}")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

#: How much of a caption the import found a line must hold when the anchor cut the line short.
MIN_SAME_CHARS: Final = 40


def same_words(line: str, caption: str) -> bool:
    """Is the line the caption the import found (white space aside): does it begin with the
    whole caption (a credit may follow), or is it the caption's start, cut by an anchor, of
    :data:`MIN_SAME_CHARS` characters at least? A line that only opens with the caption's
    first words is not it: a lead video's caption repeats the article's first sentence, and
    that sentence, under the video, is body text (held-out 13's ``aeb-fortworth``; in sets
    0–13 every line at an anchor taken for its known caption holds the whole caption,
    docs/performance.md "Captions v9.1")."""
    wanted = "".join(caption.split())
    have = "".join(line.split())
    if not wanted or not have:
        return False
    if have.startswith(wanted):
        return (
            len(have) == len(wanted)
            or len(wanted) >= MIN_SAME_CHARS
            or _credit_after(line, len(wanted))
        )
    return len(have) >= min(len(wanted), MIN_SAME_CHARS) and wanted.startswith(have)


def _credit_after(line: str, kept: int) -> bool:
    """Is the rest of ``line``, after its first ``kept`` characters that are not white space,
    a credit? A short caption the import found (``Nintendo``, a photo's credit alone) opening a
    longer line (``Nintendo Switch Lite for $200``, the product's heading under it) is not that
    line; a caption and its credit are (captions v9.9)."""
    seen = 0
    for index, char in enumerate(line):
        if seen == kept:
            rest = line[index:]
            return has_credit(rest, 0, len(rest))
        seen += not char.isspace()
    return True


def same_line(text: str, line: tuple[int, int], other: tuple[int, int]) -> bool:
    """Do two lines say the same, white space aside?"""
    return text[slice(*line)].split() == text[slice(*other)].split()


#: Alt texts that only say there is a picture, or ask to click it: no evidence of a caption.
_GENERIC_ALT = re.compile(
    r"(?:(?:an?|the|click|tap|to|view|enlarge|open|full|size|large|larger|high|resolution|hd|"
    r"photo|photos|image|images|picture|pictures|img|pic|thumbnail|placeholder|icon|logo|banner|"
    r"avatar|graphic|illustration|of|article|main|lead|hero|default|\d+)\b\W*)+"
    r"|(?:点击|點擊|查看|高清|原图|原圖|大图|大圖|图片|圖片|图像|圖像|照片|配图|配圖|图|圖|\d|\W)+",
    re.IGNORECASE,
)
#: An identifier with digits and no space (``003ednc20190925``, ``IMG_2031``) or an address.
_IDENTIFIER_ALT = re.compile(
    r"(?=[\w.-]*\d)[A-Za-z0-9_.-]+|\S*(?:https?://|www\.)\S*", re.IGNORECASE
)
#: Enough words for an alt to say what a picture shows rather than name it (``Michał Kolanko``
#: over an author's photo, ``新浪新闻公众号`` over a logo repeat the line under them, and are
#: not captions; sets 0–7, docs/performance.md "Captions v6.1").
MIN_ALT_WORDS: Final = 4
MIN_ALT_CJK: Final = 8
#: How much of the alt the line must hold, and how much of the line the alt must (a credit or
#: a few words may follow the alt in the line).
ALT_COVERED: Final = 0.8
LINE_COVERED: Final = 0.6


def alt_evidence(alt: str | None, title: str = "") -> str:
    """The alt text, normalised (letters and digits, case-folded), if it can tell a caption;
    "" when it is empty, a file name or an identifier, generic ("photo", ``图片``, "click to
    enlarge"), too short to describe a picture, or the page's title (a page's lead picture
    often carries the headline as its alt, and the headline follows it)."""
    if not alt or not alt.strip():
        return ""
    alt = alt.strip()
    if FILE_NAME.fullmatch(alt) or _IDENTIFIER_ALT.fullmatch(alt) or _GENERIC_ALT.fullmatch(alt):
        return ""
    if len(CJK.findall(alt)) < MIN_ALT_CJK and len(LATIN_WORD.findall(alt)) < MIN_ALT_WORDS:
        return ""
    normalised = normal(alt)
    if title and covered(normalised, normal(title)) >= ALT_COVERED:
        return ""
    return normalised


def normal(value: str) -> str:
    """Letters and digits alone, case-folded."""
    return "".join(ch for ch in value.casefold() if ch.isalnum())


def covered(part: str, whole: str) -> float:
    """The share of ``part`` that ``whole`` holds, in order (difflib's matching blocks)."""
    if not part or not whole:
        return 0.0
    matcher = difflib.SequenceMatcher(None, part, whole, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(part)


def alt_matches(line: str, alt: str, title: str) -> bool:
    """Does ``line`` say what the alt text says: the alt is evidence (:func:`alt_evidence`), the
    line holds :data:`ALT_COVERED` of it, and it :data:`LINE_COVERED` of the line?"""
    wanted = alt_evidence(alt, title)
    line_normal = normal(line)
    if not wanted or not line_normal or len(line_normal) > len(wanted) / LINE_COVERED:
        return False
    if len(line_normal) < len(wanted) * ALT_COVERED:
        return False
    return (
        covered(wanted, line_normal) >= ALT_COVERED and covered(line_normal, wanted) >= LINE_COVERED
    )
