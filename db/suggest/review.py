"""Suggestions for one annotator on one article: what to propose, accept, reject, learn.

A suggestion never reaches the data until a person accepts it: :func:`accept` stores it as
an ordinary annotation of that annotator with its provenance, and records the decision;
:func:`reject` records the refusal, and a rejected text is not proposed again to that
annotator for the same label in any article; :func:`unreject` and :func:`unaccept` undo the
records. Spans the annotator already has (same label and span) are not proposed.

Every decision keeps the text, the detector and what it said (``suggestion_decisions``):
:func:`learn` fits a small model on them (``learning.py``) that re-scores later suggestions,
and :func:`decisions` gives them to a lead to export (``decisions.py``).
"""

from __future__ import annotations

import time
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy import delete, insert, select

from ..connection import reading, writing
from ..errors import NotFoundError
from ..store import Store
from ..tables import DECISIONS, IMPORTED, MODELS, utcnow
from ..values import Annotation, Article, Changes, Outcome
from . import LABELS, Suggestion, learning, suggest

REJECTED = "rejected"
ACCEPTED = "accepted"


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
    include_dates: bool = False,
    min_confidence: float = 0.0,
) -> list[Proposal]:
    """What to propose to ``annotator`` now, ordered by start: the detectors' suggestions,
    re-scored by what was learned from decisions, at or above ``min_confidence``, minus what
    the annotator rejected (this span, or the same text and label anywhere) or already has.
    """
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
            image_alts=[image.alt for image in article.images],
            title=article.title,
        )
        if wanted
        else []
    )
    # pre-annotations read from other tools (Label Studio predictions, ADR 0050), read from
    # their table here: the interchange package (every format's reader and writer) loads on
    # first use of a format, not with the window's first suggestions (start-up, issue 14)
    found += imported_suggestions(store, article, labels)
    if not found:
        return []
    taken = {(a.label, a.start, a.end) for a in store.annotations(article_id, annotator=annotator)}
    refused, refused_texts = _refusals(store, article_id, annotator)
    models = learned_models(store)
    result = []
    for s in found:
        key = (s.label, s.start, s.end)
        quote = article.text[s.start : s.end]
        if key in taken or key in refused or (s.label, _normal(quote)) in refused_texts:
            continue
        if s.label in models:
            confidence = learning.predict(
                models[s.label], learning.inputs(quote, s.confidence, s.features)
            )
            s = Suggestion(
                s.label,
                s.start,
                s.end,
                confidence,
                s.attributes,
                s.image_index,
                s.detector,
                s.features,
            )
        if s.confidence < min_confidence:
            continue
        image_id = None
        if s.image_index is not None and 0 <= s.image_index < len(article.images):
            image_id = article.images[s.image_index].id
        result.append(Proposal(article_id, s, quote, image_id))
    return result


def _normal(quote: str) -> str:
    """The text a decision is remembered by: white space runs are one space."""
    return " ".join(quote.split())


def rejected(store: Store, article_id: int, annotator: str) -> set[tuple[str, int, int]]:
    """The (label, start, end) of the suggestions ``annotator`` rejected in this article."""
    return _refusals(store, article_id, annotator)[0]


def _refusals(
    store: Store, article_id: int, annotator: str
) -> tuple[set[tuple[str, int, int]], set[tuple[str, str]]]:
    """Rejected spans of this article, and every (label, text) the annotator rejected."""
    with reading(store) as conn:
        try:
            who = store.annotator_id(conn, annotator, create=False)
        except NotFoundError:
            return set(), set()
        rows = conn.execute(
            select(
                DECISIONS.c.article_id,
                DECISIONS.c.label_id,
                DECISIONS.c.start,
                DECISIONS.c.end,
                DECISIONS.c.quote,
            ).where(DECISIONS.c.annotator_id == who, DECISIONS.c.decision == REJECTED)
        )
        spans, texts = set(), set()
        for article, label, start, end, quote in rows:
            if article == article_id:
                spans.add((label, start, end))
            if quote:
                texts.add((label, _normal(quote)))
        return spans, texts


def accept(store: Store, proposal: Proposal, annotator: str) -> Outcome[Annotation]:
    """Store a proposal as an annotation of ``annotator``, recording where it came from."""
    s = proposal.suggestion
    label = store.label(s.label)
    defined = {a.name for a in label.attributes}
    attributes = {k: v for k, v in s.attributes.items() if k in defined and _fits(label, k, v)}
    extra = {k: v for k, v in s.attributes.items() if k not in attributes}
    provenance: dict[str, Any] = {
        "source": "suggestion",
        "detector": s.detector,
        "confidence": round(s.confidence, 3),
    }
    if extra:
        provenance["attributes"] = extra
    outcome = store.create_annotation(
        proposal.article_id,
        s.label,
        s.start,
        s.end,
        annotator,
        attributes=attributes,
        image_id=proposal.image_id,
        provenance=provenance,
    )
    _decide(store, proposal, annotator, ACCEPTED)
    return outcome


def _fits(label: Any, name: str, value: Any) -> bool:
    """Does ``value`` fit the label's attribute ``name`` (a date's ISO text is no number)?"""
    definition = next(a for a in label.attributes if a.name == name)
    if definition.kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return True


def record_accept(store: Store, proposal: Proposal, annotator: str) -> Changes:
    """Record an accept again (redo of an accept whose annotation came back)."""
    _decide(store, proposal, annotator, ACCEPTED)
    return Changes(articles=frozenset({proposal.article_id}))


def unaccept(store: Store, proposal: Proposal, annotator: str) -> Changes:
    """Forget the record of an accept (undo of :func:`accept`; the annotation is separate)."""
    return unreject(store, proposal, annotator)


def reject(store: Store, proposal: Proposal, annotator: str) -> Changes:
    """Refuse a proposal: it, and its text for the same label, are not proposed again."""
    _decide(store, proposal, annotator, REJECTED)
    return Changes(articles=frozenset({proposal.article_id}))


def unreject(store: Store, proposal: Proposal, annotator: str) -> Changes:
    """Propose a rejected suggestion again (undo of :func:`reject`)."""
    s = proposal.suggestion
    with writing(store) as conn:
        who = store.annotator_id(conn, annotator)
        _forget(conn, proposal.article_id, s.label, s.start, s.end, who)
    return Changes(articles=frozenset({proposal.article_id}))


def _decide(store: Store, proposal: Proposal, annotator: str, decision: str) -> None:
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
                decision=decision,
                decided=utcnow(),
                quote=proposal.quote,
                detector=s.detector,
                confidence=round(s.confidence, 4),
                features=dict(s.features) or None,
            )
        )


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


# -- learning --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Learned:
    """What :func:`learn` did for one label."""

    label: str
    decisions: int
    accepted: int
    seconds: float
    trained: bool


def learned_models(store: Store) -> dict[str, Mapping[str, float]]:
    """The weights learned per label (none until :func:`learn` has run)."""
    with reading(store) as conn:
        rows = conn.execute(select(MODELS.c.label_id, MODELS.c.weights))
        return {label: weights for label, weights in rows}


def learn(store: Store, *, labels: Collection[str] | None = None) -> list[Learned]:
    """Fit the model of each label on every decision in the database (all annotators) and
    store it; a label with fewer than ``learning.MINIMUM_DECISIONS`` decisions is left as the
    detector alone. The decisions' detectors may differ: what was said then is what counts."""
    with reading(store) as conn:
        rows = conn.execute(
            select(
                DECISIONS.c.label_id,
                DECISIONS.c.quote,
                DECISIONS.c.confidence,
                DECISIONS.c.features,
                DECISIONS.c.decision,
            ).order_by(DECISIONS.c.id)
        ).all()
    by_label: dict[str, list[learning.Example]] = {}
    for label, quote, confidence, features, decision in rows:
        if labels is not None and label not in labels:
            continue
        by_label.setdefault(label, []).append(
            learning.Example(
                quote or "",
                confidence if confidence is not None else 0.5,
                features or {},
                decision == ACCEPTED,
            )
        )
    report = []
    for label, examples in sorted(by_label.items()):
        began = time.perf_counter()
        accepted = sum(e.accepted for e in examples)
        enough = len(examples) >= learning.MINIMUM_DECISIONS and 0 < accepted < len(examples)
        if enough:
            weights = learning.train(examples)
            with writing(store) as conn:
                conn.execute(delete(MODELS).where(MODELS.c.label_id == label))
                conn.execute(
                    insert(MODELS).values(
                        label_id=label, trained=utcnow(), decisions=len(examples), weights=weights
                    )
                )
        seconds = time.perf_counter() - began
        report.append(Learned(label, len(examples), accepted, seconds, enough))
    return report


def forget_learning(store: Store) -> Changes:
    """Drop every learned model: suggestions are scored by the detectors alone again."""
    with writing(store) as conn:
        conn.execute(delete(MODELS))
    return Changes()


def imported_suggestions(
    store: Store, article: Article, labels: Collection[str] | None = None
) -> list[Suggestion]:
    """The article's imported pre-annotations as suggestions (``detector`` is their source)."""
    with reading(store) as conn:
        rows = conn.execute(
            select(IMPORTED).where(IMPORTED.c.article_id == article.id).order_by(IMPORTED.c.start)
        ).all()
    positions = {image.id: n for n, image in enumerate(article.images)}
    return [
        Suggestion(
            label=row.label_id,
            start=row.start,
            end=row.end,
            confidence=1.0 if row.confidence is None else float(row.confidence),
            attributes=MappingProxyType(dict(row.attributes or {})),
            image_index=positions.get(row.image_id) if row.image_id is not None else None,
            detector=row.source,
        )
        for row in rows
        if labels is None or row.label_id in labels
    ]
