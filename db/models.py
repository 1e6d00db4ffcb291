"""The tables, as typed SQLAlchemy 2 models.

The store reads and writes them with SQLAlchemy Core (``Model.__table__``) for speed and hands
out frozen values (:mod:`marginalia.db.values`), never these objects. Alembic migrations in
``migrations/`` build the same schema; ``tests/db/test_migrations.py`` checks they agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


UUID = Annotated[str, mapped_column(String(36))]
Timestamp = Annotated[datetime, mapped_column(UTCDateTime())]
JSONDict = Annotated[dict[str, Any], mapped_column(JSON())]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The Core table of a model, typed as such (for ``insert``/``update``/``delete``)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Meta(Base):
    """Key/value facts about the database itself (``application`` marks a Marginalia file)."""

    __tablename__ = "marginalia_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Annotator(Base):
    __tablename__ = "annotators"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created: Mapped[Timestamp]


class Label(Base):
    """A label of the schema. ``id`` is stable (annotations refer to it); the rest may change."""

    __tablename__ = "labels"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    key: Mapped[str] = mapped_column(String(16))
    colour: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: A deleted label that tombstoned annotations still refer to; not part of the schema.
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class AttributeDef(Base):
    __tablename__ = "attribute_defs"
    __table_args__ = (UniqueConstraint("label_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label_id: Mapped[str] = mapped_column(ForeignKey("labels.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    choices: Mapped[list[str]] = mapped_column(JSON(), default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    chars: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(16))
    encoding: Mapped[str | None] = mapped_column(String(32))
    encoding_confidence: Mapped[float | None] = mapped_column(Float)
    meta: Mapped[JSONDict]
    imported: Mapped[Timestamp]


class ImageBlob(Base):
    """An image's bytes, stored once per sha256 however many articles show it."""

    __tablename__ = "image_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    format: Mapped[str] = mapped_column(String(16))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    #: A display-size rendition (PNG or JPEG), already oriented by EXIF.
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)


class Image(Base):
    """An image anchored in an article's text; without a blob it is a placeholder."""

    __tablename__ = "images"
    __table_args__ = (
        UniqueConstraint("article_id", "position"),
        CheckConstraint('"offset" >= 0', name="offset_not_negative"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    offset: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    caption: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(ForeignKey("image_blobs.sha256"))
    url: Mapped[str | None] = mapped_column(Text)
    alt: Mapped[str | None] = mapped_column(Text)


class Annotation(Base):
    __tablename__ = "annotations"
    __table_args__ = (
        CheckConstraint('"start" >= 0 AND "end" > "start"', name="span"),
        Index("ix_annotations_article_annotator", "article_id", "annotator_id"),
    )
    id: Mapped[UUID] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    label_id: Mapped[str] = mapped_column(ForeignKey("labels.id"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text)
    suffix: Mapped[str] = mapped_column(Text)
    attributes: Mapped[JSONDict]
    note: Mapped[str] = mapped_column(Text, default="")
    image_id: Mapped[int | None] = mapped_column(ForeignKey("images.id", ondelete="SET NULL"))
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"))
    created: Mapped[Timestamp]
    updated: Mapped[Timestamp]
    revision: Mapped[int] = mapped_column(Integer, default=1)
    deleted: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: Where it came from when not typed by hand: a suggestion, an import, a merge.
    provenance: Mapped[dict[str, Any] | None] = mapped_column(JSON())


class AnnotationLink(Base):
    """A typed link from one annotation to another; part of the source annotation's state."""

    __tablename__ = "annotation_links"
    source_id: Mapped[UUID] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    target_id: Mapped[UUID] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(64), primary_key=True)


class ArticleStatus(Base):
    __tablename__ = "article_status"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    updated: Mapped[Timestamp]


class Assignment(Base):
    """Which annotator is to work on which article (work packages, agreement)."""

    __tablename__ = "assignments"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"), primary_key=True)
    assigned: Mapped[Timestamp]


class MergeConflict(Base):
    """An annotation changed differently in two places; kept until the lead resolves it."""

    __tablename__ = "merge_conflicts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    annotation_id: Mapped[UUID]
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(Text)
    #: The other side's version of the annotation, as exported values.
    theirs: Mapped[JSONDict]
    detected: Mapped[Timestamp]
    resolved: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolution: Mapped[str | None] = mapped_column(String(16))


class MergeBase(Base):
    """The last version of an annotation this database and a peer database agreed on.

    ``peer`` is the other database's ``database_id`` (``marginalia_meta``); ``digest`` the
    hash of the annotation's content (ADR 0080). A merge compares both sides with it to tell
    "changed on one side" from "changed on both" (a true conflict).
    """

    __tablename__ = "merge_bases"
    peer: Mapped[str] = mapped_column(String(36), primary_key=True)
    annotation_id: Mapped[UUID] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))


class SuggestionDecision(Base):
    """A suggestion an annotator rejected (or accepted), so that it is not proposed again."""

    __tablename__ = "suggestion_decisions"
    __table_args__ = (UniqueConstraint("article_id", "label_id", "start", "end", "annotator_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    label_id: Mapped[str] = mapped_column(ForeignKey("labels.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    annotator_id: Mapped[int] = mapped_column(ForeignKey("annotators.id"))
    decision: Mapped[str] = mapped_column(String(16))
    decided: Mapped[Timestamp]


class ImportedSuggestion(Base):
    """A pre-annotation read from another tool (Label Studio ``predictions``): proposed to
    every annotator for review like a detector's suggestion, never anybody's annotation."""

    __tablename__ = "imported_suggestions"
    id: Mapped[UUID] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    label_id: Mapped[str] = mapped_column(ForeignKey("labels.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    attributes: Mapped[JSONDict]
    image_id: Mapped[int | None] = mapped_column(ForeignKey("images.id", ondelete="SET NULL"))
    #: The model's score (0..1) when the file gives one.
    confidence: Mapped[float | None] = mapped_column(Float())
    #: Where it came from, e.g. ``labelstudio:model 1``.
    source: Mapped[str] = mapped_column(String(200))
    provenance: Mapped[dict[str, Any] | None] = mapped_column(JSON())
    imported: Mapped[Timestamp]


Index("ix_images_article", Image.article_id)
Index("ix_annotation_links_target", AnnotationLink.target_id)
Index("ix_merge_conflicts_annotation", MergeConflict.annotation_id)
Index("ix_annotations_label", Annotation.label_id, Annotation.deleted)
Index("ix_imported_suggestions_article", ImportedSuggestion.article_id)
Index("ix_article_status_annotator", ArticleStatus.annotator_id, ArticleStatus.status)
