"""The annotation digest is the SHA-256 of one canonical JSON text (ADR 0080).

Digests are stored (``merge_bases``, ``merge_conflicts``) and compared across versions, so
the text hashed must never change: here it is held equal to the encoder's output on the
whole list, the definition the first version used.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from marginalia.db.team.sync import Content, digest

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text())
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(), inner)),
    max_leaves=8,
)
texts = st.text(alphabet=st.characters(codec="utf-8"))  # CJK, astral, quotes, controls


def reference(*fields: Any) -> str:
    label, start, end, attributes, note, position, links, annotator, deleted = fields
    payload = json.dumps(
        [
            label,
            start,
            end,
            dict(attributes),
            note,
            position,
            [list(li) for li in links],
            annotator,
            deleted,
        ],
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


@given(
    label=texts,
    start=st.integers(0, 10**9),
    end=st.integers(0, 10**9),
    attributes=st.dictionaries(texts, values, max_size=4),
    note=texts,
    position=st.none() | st.integers(0, 1000),
    links=st.lists(st.tuples(texts, texts), max_size=3).map(sorted),
    annotator=texts,
    deleted=st.booleans(),
)
def test_the_digest_is_the_hash_of_the_canonical_json(**fields: Any) -> None:
    ordered = [
        fields[k]
        for k in (
            "label",
            "start",
            "end",
            "attributes",
            "note",
            "position",
            "links",
            "annotator",
            "deleted",
        )
    ]
    assert digest(*ordered) == reference(*ordered)


def test_a_known_annotation_keeps_its_digest() -> None:
    """A digest written by an earlier version (so a changed encoding cannot pass unseen)."""
    content = Content(
        label="figure",
        start=3,
        end=9,
        attributes={"unit": "亿元", "value": 1500, "kind": "money"},
        note='说 "😀" \\ \n',
        image_position=None,
        links=(("b1", "supports"),),
        annotator="ana",
        deleted=False,
    )
    expected = hashlib.sha256(
        '["figure",3,9,{"kind":"money","unit":"亿元","value":1500},"说 \\"😀\\" \\\\ \\n",'
        'null,[["b1","supports"]],"ana",false]'.encode()
    ).hexdigest()
    assert content.digest() == expected
