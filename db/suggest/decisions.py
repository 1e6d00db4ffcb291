"""The annotators' decisions about suggestions, for a lead to export (issue 15).

One record per decision: the article (id, sha256 and title, so that it can be found in another
database), the label, span and text, accepted or rejected, by whom and when, and what the
detector said (its name, confidence and the features it saw). Written as JSON Lines or as CSV
(UTF-8 with a BOM, cells that start with ``= + - @`` neutralized, as the CSV export does).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..connection import reading
from ..store import Store
from ..tables import ART, DECISIONS, WHO

FIELDS = (
    "article",
    "article_sha256",
    "article_title",
    "label",
    "start",
    "end",
    "quote",
    "decision",
    "annotator",
    "decided",
    "detector",
    "confidence",
    "features",
)


@dataclass(frozen=True, slots=True)
class Decision:
    article: int
    article_sha256: str
    article_title: str
    label: str
    start: int
    end: int
    quote: str
    decision: str
    annotator: str
    decided: datetime
    detector: str
    confidence: float | None
    features: Mapping[str, float]

    def to_json(self) -> dict[str, Any]:
        record = asdict(self)
        record["decided"] = self.decided.isoformat()
        record["features"] = dict(self.features)
        return record


def decisions(
    store: Store, *, annotator: str | None = None, label: str | None = None
) -> list[Decision]:
    """Every decision in the database (of one annotator, about one label), oldest first."""
    query = (
        select(
            DECISIONS.c.article_id,
            ART.c.sha256,
            ART.c.title,
            DECISIONS.c.label_id,
            DECISIONS.c.start,
            DECISIONS.c.end,
            DECISIONS.c.quote,
            DECISIONS.c.decision,
            WHO.c.name,
            DECISIONS.c.decided,
            DECISIONS.c.detector,
            DECISIONS.c.confidence,
            DECISIONS.c.features,
        )
        .join(ART, ART.c.id == DECISIONS.c.article_id)
        .join(WHO, WHO.c.id == DECISIONS.c.annotator_id)
        .order_by(DECISIONS.c.decided, DECISIONS.c.id)
    )
    if annotator is not None:
        query = query.where(WHO.c.name == annotator)
    if label is not None:
        query = query.where(DECISIONS.c.label_id == label)
    with reading(store) as conn:
        return [
            Decision(
                article=row[0],
                article_sha256=row[1],
                article_title=row[2],
                label=row[3],
                start=row[4],
                end=row[5],
                quote=row[6],
                decision=row[7],
                annotator=row[8],
                decided=row[9],
                detector=row[10],
                confidence=row[11],
                features=row[12] or {},
            )
            for row in conn.execute(query)
        ]


def write_decisions(items: Iterable[Decision], path: Path) -> int:
    """Write ``items`` to ``path`` (``.csv``: CSV, else JSON Lines); returns how many.

    The file is written aside and renamed into place: a failed export leaves no half file.
    """
    buffer = io.StringIO(newline="")
    count = 0
    if path.suffix.lower() == ".csv":
        buffer.write("\ufeff")
        writer = csv.writer(buffer)
        writer.writerow(FIELDS)
        for item in items:
            record = item.to_json()
            record["features"] = json.dumps(record["features"], ensure_ascii=False)
            writer.writerow([_cell(record[field]) for field in FIELDS])
            count += 1
    else:
        for item in items:
            buffer.write(json.dumps(item.to_json(), ensure_ascii=False) + "\n")
            count += 1
    folder = path.resolve().parent
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(buffer.getvalue())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def _cell(value: Any) -> Any:
    """A spreadsheet must not read a cell as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return "" if value is None else value
