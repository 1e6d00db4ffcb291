"""What every source parser produces: one article ready to be stored.

Parsers (text, HTML, JSON Lines) turn bytes into :class:`ParsedArticle`; the pipeline
decodes images, deduplicates and stores. Offsets are code points of ``text``, which is
already normalized (:func:`marginalia.db.article_import.normalize.normalize_text`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ParsedImage:
    #: Where the image stood, as a code-point offset into the normalized text.
    offset: int
    #: The file name (image line, ``src`` basename) or URL it was known by.
    name: str
    caption: str | None = None
    #: The raw file bytes, or None: a placeholder (missing file, remote URL).
    data: bytes | None = None
    url: str | None = None
    alt: str | None = None
    #: The bytes came from the page itself (a ``data:`` URI), not from a file: if they do not
    #: decode, the image becomes a placeholder instead of failing the article (ADR 0020).
    embedded: bool = False


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    text: str
    title: str
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    encoding: str | None = None
    encoding_confidence: float | None = None
    images: tuple[ParsedImage, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)
