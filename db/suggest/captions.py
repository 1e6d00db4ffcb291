"""Find image captions: the line under an image, and lines that carry a photo credit.

An image is not part of the text; it is anchored at an offset (where its image line stood), and
its caption is the first non-empty line at or after the anchor when that line reads like one
(short, or with a credit). Anywhere in the text, a line with a photo credit (``… 摄``, ``图为…``,
``Photo:``, ``(Photo by …)``, ``Credit:``) is a caption too; it describes the nearest image
before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Final

DETECTOR: Final = "captions/v1"

#: A line this long after an image is body text unless it carries a credit.
MAX_CAPTION_CHARS: Final = 200
_CREDIT = re.compile(
    r"[摄攝]\s*[)）]?\s*$"  # 周凯航 摄
    r"|^\s*[（(]?\s*(?:图|圖|图片|圖片|图为|圖為|照片)\s*[:：为為]"  # 图为… / 图：…
    r"|(?:图片|圖片|图|圖)\s*(?:来源|來源|提供)\s*[:：]"
    r"|^\s*(?:Photo|Photograph|Picture|Image|Credit|Foto|Fotó|Bild|Quelle|Source)s?\s*:"
    r"|\((?:Photo|Photograph|Picture|Image|Foto)s?\s*(?:by|:|credit)"
    r"|\b(?:Photo|Photograph|Foto)\s+(?:by|courtesy|credit)\b"
    r"|^\s*(?:Image|Media)\s+(?:copyright|caption)\b"
    r"|\b(?:Getty Images|AFP|AP Photo|Reuters|EPA|Shutterstock|dpa|Xinhua)\s*[)/]?\s*$"
    r"|[|/]\s*(?:Getty|AFP|AP|Reuters|EPA|dpa)\b"
    r"|新华社记者\s*\S+\s*摄|新華社記者\s*\S+\s*攝",
    re.IGNORECASE | re.MULTILINE,
)
_SENTENCE_END = re.compile(r"[.!?。！？:：]\s*[\"”’」]?\s*$")


@dataclass(frozen=True, slots=True)
class Caption:
    start: int
    end: int
    image_index: int | None
    confidence: float


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the non-empty lines, trimmed."""
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def find_captions(text: str, images: Sequence[int] = ()) -> list[Caption]:
    """Caption lines of ``text`` whose images are anchored at ``images`` (code points)."""
    lines = list(_lines(text))
    starts = [start for start, _ in lines]
    found: dict[int, Caption] = {}
    anchors = sorted(range(len(images)), key=lambda i: images[i])
    for image_index in anchors:
        position = bisect.bisect_left(starts, images[image_index])
        if position >= len(lines):
            continue
        start, end = lines[position]
        if start in found:
            continue
        # Another image anchored before this line: this image has no caption of its own.
        next_images = [images[i] for i in anchors if images[image_index] < images[i] <= start]
        if next_images:
            continue
        credit = bool(_CREDIT.search(text, start, end))
        if credit or _reads_like_caption(text, start, end):
            found[start] = Caption(start, end, image_index, 0.95 if credit else 0.8)
    ordered = sorted(images)
    for start, end in lines:
        if start in found or not _CREDIT.search(text, start, end):
            continue
        if end - start > 2 * MAX_CAPTION_CHARS:
            continue
        found[start] = Caption(start, end, _image_before(images, ordered, start), 0.85)
    return sorted(found.values(), key=lambda c: c.start)


def _reads_like_caption(text: str, start: int, end: int) -> bool:
    return end - start <= MAX_CAPTION_CHARS


def _image_before(images: Sequence[int], ordered: list[int], offset: int) -> int | None:
    position = bisect.bisect_right(ordered, offset)
    if not position:
        return None
    anchor = ordered[position - 1]
    return max(i for i, value in enumerate(images) if value == anchor)
