"""What an exporter reads: one article with its annotations, and the filter that chose them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..values import Annotation, Article, Status


@dataclass(frozen=True, slots=True)
class ExportBundle:
    """One article and the (live) annotations of it that an export writes."""

    article: Article
    annotations: Sequence[Annotation]


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which annotations an export takes. An empty tuple means "no restriction".

    ``since``/``until`` bound the annotation's ``updated`` time (``since`` inclusive,
    ``until`` exclusive). ``statuses`` keep the articles whose status for the annotation's
    annotator is one of them (an article never opened counts as ``new``).
    """

    annotators: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    statuses: tuple[Status, ...] = ()
    article_ids: tuple[int, ...] = ()
    since: datetime | None = None
    until: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "annotators": list(self.annotators),
            "labels": list(self.labels),
            "statuses": [str(s) for s in self.statuses],
            "articles": list(self.article_ids),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }


@dataclass(slots=True)
class ExportCounts:
    """What an export wrote, filled in while it streams."""

    articles: int = 0
    annotations: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    #: Things the format cannot hold, by reason (e.g. a link across articles in brat).
    skipped: dict[str, int] = field(default_factory=dict)
    #: Label Studio: suggestions written as prediction regions (``ExportOptions.predictions``).
    predictions: int = 0

    def count(self, label: str) -> None:
        self.annotations += 1
        self.labels[label] = self.labels.get(label, 0) + 1

    def skip(self, reason: str, n: int = 1) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + n

    def as_json(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "annotations": self.annotations,
            "labels": dict(self.labels),
            "skipped": dict(self.skipped),
        }
