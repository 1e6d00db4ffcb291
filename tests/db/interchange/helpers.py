"""Small helpers the export tests share (not a reader of any format)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from marginalia.db.interchange import ExportBundle
from marginalia.db.values import Annotation


def texts(bundles: Iterable[ExportBundle]) -> dict[int, str]:
    return {b.article.id: b.article.text for b in bundles}


def by_id(bundles: Iterable[ExportBundle]) -> dict[str, Annotation]:
    return {a.id: a for b in bundles for a in b.annotations}


def identity(a: Annotation) -> tuple[Any, ...]:
    """What a round trip must keep."""
    return (
        a.id,
        a.article_id,
        a.label,
        a.start,
        a.end,
        tuple(sorted(a.attributes.items())),
        a.note,
        a.image_id,
        tuple(sorted((link.target, link.kind) for link in a.links)),
        a.annotator,
    )
