"""Which annotator works on which article (several per article when agreement is wanted)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, insert, select

from .. import models as m
from ..connection import reading, writing
from ..errors import NotFoundError
from ..reading import chunks
from ..store import Store
from ..tables import ART, ASSIGN, STATUS, WHO, A
from ..values import GOLD, Changes, Status


@dataclass(frozen=True, slots=True)
class Assignment:
    article_id: int
    annotator: str
    assigned: datetime


def assign(store: Store, article_ids: Iterable[int], annotators: Iterable[str]) -> Changes:
    """Assign every article to every annotator (already assigned pairs stay as they are)."""
    ids = sorted(set(article_ids))
    names = sorted({name.strip() for name in annotators})
    now = m.utcnow()
    with writing(store) as conn:
        found: set[int] = set()
        for chunk in chunks(ids):
            found.update(conn.scalars(select(ART.c.id).where(ART.c.id.in_(list(chunk)))))
        missing = [i for i in ids if i not in found]
        if missing:
            raise NotFoundError(f"there is no article {missing[0]}")
        rows = []
        for name in names:
            who = store.annotator_id(conn, name)
            have = set(
                conn.scalars(select(ASSIGN.c.article_id).where(ASSIGN.c.annotator_id == who))
            )
            rows += [
                {"article_id": i, "annotator_id": who, "assigned": now}
                for i in ids
                if i not in have
            ]
        if rows:
            conn.execute(insert(ASSIGN), rows)
    return Changes(articles=frozenset(ids), annotators=bool(names))


def unassign(store: Store, article_ids: Iterable[int], annotator: str) -> Changes:
    ids = sorted(set(article_ids))
    with writing(store) as conn:
        who = store.annotator_id(conn, annotator, create=False)
        for chunk in chunks(ids):
            conn.execute(
                delete(ASSIGN).where(
                    ASSIGN.c.annotator_id == who, ASSIGN.c.article_id.in_(list(chunk))
                )
            )
    return Changes(articles=frozenset(ids))


def assignments(store: Store, annotator: str | None = None) -> list[Assignment]:
    """The assignments, by article and annotator name."""
    stmt = (
        select(ASSIGN.c.article_id, WHO.c.name, ASSIGN.c.assigned)
        .select_from(ASSIGN.join(WHO))
        .order_by(ASSIGN.c.article_id, WHO.c.name)
    )
    if annotator is not None:
        stmt = stmt.where(WHO.c.name == annotator)
    with reading(store) as conn:
        return [Assignment(a, n, t) for a, n, t in conn.execute(stmt)]


def coders_per_article(
    store: Store, annotators: Collection[str] | None = None
) -> dict[int, set[str]]:
    """Who coded each article: a status, a live or deleted annotation, or an assignment."""
    found: defaultdict[int, set[str]] = defaultdict(set)
    sources = [
        select(STATUS.c.article_id, WHO.c.name).select_from(STATUS.join(WHO)),
        select(ASSIGN.c.article_id, WHO.c.name).select_from(ASSIGN.join(WHO)),
        select(A.c.article_id, WHO.c.name).select_from(A.join(WHO)).distinct(),
    ]
    with reading(store) as conn:
        for stmt in sources:
            for article_id, name in conn.execute(stmt):
                if annotators is None or name in annotators:
                    found[article_id].add(name)
    return dict(found)


# -- progress against assignments ---------------------------------------------------------


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


def progress(store: Store) -> list[AnnotatorProgress]:
    """Every annotator with an assignment, a status or an annotation, by name — not
    :data:`~marginalia.db.values.GOLD`, which is the adjudicated set, not a person."""
    with reading(store) as conn:
        names = dict(conn.execute(select(WHO.c.id, WHO.c.name)).all())
        assigned: dict[int, set[int]] = defaultdict(set)
        for article_id, who in conn.execute(select(ASSIGN.c.article_id, ASSIGN.c.annotator_id)):
            assigned[who].add(article_id)
        statuses: dict[int, dict[int, tuple[Status, datetime]]] = defaultdict(dict)
        for article_id, who, status, when in conn.execute(
            select(STATUS.c.article_id, STATUS.c.annotator_id, STATUS.c.status, STATUS.c.updated)
        ):
            statuses[who][article_id] = (Status(status), when)
        live: dict[int, int] = defaultdict(int)
        touched: dict[int, set[int]] = defaultdict(set)
        latest: dict[int, tuple[datetime, int]] = {}
        for who, article_id, n, last in conn.execute(
            select(
                A.c.annotator_id,
                A.c.article_id,
                func.count().filter(A.c.deleted.is_(None)),
                func.max(A.c.updated),
            ).group_by(A.c.annotator_id, A.c.article_id)
        ):
            live[who] += n
            touched[who].add(article_id)
            _later(latest, who, last, article_id)
        for who, by_article in statuses.items():
            for article_id, (_status, when) in by_article.items():
                _later(latest, who, when, article_id)
        where = sorted({article for _when, article in latest.values()})
        titles: dict[int, str] = {}
        for chunk in chunks(where):
            titles.update(
                conn.execute(select(ART.c.id, ART.c.title).where(ART.c.id.in_(list(chunk)))).all()
            )
    found = []
    for who in set(assigned) | set(statuses) | set(touched):
        if names[who] == GOLD:
            continue
        mine = assigned.get(who, set())
        counts = Counter(statuses[who][a][0] for a in mine if a in statuses[who])
        worked = (set(statuses[who]) | touched[who]) - mine
        last = latest.get(who)
        found.append(
            AnnotatorProgress(
                name=names[who],
                assigned=len(mine),
                done=counts[Status.DONE],
                in_progress=counts[Status.IN_PROGRESS],
                skipped=counts[Status.SKIPPED],
                unassigned=len(worked),
                annotations=live[who],
                last_active=last[0] if last else None,
                last_article=last[1] if last else None,
                last_title=titles.get(last[1], "") if last else "",
            )
        )
    return sorted(found, key=lambda p: p.name)


def annotator_articles(store: Store, annotator: str) -> list[ArticleProgress]:
    """The articles assigned to ``annotator`` and those they worked on without an
    assignment, in article order, with their status and latest change."""
    with reading(store) as conn:
        try:
            who = store.annotator_id(conn, annotator, create=False)
        except NotFoundError:
            return []
        mine = set(conn.scalars(select(ASSIGN.c.article_id).where(ASSIGN.c.annotator_id == who)))
        statuses = {
            article_id: (Status(status), when)
            for article_id, status, when in conn.execute(
                select(STATUS.c.article_id, STATUS.c.status, STATUS.c.updated).where(
                    STATUS.c.annotator_id == who
                )
            )
        }
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
        ids = sorted(mine | set(statuses) | set(annotations))
        titles: dict[int, str] = {}
        for chunk in chunks(ids):
            titles.update(
                conn.execute(select(ART.c.id, ART.c.title).where(ART.c.id.in_(list(chunk)))).all()
            )
    rows = []
    for article_id in ids:
        status, changed = statuses.get(article_id, (Status.NEW, None))
        count, annotated = annotations.get(article_id, (0, None))
        moments = [m for m in (changed, annotated) if m is not None]
        rows.append(
            ArticleProgress(
                article_id=article_id,
                title=titles.get(article_id, ""),
                assigned=article_id in mine,
                status=status,
                status_changed=changed,
                annotations=count,
                last_change=max(moments) if moments else None,
            )
        )
    return rows


def _later(
    latest: dict[int, tuple[datetime, int]], who: int, when: datetime | None, article_id: int
) -> None:
    if when is None:
        return
    known = latest.get(who)
    if known is None or when > known[0]:
        latest[who] = (when, article_id)
