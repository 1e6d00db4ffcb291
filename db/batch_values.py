"""What storing a batch of articles takes and gives (re-exported by :mod:`.values`).

Apart from the other values because the import command loads these alone: every value
class costs its share of the command's start (issue 14, ADR 0100).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Changes:
    """What one change did, so that every view can refresh itself from one broadcast."""

    articles: frozenset[int] = frozenset()
    annotations: frozenset[str] = frozenset()
    schema: bool = False
    annotators: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.articles | other.articles,
            self.annotations | other.annotations,
            self.schema or other.schema,
            self.annotators or other.annotators,
        )

    def __bool__(self) -> bool:
        return bool(self.articles or self.annotations or self.schema or self.annotators)


NOTHING = Changes()


@dataclass(frozen=True, slots=True)
class Outcome[T]:
    """A change's result value together with what it changed."""

    value: T
    changes: Changes


# -- what an import stores (the import pipeline builds them without the store) ----------


@dataclass(frozen=True, slots=True)
class PreparedImage:
    """An image checked and decoded by the import pipeline, ready to store."""

    sha256: str
    format: str
    width: int
    height: int
    data: bytes
    thumbnail: bytes


@dataclass(frozen=True, slots=True)
class NewImage:
    offset: int
    name: str
    caption: str | None = None
    blob: PreparedImage | None = None
    url: str | None = None
    alt: str | None = None


@dataclass(frozen=True, slots=True)
class NewArticle:
    sha256: str
    text: str
    title: str
    source: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    encoding: str | None = None
    encoding_confidence: float | None = None
    images: tuple[NewImage, ...] = ()
    meta: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Stored:
    """One article of an ``add_articles`` batch: its id and whether it was new."""

    id: int
    created: bool


def batch_outcome(
    articles: Sequence[NewArticle], ids: Mapping[str, int], fresh: Collection[str]
) -> Outcome[list[Stored]]:
    """What storing an ``add_articles`` batch did, in the batch's order: each article's id
    (``ids`` by sha256, after the insert) and whether it was new — the first copy of each of
    the ``fresh`` hashes; a second copy within the batch is a duplicate."""
    new_ids = {ids[sha] for sha in fresh}
    results: list[Stored] = []
    for article in articles:
        article_id = ids[article.sha256]
        results.append(Stored(article_id, article_id in new_ids))
        new_ids.discard(article_id)
    return Outcome(results, Changes(articles=frozenset(ids[sha] for sha in fresh)))
