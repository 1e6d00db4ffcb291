"""The store: every read and write of Marginalia's data goes through here.

Reads return frozen values (:mod:`marginalia.db.values`); writes commit at once, each in its
own transaction, and return an :class:`~marginalia.db.values.Outcome` that says what changed.
Everything uses SQLAlchemy Core on the model tables, so the same code runs on SQLite and
PostgreSQL (ADR 0004) and bulk paths stay fast.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from . import listing
from .connection import reading, writing
from .database import WAITING, WRITE, OpenReport, Waiting, open_database, serialize
from .errors import ConflictError, NotFoundError, StorageError, ValidationError
from .listing import ListShape
from .listing_sql import statement
from .messages import Message
from .reading import (
    annotation_select,
    chunks,
    read_annotations,
    read_fingerprint,
    read_images,
    read_schema,
)
from .tables import ART, ASSIGN, BLOB, IMG, LINK, STATUS, WHO, A, utcnow
from .validation import check_span, validate_attributes
from .values import (
    Annotation,
    Article,
    ArticleQuery,
    ArticleRow,
    ArticleStatus,
    Changes,
    Fingerprint,
    Label,
    Link,
    NewArticle,
    NewImage,
    Outcome,
    PreparedImage,
    Schema,
    Status,
    Stored,
    batch_outcome,
    quote_context,
)


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


#: "Leave this field as it is" in :meth:`Store.update_annotation`.
UNSET: Final = _Unset()


class Store:
    """A Marginalia database, opened (created or migrated as needed) at a path or URL."""

    def __init__(self, engine: Engine, report: OpenReport | None = None) -> None:
        self._engine = engine
        self.report = report
        #: how the database is named in messages (a path, or a URL without its password)
        self.name = report.url if report else engine.url.render_as_string(hide_password=True)
        #: told how long a write has waited for another writer's lock (``None``: no more)
        self.on_waiting: Waiting | None = None
        self._writer = engine.execution_options(**WRITE, **{WAITING: self._waiting})
        self._annotator_ids: dict[str, int] = {}
        self._texts: dict[int, str] = {}
        self._schema: Schema | None = None

    @classmethod
    def open(cls, target: str | Path) -> Store:
        engine, report = open_database(target)
        return cls(engine, report)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    def _waiting(self, seconds: float | None) -> None:
        if self.on_waiting is not None:
            self.on_waiting(seconds)

    # -- schema -------------------------------------------------------------------------

    def schema(self) -> Schema:
        if self._schema is None:
            with reading(self) as conn:
                self._schema = read_schema(conn)
        return self._schema

    def forget_schema(self) -> None:
        """Read the schema again next time (after a schema change)."""
        self._schema = None

    def label(self, id_or_name: str) -> Label:
        return listing.find_label(self.schema().labels, id_or_name)

    # -- annotators ---------------------------------------------------------------------

    def annotators(self) -> list[str]:
        with reading(self) as conn:
            return list(conn.scalars(select(WHO.c.name).order_by(WHO.c.name)))

    def annotator_id(self, conn: Connection, name: str, *, create: bool = True) -> int:
        name = name.strip()
        if not name:
            raise ValidationError(Message("the annotator name is empty"))
        if name in self._annotator_ids:
            return self._annotator_ids[name]
        found = conn.scalar(select(WHO.c.id).where(WHO.c.name == name))
        if found is None:
            if not create:
                raise NotFoundError(Message("no annotator named {name}", name=repr(name)))
            # Two PostgreSQL sessions could both miss the name and insert it; they queue here.
            serialize(conn, "annotators")
            found = conn.scalar(select(WHO.c.id).where(WHO.c.name == name))
            if found is None:
                # Not cached: the transaction that inserts it may still be rolled back.
                return int(
                    conn.execute(
                        insert(WHO).values(name=name, created=utcnow()).returning(WHO.c.id)
                    ).scalar_one()
                )
        self._annotator_ids[name] = int(found)
        return int(found)

    # -- articles -----------------------------------------------------------------------

    def article_count(self) -> int:
        with reading(self) as conn:
            return conn.scalar(select(func.count()).select_from(ART)) or 0

    def article_ids_by_sha256(self, hashes: Collection[str]) -> dict[str, int]:
        with reading(self) as conn:
            return _ids_by_sha256(conn, hashes)

    def article_id_by_sha256(self, sha256: str) -> int | None:
        return self.article_ids_by_sha256([sha256]).get(sha256)

    def add_articles(self, articles: Sequence[NewArticle]) -> Outcome[list[Stored]]:
        """Store a batch of articles in one transaction: all of them, or none.

        An article whose text is already stored (same sha256) is not stored again.
        """
        now = utcnow()
        with writing(self) as conn:
            # Looked up inside the write transaction, so two importers cannot both insert.
            serialize(conn, "articles")  # PostgreSQL: importers of one text queue here
            existing = _ids_by_sha256(conn, {a.sha256 for a in articles})
            fresh: dict[str, NewArticle] = {}
            for article in articles:
                if article.sha256 not in existing:
                    fresh.setdefault(article.sha256, article)
            if fresh:
                rows = [
                    {
                        "sha256": a.sha256,
                        "title": a.title,
                        "text": a.text,
                        "chars": len(a.text),
                        "source": a.source,
                        "url": a.url,
                        "author": a.author,
                        "published": a.published,
                        "language": a.language,
                        "encoding": a.encoding,
                        "encoding_confidence": a.encoding_confidence,
                        "meta": dict(a.meta or {}),
                        "imported": now,
                    }
                    for a in fresh.values()
                ]
                stmt = insert(ART).returning(ART.c.id, sort_by_parameter_order=True)
                ids = list(conn.scalars(stmt, rows))
                for article_id, article in zip(ids, fresh.values(), strict=True):
                    existing[article.sha256] = article_id
                self._insert_images(
                    conn, [(existing[a.sha256], a.images) for a in fresh.values() if a.images]
                )
        return batch_outcome(articles, existing, fresh)

    def _insert_images(
        self, conn: Connection, articles: Sequence[tuple[int, Sequence[NewImage]]]
    ) -> None:
        if not articles:
            return
        blobs = {
            i.blob.sha256: i.blob for _id, images in articles for i in images if i.blob is not None
        }
        if blobs:
            have = set(conn.scalars(select(BLOB.c.sha256).where(BLOB.c.sha256.in_(list(blobs)))))
            missing = [b for sha, b in blobs.items() if sha not in have]
            if missing:
                conn.execute(
                    insert(BLOB),
                    [
                        {
                            "sha256": b.sha256,
                            "format": b.format,
                            "width": b.width,
                            "height": b.height,
                            "data": b.data,
                            "thumbnail": b.thumbnail,
                        }
                        for b in missing
                    ],
                )
        conn.execute(
            insert(IMG),
            [
                {
                    "article_id": article_id,
                    "position": position,
                    "offset": image.offset,
                    "name": image.name,
                    "caption": image.caption,
                    "sha256": image.blob.sha256 if image.blob else None,
                    "url": image.url,
                    "alt": image.alt,
                }
                for article_id, images in articles
                for position, image in enumerate(images)
            ],
        )

    def article(self, article_id: int) -> Article:
        with reading(self) as conn:
            row = conn.execute(select(ART).where(ART.c.id == article_id)).mappings().first()
            if row is None:
                raise NotFoundError(Message("there is no article {id}", id=article_id))
            images = read_images(conn, [article_id]).get(article_id, ())
        self._texts[article_id] = row["text"]
        return Article(
            id=row["id"],
            sha256=row["sha256"],
            title=row["title"],
            text=row["text"],
            source=row["source"],
            url=row["url"],
            author=row["author"],
            published=row["published"],
            language=row["language"],
            encoding=row["encoding"],
            encoding_confidence=row["encoding_confidence"],
            imported=row["imported"],
            images=tuple(images),
            meta=dict(row["meta"] or {}),
        )

    def text(self, article_id: int) -> str:
        """An article's text (cached: texts never change after import)."""
        if article_id not in self._texts:
            with reading(self) as conn:
                text = conn.scalar(select(ART.c.text).where(ART.c.id == article_id))
            if text is None:
                raise NotFoundError(Message("there is no article {id}", id=article_id))
            if len(self._texts) > 64:
                self._texts.pop(next(iter(self._texts)))
            self._texts[article_id] = text
        return self._texts[article_id]

    def image_bytes(self, image_id: int, *, thumbnail: bool = False) -> bytes | None:
        column = BLOB.c.thumbnail if thumbnail else BLOB.c.data
        with reading(self) as conn:
            return conn.scalar(
                select(column).select_from(IMG.join(BLOB)).where(IMG.c.id == image_id)
            )

    def article_ids(self, query: ArticleQuery | None = None) -> list[int]:
        """The ids of the articles a query selects, in list order; never loads texts."""
        with reading(self) as conn:
            return listing.article_ids(_runner(conn), query or ArticleQuery(), self.label)

    def article_rows(self, ids: Sequence[int], annotator: str | None = None) -> list[ArticleRow]:
        """List rows for these ids (in the same order), without their texts."""
        if not ids:
            return []
        with reading(self) as conn:
            return listing.article_rows(_runner(conn), ids, annotator)

    def article_list(self, query: ArticleQuery | None = None) -> list[ArticleRow]:
        """The rows of every article a query selects, in list order (the CLI's ``articles``;
        the quick reader of :mod:`.quick_read` gives the same)."""
        with reading(self) as conn:
            return listing.article_list(_runner(conn), query or ArticleQuery(), self.label)

    def _maybe_annotator_id(self, conn: Connection, name: str | None) -> int | None:
        return listing.annotator_id(_runner(conn), name)

    def next_article(self, annotator: str, after: int | None = None) -> int | None:
        """The next article to do for an annotator (new or in progress), after ``after``.

        If the annotator has assignments, only assigned articles count. Wraps around.
        """
        todo = frozenset({Status.NEW, Status.IN_PROGRESS})
        with reading(self) as conn:
            who = self._maybe_annotator_id(conn, annotator)
            stmt = statement(ListShape(who=who is not None, status="named_or_new").key)
            stmt = stmt.params(who=who, statuses=sorted(str(s) for s in todo))
            if who is not None and who >= 0:
                assigned = select(ASSIGN.c.article_id).where(ASSIGN.c.annotator_id == who)
                if conn.scalar(select(func.count()).select_from(assigned.subquery())):
                    stmt = stmt.where(ART.c.id.in_(assigned))
            if after is not None:
                found: int | None = conn.scalar(stmt.where(ART.c.id > after).limit(1))
                if found is None:
                    found = conn.scalar(stmt.where(ART.c.id != after).limit(1))
                return found
            first: int | None = conn.scalar(stmt.limit(1))
            return first

    # -- status -------------------------------------------------------------------------

    def status(self, article_id: int, annotator: str) -> ArticleStatus | None:
        with reading(self) as conn:
            who = self._maybe_annotator_id(conn, annotator)
            row = conn.execute(
                select(STATUS).where(
                    STATUS.c.article_id == article_id, STATUS.c.annotator_id == who
                )
            ).first()
        if row is None:
            return None
        return ArticleStatus(article_id, annotator, Status(row.status), row.reason, row.updated)

    def set_status(
        self, article_id: int, annotator: str, status: Status, reason: str | None = None
    ) -> Outcome[ArticleStatus | None]:
        """Set an annotator's status of an article; returns the status it had before."""
        before = self.status(article_id, annotator)
        with writing(self) as conn:
            self._require_article(conn, article_id)
            who = self.annotator_id(conn, annotator)
            now = utcnow()
            done = conn.execute(
                update(STATUS)
                .where(STATUS.c.article_id == article_id, STATUS.c.annotator_id == who)
                .values(status=str(status), reason=reason, updated=now)
            )
            if done.rowcount == 0:
                conn.execute(
                    insert(STATUS).values(
                        article_id=article_id,
                        annotator_id=who,
                        status=str(status),
                        reason=reason,
                        updated=now,
                    )
                )
        return Outcome(before, Changes(articles=frozenset({article_id})))

    def clear_status(self, article_id: int, annotator: str) -> Changes:
        """Forget an annotator's status of an article (it is "new" again)."""
        with writing(self) as conn:
            who = self.annotator_id(conn, annotator)
            conn.execute(
                delete(STATUS).where(
                    STATUS.c.article_id == article_id, STATUS.c.annotator_id == who
                )
            )
        return Changes(articles=frozenset({article_id}))

    # -- annotations --------------------------------------------------------------------

    def annotations(
        self,
        article_id: int,
        *,
        annotator: str | None = None,
        include_deleted: bool = False,
    ) -> list[Annotation]:
        with reading(self) as conn:
            stmt = annotation_select().where(A.c.article_id == article_id)
            if annotator is not None:
                stmt = stmt.where(WHO.c.name == annotator)
            if not include_deleted:
                stmt = stmt.where(A.c.deleted.is_(None))
            return read_annotations(conn, stmt.order_by(A.c.start, A.c.end, A.c.created))

    def annotation(self, annotation_id: str) -> Annotation:
        with reading(self) as conn:
            found = read_annotations(conn, annotation_select().where(A.c.id == annotation_id))
        if not found:
            raise NotFoundError(Message("there is no annotation {id}", id=annotation_id))
        return found[0]

    def annotations_by_ids(self, ids: Collection[str]) -> list[Annotation]:
        """These annotations in one read, deleted ones included (a tombstone tells a view to
        drop the span); ids that do not exist are left out."""
        found: list[Annotation] = []
        with reading(self) as conn:
            for chunk in chunks(sorted(set(ids))):
                found += read_annotations(conn, annotation_select().where(A.c.id.in_(chunk)))
        return found

    def create_annotation(
        self,
        article_id: int,
        label: str,
        start: int,
        end: int,
        annotator: str,
        *,
        attributes: Mapping[str, Any] | None = None,
        note: str = "",
        image_id: int | None = None,
        links: Iterable[Link] = (),
        annotation_id: str | None = None,
        provenance: Mapping[str, Any] | None = None,
    ) -> Outcome[Annotation]:
        """Add an annotation (or bring back a deleted one with the same id, for redo)."""
        text = self.text(article_id)
        label_value = self.label(label)
        check_span(text, start, end)
        clean = validate_attributes(label_value, attributes or {})
        links = tuple(links)
        annotation_id = annotation_id or str(uuid.uuid4())
        quote, prefix, suffix = quote_context(text, start, end)
        now = utcnow()
        with writing(self) as conn:
            who = self.annotator_id(conn, annotator)
            if image_id is not None:
                self._require_image(conn, article_id, image_id)
            self._check_links(conn, article_id, annotation_id, links)
            conn.execute(
                insert(A).values(
                    id=annotation_id,
                    article_id=article_id,
                    label_id=label_value.id,
                    start=start,
                    end=end,
                    quote=quote,
                    prefix=prefix,
                    suffix=suffix,
                    attributes=clean,
                    note=note,
                    image_id=image_id,
                    annotator_id=who,
                    created=now,
                    updated=now,
                    revision=1,
                    deleted=None,
                    provenance=dict(provenance) if provenance else None,
                )
            )
            _write_links(conn, annotation_id, links)
        created = self.annotation(annotation_id)
        return Outcome(created, _annotation_changes(created))

    def update_annotation(
        self,
        annotation_id: str,
        revision: int,
        *,
        label: str | _Unset = UNSET,
        start: int | _Unset = UNSET,
        end: int | _Unset = UNSET,
        attributes: Mapping[str, Any] | _Unset = UNSET,
        note: str | _Unset = UNSET,
        image_id: int | _Unset | None = UNSET,
        links: Iterable[Link] | _Unset = UNSET,
    ) -> Outcome[Annotation]:
        """Change an annotation that is still at ``revision``; else :class:`ConflictError`."""
        current = self.annotation(annotation_id)
        values: dict[str, Any] = {}
        label_value = self.label(current.label if isinstance(label, _Unset) else label)
        if not isinstance(label, _Unset):
            values["label_id"] = label_value.id
        new_start = current.start if isinstance(start, _Unset) else start
        new_end = current.end if isinstance(end, _Unset) else end
        if (new_start, new_end) != (current.start, current.end):
            text = self.text(current.article_id)
            check_span(text, new_start, new_end)
            quote, prefix, suffix = quote_context(text, new_start, new_end)
            values.update(start=new_start, end=new_end, quote=quote, prefix=prefix, suffix=suffix)
        new_attributes = current.attributes if isinstance(attributes, _Unset) else attributes
        if not isinstance(attributes, _Unset) or "label_id" in values:
            values["attributes"] = validate_attributes(label_value, new_attributes)
        if not isinstance(note, _Unset):
            values["note"] = note
        with writing(self) as conn:
            if not isinstance(image_id, _Unset):
                if image_id is not None:
                    self._require_image(conn, current.article_id, image_id)
                values["image_id"] = image_id
            if not isinstance(links, _Unset):
                links = tuple(links)
                self._check_links(conn, current.article_id, annotation_id, links)
            self._bump(conn, annotation_id, revision, values)
            if not isinstance(links, _Unset):
                conn.execute(delete(LINK).where(LINK.c.source_id == annotation_id))
                _write_links(conn, annotation_id, links)
        changed = self.annotation(annotation_id)
        return Outcome(changed, _annotation_changes(changed))

    def delete_annotation(self, annotation_id: str, revision: int) -> Outcome[Annotation]:
        """Delete (tombstone) an annotation; merges will not bring it back."""
        return self._set_deleted(annotation_id, revision, utcnow())

    def restore_annotation(self, annotation_id: str, revision: int) -> Outcome[Annotation]:
        """Bring back a deleted annotation (undo of a delete, redo of a create)."""
        return self._set_deleted(annotation_id, revision, None)

    def _set_deleted(
        self, annotation_id: str, revision: int, when: datetime | None
    ) -> Outcome[Annotation]:
        with writing(self) as conn:
            self._bump(conn, annotation_id, revision, {"deleted": when})
        changed = self.annotation(annotation_id)
        return Outcome(changed, _annotation_changes(changed))

    def _bump(
        self, conn: Connection, annotation_id: str, revision: int, values: dict[str, Any]
    ) -> None:
        result = conn.execute(
            update(A)
            .where(A.c.id == annotation_id, A.c.revision == revision)
            .values(**values, revision=A.c.revision + 1, updated=utcnow())
        )
        if result.rowcount == 1:
            return
        actual = conn.scalar(select(A.c.revision).where(A.c.id == annotation_id))
        if actual is None:
            raise NotFoundError(Message("there is no annotation {id}", id=annotation_id))
        raise ConflictError(
            Message(
                "the annotation was changed elsewhere (revision {actual}, expected {expected}); "
                "reload it to see the change",
                actual=actual,
                expected=revision,
            )
        )

    def _require_article(self, conn: Connection, article_id: int) -> None:
        if conn.scalar(select(ART.c.id).where(ART.c.id == article_id)) is None:
            raise NotFoundError(Message("there is no article {id}", id=article_id))

    def _require_image(self, conn: Connection, article_id: int, image_id: int) -> None:
        owner = conn.scalar(select(IMG.c.article_id).where(IMG.c.id == image_id))
        if owner != article_id:
            raise ValidationError(
                Message(
                    "image {image} is not an image of article {article}",
                    image=image_id,
                    article=article_id,
                )
            )

    def _check_links(
        self, conn: Connection, article_id: int, source_id: str, links: Sequence[Link]
    ) -> None:
        targets = {link.target for link in links}
        if source_id in targets:
            raise ValidationError(Message("an annotation cannot link to itself"))
        if not targets:
            return
        found = set(
            conn.scalars(
                select(A.c.id).where(A.c.id.in_(list(targets)), A.c.article_id == article_id)
            )
        )
        missing = targets - found
        if missing:
            raise ValidationError(
                Message(
                    "linked annotation {annotation} is not in article {article}",
                    annotation=sorted(missing)[0],
                    article=article_id,
                )
            )

    # -- statistics and health ----------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts and progress per annotator and label (the CLI's ``stats``)."""
        with reading(self) as conn:
            return listing.read_totals(_runner(conn))

    def fingerprint(self, article_id: int) -> Fingerprint:
        """What moves when anybody changes the article's annotations or statuses: one cheap
        query that another window or user's edit always changes (ADR 0087)."""
        with reading(self) as conn:
            return read_fingerprint(conn, article_id)

    def integrity_check(self) -> list[str]:
        """What the database engine finds wrong with its file; empty when it is sound.

        SQLite runs ``PRAGMA integrity_check``; a PostgreSQL server checks its own pages, so
        there is nothing to ask it here.
        """
        if self.dialect != "sqlite":
            return []
        try:
            with reading(self) as conn:
                found = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check")]
        except SQLAlchemyDatabaseError as error:  # too damaged to be checked at all
            return [str(error.orig)]
        except StorageError as error:
            # damage the connection met before the check could run (the schema's own page:
            # "malformed" on the first statement) is this check's answer, not a failure
            if error.kind != "damaged":
                raise
            return [str(getattr(error.__cause__, "orig", None) or error)]
        return [] if found == ["ok"] else found


# -- helpers shared by readers -----------------------------------------------------------


def _ids_by_sha256(conn: Connection, hashes: Collection[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(list(hashes), 500):
        rows = conn.execute(select(ART.c.sha256, ART.c.id).where(ART.c.sha256.in_(chunk)))
        found.update({sha: id_ for sha, id_ in rows})
    return found


def _runner(conn: Connection) -> listing.Run:
    """How :mod:`.listing` runs its statements here: SQLAlchemy, on the store's connection."""

    def run(key: str, params: Mapping[str, Any]) -> Sequence[Sequence[Any]]:
        return conn.execute(statement(key), dict(params)).all()

    return run


def _write_links(conn: Connection, source_id: str, links: Sequence[Link]) -> None:
    unique = {(link.target, link.kind) for link in links}
    if unique:
        conn.execute(
            insert(LINK),
            [{"source_id": source_id, "target_id": t, "kind": k} for t, k in sorted(unique)],
        )


def _annotation_changes(annotation: Annotation) -> Changes:
    return Changes(
        articles=frozenset({annotation.article_id}), annotations=frozenset({annotation.id})
    )


__all__ = [
    "UNSET",
    "ArticleQuery",
    "NewArticle",
    "NewImage",
    "PreparedImage",
    "Store",
    "Stored",
    "check_span",
    "validate_attributes",
]
