"""Suggestions for one annotator on one article: what to propose, accept, reject.

A suggestion never reaches the data until a person accepts it: :func:`accept` stores it as
an ordinary annotation of that annotator with its provenance; :func:`reject` remembers the
refusal (``suggestion_decisions``) so that it is not proposed again; :func:`unreject`
undoes that. Spans the annotator already has (same label and span) are not proposed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select

from ..connection import reading, writing
from ..errors import NotFoundError
from ..interchange.suggestions import imported_suggestions
from ..models import utcnow
from ..store import Store
from ..tables import DECISIONS
from ..values import Annotation, Changes, Outcome
from . import LABELS, Suggestion, suggest

REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class Proposal:
    article_id: int
    suggestion: Suggestion
    quote: str
    #: For a caption: the database id of the image it belongs to.
    image_id: int | None = None

    @property
    def key(self) -> tuple[str, int, int]:
        return (self.suggestion.label, self.suggestion.start, self.suggestion.end)

    def to_json(self) -> dict[str, Any]:
        s = self.suggestion
        return {
            "article": self.article_id,
            "label": s.label,
            "start": s.start,
            "end": s.end,
            "quote": self.quote,
            "confidence": round(s.confidence, 3),
            "attributes": dict(s.attributes),
            "image": self.image_id,
            "detector": s.detector,
        }


def proposals(
    store: Store,
    article_id: int,
    annotator: str,
    *,
    labels: Collection[str] | None = None,
    include_dates: bool = True,
) -> list[Proposal]:
    """What to propose to ``annotator`` now (minus rejected and already annotated spans)."""
    schema_ids = {label.id for label in store.schema().labels}
    wanted = [lb for lb in (labels if labels is not None else LABELS) if lb in schema_ids]
    article = store.article(article_id)
    found = (
        suggest(
            article.text,
            [image.offset for image in article.images],
            labels=wanted,
            include_dates=include_dates,
            image_captions=[image.caption for image in article.images],
        )
        if wanted
        else []
    )
    # pre-annotations read from other tools (Label Studio predictions, ADR 0050)
    found += imported_suggestions(store, article, labels)
    if not found:
        return []
    taken = {(a.label, a.start, a.end) for a in store.annotations(article_id, annotator=annotator)}
    refused = rejected(store, article_id, annotator)
    result = []
    for s in found:
        key = (s.label, s.start, s.end)
        if key in taken or key in refused:
            continue
        image_id = None
        if s.image_index is not None and 0 <= s.image_index < len(article.images):
            image_id = article.images[s.image_index].id
        result.append(Proposal(article_id, s, article.text[s.start : s.end], image_id))
    return result


def rejected(store: Store, article_id: int, annotator: str) -> set[tuple[str, int, int]]:
    with reading(store) as conn:
        try:
            who = store.annotator_id(conn, annotator, create=False)
        except NotFoundError:
            return set()
        rows = conn.execute(
            select(DECISIONS.c.label_id, DECISIONS.c.start, DECISIONS.c.end).where(
                DECISIONS.c.article_id == article_id,
                DECISIONS.c.annotator_id == who,
                DECISIONS.c.decision == REJECTED,
            )
        )
        return {(label, start, end) for label, start, end in rows}


def accept(store: Store, proposal: Proposal, annotator: str) -> Outcome[Annotation]:
    """Store a proposal as an annotation of ``annotator``, recording where it came from."""
    s = proposal.suggestion
    label = store.label(s.label)
    defined = {a.name for a in label.attributes}
    attributes = {k: v for k, v in s.attributes.items() if k in defined}
    extra = {k: v for k, v in s.attributes.items() if k not in defined}
    provenance: dict[str, Any] = {
        "source": "suggestion",
        "detector": s.detector,
        "confidence": round(s.confidence, 3),
    }
    if extra:
        provenance["attributes"] = extra
    return store.create_annotation(
        proposal.article_id,
        s.label,
        s.start,
        s.end,
        annotator,
        attributes=attributes,
        image_id=proposal.image_id,
        provenance=provenance,
    )


def reject(store: Store, proposal: Proposal, annotator: str) -> Changes:
    s = proposal.suggestion
    with writing(store) as conn:
        who = store.annotator_id(conn, annotator)
        _forget(conn, proposal.article_id, s.label, s.start, s.end, who)
        conn.execute(
            insert(DECISIONS).values(
                article_id=proposal.article_id,
                label_id=s.label,
                start=s.start,
                end=s.end,
                annotator_id=who,
                decision=REJECTED,
                decided=utcnow(),
            )
        )
    return Changes(articles=frozenset({proposal.article_id}))


def unreject(store: Store, proposal: Proposal, annotator: str) -> Changes:
    """Propose a rejected suggestion again (undo of :func:`reject`)."""
    s = proposal.suggestion
    with writing(store) as conn:
        who = store.annotator_id(conn, annotator)
        _forget(conn, proposal.article_id, s.label, s.start, s.end, who)
    return Changes(articles=frozenset({proposal.article_id}))


def _forget(conn: Any, article_id: int, label: str, start: int, end: int, who: int) -> None:
    conn.execute(
        delete(DECISIONS).where(
            DECISIONS.c.article_id == article_id,
            DECISIONS.c.label_id == label,
            DECISIONS.c.start == start,
            DECISIONS.c.end == end,
            DECISIONS.c.annotator_id == who,
        )
    )
