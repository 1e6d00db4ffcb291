"""Offset units (UTF-16, grapheme clusters) and the file-text → stored-text mapping, against
independent references: Python's UTF-16 codec, the regex module's clusters, and
article import's own normalization."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marginalia.db.article_import.normalize import normalize_text
from marginalia.db.interchange.units import (
    Normalized,
    PositionError,
    Positions,
    labelstudio_text,
)

CHARACTERS = ["a", "工", "😀", "𠀋", "👨‍👩‍👧", "🇨🇳", "e\u0301"]
BREAKS = ["\r\n", "\r", "\n", "\u2028", "\x00", "\t", " "]
PIECES = st.sampled_from([*CHARACTERS, *BREAKS])
TEXTS = st.lists(PIECES, max_size=30).map("".join)


def _utf16(text: str, codepoint: int) -> int:
    return len(text[:codepoint].encode("utf-16-le")) // 2


@given(TEXTS)
def test_utf16_positions_agree_with_the_codec(text):
    positions = Positions(text, "utf16")
    for i in range(len(text) + 1):
        unit = positions.to_unit(i)
        assert unit == _utf16(text, i)
        assert positions.to_codepoint(unit) == i
    for i, char in enumerate(text):
        if char > "\uffff":
            with pytest.raises(PositionError, match="surrogate pair"):
                positions.to_codepoint(_utf16(text, i) + 1)


@given(TEXTS)
def test_grapheme_positions_are_cluster_indexes(text):
    import regex

    starts = [m.start() for m in regex.finditer(r"\X", text)]
    positions = Positions(text, "grapheme")
    assert positions.length == len(starts)
    for n, start in enumerate(starts):
        assert positions.to_codepoint(n) == start and positions.to_unit(start) == n
    inside = sorted(set(range(len(text))) - set(starts))
    for i in inside:
        with pytest.raises(PositionError, match="inside a grapheme cluster"):
            positions.to_unit(i)


def test_a_zwj_family_is_one_cluster_and_eight_utf16_units():
    family = "👨‍👩‍👧"
    text = f"{family}x"
    assert Positions(text, "grapheme").to_codepoint(1) == len(family) == 5
    assert Positions(text, "utf16").to_unit(5) == 8


@given(st.sampled_from(["", "\ufeff"]).flatmap(lambda bom: TEXTS.map(lambda t: bom + t)))
def test_normalized_text_is_article_imports_and_positions_follow_it(raw):
    normalized = Normalized(raw)
    assert normalized.text == normalize_text(raw)
    kept = normalize_text(raw)
    # each character the normalization keeps is found where the mapping says
    for i, char in enumerate(raw):
        at = normalized.position(i)
        if char == "\r" and raw[i + 1 : i + 2] == "\n":
            continue  # the CR of a CRLF goes; its LF follows at the same place
        if char in "\x00" or (i == 0 and char == "\ufeff"):
            continue
        assert kept[at] == ("\n" if char == "\r" else char)
    assert normalized.position(len(raw)) == len(kept)


def test_labelstudio_writes_line_breaks_as_backslash_n():
    assert labelstudio_text("Warning:\n🐱 This") == "Warning:\\n🐱 This"
    assert labelstudio_text("a\r\nb") == "a\\nb"
    assert labelstudio_text("plain") == "plain"


def test_a_large_w3c_collection_is_streamed_by_its_pages(tmp_path, store, bundles, monkeypatch):
    from marginalia.db.interchange import ExportOptions, export, jsonstream, w3c
    from marginalia.db.interchange.importer import import_annotations
    from marginalia.db.interchange.source import iter_bundles
    from marginalia.db.store import Store

    from .conftest import fill

    fill(store, bundles)
    monkeypatch.setattr(w3c, "PAGE_SIZE", 3)
    out = tmp_path / "set.json"
    export(iter_bundles(store), store.schema(), "w3c", out, ExportOptions(layout="collection"))
    monkeypatch.setattr(jsonstream, "WHOLE_OBJECT_LIMIT", 0)  # stream even this small file
    with Store.open(tmp_path / "fresh.sqlite") as fresh:
        fill(fresh, [type(b)(b.article, []) for b in bundles])
        report = import_annotations(fresh, "w3c", out)
        assert report.problems == []
        assert len(report.imported) == sum(len(b.annotations) for b in bundles)
        assert report.reanchored == []


@given(st.text(max_size=40))
def test_made_ids_are_uuid5_of_the_key(key):
    import uuid

    from marginalia.db.interchange.foreign import FOREIGN_IDS, made_id

    assert made_id(key) == str(uuid.uuid5(FOREIGN_IDS, key))


def test_the_format_registry_names_every_reader_and_writer():
    from marginalia.db.interchange import FORMAT_INFO, WRITERS
    from marginalia.db.interchange.readers import READERS

    assert {f for f, info in FORMAT_INFO.items() if info.exports} == set(WRITERS)
    assert {f for f, info in FORMAT_INFO.items() if info.imports} == set(READERS)
