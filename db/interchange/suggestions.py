"""Pre-annotations in and out: Label Studio ``predictions`` ⇄ suggestions to review.

In: each predicted region is stored in ``imported_suggestions`` (never as anybody's
annotation); the suggestion review (``db/suggest/review.py``) reads them from that table itself,
so that it never loads this package (every format's reader and writer) just to propose, and each
annotator accepts or rejects them like a detector's.
A prediction without a score counts as certain (confidence 1.0), so that no threshold
hides it. Out: :func:`prediction_source` gives the Label Studio writer, per article, what
the suggestion review would propose to an annotator now.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert, select

from ..reading import chunks
from ..tables import IMPORTED
from ..values import Article

if TYPE_CHECKING:
    from ..store import Store
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


def prediction_source(store: Store, annotator: str) -> Callable[[Article], list[Any]]:
    """For each article, the proposals the suggestion review makes to ``annotator`` now
    (detectors and imported pre-annotations, minus what they rejected or already have)."""
    from ..suggest.review import proposals

    def of(article: Article) -> list[Any]:
        return list(proposals(store, article.id, annotator))

    return of
