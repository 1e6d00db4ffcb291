"""Plain, frozen values that the store hands out and takes in.

Nothing here is bound to a database session: a value read on the database worker can be
kept by a widget, sent to another thread or written to a file. Offsets are always Unicode
code points of the article text (Python string indexes); see ADR 0003.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

# What storing a batch of articles takes and gives lives in its own module, which the import
# command loads without the rest of these values (their classes cost 10 ms of its start).
from .batch_values import NOTHING as NOTHING
from .batch_values import Changes as Changes
from .batch_values import NewArticle as NewArticle
from .batch_values import NewImage as NewImage
from .batch_values import Outcome as Outcome
from .batch_values import PreparedImage as PreparedImage
from .batch_values import Stored as Stored
from .batch_values import batch_outcome as batch_outcome

#: Up to this many code points of context are stored before and after each quote.
CONTEXT_CHARS = 32


#: The annotator whose annotations are the adjudicated gold set: a result, not a person —
#: statistics, progress and the team's overview leave it out (ADR 0089).
GOLD = "gold"


class Status(StrEnum):
    """Where one annotator stands with one article."""

    NEW = "new"
    IN_PROGRESS = "in progress"
    DONE = "done"
    SKIPPED = "skipped"


class AttributeKind(StrEnum):
    CHOICE = "choice"
    TEXT = "text"
    NUMBER = "number"
    BOOLEAN = "boolean"
    #: The image an annotation describes; stored in ``Annotation.image``.
    IMAGE = "image"


@dataclass(frozen=True, slots=True)
class AttributeDef:
    name: str
    kind: AttributeKind
    choices: tuple[str, ...] = ()
    position: int = 0


@dataclass(frozen=True, slots=True)
class Label:
    """One label of the schema. ``id`` is stable; ``name``, ``key`` and ``colour`` may change."""

    id: str
    name: str
    key: str
    colour: str
    attributes: tuple[AttributeDef, ...] = ()
    position: int = 0

    def attribute(self, name: str) -> AttributeDef | None:
        return next((a for a in self.attributes if a.name == name), None)


@dataclass(frozen=True, slots=True)
class Schema:
    labels: tuple[Label, ...]

    def label(self, id_or_name: str) -> Label | None:
        """The label with this id, else this name (case-insensitive), else this key."""
        for label in self.labels:
            if label.id == id_or_name:
                return label
        folded = id_or_name.casefold()
        by_name = next((lb for lb in self.labels if lb.name.casefold() == folded), None)
        return by_name or self.by_key(id_or_name)

    def by_key(self, key: str) -> Label | None:
        return next((lb for lb in self.labels if lb.key == key), None)


@dataclass(frozen=True, slots=True)
class ImageInfo:
    """An image anchored in an article. ``sha256`` is None for a placeholder (no file)."""

    id: int
    article_id: int
    position: int
    offset: int
    name: str
    caption: str | None
    sha256: str | None
    width: int | None
    height: int | None
    url: str | None = None
    alt: str | None = None

    @property
    def is_placeholder(self) -> bool:
        return self.sha256 is None


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """What the article list shows: never the text."""

    id: int
    title: str
    source: str | None
    chars: int
    images: int
    language: str | None
    encoding: str | None
    status: Status
    #: Live (not deleted) annotations per label id, for the current annotator filter.
    counts: Mapping[str, int] = field(default_factory=dict)

    @property
    def annotations(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Which articles the list shows. ``annotator`` decides whose status and counts count;
    ``assigned`` keeps only the articles assigned to that annotator (to anybody without one)."""

    annotator: str | None = None
    statuses: frozenset[Status] = frozenset()
    label: str | None = None
    search: str | None = None
    assigned: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    id: int
    sha256: str
    title: str
    text: str
    source: str | None
    url: str | None
    author: str | None
    published: str | None
    language: str | None
    encoding: str | None
    encoding_confidence: float | None
    imported: datetime
    images: tuple[ImageInfo, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Link:
    target: str
    kind: str = "supports"


@dataclass(frozen=True, slots=True)
class Annotation:
    id: str
    article_id: int
    label: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    annotator: str
    created: datetime
    updated: datetime
    revision: int
    attributes: Mapping[str, Any] = field(default_factory=dict)
    note: str = ""
    image_id: int | None = None
    links: tuple[Link, ...] = ()
    deleted: datetime | None = None
    provenance: Mapping[str, Any] | None = None

    @property
    def is_deleted(self) -> bool:
        return self.deleted is not None


@dataclass(frozen=True, slots=True)
class ArticleStatus:
    article_id: int
    annotator: str
    status: Status
    reason: str | None
    updated: datetime


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What moves when anybody changes an article's annotations or statuses (ADR 0087):
    their counts, the sum of the annotations' revisions and the latest update times."""

    annotations: int
    revisions: int
    annotations_updated: datetime | None
    statuses: int
    statuses_updated: datetime | None


def quote_context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """``(quote, prefix, suffix)`` for a span of ``text`` (W3C TextQuoteSelector)."""
    return (
        text[start:end],
        text[max(0, start - CONTEXT_CHARS) : start],
        text[end : end + CONTEXT_CHARS],
    )
