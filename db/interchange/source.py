"""Reading what an export writes straight from the store's tables, a page of articles at a time.

Memory stays flat in the number of annotations: articles are read in keyset pages
(``article_id > last``, ``PAGE_ARTICLES`` at a time), and each page's texts, images,
annotations and links are read with a few ``IN`` queries and then handed out one article
at a time.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, and_, exists, not_, select, type_coerce
from sqlalchemy.types import NullType

from .. import models as m
from ..connection import reading
from ..errors import ValidationError
from ..messages import Message
from ..reading import read_images
from ..store import Store
from ..values import Annotation, Article, Link, Status
from .bundle import ExportBundle, ExportFilter

A = m.Annotation.__table__
ART = m.Article.__table__
WHO = m.Annotator.__table__
STATUS = m.ArticleStatus.__table__
LINK = m.AnnotationLink.__table__

#: Articles read per query; their annotations are in memory together.
PAGE_ARTICLES = 64


def _conditions(store: Store, chosen: ExportFilter) -> list[Any]:
    conditions: list[Any] = [A.c.deleted.is_(None)]
    if chosen.annotators:
        conditions.append(WHO.c.name.in_(list(chosen.annotators)))
    if chosen.labels:
        schema = store.schema()
        ids = []
        for name in chosen.labels:
            label = schema.label(name) or schema.by_key(name)
            if label is None:
                raise ValidationError(Message("unknown label {label}", label=repr(name)))
            ids.append(label.id)
        conditions.append(A.c.label_id.in_(ids))
    if chosen.article_ids:
        conditions.append(A.c.article_id.in_(list(chosen.article_ids)))
    if chosen.since is not None:
        conditions.append(A.c.updated >= chosen.since)
    if chosen.until is not None:
        conditions.append(A.c.updated < chosen.until)
    if chosen.statuses:
        mine = and_(
            STATUS.c.article_id == A.c.article_id, STATUS.c.annotator_id == A.c.annotator_id
        )
        named = exists().where(mine, STATUS.c.status.in_([str(s) for s in chosen.statuses]))
        condition: Any = named
        if Status.NEW in chosen.statuses:
            condition = named | not_(exists().where(mine))
        conditions.append(condition)
    return conditions


def _article(row: Any, images: list[Any]) -> Article:
    return Article(
        id=row.id,
        sha256=row.sha256,
        title=row.title,
        text=row.text,
        source=row.source,
        url=row.url,
        author=row.author,
        published=row.published,
        language=row.language,
        encoding=row.encoding,
        encoding_confidence=row.encoding_confidence,
        imported=row.imported,
        images=tuple(images),
        meta=dict(row.meta or {}),
    )


def iter_bundles(
    store: Store, chosen: ExportFilter | None = None, *, every_article: bool = False
) -> Iterator[ExportBundle]:
    """The articles (in id order) that have an annotation the filter takes, with those
    annotations (by start, end, creation). Links to annotations the filter leaves out are
    left out too, so that an export never points outside itself.

    ``every_article``: every article the filter's article list names (all when it names
    none), also those without such an annotation (pre-annotations for Label Studio)."""
    chosen = chosen or ExportFilter()
    conditions = _conditions(store, chosen)
    base = A.join(WHO, WHO.c.id == A.c.annotator_id)
    last = -1
    while True:
        with reading(store) as conn:
            if every_article:
                query = select(ART.c.id).where(ART.c.id > last)
                if chosen.article_ids:
                    query = query.where(ART.c.id.in_(list(chosen.article_ids)))
            else:
                query = (
                    select(A.c.article_id)
                    .select_from(base)
                    .where(*conditions, A.c.article_id > last)
                    .group_by(A.c.article_id)
                )
            page = list(
                conn.scalars(query.order_by(query.selected_columns[0]).limit(PAGE_ARTICLES))
            )
            if not page:
                return
            rows = {r.id: r for r in conn.execute(select(ART).where(ART.c.id.in_(page)))}
            images = read_images(conn, page)
            annotations = _annotations(conn, base, conditions, page)
        per_article: dict[int, list[Any]] = defaultdict(list)
        for annotation in annotations:
            per_article[annotation.article_id].append(annotation)
        del annotations
        for article_id in page:
            mine = per_article.pop(article_id, [])
            ids = {a.id for a in mine}
            mine = [
                a
                if all(link.target in ids for link in a.links)
                else _keep_links(a, tuple(k for k in a.links if k.target in ids))
                for a in mine
            ]
            yield ExportBundle(_article(rows[article_id], images.get(article_id, [])), mine)
        last = page[-1]


def _keep_links(annotation: Any, links: tuple[Link, ...]) -> Any:
    from dataclasses import replace

    return replace(annotation, links=links)


def _raw(column: Any) -> Any:
    """The column's value as the driver returns it (no per-row type processing: speed)."""
    return type_coerce(column, NullType()).label(column.name)


def _moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    # SQLite hands back the stored UTC text; appending the zone is the fastest parse.
    return datetime.fromisoformat(value + "+00:00")


def _mapping(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if isinstance(value, str | bytes):
        decoded: dict[str, Any] = json.loads(value)
        return decoded
    return dict(value)


#: The fields :func:`_bulk_annotation` sets, in order; checked against the class at import.
_FIELDS = (
    "id",
    "article_id",
    "label",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "annotator",
    "created",
    "updated",
    "revision",
    "attributes",
    "note",
    "image_id",
    "links",
    "deleted",
    "provenance",
)


def _bulk_maker() -> Callable[..., Annotation]:
    """``Annotation(...)`` for a million rows: the frozen dataclass's ``__init__`` sets each
    field through ``object.__setattr__`` (≈ 3 µs a value); setting the slots through their
    descriptors builds the same value in half the time. Falls back to the constructor if
    the class's fields ever differ from :data:`_FIELDS` (ADR 0055)."""
    if tuple(Annotation.__dataclass_fields__) != _FIELDS or not hasattr(Annotation, "__slots__"):
        return lambda *values: Annotation(*values)
    (s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17) = (
        getattr(Annotation, name).__set__ for name in _FIELDS
    )
    new = object.__new__

    def make(
        v0: Any, v1: Any, v2: Any, v3: Any, v4: Any, v5: Any, v6: Any, v7: Any, v8: Any,
        v9: Any, v10: Any, v11: Any, v12: Any, v13: Any, v14: Any, v15: Any,
    ) -> Annotation:  # fmt: skip
        value = new(Annotation)
        s0(value, v0)
        s1(value, v1)
        s2(value, v2)
        s3(value, v3)
        s4(value, v4)
        s5(value, v5)
        s6(value, v6)
        s7(value, v7)
        s8(value, v8)
        s9(value, v9)
        s10(value, v10)
        s11(value, v11)
        s12(value, v12)
        s13(value, v13)
        s14(value, v14)
        s15(value, v15)
        s16(value, None)
        s17(value, None)
        return value

    return make


_bulk_annotation = _bulk_maker()


def _annotations(
    conn: Connection, base: Any, conditions: list[Any], page: list[int]
) -> list[Annotation]:
    """The page's annotations the filter takes, in export order, with their links."""
    grouped: dict[str, list[Link]] = defaultdict(list)
    for source_id, target_id, kind in conn.execute(
        select(LINK.c.source_id, LINK.c.target_id, LINK.c.kind)
        .select_from(LINK.join(A, A.c.id == LINK.c.source_id))
        .where(A.c.article_id.in_(page), A.c.deleted.is_(None))
        .order_by(LINK.c.source_id, LINK.c.kind, LINK.c.target_id)
    ):
        grouped[source_id].append(Link(target_id, kind))
    links = {source_id: tuple(found) for source_id, found in grouped.items()}
    none: tuple[Link, ...] = ()
    loads = json.loads
    stmt = (
        select(
            A.c.id,
            A.c.article_id,
            A.c.label_id,
            A.c.start,
            A.c.end,
            A.c.quote,
            A.c.prefix,
            A.c.suffix,
            WHO.c.name,
            _raw(A.c.created),
            _raw(A.c.updated),
            A.c.revision,
            _raw(A.c.attributes),
            A.c.note,
            A.c.image_id,
        )
        .select_from(base)
        .where(*conditions, A.c.article_id.in_(page))
        .order_by(A.c.article_id, A.c.start, A.c.end, A.c.created, A.c.id)
    )
    result = conn.execute(stmt)
    # The driver's own cursor, not SQLAlchemy rows: no column here has a result processor
    # (the times and attributes are read raw, above), and a Row per annotation costs seconds
    # on a million.
    rows = cast("Iterable[Any]", result.cursor)
    moment = _moment
    # Attribute sets repeat (the same answers to the same questions): each distinct text is
    # decoded once per page, and every annotation gets its own copy.
    seen: dict[str, dict[str, Any]] = {"{}": {}}

    def decoded(text: str) -> dict[str, Any]:
        found = seen.get(text)
        if found is None:
            found = seen[text] = loads(text)
        return dict(found)

    mapping = _mapping
    make = _bulk_annotation
    annotations = [
        make(  # positional: a million keyword calls cost seconds
            id_,
            article_id,
            label,
            start,
            end,
            quote,
            prefix,
            suffix,
            annotator,
            # an annotation never edited shares one time object (writers format it once)
            (at := moment(created)),
            at if updated == created else moment(updated),
            revision,
            decoded(attributes) if attributes.__class__ is str else mapping(attributes),
            note or "",
            image_id,
            links.get(id_, none),
        )
        for (
            id_,
            article_id,
            label,
            start,
            end,
            quote,
            prefix,
            suffix,
            annotator,
            created,
            updated,
            revision,
            attributes,
            note,
            image_id,
        ) in rows
    ]
    result.close()
    return annotations


def count_annotations(
    store: Store, chosen: ExportFilter | None = None, *, every_article: bool = False
) -> tuple[int, int]:
    """``(articles, annotations)`` an export with this filter would write (a dialog's preview);
    ``every_article`` as for :func:`iter_bundles`: the articles counted are all the filter's
    article list names (all when it names none), annotated or not."""
    from sqlalchemy import distinct, func

    chosen = chosen or ExportFilter()
    conditions = _conditions(store, chosen)
    base = A.join(WHO, WHO.c.id == A.c.annotator_id)
    with reading(store) as conn:
        row = conn.execute(
            select(func.count(distinct(A.c.article_id)), func.count())
            .select_from(base)
            .where(*conditions)
        ).one()
        articles = int(row[0])
        if every_article:
            query = select(func.count()).select_from(ART)
            if chosen.article_ids:
                query = query.where(ART.c.id.in_(list(chosen.article_ids)))
            articles = int(conn.execute(query).scalar_one())
    return articles, int(row[1])
