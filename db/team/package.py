"""Work packages: a database file for one annotator (ADR 0081).

The package holds the lead's label schema, the chosen articles with the same article and
image ids, their image blobs, the annotator's own annotations on them (tombstones too), the
annotator's statuses and the assignment. Package and lead record each other as merge peers
with the annotations they share, so that merging the package back is exact.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from ..connection import reading, writing
from ..errors import NotFoundError, ValidationError
from ..messages import Message
from ..reading import chunks
from ..store import Store
from ..tables import ART, ASSIGN, ATTR, BLOB, IMG, LABEL, LINK, STATUS, WHO, A
from .assignments import assign
from .sync import contents, database_id, write_bases, write_meta

#: ``marginalia_meta`` keys of a package: whose it is and which database it came from.
PACKAGE_ANNOTATOR = "package_annotator"
PACKAGE_OF = "package_of"


class NothingAssigned(NotFoundError):
    """The annotator has no assigned articles and none were named for the package. The
    sentence is the command line's ("name them with --article"); the window says what to
    tick instead (ADR 0117, round 14)."""

    def __init__(self, message: Message, annotator: str) -> None:
        super().__init__(message)
        self.annotator = annotator


@dataclass(frozen=True, slots=True)
class PackageReport:
    path: Path
    annotator: str
    articles: int
    images: int
    annotations: int


def make_package(
    store: Store,
    annotator: str,
    out: Path,
    article_ids: Iterable[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> PackageReport:
    """Write a work package for ``annotator`` to the new file ``out``.

    With ``article_ids`` those articles are assigned to the annotator first; without, the
    package holds the annotator's assigned articles. ``progress(articles_copied, total)``
    follows the copy; whatever stops it (Ctrl+C too) leaves no file at ``out``.
    """
    out = Path(out)
    if out.exists():
        raise ValidationError(
            Message("{path}: already exists; choose a new file for the package", path=str(out))
        )
    if article_ids is not None:
        ids = sorted(set(article_ids))
        if not ids:
            raise ValidationError(Message("the package would hold no articles"))
        assign(store, ids, [annotator])
    with writing(store) as conn:
        lead_id = database_id(conn)
        who = store.annotator_id(conn, annotator, create=False)
        ids = sorted(conn.scalars(select(ASSIGN.c.article_id).where(ASSIGN.c.annotator_id == who)))
    if not ids:
        raise NothingAssigned(
            Message(
                "{annotator} has no assigned articles; name them with --article",
                annotator=annotator,
            ),
            annotator,
        )

    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with Store.open(out) as package, reading(store) as lead, writing(package) as pconn:
            package_id = database_id(pconn)
            _copy_schema(lead, pconn)
            images = _copy_articles(lead, pconn, ids, progress)
            annotations = _copy_work(lead, pconn, ids, who)
            write_meta(pconn, PACKAGE_ANNOTATOR, annotator)
            write_meta(pconn, PACKAGE_OF, lead_id)
            shared = pconn.execute(select(A)).all()
            said = contents(pconn, shared)
            agreed = [(row.id, row.revision, said[row.id].digest()) for row in shared]
            write_bases(pconn, lead_id, agreed)
    except BaseException:
        out.unlink(missing_ok=True)
        for extra in ("-wal", "-shm"):
            Path(f"{out}{extra}").unlink(missing_ok=True)
        raise
    with writing(store) as conn:
        write_bases(conn, package_id, agreed)
    return PackageReport(out, annotator, len(ids), images, annotations)


def _rows(conn: Connection, stmt: Any) -> list[dict[str, Any]]:
    return [dict(row) for row in conn.execute(stmt).mappings()]


def _copy_schema(lead: Connection, package: Connection) -> None:
    package.execute(delete(ATTR))
    package.execute(delete(LABEL))
    package.execute(insert(LABEL), _rows(lead, select(LABEL)))
    attributes = _rows(lead, select(ATTR))
    if attributes:
        package.execute(insert(ATTR), attributes)


def _copy_articles(
    lead: Connection,
    package: Connection,
    ids: Sequence[int],
    progress: Callable[[int, int], None] | None,
) -> int:
    images: list[dict[str, Any]] = []
    for done, chunk in enumerate(chunks(ids, 200)):
        package.execute(insert(ART), _rows(lead, select(ART).where(ART.c.id.in_(list(chunk)))))
        images += _rows(lead, select(IMG).where(IMG.c.article_id.in_(list(chunk))))
        if progress is not None:
            progress(min(len(ids), (done + 1) * 200), len(ids))
    blobs = sorted({row["sha256"] for row in images if row["sha256"] is not None})
    for chunk in chunks(blobs, 50):
        package.execute(insert(BLOB), _rows(lead, select(BLOB).where(BLOB.c.sha256.in_(chunk))))
    if images:
        package.execute(insert(IMG), images)
    return len(images)


def _copy_work(lead: Connection, package: Connection, ids: Sequence[int], who: int) -> int:
    person = lead.execute(select(WHO).where(WHO.c.id == who)).mappings().one()
    package.execute(insert(WHO), [dict(person)])
    annotations: list[dict[str, Any]] = []
    for chunk in chunks(ids):
        annotations += _rows(
            lead, select(A).where(A.c.annotator_id == who, A.c.article_id.in_(list(chunk)))
        )
        statuses = _rows(
            lead,
            select(STATUS).where(
                STATUS.c.annotator_id == who, STATUS.c.article_id.in_(list(chunk))
            ),
        )
        if statuses:
            package.execute(insert(STATUS), statuses)
        package.execute(
            insert(ASSIGN),
            _rows(
                lead,
                select(ASSIGN).where(
                    ASSIGN.c.annotator_id == who, ASSIGN.c.article_id.in_(list(chunk))
                ),
            ),
        )
    if annotations:
        for batch in chunks(annotations, 2000):
            package.execute(insert(A), list(batch))
        kept = {row["id"] for row in annotations}
        links = [
            row
            for chunk in chunks(sorted(kept))
            for row in _rows(lead, select(LINK).where(LINK.c.source_id.in_(list(chunk))))
            if row["target_id"] in kept  # links to others' annotations stay with the lead
        ]
        if links:
            package.execute(insert(LINK), links)
    return len(annotations)
