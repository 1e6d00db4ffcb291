"""Merging annotators' databases into one (the rules are ADR 0080).

- Articles are joined by text hash (ids may differ: they are mapped), images by
  (article, position), annotators by name, annotations by id.
- An annotation changed on one side only since the two databases last agreed on it (the
  *merge base*) takes that side's version; changed on both sides differently, it is a true
  conflict, kept in ``merge_conflicts`` for the lead. Without a base, a higher revision wins
  and an equal revision with different content is a conflict.
- Tombstones are content like any other: a delete on one side deletes.
- Statuses: the later ``updated`` wins. Assignments: the union.
- A source whose schema differs from the target's is reported and not merged.
- All sources go in one write transaction: interrupted, the target stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update

from .. import models as m
from ..connection import reading, writing
from ..database import serialize
from ..errors import MarginaliaError, one_sentence
from ..messages import Message, reason_of
from ..reading import chunks, read_schema
from ..store import Store
from ..tables import ART, ASSIGN, BLOB, CONFLICT, IMG, LINK, STATUS, WHO, A
from ..values import Changes, Schema
from .rows import (
    ANNOTATOR,
    ARTICLE,
    ATTRIBUTES,
    DELETED,
    END,
    ID,
    IMAGE,
    LABEL,
    NOTE,
    REVISION,
    START,
    UPDATED,
    Row,
    RowCopy,
    remapped,
)
from .sync import (
    Content,
    all_links,
    annotator_names,
    database_id,
    digest,
    image_positions,
    links_of,
    read_bases,
    write_bases,
)

_ARTICLE_COPY = (
    "sha256",
    "title",
    "text",
    "chars",
    "source",
    "url",
    "author",
    "published",
    "language",
    "encoding",
    "encoding_confidence",
    "meta",
    "imported",
)


class MergeError(MarginaliaError):
    """A source cannot be merged (schema mismatch, the target itself, unreadable)."""


@dataclass(frozen=True, slots=True)
class SourceReport:
    """What merging one source did."""

    source: str
    articles_added: int = 0
    annotations_added: int = 0
    annotations_updated: int = 0
    annotations_unchanged: int = 0
    conflicts: tuple[str, ...] = ()
    statuses: int = 0
    assignments: int = 0
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "articles_added": self.articles_added,
            "annotations_added": self.annotations_added,
            "annotations_updated": self.annotations_updated,
            "annotations_unchanged": self.annotations_unchanged,
            "conflicts": list(self.conflicts),
            "statuses": self.statuses,
            "assignments": self.assignments,
            "error": self.error,
        }


@dataclass(frozen=True, slots=True)
class MergeReport:
    sources: tuple[SourceReport, ...]
    changes: Changes = field(default_factory=Changes)

    @property
    def failed(self) -> tuple[SourceReport, ...]:
        return tuple(s for s in self.sources if s.error is not None)

    @property
    def conflicts(self) -> int:
        return sum(len(s.conflicts) for s in self.sources)

    def to_dict(self) -> dict[str, Any]:
        return {"sources": [s.to_dict() for s in self.sources], "conflicts": self.conflicts}


def schema_differences(source: Schema, target: Schema) -> list[str]:
    """Why a source's schema cannot be merged into the target's (empty if it can)."""
    problems: list[str] = []
    for label in source.labels:
        ours = next((lb for lb in target.labels if lb.id == label.id), None)
        if ours is None:
            problems.append(
                Message(
                    "the label {label} ({id}) is not in the target's schema",
                    label=repr(label.name),
                    id=label.id,
                )
            )
            continue
        theirs_defs = [(a.name, str(a.kind), tuple(a.choices)) for a in label.attributes]
        ours_defs = [(a.name, str(a.kind), tuple(a.choices)) for a in ours.attributes]
        if sorted(theirs_defs) != sorted(ours_defs):
            problems.append(
                Message(
                    "the label {label} has different attribute definitions",
                    label=repr(label.name),
                )
            )
    return problems


Progress = Callable[[str], None]


class MergeCancelled(MarginaliaError):
    """The merge was cancelled; the target is as it was."""


def merge(
    target: Store,
    sources: Sequence[str | Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Merge the databases ``sources`` into ``target``, in one transaction.

    A source that cannot be merged (missing, not a database, a schema mismatch, the target
    itself) is reported with its ``error`` and leaves nothing behind; the others merge.
    ``progress`` is called with each source's name as it starts; when ``cancelled()``
    turns true (checked between sources), :class:`MergeCancelled` is raised and the whole
    merge rolled back.
    """
    opened: list[tuple[str, Store | None, str | None]] = []
    with reading(target) as conn:
        target_schema = read_schema(conn)
        target_labels = set(conn.scalars(select(m.table_of(m.Label).c.id)))
    with writing(target) as conn:
        target_id = database_id(conn)
    try:
        for source in sources:
            name = str(source)
            if not _is_url(source) and not Path(source).is_file():
                opened.append(
                    (name, None, Message("{path}: there is no such database file", path=name))
                )
                continue
            try:
                store = Store.open(source)
            except MarginaliaError as exc:
                opened.append((name, None, reason_of(exc)))
                continue
            with writing(store) as sconn:
                peer = database_id(sconn)
                problems = schema_differences(read_schema(sconn), target_schema)
                used = set(sconn.scalars(select(A.c.label_id).distinct()))
            unknown = sorted(used - target_labels)
            if unknown:  # e.g. a label the source retired that the target never had
                problems.append(
                    Message(
                        "annotations use labels the target lacks: {labels}",
                        labels=", ".join(unknown),
                    )
                )
            if peer == target_id:
                problems = [Message("it is the target database itself")]
            error: str | None = (
                Message("{path}: {reason}", path=name, reason=one_sentence(problems))
                if problems
                else None
            )
            opened.append((name, store, error))

        reports: list[SourceReport] = []
        changes = Changes()
        with writing(target) as tconn:
            for name, source_store, error in opened:
                if source_store is None or error is not None:
                    reports.append(SourceReport(name, error=error))
                    continue
                if cancelled is not None and cancelled():
                    raise MergeCancelled(Message("the merge was cancelled; nothing was changed"))
                if progress is not None:
                    progress(name)
                with reading(source_store) as sconn:
                    report, changed = _merge_one(name, sconn, tconn, target_id)
                reports.append(report)
                changes = changes | changed
        return MergeReport(tuple(reports), changes)
    finally:
        for _name, opened_store, _error in opened:
            if opened_store is not None:
                opened_store.close()
        target.forget_schema()


def _is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


class _Merger:
    """The state of merging one source into the target within the target's transaction."""

    def __init__(self, name: str, sconn: Connection, tconn: Connection, target_id: str) -> None:
        self.name = name
        self.s = sconn
        self.t = tconn
        self.target_id = target_id
        self.peer = database_id_readonly(sconn)
        self.articles: dict[int, int] = {}
        self.images: dict[int, int] = {}  # source image id -> target image id
        self.target_images: dict[tuple[int, int], int] = {}  # (target article, position) -> id
        self.annotators: dict[int, int] = {}
        self.changed_articles: set[int] = set()
        self.changed_annotations: set[str] = set()
        self.source_links: dict[str, list[tuple[str, str]]] = {}
        self.source_names = annotator_names(sconn)
        self.rows = RowCopy(sconn, tconn)

    # -- articles, images, annotators ---------------------------------------------------

    def map_articles(self) -> int:
        source_rows = self.s.execute(select(ART.c.id, ART.c.sha256)).all()
        known: dict[str, int] = {}
        for chunk in chunks([sha for _id, sha in source_rows]):
            known.update(
                dict(
                    self.t.execute(
                        select(ART.c.sha256, ART.c.id).where(ART.c.sha256.in_(list(chunk)))
                    ).all()
                )
            )
        missing = [id_ for id_, sha in source_rows if sha not in known]
        for chunk in chunks(missing, 200):
            rows = self.s.execute(
                select(ART.c.id, *[ART.c[c] for c in _ARTICLE_COPY]).where(
                    ART.c.id.in_(list(chunk))
                )
            ).mappings()
            batch = [dict(row) for row in rows]
            ids = list(
                self.t.scalars(
                    insert(ART).returning(ART.c.id, sort_by_parameter_order=True),
                    [{c: row[c] for c in _ARTICLE_COPY} for row in batch],
                )
            )
            for row, new_id in zip(batch, ids, strict=True):
                known[row["sha256"]] = new_id
                self.changed_articles.add(new_id)
        self.articles = {id_: known[sha] for id_, sha in source_rows}
        self._map_images()
        return len(missing)

    def _map_images(self) -> None:
        target_ids = sorted(set(self.articles.values()))
        for chunk in chunks(target_ids):
            for image_id, article_id, position in self.t.execute(
                select(IMG.c.id, IMG.c.article_id, IMG.c.position).where(
                    IMG.c.article_id.in_(list(chunk))
                )
            ):
                self.target_images[(article_id, position)] = image_id
        source_images = self.s.execute(select(IMG)).all()
        wanted = [
            row
            for row in source_images
            if (self.articles[row.article_id], row.position) not in self.target_images
        ]
        blobs = {row.sha256 for row in wanted if row.sha256 is not None}
        have: set[str] = set()
        for chunk in chunks(sorted(blobs)):
            have.update(self.t.scalars(select(BLOB.c.sha256).where(BLOB.c.sha256.in_(chunk))))
        for chunk in chunks(sorted(blobs - have), 50):
            rows = [
                dict(r)
                for r in self.s.execute(select(BLOB).where(BLOB.c.sha256.in_(chunk))).mappings()
            ]
            if rows:
                self.t.execute(insert(BLOB), rows)
        if wanted:
            new_ids = list(
                self.t.scalars(
                    insert(IMG).returning(IMG.c.id, sort_by_parameter_order=True),
                    [
                        {
                            "article_id": self.articles[row.article_id],
                            "position": row.position,
                            "offset": row.offset,
                            "name": row.name,
                            "caption": row.caption,
                            "sha256": row.sha256,
                            "url": row.url,
                            "alt": row.alt,
                        }
                        for row in wanted
                    ],
                )
            )
            for row, new_id in zip(wanted, new_ids, strict=True):
                self.target_images[(self.articles[row.article_id], row.position)] = new_id
        for row in source_images:
            self.images[row.id] = self.target_images[(self.articles[row.article_id], row.position)]

    def map_annotators(self) -> None:
        theirs = self.source_names
        ours = {name: id_ for id_, name in annotator_names(self.t).items()}
        for source_id, name in theirs.items():
            if name not in ours:
                ours[name] = self.t.execute(
                    insert(WHO).values(name=name, created=m.utcnow()).returning(WHO.c.id)
                ).scalar_one()
            self.annotators[source_id] = ours[name]

    # -- annotations --------------------------------------------------------------------

    def target_row(self, row: Row, revision: int) -> Row:
        """A source row with the target's article, image and annotator ids."""
        return remapped(row, self.articles, self.images, self.annotators, revision)

    def digests(
        self,
        rows: Iterable[Row],
        names: Mapping[int, str],
        links: Mapping[str, Sequence[tuple[str, str]]],
        positions: Mapping[int, int],
    ) -> list[str]:
        """The content digest of each row (names, links and positions of its database)."""
        attributes = self.rows.attributes
        return [
            digest(
                row[LABEL],
                row[START],
                row[END],
                attributes(row[ATTRIBUTES]),
                row[NOTE] or "",
                None if row[IMAGE] is None else positions.get(row[IMAGE]),
                sorted(links.get(row[ID], ())),
                names[row[ANNOTATOR]],
                row[DELETED] is not None,
            )
            for row in rows
        ]

    def content(self, row: Row, positions: Mapping[int, int]) -> Content:
        image = row[IMAGE]
        return Content(
            label=row[LABEL],
            start=row[START],
            end=row[END],
            attributes=self.rows.attributes(row[ATTRIBUTES]),
            note=row[NOTE] or "",
            image_position=None if image is None else positions.get(image),
            links=tuple(sorted(self.source_links.get(row[ID], ()))),
            annotator=self.source_names[row[ANNOTATOR]],
            deleted=row[DELETED] is not None,
        )

    def merge_annotations(self) -> tuple[int, int, int, list[str]]:
        source_rows = self.rows.all_of_source()
        self.source_links = all_links(self.s)
        positions = dict(self.s.execute(select(IMG.c.id, IMG.c.position)).all())
        ours_rows = {row[ID]: row for row in self.rows.in_target([row[ID] for row in source_rows])}
        ours = {}
        if ours_rows:
            our_names = annotator_names(self.t)
            our_links = links_of(self.t, list(ours_rows))
            our_positions = image_positions(
                self.t, {row[IMAGE] for row in ours_rows.values() if row[IMAGE] is not None}
            )
            ours = dict(
                zip(
                    ours_rows,
                    self.digests(ours_rows.values(), our_names, our_links, our_positions),
                    strict=True,
                )
            )
        bases = read_bases(self.t, self.peer, list(ours_rows))
        missing_bases = [i for i in ours_rows if i not in bases]
        if missing_bases:  # the source may know the base (a package made from the target)
            bases.update(read_bases(self.s, self.target_id, missing_bases))
        pending = _pending_conflicts(self.t, list(ours_rows))

        inserts: list[Row] = []
        updates: list[Row] = []
        agreed: list[tuple[str, int, str]] = []
        agreed_fresh: list[tuple[str, int, str]] = []
        conflicts: list[dict[str, Any]] = []
        unchanged = 0
        their_digests = self.digests(source_rows, self.source_names, self.source_links, positions)
        for row, their_digest in zip(source_rows, their_digests, strict=True):
            id_ = row[ID]
            mine = ours_rows.get(id_)
            if mine is None:
                inserts.append(self.target_row(row, row[REVISION]))
                agreed_fresh.append((id_, row[REVISION], their_digest))
                continue
            my_digest = ours[id_]
            if my_digest == their_digest:
                agreed.append((id_, max(row[REVISION], mine[REVISION]), their_digest))
                unchanged += 1
                continue
            base = bases.get(id_)
            if base is not None:
                theirs_changed = their_digest != base[1]
                ours_changed = my_digest != base[1]
            else:  # never agreed: the higher revision is the newer one
                theirs_changed = row[REVISION] >= mine[REVISION]
                ours_changed = mine[REVISION] >= row[REVISION]
            if not theirs_changed:
                unchanged += 1
            elif not ours_changed:
                revision = max(row[REVISION], mine[REVISION] + 1)
                updates.append(self.target_row(row, revision))
                agreed.append((id_, revision, their_digest))
            elif their_digest not in pending.get(id_, set()):
                conflicts.append(
                    {
                        "annotation_id": id_,
                        "article_id": mine[ARTICLE],
                        "source": self.name,
                        "theirs": {
                            "peer": self.peer,
                            "digest": their_digest,
                            "revision": row[REVISION],
                            "updated": self.rows.moment(row[UPDATED]).isoformat(),
                            "annotation": self.content(row, positions).to_dict(),
                        },
                        "detected": m.utcnow(),
                    }
                )
            else:
                unchanged += 1  # the same conflict is already waiting for the lead

        self.rows.insert(inserts)
        self.rows.update(updates)
        taken = [row[ID] for row in inserts] + [row[ID] for row in updates]
        self._copy_links(taken, bool(updates))
        write_bases(self.t, self.peer, agreed)
        write_bases(self.t, self.peer, agreed_fresh, fresh=True)
        if conflicts:
            self.t.execute(insert(CONFLICT), conflicts)
        for written in (inserts, updates):
            self.changed_articles.update(row[ARTICLE] for row in written)
            self.changed_annotations.update(row[ID] for row in written)
        for conflict in conflicts:
            self.changed_articles.add(conflict["article_id"])
        return len(inserts), len(updates), unchanged, [c["annotation_id"] for c in conflicts]

    def _copy_links(self, ids: list[str], replace: bool) -> None:
        from sqlalchemy import delete

        if replace:
            for chunk in chunks(ids):
                self.t.execute(delete(LINK).where(LINK.c.source_id.in_(list(chunk))))
        rows = [
            {"source_id": source, "target_id": target, "kind": kind}
            for source in ids
            for target, kind in self.source_links.get(source, ())
        ]
        if rows:
            self.t.execute(insert(LINK), rows)

    # -- statuses and assignments --------------------------------------------------------

    def merge_statuses(self) -> int:
        theirs = self.s.execute(select(STATUS)).all()
        ours = {
            (row.article_id, row.annotator_id): row.updated
            for row in self.t.execute(select(STATUS)).all()
        }
        fresh: list[dict[str, Any]] = []
        newer: list[dict[str, Any]] = []
        for row in theirs:
            key = (self.articles[row.article_id], self.annotators[row.annotator_id])
            record = {
                "article_id": key[0],
                "annotator_id": key[1],
                "status": row.status,
                "reason": row.reason,
                "updated": row.updated,
            }
            if key not in ours:
                fresh.append(record)
            elif row.updated > ours[key]:
                newer.append(record)
        if fresh:
            self.t.execute(insert(STATUS), fresh)
        if newer:
            from sqlalchemy import bindparam

            self.t.execute(
                update(STATUS)
                .where(
                    STATUS.c.article_id == bindparam("_a"),
                    STATUS.c.annotator_id == bindparam("_w"),
                )
                .values(status=bindparam("_s"), reason=bindparam("_r"), updated=bindparam("_u")),
                [
                    {
                        "_a": r["article_id"],
                        "_w": r["annotator_id"],
                        "_s": r["status"],
                        "_r": r["reason"],
                        "_u": r["updated"],
                    }
                    for r in newer
                ],
            )
        for record in fresh + newer:
            self.changed_articles.add(record["article_id"])
        return len(fresh) + len(newer)

    def merge_assignments(self) -> int:
        ours = {(r.article_id, r.annotator_id) for r in self.t.execute(select(ASSIGN)).all()}
        fresh = []
        for row in self.s.execute(select(ASSIGN)).all():
            key = (self.articles[row.article_id], self.annotators[row.annotator_id])
            if key not in ours:
                ours.add(key)
                fresh.append(
                    {"article_id": key[0], "annotator_id": key[1], "assigned": row.assigned}
                )
        if fresh:
            self.t.execute(insert(ASSIGN), fresh)
        return len(fresh)


def database_id_readonly(conn: Connection) -> str:
    """A source's identity, which :func:`merge` has made sure it has."""
    found = conn.scalar(
        select(m.table_of(m.Meta).c.value).where(m.table_of(m.Meta).c.key == "database_id")
    )
    if found is None:  # pragma: no cover - merge() writes it before
        raise MergeError("the source has no database id")  # a bug: not for the user
    return str(found)


def _pending_conflicts(conn: Connection, ids: Sequence[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for chunk in chunks(ids):
        for annotation_id, theirs in conn.execute(
            select(CONFLICT.c.annotation_id, CONFLICT.c.theirs).where(
                CONFLICT.c.annotation_id.in_(list(chunk)), CONFLICT.c.resolved.is_(None)
            )
        ):
            found.setdefault(annotation_id, set()).add(str(theirs.get("digest")))
    return found


def _merge_one(
    name: str, sconn: Connection, tconn: Connection, target_id: str
) -> tuple[SourceReport, Changes]:
    serialize(tconn, "articles")
    serialize(tconn, "annotators")
    merger = _Merger(name, sconn, tconn, target_id)
    added_articles = merger.map_articles()
    merger.map_annotators()
    added, updated, unchanged, conflicts = merger.merge_annotations()
    statuses = merger.merge_statuses()
    assignments = merger.merge_assignments()
    report = SourceReport(
        name,
        articles_added=added_articles,
        annotations_added=added,
        annotations_updated=updated,
        annotations_unchanged=unchanged,
        conflicts=tuple(conflicts),
        statuses=statuses,
        assignments=assignments,
    )
    changes = Changes(
        articles=frozenset(merger.changed_articles),
        annotations=frozenset(merger.changed_annotations),
        annotators=bool(merger.annotators),
    )
    return report, changes


__all__ = [
    "Content",
    "MergeCancelled",
    "MergeError",
    "MergeReport",
    "SourceReport",
    "merge",
    "schema_differences",
]
