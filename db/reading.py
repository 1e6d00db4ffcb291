"""Reading rows into frozen values; shared by the store, merge and export."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from .listing import LABELS
from .listing_sql import statement
from .tables import ATTR, BLOB, IMG, LINK, STATUS, WHO, A
from .values import (
    Annotation,
    AttributeDef,
    AttributeKind,
    Fingerprint,
    ImageInfo,
    Label,
    Link,
    Schema,
)

#: How many values go into one ``IN (...)`` (SQLite allows 32766, PostgreSQL 65535).
CHUNK = 900


def chunks[T](items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for index in range(0, len(items), size):
        yield items[index : index + size]


def read_schema(conn: Connection) -> Schema:
    attributes: dict[str, list[AttributeDef]] = defaultdict(list)
    for row in conn.execute(select(ATTR).order_by(ATTR.c.label_id, ATTR.c.position)):
        attributes[row.label_id].append(
            AttributeDef(row.name, AttributeKind(row.kind), tuple(row.choices or ()), row.position)
        )
    labels = tuple(
        Label(row.id, row.name, row.key, row.colour, tuple(attributes[row.id]), row.position)
        for row in conn.execute(statement(LABELS))
    )
    return Schema(labels)


def read_images(conn: Connection, article_ids: Sequence[int]) -> dict[int, list[ImageInfo]]:
    stmt = (
        select(IMG, BLOB.c.width, BLOB.c.height)
        .select_from(IMG.outerjoin(BLOB))
        .where(IMG.c.article_id.in_(list(article_ids)))
        .order_by(IMG.c.article_id, IMG.c.position)
    )
    found: dict[int, list[ImageInfo]] = defaultdict(list)
    for row in conn.execute(stmt):
        found[row.article_id].append(
            ImageInfo(
                id=row.id,
                article_id=row.article_id,
                position=row.position,
                offset=row.offset,
                name=row.name,
                caption=row.caption,
                sha256=row.sha256,
                width=row.width,
                height=row.height,
                url=row.url,
                alt=row.alt,
            )
        )
    return found


def annotation_select() -> Any:
    return select(A, WHO.c.name.label("annotator_name")).select_from(A.join(WHO))


def read_annotations(conn: Connection, stmt: Any) -> list[Annotation]:
    rows = conn.execute(stmt).all()
    links: dict[str, list[Link]] = defaultdict(list)
    ids = [row.id for row in rows]
    for chunk in chunks(ids, 500):
        for source_id, target_id, kind in conn.execute(
            select(LINK.c.source_id, LINK.c.target_id, LINK.c.kind)
            .where(LINK.c.source_id.in_(list(chunk)))
            .order_by(LINK.c.source_id, LINK.c.kind, LINK.c.target_id)
        ):
            links[source_id].append(Link(target_id, kind))
    return [
        Annotation(
            id=row.id,
            article_id=row.article_id,
            label=row.label_id,
            start=row.start,
            end=row.end,
            quote=row.quote,
            prefix=row.prefix,
            suffix=row.suffix,
            annotator=row.annotator_name,
            created=row.created,
            updated=row.updated,
            revision=row.revision,
            attributes=dict(row.attributes or {}),
            note=row.note or "",
            image_id=row.image_id,
            links=tuple(links.get(row.id, ())),
            deleted=row.deleted,
            provenance=row.provenance,
        )
        for row in rows
    ]


def read_fingerprint(conn: Connection, article_id: int) -> Fingerprint:
    count, revisions, updated = conn.execute(
        select(func.count(), func.coalesce(func.sum(A.c.revision), 0), func.max(A.c.updated))
        .select_from(A)
        .where(A.c.article_id == article_id)
    ).one()
    statuses, status_updated = conn.execute(
        select(func.count(), func.max(STATUS.c.updated))
        .select_from(STATUS)
        .where(STATUS.c.article_id == article_id)
    ).one()
    return Fingerprint(count, int(revisions), updated, statuses, status_updated)
