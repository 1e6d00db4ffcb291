"""Annotations for the editor's tests, and the article around them as the panel's model
answers for them (test_links.py, test_layout_once.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from marginalia.db import Annotation, Link

NOW = datetime.now(UTC)


def made(
    index: int, label: str, start: int, quote: str, links: tuple[Link, ...] = ()
) -> Annotation:
    """Annotation ``a{index}`` of ``label`` over ``quote`` at ``start``."""
    return Annotation(
        id=f"a{index}",
        article_id=1,
        label=label,
        start=start,
        end=start + len(quote),
        quote=quote,
        prefix="",
        suffix="",
        annotator="t",
        created=NOW,
        updated=NOW,
        revision=1,
        links=links,
    )


class Around:
    """The article's annotations, as the panel's model answers for them."""

    def __init__(self, annotations: list[Annotation]) -> None:
        self.by_id = {a.id: a for a in annotations}

    def get(self, annotation_id: str) -> Annotation | None:
        return self.by_id.get(annotation_id)

    def starting_between(self, lo: int, hi: int) -> list[Annotation]:
        return sorted(
            (a for a in self.by_id.values() if lo <= a.start <= hi), key=lambda a: a.start
        )
