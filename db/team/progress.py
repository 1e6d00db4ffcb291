"""Progress against assignments: where each annotator stands, and one annotator's articles.

Counted in SQL (GROUP BY over the assignment, status and annotation tables), so that a
database of 100,000 articles and a million annotations answers in about the time of the
bare counts (``bench/team.py``, docs/performance.md). The adjudicated set
(:data:`~marginalia.db.values.GOLD`) is not a person and is left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, select

from ..connection import reading
from ..errors import NotFoundError
from ..reading import chunks
from ..tables import ART, ASSIGN, STATUS, WHO, A
from ..values import GOLD, Status

if TYPE_CHECKING:
    from ..store import Store


@dataclass(frozen=True, slots=True)
class AnnotatorProgress:
    """Where one annotator stands: their assignments by status, and where they last worked.

    ``assigned`` counts the articles assigned to them; ``done``, ``in_progress`` and
    ``skipped`` count those of the assigned articles that have that status (``new`` is the
    rest). ``unassigned`` counts articles they worked on without being assigned them.
    ``last_active`` is the latest change of any of their annotations or statuses, and
    ``last_article`` (titled ``last_title``) the article it was on: where they are.
    """

    name: str
    assigned: int
    done: int
    in_progress: int
    skipped: int
    unassigned: int
    annotations: int
    last_active: datetime | None
    last_article: int | None
    last_title: str = ""

    @property
    def new(self) -> int:
        return self.assigned - self.done - self.in_progress - self.skipped

    @property
    def to_do(self) -> int:
        """Assigned articles not yet done or skipped."""
        return self.new + self.in_progress


@dataclass(frozen=True, slots=True)
class ArticleProgress:
    """One article of one annotator's work: assigned to them, or worked on all the same."""

    article_id: int
    title: str
    assigned: bool
    status: Status
    #: when the status was last set (None while the article is new)
    status_changed: datetime | None
    #: their live annotations on it
    annotations: int
    #: the latest change of their annotations or status on it
    last_change: datetime | None


_SAME_PAIR_AS_ASSIGNMENT = and_(
    STATUS.c.article_id == ASSIGN.c.article_id, STATUS.c.annotator_id == ASSIGN.c.annotator_id
)


def progress(store: Store) -> list[AnnotatorProgress]:
    """Every annotator with an assignment, a status or an annotation, by name — not
    :data:`~marginalia.db.values.GOLD`, which is the adjudicated set, not a person."""
    with reading(store) as conn:
        names: dict[int, str] = dict(conn.execute(select(WHO.c.id, WHO.c.name)).all())
        assigned: dict[int, int] = dict(
            conn.execute(
                select(ASSIGN.c.annotator_id, func.count()).group_by(ASSIGN.c.annotator_id)
            ).all()
        )
        by_status: dict[int, dict[str, int]] = defaultdict(dict)
        for who, status, n in conn.execute(
            select(ASSIGN.c.annotator_id, STATUS.c.status, func.count())
            .select_from(ASSIGN.join(STATUS, _SAME_PAIR_AS_ASSIGNMENT))
            .group_by(ASSIGN.c.annotator_id, STATUS.c.status)
        ):
            by_status[who][status] = n
        live: dict[int, int] = dict(
            conn.execute(
                select(A.c.annotator_id, func.count())
                .where(A.c.deleted.is_(None))
                .group_by(A.c.annotator_id)
            ).all()
        )
        unassigned: dict[int, int] = defaultdict(int)
        for table in (STATUS, A):
            worked = select(table.c.annotator_id, table.c.article_id).distinct().subquery()
            for who, n in conn.execute(
                select(worked.c.annotator_id, func.count())
                .where(
                    ~select(ASSIGN.c.article_id)
                    .where(
                        ASSIGN.c.article_id == worked.c.article_id,
                        ASSIGN.c.annotator_id == worked.c.annotator_id,
                    )
                    .exists()
                )
                .group_by(worked.c.annotator_id)
            ):
                unassigned[who] += n
        if unassigned:  # an article with both a status and annotations counted once
            both = (
                select(STATUS.c.annotator_id, func.count())
                .where(
                    select(A.c.article_id)
                    .where(
                        A.c.article_id == STATUS.c.article_id,
                        A.c.annotator_id == STATUS.c.annotator_id,
                    )
                    .exists(),
                    ~select(ASSIGN.c.article_id).where(_SAME_PAIR_AS_ASSIGNMENT).exists(),
                )
                .group_by(STATUS.c.annotator_id)
            )
            for who, n in conn.execute(both):
                unassigned[who] -= n
        latest = _latest(store, conn)
        where = sorted({article for _when, article in latest.values()})
        titles: dict[int, str] = (
            dict(conn.execute(select(ART.c.id, ART.c.title).where(ART.c.id.in_(where))).all())
            if where
            else {}
        )
    found = []
    for who in set(assigned) | set(by_status) | set(live) | set(latest):
        if names[who] == GOLD:
            continue
        counts = by_status.get(who, {})
        last = latest.get(who)
        found.append(
            AnnotatorProgress(
                name=names[who],
                assigned=assigned.get(who, 0),
                done=counts.get(str(Status.DONE), 0),
                in_progress=counts.get(str(Status.IN_PROGRESS), 0),
                skipped=counts.get(str(Status.SKIPPED), 0),
                unassigned=unassigned.get(who, 0),
                annotations=live.get(who, 0),
                last_active=last[0] if last else None,
                last_article=last[1] if last else None,
                last_title=titles.get(last[1], "") if last else "",
            )
        )
    return sorted(found, key=lambda p: p.name)


def _latest(store: Store, conn: Connection) -> dict[int, tuple[datetime, int]]:
    """Per annotator, the time and article of their latest annotation or status change.

    One pass over each table, also when many rows share the latest time (a merge copies
    times): SQLite takes a bare column from the row that holds ``max()``; PostgreSQL has
    ``DISTINCT ON``.
    """
    found: dict[int, tuple[datetime, int]] = {}
    for table in (A, STATUS):
        if store.dialect == "sqlite":
            stmt = select(
                table.c.annotator_id, func.max(table.c.updated), table.c.article_id
            ).group_by(table.c.annotator_id)
        else:
            stmt = _distinct_on(
                select(table.c.annotator_id, table.c.updated, table.c.article_id).order_by(
                    table.c.annotator_id, table.c.updated.desc(), table.c.article_id.desc()
                ),
                table.c.annotator_id,
            )
        for who, when, article in conn.execute(stmt):
            known = found.get(who)
            if when is not None and (known is None or when > known[0]):
                found[who] = (when, article)
    return found


def _distinct_on(stmt: Select[Any], column: ColumnElement[Any]) -> Select[Any]:
    try:  # SQLAlchemy 2.1
        from sqlalchemy.dialects.postgresql import distinct_on
    except ImportError:  # 2.0: the then-current spelling
        return stmt.distinct(column)
    return stmt.ext(distinct_on(column))


def annotator_articles(store: Store, annotator: str) -> list[ArticleProgress]:
    """The articles assigned to ``annotator`` and those they worked on without an
    assignment, in article order, with their status and latest change."""
    with reading(store) as conn:
        try:
            who = store.annotator_id(conn, annotator, create=False)
        except NotFoundError:
            return []
        rows: dict[int, tuple[str, bool, Status, datetime | None]] = {}
        for article_id, title, status, when in conn.execute(
            select(ASSIGN.c.article_id, ART.c.title, STATUS.c.status, STATUS.c.updated)
            .select_from(
                ASSIGN.join(ART, ART.c.id == ASSIGN.c.article_id).outerjoin(
                    STATUS, _SAME_PAIR_AS_ASSIGNMENT
                )
            )
            .where(ASSIGN.c.annotator_id == who)
        ):
            rows[article_id] = (title, True, Status(status) if status else Status.NEW, when)
        for article_id, title, status, when in conn.execute(
            select(STATUS.c.article_id, ART.c.title, STATUS.c.status, STATUS.c.updated)
            .select_from(STATUS.join(ART, ART.c.id == STATUS.c.article_id))
            .where(STATUS.c.annotator_id == who)
        ):
            if article_id not in rows:
                rows[article_id] = (title, False, Status(status), when)
        annotations: dict[int, tuple[int, datetime]] = {
            article_id: (n, last)
            for article_id, n, last in conn.execute(
                select(
                    A.c.article_id,
                    func.count().filter(A.c.deleted.is_(None)),
                    func.max(A.c.updated),
                )
                .where(A.c.annotator_id == who)
                .group_by(A.c.article_id)
            )
        }
        missing = sorted(set(annotations) - set(rows))
        for chunk in chunks(missing):
            for article_id, title in conn.execute(
                select(ART.c.id, ART.c.title).where(ART.c.id.in_(list(chunk)))
            ):
                rows[article_id] = (title, False, Status.NEW, None)
    found = []
    for article_id in sorted(rows):
        title, is_assigned, status, changed = rows[article_id]
        count, annotated = annotations.get(article_id, (0, None))
        moments = [m for m in (changed, annotated) if m is not None]
        found.append(
            ArticleProgress(
                article_id=article_id,
                title=title,
                assigned=is_assigned,
                status=status,
                status_changed=changed,
                annotations=count,
                last_change=max(moments) if moments else None,
            )
        )
    return found


__all__ = ["AnnotatorProgress", "ArticleProgress", "annotator_articles", "progress"]
