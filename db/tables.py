"""The tables: the one definition of Marginalia's schema, as SQLAlchemy Core ``Table`` objects.

Everything reads and writes them with SQLAlchemy Core, by the short names below, and hands
out frozen values (:mod:`.values`). They are Core and not ORM classes because the ORM is
never used at run time and importing it costs more than a short CLI command may spend
(issue 14; ADR 0095): :mod:`.models` maps typed classes onto these same tables for whoever
wants them. Alembic migrations in ``migrations/`` build the same schema;
``tests/db/test_migrations.py`` checks that they agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
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

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
METADATA = MetaData(naming_convention=NAMING_CONVENTION)


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


# The column kinds the tables share. A column is NOT NULL unless it is ``optional``.
def _uuid(name: str, *args: Any, **kw: Any) -> Column[str]:
    return Column(name, String(36), *args, nullable=False, **kw)


def _stamp(name: str, *, optional: bool = False) -> Column[datetime]:
    return Column(name, UTCDateTime(), nullable=optional)


def _json(name: str) -> Column[dict[str, object]]:
    return Column(name, JSON(), nullable=False)


#: Key/value facts about the database itself (``application`` marks a Marginalia file).
META = Table(
    "marginalia_meta",
    METADATA,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

WHO = Table(
    "annotators",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    _stamp("created"),
)

#: A label of the schema. ``id`` is stable (annotations refer to it); the rest may change.
#: ``retired``: a deleted label that tombstoned annotations still refer to; not in the schema.
LABEL = Table(
    "labels",
    METADATA,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("key", String(16), nullable=False),
    Column("colour", String(16), nullable=False),
    Column("position", Integer, nullable=False, default=0),
    Column("retired", Boolean, nullable=False, default=False, server_default=false()),
)

ATTR = Table(
    "attribute_defs",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("label_id", String(64), ForeignKey("labels.id", ondelete="CASCADE"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("choices", JSON(), nullable=False, default=list),
    Column("position", Integer, nullable=False, default=0),
    UniqueConstraint("label_id", "name"),
)

ART = Table(
    "articles",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("chars", Integer, nullable=False),
    Column("source", Text),
    Column("url", Text),
    Column("author", Text),
    Column("published", String(32)),
    Column("language", String(16)),
    Column("encoding", String(32)),
    Column("encoding_confidence", Float),
    _json("meta"),
    _stamp("imported"),
)

#: An image's bytes, stored once per sha256 however many articles show it; ``thumbnail`` is
#: a display-size rendition (PNG or JPEG), already oriented by EXIF.
BLOB = Table(
    "image_blobs",
    METADATA,
    Column("sha256", String(64), primary_key=True),
    Column("format", String(16), nullable=False),
    Column("width", Integer, nullable=False),
    Column("height", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("thumbnail", LargeBinary, nullable=False),
)

#: An image anchored in an article's text; without a blob it is a placeholder.
IMG = Table(
    "images",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("offset", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("caption", Text),
    Column("sha256", String(64), ForeignKey("image_blobs.sha256")),
    Column("url", Text),
    Column("alt", Text),
    UniqueConstraint("article_id", "position"),
    CheckConstraint('"offset" >= 0', name="offset_not_negative"),
)

#: ``provenance``: where it came from when not typed by hand (a suggestion, an import, a merge).
A = Table(
    "annotations",
    METADATA,
    _uuid("id", primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("label_id", String(64), ForeignKey("labels.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("prefix", Text, nullable=False),
    Column("suffix", Text, nullable=False),
    _json("attributes"),
    Column("note", Text, nullable=False, default=""),
    Column("image_id", Integer, ForeignKey("images.id", ondelete="SET NULL")),
    Column("annotator_id", Integer, ForeignKey("annotators.id"), nullable=False),
    _stamp("created"),
    _stamp("updated"),
    Column("revision", Integer, nullable=False, default=1),
    _stamp("deleted", optional=True),
    Column("provenance", JSON()),
    CheckConstraint('"start" >= 0 AND "end" > "start"', name="span"),
    Index("ix_annotations_article_annotator", "article_id", "annotator_id"),
)

#: A typed link from one annotation to another; part of the source annotation's state.
LINK = Table(
    "annotation_links",
    METADATA,
    _uuid("source_id", ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True),
    _uuid("target_id", ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(64), primary_key=True),
)

STATUS = Table(
    "article_status",
    METADATA,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("annotator_id", Integer, ForeignKey("annotators.id"), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("reason", Text),
    _stamp("updated"),
)

#: Which annotator is to work on which article (work packages, agreement).
ASSIGN = Table(
    "assignments",
    METADATA,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("annotator_id", Integer, ForeignKey("annotators.id"), primary_key=True),
    _stamp("assigned"),
)

#: An annotation changed differently in two places; kept until the lead resolves it.
#: ``theirs``: the other side's version of the annotation, as exported values.
CONFLICT = Table(
    "merge_conflicts",
    METADATA,
    Column("id", Integer, primary_key=True),
    _uuid("annotation_id"),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("source", Text, nullable=False),
    _json("theirs"),
    _stamp("detected"),
    _stamp("resolved", optional=True),
    Column("resolution", String(16)),
)

#: The last version of an annotation this database and a peer database agreed on. ``peer``
#: is the other database's ``database_id`` (``marginalia_meta``); ``digest`` the hash of the
#: annotation's content (ADR 0080). A merge compares both sides with it to tell "changed on
#: one side" from "changed on both" (a true conflict).
BASE = Table(
    "merge_bases",
    METADATA,
    Column("peer", String(36), primary_key=True),
    _uuid("annotation_id", primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("digest", String(64), nullable=False),
)

#: A suggestion an annotator accepted or rejected: a rejected one is not proposed again
#: (anywhere, for the same text and label), and both teach the learned model (ADR 0030).
#: ``quote`` is the suggested text; ``detector``, ``confidence`` and ``features`` what the
#: detector said about it when the annotator decided.
DECISIONS = Table(
    "suggestion_decisions",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("label_id", String(64), ForeignKey("labels.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("annotator_id", Integer, ForeignKey("annotators.id"), nullable=False),
    Column("decision", String(16), nullable=False),
    _stamp("decided"),
    Column("quote", Text, nullable=False, server_default=""),
    Column("detector", String(32), nullable=False, server_default=""),
    Column("confidence", Float()),
    Column("features", JSON()),
    UniqueConstraint("article_id", "label_id", "start", "end", "annotator_id"),
)

#: What was learned from the decisions about one label's suggestions (ADR 0030): the weights
#: of ``marginalia.db.suggest.learning``, how many decisions they came from, and when.
MODELS = Table(
    "suggestion_models",
    METADATA,
    Column(
        "label_id",
        String(64),
        ForeignKey("labels.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    _stamp("trained"),
    Column("decisions", Integer, nullable=False),
    _json("weights"),
)

#: A pre-annotation read from another tool (Label Studio ``predictions``): proposed to every
#: annotator for review like a detector's suggestion, never anybody's annotation.
#: ``confidence``: the model's score (0..1) when the file gives one; ``source``: where it came
#: from, e.g. ``labelstudio:model 1``.
IMPORTED = Table(
    "imported_suggestions",
    METADATA,
    _uuid("id", primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("label_id", String(64), ForeignKey("labels.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    _json("attributes"),
    Column("image_id", Integer, ForeignKey("images.id", ondelete="SET NULL")),
    Column("confidence", Float()),
    Column("source", String(200), nullable=False),
    Column("provenance", JSON()),
    _stamp("imported"),
)

Index("ix_images_article", IMG.c.article_id)
Index("ix_annotation_links_target", LINK.c.target_id)
Index("ix_merge_conflicts_annotation", CONFLICT.c.annotation_id)
Index("ix_annotations_label", A.c.label_id, A.c.deleted)
Index("ix_imported_suggestions_article", IMPORTED.c.article_id)
Index("ix_article_status_annotator", STATUS.c.annotator_id, STATUS.c.status)
Index(
    "ix_suggestion_decisions_annotator",
    DECISIONS.c.annotator_id,
    DECISIONS.c.label_id,
    DECISIONS.c.decision,
)

__all__ = [
    "ART",
    "ASSIGN",
    "ATTR",
    "BASE",
    "BLOB",
    "CONFLICT",
    "DECISIONS",
    "IMG",
    "IMPORTED",
    "LABEL",
    "LINK",
    "META",
    "METADATA",
    "MODELS",
    "NAMING_CONVENTION",
    "STATUS",
    "WHO",
    "A",
    "UTCDateTime",
    "utcnow",
]
