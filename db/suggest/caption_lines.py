"""The lines the caption detector reads (``captions.find_captions``), found in one split.

A line is a run of characters without a line break, trimmed of white space; an image anchored
inside it cuts it (the import lost a line break there: ``…开港运营暨首航。▲气宇非凡的航站楼…``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence


def lines(text: str, anchors: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text``, trimmed, each cut where one of ``anchors``
    (sorted) stands inside it.

    One ``str.split`` and the trimmed lengths from ``str.strip`` (its white space is
    ``str.isspace``'s), the anchors walked along with the lines: the expression ``[^\\n]+``,
    two bisections and a character-by-character trim per line cost three times as much (0.8
    against 0.25 ms on bench/suggest.py's article; ADR 0141 decision 16)."""
    spans: list[tuple[int, int]] = []
    count = len(anchors)
    next_anchor = 0  # the first anchor after the current line's start
    low = 0
    for part in text.split("\n"):
        high = low + len(part)
        if part:
            while next_anchor < count and anchors[next_anchor] <= low:
                next_anchor += 1
            if next_anchor < count and anchors[next_anchor] < high:
                inside = anchors[next_anchor : bisect.bisect_left(anchors, high, next_anchor)]
                for start, end in zip((low, *inside), (*inside, high), strict=True):
                    while start < end and text[start].isspace():
                        start += 1
                    while end > start and text[end - 1].isspace():
                        end -= 1
                    if end > start:
                        spans.append((start, end))
            else:
                kept = part.lstrip()
                if kept:
                    spans.append((high - len(kept), low + len(part.rstrip())))
        low = high + 1
    return spans
