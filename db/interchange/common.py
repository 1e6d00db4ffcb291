"""Shared pieces of the exporters: atomic output, the manifest, small JSON helpers."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

from ..schema.transfer import schema_to_dict
from ..values import Annotation, Article, ImageInfo, Schema
from .atomic import AtomicTarget, atomic_target
from .bundle import ExportCounts, ExportFilter

__all__ = ["AtomicTarget", "atomic_target"]

#: The IRI of the ``marginalia:`` extension vocabulary (ADR 0050).
NAMESPACE = "https://example.invalid/marginalia/ns#"
MANIFEST_SUFFIX = ".manifest.json"
ARTICLES_SUFFIX = ".articles.jsonl"


def tool_version() -> str:
    try:
        return metadata.version("marginalia")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "0+unknown"


def iso(moment: datetime | None) -> str | None:
    """An ISO 8601 UTC time with a ``Z`` (W3C requires xsd:dateTime with a zone)."""
    if moment is None:
        return None
    if moment.tzinfo is not UTC:
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat()[:-6] + "Z"


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
try:  # the C encoder, made once (``JSONEncoder.encode`` makes one per call)
    from json.encoder import c_make_encoder as _make  # type: ignore[attr-defined]
    from json.encoder import encode_basestring as _plain

    _C_COMPACT: Any = _make(None, _COMPACT.default, _plain, None, ":", ",", False, False, True)
except ImportError:  # pragma: no cover - CPython has it
    _C_COMPACT = None


def dumps(value: Any) -> str:
    """Compact JSON that keeps non-ASCII text readable (one JSON Lines record), the same
    text as ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))``."""
    if value.__class__ is str or _C_COMPACT is None:
        return _COMPACT.encode(value)
    return "".join(_C_COMPACT(value, 0))


def iso_pair(created: datetime, updated: datetime) -> tuple[str, str]:
    """:func:`iso` of both times, formatting once when they are the same object (an
    annotation never edited: the export source shares it)."""
    first = iso(created) or ""
    return first, first if updated is created else iso(updated) or ""


def article_source(article: Article) -> str:
    """The IRI an annotation targets: the article's URL, else a stable URN of its text hash."""
    return article.url or f"urn:sha256:{article.sha256}"


def annotation_iri(annotation_id: str) -> str:
    return f"urn:uuid:{annotation_id}"


def image_json(image: ImageInfo) -> dict[str, Any]:
    return {
        "id": image.id,
        "name": image.name,
        "offset": image.offset,
        "caption": image.caption,
        "sha256": image.sha256,
        "width": image.width,
        "height": image.height,
        "url": image.url,
        "alt": image.alt,
    }


def article_json(article: Article) -> dict[str, Any]:
    """An article with its text and images, for the ``articles.jsonl`` sidecar."""
    return {
        "id": article.id,
        "sha256": article.sha256,
        "title": article.title,
        "source": article.source,
        "url": article.url,
        "language": article.language,
        "text": article.text,
        "images": [image_json(im) for im in article.images],
    }


def image_of(article: Article, annotation: Annotation) -> ImageInfo | None:
    if annotation.image_id is None:
        return None
    return next((im for im in article.images if im.id == annotation.image_id), None)


def schema_json(schema: Schema) -> dict[str, Any]:
    """The schema as ``marginalia-cli schema --export`` writes it (one format for both)."""
    return schema_to_dict(schema)


def label_name(schema: Schema, label_id: str) -> str:
    label = schema.label(label_id)
    return label.name if label else label_id


def manifest(
    fmt: str,
    layout: str | None,
    schema: Schema,
    export_filter: ExportFilter | None,
    counts: ExportCounts,
    files: list[str],
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The small description that travels with every export (ADR 0050)."""
    return {
        "tool": "marginalia",
        "version": tool_version(),
        "format": fmt,
        "layout": layout,
        "created": iso(datetime.now(UTC)),
        "offsets": "unicode code points of the article text, half-open [start, end)",
        "filter": (export_filter or ExportFilter()).as_json(),
        "counts": counts.as_json(),
        "files": files,
        "schema": schema_json(schema),
        **(extra or {}),
    }
