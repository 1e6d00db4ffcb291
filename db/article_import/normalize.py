r"""The one normalization every imported text goes through (ADR 0006).

Newlines become ``\n``, a leading BOM goes, NUL and the other C0 controls except tab and
newline go. Nothing else changes: no Unicode normalization, no trimming.

A lone surrogate — half of an emoji that a scraper cut in two, which JSON can carry as
``"\ud83d"`` but no UTF-8 file or database can store — becomes U+FFFD REPLACEMENT
CHARACTER: one code point for one, so offsets counted by whoever made the record still hold
(ADR 0006).
"""

from __future__ import annotations

import re
from typing import Any

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def normalize_text(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def replace_lone_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each surrogate code point replaced by U+FFFD, and how many there were."""
    return _SURROGATE.subn(REPLACEMENT, text)


def clean_strings(value: Any) -> tuple[Any, int]:
    """A decoded JSON value whose strings (keys too) hold no lone surrogate and no NUL.

    Returns the value and the number of surrogates replaced.
    """
    if isinstance(value, str):
        cleaned, count = replace_lone_surrogates(value)
        return cleaned.replace("\x00", ""), count
    if isinstance(value, list):
        items = [clean_strings(item) for item in value]
        return [item for item, _ in items], sum(count for _, count in items)
    if isinstance(value, dict):
        total = 0
        cleaned_dict = {}
        for key, item in value.items():
            new_key, key_count = clean_strings(key)
            new_item, item_count = clean_strings(item)
            cleaned_dict[new_key] = new_item
            total += key_count + item_count
        return cleaned_dict, total
    return value, 0
