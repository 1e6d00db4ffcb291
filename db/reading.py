"""Reading rows into frozen values; shared by the store, merge and export."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, false, func, select

from .tables import ART, ASSIGN, ATTR, BLOB, IMG, LABEL, LINK, STATUS, WHO, A
from .values import (
    GOLD,
    Annotation,
    AttributeDef,
    AttributeKind,
    Fingerprint,
    ImageInfo,
    Label,
    Link,
    Schema,
    Status,
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
        for row in conn.execute(
            select(LABEL).where(LABEL.c.retired == false()).order_by(LABEL.c.position, LABEL.c.id)
        )
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


def read_totals(conn: Connection) -> dict[str, Any]:
    """Counts and progress per annotator and label (``Store.stats``).

    Only what exists counts: live annotations, never tombstones (an undone accept, a
    delete). The adjudicated set of :data:`~.values.GOLD` is not an annotator: it is
    reported apart, under ``gold``. ``assigned`` is how many articles the annotator was
    given, ``assigned_done`` how many of those they marked done.
    """
    articles = conn.scalar(select(func.count()).select_from(ART)) or 0
    per_label: dict[str, dict[str, int]] = defaultdict(dict)
    for name, label_id, n in conn.execute(
        select(WHO.c.name, A.c.label_id, func.count())
        .select_from(A.join(WHO))
        .where(A.c.deleted.is_(None))
        .group_by(WHO.c.name, A.c.label_id)
    ):
        per_label[name][label_id] = n
    per_status: dict[str, dict[str, int]] = defaultdict(dict)
    for name, status, n in conn.execute(
        select(WHO.c.name, STATUS.c.status, func.count())
        .select_from(STATUS.join(WHO))
        .group_by(WHO.c.name, STATUS.c.status)
    ):
        per_status[name][status] = n
    assigned: dict[str, int] = dict(
        conn.execute(
            select(WHO.c.name, func.count()).select_from(ASSIGN.join(WHO)).group_by(WHO.c.name)
        ).all()
    )
    assigned_done: dict[str, int] = dict(
        conn.execute(
            select(WHO.c.name, func.count())
            .select_from(
                ASSIGN.join(WHO).join(
                    STATUS,
                    (STATUS.c.article_id == ASSIGN.c.article_id)
                    & (STATUS.c.annotator_id == ASSIGN.c.annotator_id),
                )
            )
            .where(STATUS.c.status == str(Status.DONE))
            .group_by(WHO.c.name)
        ).all()
    )
    annotators = sorted((set(per_label) | set(per_status) | set(assigned)) - {GOLD})
    gold = per_label.get(GOLD, {})
    return {
        "articles": articles,
        "annotators": [
            {
                "name": name,
                "annotations": sum(per_label[name].values()),
                "labels": dict(sorted(per_label[name].items())),
                "status": {
                    str(s): per_status[name].get(str(s), 0) for s in Status if s != Status.NEW
                },
                "assigned": assigned.get(name, 0),
                "assigned_done": assigned_done.get(name, 0),
            }
            for name in annotators
        ],
        "gold": {"annotations": sum(gold.values()), "labels": dict(sorted(gold.items()))},
    }
