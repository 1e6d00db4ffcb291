"""``import-annotations``: a whole file checked first, then stored in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select

from .. import models as m
from ..store import Store
from ..values import Annotation, Article, Changes
from .anchoring import plan
from .foreign import AnnotationImportError, Problem
from .readers import READERS

A = cast(Table, m.Annotation.__table__)
ART = cast(Table, m.Article.__table__)
LINK = cast(Table, m.AnnotationLink.__table__)


@dataclass(slots=True)
class AnnotationImportReport:
    imported: list[str] = field(default_factory=list)
    #: Ids already in the database (an earlier import of the same file); left as they are.
    already: list[str] = field(default_factory=list)
    #: Records whose offsets disagreed with their quote and were moved onto it.
    reanchored: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def to_json(self) -> dict[str, Any]:
        return {
            "imported": len(self.imported),
            "already": len(self.already),
            "reanchored": list(self.reanchored),
        }


class _StoreArticles:
    def __init__(self, store: Store) -> None:
        self.store = store

    def by_sha256(self, sha256: str) -> Article | None:
        found = self.store.article_id_by_sha256(sha256)
        return self.store.article(found) if found is not None else None

    def by_url(self, url: str) -> Article | None:
        with self.store.reading() as conn:
            found = conn.scalar(select(ART.c.id).where(ART.c.url == url).order_by(ART.c.id))
        return self.store.article(found) if found is not None else None


def import_annotations(
    store: Store, fmt: str, path: Path, default_annotator: str | None = None
) -> AnnotationImportReport:
    """Read ``path`` in ``fmt`` and store its annotations, all or none.

    Raises :class:`AnnotationImportError` naming each bad record and its reason.
    """
    reader = READERS.get(fmt)
    if reader is None:
        known = ", ".join(READERS)
        raise AnnotationImportError(str(path), [Problem(str(path), f"cannot read {fmt} ({known})")])
    if not path.is_file():
        raise AnnotationImportError(str(path), [Problem(path.name, "there is no such file")])
    spans, problems = reader(path)
    if problems:
        raise AnnotationImportError(str(path), problems)

    def stored_article(annotation_id: str) -> int | None:
        with store.reading() as conn:
            return conn.scalar(select(A.c.article_id).where(A.c.id == annotation_id))

    checked = plan(spans, store.schema(), _StoreArticles(store), default_annotator, stored_article)
    if checked.problems:
        raise AnnotationImportError(str(path), checked.problems)
    report = AnnotationImportReport(reanchored=checked.reanchored)
    provenance = {"import": fmt, "file": path.name}
    with store.writing() as conn:
        ids = [a.id for a in checked.annotations]
        present = set(conn.scalars(select(A.c.id).where(A.c.id.in_(ids)))) if ids else set()
        fresh: list[Annotation] = [a for a in checked.annotations if a.id not in present]
        report.already = [a.id for a in checked.annotations if a.id in present]
        if fresh:
            conn.execute(
                insert(A),
                [
                    {
                        "id": a.id,
                        "article_id": a.article_id,
                        "label_id": a.label,
                        "start": a.start,
                        "end": a.end,
                        "quote": a.quote,
                        "prefix": a.prefix,
                        "suffix": a.suffix,
                        "attributes": dict(a.attributes),
                        "note": a.note,
                        "image_id": a.image_id,
                        "annotator_id": store.annotator_id(conn, a.annotator),
                        "created": a.created,
                        "updated": a.updated,
                        "revision": 1,
                        "deleted": None,
                        "provenance": provenance,
                    }
                    for a in fresh
                ],
            )
            links = {(a.id, k.target, k.kind) for a in fresh for k in a.links}
            if links:
                conn.execute(
                    insert(LINK),
                    [{"source_id": s, "target_id": t, "kind": k} for s, t, k in sorted(links)],
                )
    report.imported = [a.id for a in fresh]
    report.changes = Changes(
        articles=frozenset(a.article_id for a in fresh),
        annotations=frozenset(report.imported),
    )
    return report
