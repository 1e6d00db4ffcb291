"""The one normalization every imported text goes through (ADR 0006).

Newlines become ``\n``, a leading BOM goes, NUL and the other C0 controls except tab and
newline go. Nothing else changes: no Unicode normalization, no trimming.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def normalize_text(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)
