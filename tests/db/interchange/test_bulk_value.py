"""The export's fast Annotation builder makes the same value as the constructor."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

from marginalia.db.interchange.source import _FIELDS, _bulk_annotation
from marginalia.db.values import Annotation, Link


def test_bulk_builder_equals_the_constructor_and_stays_frozen() -> None:
    assert tuple(f.name for f in fields(Annotation)) == _FIELDS
    moment = datetime(2026, 11, 1, 8, 30, tzinfo=UTC)
    values = ("a1", 3, "claim", 2, 9, "quote", "pre", "suf", "alice", moment, moment, 4,
              {"speaker": "Li"}, "a note", 7, (Link("a2", "supports"),))  # fmt: skip
    fast = _bulk_annotation(*values)
    assert fast == Annotation(*values)
    assert fast.deleted is None and fast.provenance is None
    try:
        fast.start = 0  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("the bulk value must stay frozen")
