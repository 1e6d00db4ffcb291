"""Pages of lines and pictures for the caption rounds' tests (test_captions_v8_*.py), and the
saved pages' captions (test_captions_v9_*.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from marginalia.db.suggest.captions import find_captions

from .gold import GoldArticle
from .imported import saved_articles

IMG = object()  # a picture's anchor in a page built by :func:`page`

#: a caption as ``(start, end, image_index)``
Caption = tuple[int, int, int | None]


def page(
    *items: object,
    captions: Sequence[str | None] | None = None,
    alts: Sequence[str | None] = (),
) -> list[tuple[str, int | None]]:
    """The captions found on a page of lines and pictures (``IMG``), each with its image; the
    import found ``captions`` for the pictures (none by default) and ``alts``."""
    text = ""
    anchors: list[int] = []
    for item in items:
        if item is IMG:
            anchors.append(len(text))
        else:
            text += f"{item}\n"
    known = (None,) * len(anchors) if captions is None else captions
    found = find_captions(text, anchors, known, alts or (None,) * len(anchors))
    return [(text[c.start : c.end], c.image_index) for c in found]


@dataclass(frozen=True, slots=True)
class SavedPage:
    """A held-out set's article imported from its saved page, with the captions found in it."""

    article: GoldArticle
    #: what ``find_captions`` finds with the article's images, captions, alts and title
    found: set[Caption]
    #: the gold caption spans, in the gold file's order
    gold_spans: tuple[dict[str, Any], ...]

    @property
    def gold(self) -> set[Caption]:
        return {(s["start"], s["end"], s["image_index"]) for s in self.gold_spans}


def saved_page(number: int, article_id: str) -> SavedPage:
    """Held-out set ``number``'s article ``article_id`` (the test is skipped when the set's
    pages are not installed)."""
    article = saved_articles(number)[article_id]
    found = {
        (c.start, c.end, c.image_index)
        for c in find_captions(
            article.text, article.images, article.image_captions, article.image_alts, article.title
        )
    }
    spans = tuple(span for span in article.spans if span["label"] == "caption")
    return SavedPage(article, found, spans)
