"""The extractor's own marks in the text flow (ADR 0020).

They are noncharacters (U+FDD0–U+FDEF): never in interchange text, and removed from a page
before it is read (:data:`.text.NONCHARACTERS`), so a mark in the extractor's output is always
ours. An image's mark is U+FDD0, the image's index written with the noncharacter digits
U+FDE0–U+FDE9, and U+FDD1 — every character of it a noncharacter, so that an extraction path
that drops unprintable characters (trafilatura's fallbacks sanitize their text) drops the whole
mark: it never leaves the index's digits in the article (`` 0 Hello``), and the image is placed
by its neighbours like any other the extractor dropped (:mod:`.placement`).
"""

from __future__ import annotations

import re

#: Between two blocks: a blank line once the text is assembled.
BLOCK = "\ufdd2"
IMAGE_OPEN, IMAGE_CLOSE = "\ufdd0", "\ufdd1"
_DIGITS = "".join(chr(0xFDE0 + digit) for digit in range(10))
_ENCODE = str.maketrans("0123456789", _DIGITS)
_DECODE = str.maketrans(_DIGITS, "0123456789")
#: An image's mark, for use inside a larger pattern.
IMAGE_MARK_PATTERN = f"{IMAGE_OPEN}[{_DIGITS[0]}-{_DIGITS[-1]}]+{IMAGE_CLOSE}"
IMAGE_MARK = re.compile(IMAGE_MARK_PATTERN)


def image_mark(index: int) -> str:
    """The mark that stands for image ``index`` in the text flow."""
    return f"{IMAGE_OPEN}{str(index).translate(_ENCODE)}{IMAGE_CLOSE}"


def image_index(mark: str) -> int:
    """The index of the image whose mark is ``mark``."""
    return int(mark[1:-1].translate(_DECODE))
