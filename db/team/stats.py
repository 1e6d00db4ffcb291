"""Figures a lead watches: agreement on the live annotations, and progress over time."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Date, and_, cast, func, or_, select

from .. import models as m
from ..agreement import AgreementReport, Span, agreement
from ..connection import reading
from ..store import Store
from ..values import GOLD
from .assignments import coders_per_article

A = m.table_of(m.Annotation)
ART = m.table_of(m.Article)
WHO = m.table_of(m.Annotator)
STATUS = m.table_of(m.ArticleStatus)


def store_agreement(
    store: Store,
    *,
    labels: Collection[str] | None = None,
    annotators: Collection[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> AgreementReport:
    """Agreement between annotators on the database's live annotations, per label id.

    An annotator coded an article if they have a status, an annotation (even deleted) or an
    assignment on it. ``labels`` are ids or names; ``annotators`` names — by default every
    annotator but :data:`~marginalia.db.values.GOLD`, the adjudicated set (name it to
    compare annotators with the gold set).
    """
    label_ids = None if labels is None else {store.label(lb).id for lb in labels}
    with reading(store) as conn:
        rows = conn.execute(
            select(A.c.article_id, WHO.c.name, A.c.label_id, A.c.start, A.c.end)
            .select_from(A.join(WHO))
            .where(A.c.deleted.is_(None))
        ).all()
        spans = [
            Span(article, who, label, start, end)
            for article, who, label, start, end in rows
            if (label_ids is None or label in label_ids)
            and (who in annotators if annotators is not None else who != GOLD)
        ]
        coders = coders_per_article(store, annotators)
        if annotators is None:
            coders = {a: names - {GOLD} for a, names in coders.items() if names - {GOLD}}
        wanted = sorted(set(coders) | {s.article_id for s in spans})
        lengths = (
            dict(conn.execute(select(ART.c.id, ART.c.chars).where(ART.c.id.in_(wanted))).all())
            if wanted
            else {}
        )
    return agreement(
        spans,
        lengths,
        labels=label_ids if label_ids is not None else None,
        annotators=annotators,
        coders_per_article=coders,
        progress=progress,
    )


@dataclass(frozen=True, slots=True)
class DayCount:
    """What one annotator did on one day (UTC) with one label — counting what exists.

    ``created``: annotations made that day that were not deleted the same day (so an accept
    or a tag undone at once counts nowhere); ``edited``: live annotations last changed on a
    later day than they were made; ``deleted``: annotations deleted on a later day than they
    were made. Summed over the days, ``created - deleted`` is what the annotator has now.
    ``label`` is ``None`` for ``done`` (articles marked done that day, by status time).
    """

    day: date
    annotator: str
    label: str | None
    created: int = 0
    edited: int = 0
    deleted: int = 0
    done: int = 0


def activity(store: Store, *, annotators: Collection[str] | None = None) -> list[DayCount]:
    """Per day, annotator and label: annotations created, edited and deleted, and per day
    and annotator the articles marked done — for the statistics view's charts.

    Counted in SQL by UTC day (a GROUP BY per measure, ``bench/team.py``). The gold set
    (:data:`~marginalia.db.values.GOLD`) is not an annotator and is left out.
    """
    made, changed, gone = (_utc_day(store, c) for c in (A.c.created, A.c.updated, A.c.deleted))
    measures = {
        # made that day and not taken back the same day
        "created": (made, or_(A.c.deleted.is_(None), gone != made)),
        # live, last changed on a later day than made
        "edited": (changed, and_(A.c.deleted.is_(None), changed != made)),
        # deleted on a later day than made
        "deleted": (gone, and_(A.c.deleted.is_not(None), gone != made)),
    }
    counts: dict[tuple[date, str, str | None], dict[str, int]] = {}
    people = WHO.c.name != GOLD
    if annotators is not None:
        people = and_(people, WHO.c.name.in_(sorted(annotators)))
    with reading(store) as conn:
        for measure, (day, condition) in measures.items():
            for when, who, label, n in conn.execute(
                select(day, WHO.c.name, A.c.label_id, func.count())
                .select_from(A.join(WHO))
                .where(condition, people)
                .group_by(day, WHO.c.name, A.c.label_id)
            ):
                counts.setdefault((_as_date(when), who, label), {})[measure] = n
        done_day = _utc_day(store, STATUS.c.updated)
        for when, who, n in conn.execute(
            select(done_day, WHO.c.name, func.count())
            .select_from(STATUS.join(WHO))
            .where(STATUS.c.status == "done", people)
            .group_by(done_day, WHO.c.name)
        ):
            counts.setdefault((_as_date(when), who, None), {})["done"] = n
    return [
        DayCount(day, who, label, **counts[(day, who, label)])
        for day, who, label in sorted(counts, key=lambda k: (k[0], k[1], k[2] or ""))
    ]


def _utc_day(store: Store, column: Any) -> Any:
    """The UTC day of a stored time, in SQL: SQLite keeps UTC text, PostgreSQL a
    ``timestamptz`` that ``date()`` would read in the session's zone."""
    if store.dialect == "sqlite":
        return func.date(column)
    return cast(func.timezone("UTC", column), Date)


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
