"""The code point ↔ document position conversion (ADR 0060), without Qt."""

from __future__ import annotations

import pytest

from marginalia.db.offsets import Insertion, OffsetMap, utf16_length

TEXT = "a😀b𠀋c 中文 target\nnext"


def utf16_index(text: str, offset: int) -> int:
    """Independent reference: encode the prefix and count its 16-bit units."""
    return len(text[:offset].encode("utf-16-le")) // 2


def test_every_offset_round_trips_through_utf16() -> None:
    mapping = OffsetMap(TEXT)
    for offset in range(len(TEXT) + 1):
        position = mapping.to_document(offset)
        assert position == utf16_index(TEXT, offset)
        assert mapping.to_offset(position) == offset
    assert mapping.document_length == utf16_length(TEXT) == len(TEXT.encode("utf-16-le")) // 2


def test_span_after_emoji_and_extension_b() -> None:
    mapping = OffsetMap(TEXT)
    start = TEXT.index("target")
    end = start + len("target")
    qt_start, qt_end = mapping.span_to_document(start, end)
    assert (qt_start, qt_end) == (start + 2, end + 2)  # 😀 and 𠀋 take two units each
    assert mapping.span_to_offsets(qt_end, qt_start) == (start, end)
    assert TEXT[slice(*mapping.span_to_offsets(qt_start, qt_end))] == "target"


def test_position_inside_surrogate_pair_snaps_to_the_character_start() -> None:
    mapping = OffsetMap(TEXT)
    emoji = TEXT.index("😀")
    assert mapping.to_offset(utf16_index(TEXT, emoji) + 1) == emoji


def test_insertions_shift_later_positions_and_map_back_to_their_anchor() -> None:
    anchor = TEXT.index("next")
    mapping = OffsetMap(TEXT, [Insertion(anchor, 2), Insertion(0, 3)])
    assert mapping.to_document(0) == 3
    assert mapping.to_document(0, after_insertions=False) == 0
    before = utf16_index(TEXT, anchor) + 3
    assert mapping.to_document(anchor, after_insertions=False) == before
    assert mapping.to_document(anchor) == before + 2
    for inside in (before, before + 1, before + 2):
        assert mapping.to_offset(inside) == anchor
    assert mapping.to_offset(mapping.document_length) == len(TEXT)
    assert mapping.document_length == utf16_length(TEXT) + 5
    for offset in range(len(TEXT) + 1):
        assert mapping.to_offset(mapping.to_document(offset)) == offset


def test_two_insertions_at_one_offset() -> None:
    mapping = OffsetMap("xy", [Insertion(1, 2), Insertion(1, 1)])
    assert mapping.to_document(1) == 4
    assert [mapping.run_start(i) for i in range(2)] == [1, 3]
    assert mapping.to_offset(3) == 1


def test_insertion_outside_text_is_refused() -> None:
    with pytest.raises(ValueError):
        OffsetMap("ab", [Insertion(3, 1)])
    with pytest.raises(ValueError):
        OffsetMap("ab").to_document(3)
