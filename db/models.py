"""Typed classes over the tables of :mod:`.tables`, for code that wants ORM-style access.

The schema is defined once, as Core tables in :mod:`.tables`; nothing in Marginalia needs
these classes at run time (the store, merge and the formats use Core), and importing them
loads SQLAlchemy's ORM, which costs more than a short CLI command may spend (ADR 0095).
They are kept for ``Model.__table__``/:func:`table_of` callers, typed ``select(Meta.value)``
queries and Alembic (``Base.metadata`` is :data:`.tables.METADATA`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import DeclarativeBase, Mapped

from . import tables as t
from .tables import NAMING_CONVENTION, UTCDateTime, utcnow


class Base(DeclarativeBase):
    metadata = t.METADATA


def table_of(model: type[Base]) -> Table:
    """The Core table of a model, typed as such (for ``insert``/``update``/``delete``)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Meta(Base):
    __table__ = t.META
    key: Mapped[str]
    value: Mapped[str]


class Annotator(Base):
    __table__ = t.WHO
    id: Mapped[int]
    name: Mapped[str]
    created: Mapped[datetime]


class Label(Base):
    __table__ = t.LABEL
    id: Mapped[str]
    name: Mapped[str]
    key: Mapped[str]
    colour: Mapped[str]
    position: Mapped[int]
    retired: Mapped[bool]


class AttributeDef(Base):
    __table__ = t.ATTR
    id: Mapped[int]
    label_id: Mapped[str]
    name: Mapped[str]
    kind: Mapped[str]
    choices: Mapped[list[str]]
    position: Mapped[int]


class Article(Base):
    __table__ = t.ART
    id: Mapped[int]
    sha256: Mapped[str]
    title: Mapped[str]
    text: Mapped[str]
    chars: Mapped[int]
    source: Mapped[str | None]
    url: Mapped[str | None]
    author: Mapped[str | None]
    published: Mapped[str | None]
    language: Mapped[str | None]
    encoding: Mapped[str | None]
    encoding_confidence: Mapped[float | None]
    meta: Mapped[dict[str, Any]]
    imported: Mapped[datetime]


class ImageBlob(Base):
    __table__ = t.BLOB
    sha256: Mapped[str]
    format: Mapped[str]
    width: Mapped[int]
    height: Mapped[int]
    data: Mapped[bytes]
    thumbnail: Mapped[bytes]


class Image(Base):
    __table__ = t.IMG
    id: Mapped[int]
    article_id: Mapped[int]
    position: Mapped[int]
    offset: Mapped[int]
    name: Mapped[str]
    caption: Mapped[str | None]
    sha256: Mapped[str | None]
    url: Mapped[str | None]
    alt: Mapped[str | None]


class Annotation(Base):
    __table__ = t.A
    id: Mapped[str]
    article_id: Mapped[int]
    label_id: Mapped[str]
    start: Mapped[int]
    end: Mapped[int]
    quote: Mapped[str]
    prefix: Mapped[str]
    suffix: Mapped[str]
    attributes: Mapped[dict[str, Any]]
    note: Mapped[str]
    image_id: Mapped[int | None]
    annotator_id: Mapped[int]
    created: Mapped[datetime]
    updated: Mapped[datetime]
    revision: Mapped[int]
    deleted: Mapped[datetime | None]
    provenance: Mapped[dict[str, Any] | None]


class AnnotationLink(Base):
    __table__ = t.LINK
    source_id: Mapped[str]
    target_id: Mapped[str]
    kind: Mapped[str]


class ArticleStatus(Base):
    __table__ = t.STATUS
    article_id: Mapped[int]
    annotator_id: Mapped[int]
    status: Mapped[str]
    reason: Mapped[str | None]
    updated: Mapped[datetime]


class Assignment(Base):
    __table__ = t.ASSIGN
    article_id: Mapped[int]
    annotator_id: Mapped[int]
    assigned: Mapped[datetime]


class MergeConflict(Base):
    __table__ = t.CONFLICT
    id: Mapped[int]
    annotation_id: Mapped[str]
    article_id: Mapped[int]
    source: Mapped[str]
    theirs: Mapped[dict[str, Any]]
    detected: Mapped[datetime]
    resolved: Mapped[datetime | None]
    resolution: Mapped[str | None]


class MergeBase(Base):
    __table__ = t.BASE
    peer: Mapped[str]
    annotation_id: Mapped[str]
    revision: Mapped[int]
    digest: Mapped[str]


class SuggestionDecision(Base):
    __table__ = t.DECISIONS
    id: Mapped[int]
    article_id: Mapped[int]
    label_id: Mapped[str]
    start: Mapped[int]
    end: Mapped[int]
    annotator_id: Mapped[int]
    decision: Mapped[str]
    decided: Mapped[datetime]
    quote: Mapped[str]
    detector: Mapped[str]
    confidence: Mapped[float | None]
    features: Mapped[dict[str, Any] | None]


class SuggestionModel(Base):
    __table__ = t.MODELS
    label_id: Mapped[str]
    trained: Mapped[datetime]
    decisions: Mapped[int]
    weights: Mapped[dict[str, Any]]


class ImportedSuggestion(Base):
    __table__ = t.IMPORTED
    id: Mapped[str]
    article_id: Mapped[int]
    label_id: Mapped[str]
    start: Mapped[int]
    end: Mapped[int]
    attributes: Mapped[dict[str, Any]]
    image_id: Mapped[int | None]
    confidence: Mapped[float | None]
    source: Mapped[str]
    provenance: Mapped[dict[str, Any] | None]
    imported: Mapped[datetime]


__all__ = [
    "NAMING_CONVENTION",
    "Annotation",
    "AnnotationLink",
    "Annotator",
    "Article",
    "ArticleStatus",
    "Assignment",
    "AttributeDef",
    "Base",
    "Image",
    "ImageBlob",
    "ImportedSuggestion",
    "Label",
    "MergeBase",
    "MergeConflict",
    "Meta",
    "SuggestionDecision",
    "SuggestionModel",
    "UTCDateTime",
    "table_of",
    "utcnow",
]
