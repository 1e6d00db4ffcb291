"""Pre-annotations in and out: Label Studio ``predictions`` ⇄ suggestions to review.

In: each predicted region is stored in ``imported_suggestions`` (never as anybody's
annotation); :func:`imported_suggestions` hands them to the suggestion review
(``db/suggest/review.py``), where each annotator accepts or rejects them like a detector's.
A prediction without a score counts as certain (confidence 1.0), so that no threshold
hides it. Out: :func:`prediction_source` gives the Label Studio writer, per article, what
the suggestion review would propose to an annotator now.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select

from ..connection import reading
from ..reading import chunks
from ..tables import IMPORTED
from ..values import Article

if TYPE_CHECKING:
    from ..store import Store
    from ..suggest import Suggestion
    from .anchoring import Placed
    from .foreign import ForeignSpan

#: The source prefix of suggestions read from Label Studio predictions.
LABELSTUDIO = "labelstudio"


def store_predictions(
    conn: Connection, predictions: Sequence[tuple[ForeignSpan, Placed]], provenance: dict[str, Any]
) -> int:
    """Store the placed predictions not stored yet (by id); how many were new."""
    ids = [span.id for span, _ in predictions]
    present: set[str] = set()
    for part in chunks(ids):
        present.update(conn.scalars(select(IMPORTED.c.id).where(IMPORTED.c.id.in_(list(part)))))
    now = datetime.now(UTC)
    rows = [
        {
            "id": span.id,
            "article_id": placed.article_id,
            "label_id": placed.label,
            "start": placed.start,
            "end": placed.end,
            "attributes": placed.attributes,
            "image_id": placed.image_id,
            "confidence": span.score,
            "source": f"{LABELSTUDIO}:{span.prediction}",
            "provenance": {**provenance, "record": span.record},
            "imported": now,
        }
        for span, placed in predictions
        if span.id not in present
    ]
    if rows:
        conn.execute(insert(IMPORTED), rows)
    return len(rows)


def imported_suggestions(
    store: Store, article: Article, labels: Collection[str] | None = None
) -> list[Suggestion]:
    """The article's imported pre-annotations as suggestions (``detector`` is their source)."""
    from ..suggest import Suggestion

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


def prediction_source(store: Store, annotator: str) -> Callable[[Article], list[Any]]:
    """For each article, the proposals the suggestion review makes to ``annotator`` now
    (detectors and imported pre-annotations, minus what they rejected or already have)."""
    from ..suggest.review import proposals

    def of(article: Article) -> list[Any]:
        return list(proposals(store, article.id, annotator))

    return of
