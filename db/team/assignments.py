"""Which annotator works on which article (several per article when agreement is wanted)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select

from .. import models as m
from ..connection import reading, writing
from ..errors import NotFoundError
from ..messages import Message
from ..reading import chunks
from ..store import Store
from ..tables import ART, ASSIGN, STATUS, WHO, A
from ..values import Changes


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
            raise NotFoundError(Message("there is no article {id}", id=missing[0]))
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
