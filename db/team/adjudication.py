"""Adjudication: annotators' spans on one article become candidates for the gold set.

A candidate is one distinct (label, start, end, attributes) that at least one annotator
marked; ``annotators`` says who. The lead accepts a candidate (a copy goes to the
annotator :data:`GOLD` with provenance ``{"source": "adjudication", "from": [...]}``),
accepts it edited, or rejects it. Decisions are remembered per article in the
``marginalia_meta`` table under ``adjudication:<article id>`` (ADR 0089), so the view shows
what is left. Both gestures are undoable commands like those of :mod:`.commands`.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select

from .. import models as m
from ..commands import CreateAnnotation
from ..connection import reading, writing
from ..messages import Message
from ..values import GOLD, Annotation, Changes

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from ..store import Store

META = m.table_of(m.Meta)
ACCEPTED, EDITED, REJECTED = "accepted", "edited", "rejected"


def _attributes_key(attributes: Mapping[str, Any]) -> str:
    return json.dumps(dict(attributes), sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One distinct span some annotators marked; ``key`` names it in the decisions."""

    label: str
    start: int
    end: int
    attributes: Mapping[str, Any]
    quote: str
    #: who marked exactly this, in name order
    annotators: tuple[str, ...]
    #: their annotations (the first one's note and image are what acceptance copies)
    sources: tuple[Annotation, ...]

    @property
    def key(self) -> str:
        return f"{self.label}:{self.start}:{self.end}:{_attributes_key(self.attributes)}"


@dataclass(frozen=True, slots=True)
class Adjudication:
    """What the view shows for one article."""

    article_id: int
    annotators: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    #: candidate key -> ACCEPTED, EDITED or REJECTED
    decisions: Mapping[str, str]
    gold: tuple[Annotation, ...]

    def disputed(self, candidate: Candidate) -> bool:
        """True unless every annotator marked exactly this span."""
        return candidate.annotators != self.annotators

    @property
    def open(self) -> tuple[Candidate, ...]:
        return tuple(c for c in self.candidates if c.key not in self.decisions)


def _meta_key(article_id: int) -> str:
    return f"adjudication:{article_id}"


def decisions(store: Store, article_id: int) -> dict[str, str]:
    with reading(store) as conn:
        raw = conn.scalar(select(META.c.value).where(META.c.key == _meta_key(article_id)))
    return dict(json.loads(raw)) if raw else {}


def _write_decision(conn: Connection, article_id: int, key: str, decision: str | None) -> None:
    meta_key = _meta_key(article_id)
    raw = conn.scalar(select(META.c.value).where(META.c.key == meta_key))
    current: dict[str, str] = dict(json.loads(raw)) if raw else {}
    if decision is None:
        current.pop(key, None)
    else:
        current[key] = decision
    conn.execute(delete(META).where(META.c.key == meta_key))
    if current:
        conn.execute(insert(META).values(key=meta_key, value=json.dumps(current, sort_keys=True)))


def set_decision(store: Store, article_id: int, key: str, decision: str | None) -> Changes:
    """Record (or with ``None`` forget) the decision on one candidate."""
    with writing(store) as conn:
        _write_decision(conn, article_id, key, decision)
    return Changes(articles=frozenset({article_id}))


def adjudication(
    store: Store, article_id: int, annotators: Collection[str] | None = None
) -> Adjudication:
    """The candidates of ``article_id`` from ``annotators`` (default: everybody but gold)."""
    live = store.annotations(article_id)
    who = sorted(
        {a.annotator for a in live if a.annotator != GOLD}
        if annotators is None
        else set(annotators) - {GOLD}
    )
    groups: dict[tuple[str, int, int, str], list[Annotation]] = {}
    for annotation in live:
        if annotation.annotator in who:
            key = (
                annotation.label,
                annotation.start,
                annotation.end,
                _attributes_key(annotation.attributes),
            )
            groups.setdefault(key, []).append(annotation)
    candidates = []
    for (label, start, end, _attrs), found in sorted(
        groups.items(), key=lambda item: (item[0][1], item[0][2], item[0][0], item[0][3])
    ):
        found.sort(key=lambda a: a.annotator)
        candidates.append(
            Candidate(
                label,
                start,
                end,
                dict(found[0].attributes),
                found[0].quote,
                tuple(sorted({a.annotator for a in found})),
                tuple(found),
            )
        )
    return Adjudication(
        article_id,
        tuple(who),
        tuple(candidates),
        decisions(store, article_id),
        tuple(a for a in live if a.annotator == GOLD),
    )


@dataclass(slots=True)
class AcceptCandidate:
    """Copy a candidate into the gold set (with changes when edited); undo takes it back."""

    article_id: int
    candidate: Candidate
    label: str | None = None
    start: int | None = None
    end: int | None = None
    attributes: Mapping[str, Any] | None = None
    text: str = Message("Accept span")
    created: CreateAnnotation | None = field(default=None, init=False)

    @property
    def edited(self) -> bool:
        c = self.candidate
        return (
            (self.label is not None and self.label != c.label)
            or (self.start is not None and self.start != c.start)
            or (self.end is not None and self.end != c.end)
            or (self.attributes is not None and dict(self.attributes) != dict(c.attributes))
        )

    def apply(self, store: Store) -> Changes:
        c = self.candidate
        first = c.sources[0]
        if self.created is None:
            self.created = CreateAnnotation(
                self.article_id,
                self.label or c.label,
                c.start if self.start is None else self.start,
                c.end if self.end is None else self.end,
                GOLD,
                attributes=dict(c.attributes if self.attributes is None else self.attributes),
                note=first.note,
                image_id=first.image_id,
                provenance={"source": "adjudication", "from": list(c.annotators)},
            )
        changes = self.created.apply(store)
        return changes | set_decision(
            store, self.article_id, c.key, EDITED if self.edited else ACCEPTED
        )

    def revert(self, store: Store) -> Changes:
        assert self.created is not None
        changes = self.created.revert(store)
        return changes | set_decision(store, self.article_id, self.candidate.key, None)


@dataclass(slots=True)
class RejectCandidate:
    """Mark a candidate decided without copying it; undo reopens it."""

    article_id: int
    candidate: Candidate
    text: str = Message("Reject span")

    def apply(self, store: Store) -> Changes:
        return set_decision(store, self.article_id, self.candidate.key, REJECTED)

    def revert(self, store: Store) -> Changes:
        return set_decision(store, self.article_id, self.candidate.key, None)


__all__ = [
    "ACCEPTED",
    "EDITED",
    "GOLD",
    "REJECTED",
    "AcceptCandidate",
    "Adjudication",
    "Candidate",
    "RejectCandidate",
    "adjudication",
    "decisions",
    "set_decision",
]
