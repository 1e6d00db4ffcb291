"""Builders for the team-work tests: real corpus articles, annotations by name."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image

from marginalia.db.article_import.images import prepare_image
from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.store import NewArticle, NewImage, Store
from marginalia.db.values import Annotation

SAMPLES = ("sample-chinese.txt", "sample-french.txt", "sample-russian.txt")


def corpus_sources(corpus: Path) -> list[Path]:
    return [corpus / "seed"] + [corpus / "encodings" / "charset_normalizer" / s for s in SAMPLES]


def import_corpus(store: Store, corpus: Path, *, reverse: bool = False) -> list[int]:
    """Import the seed article and a few real pages; returns their ids in import order."""
    sources = corpus_sources(corpus)
    report = import_paths(store, list(reversed(sources)) if reverse else sources)
    assert not report.failed, report.failed
    return [id_ for _path, id_ in report.imported]


def png(colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def add_pictured(store: Store, text: str) -> int:
    """An article with two real images (blobs) anchored in its text."""
    import hashlib

    images = (
        NewImage(0, "red.png", "a red square", prepare_image(png((200, 0, 0)))),
        NewImage(len(text) // 2, "blue.png", "a blue square", prepare_image(png((0, 0, 200)))),
    )
    article = NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, "pictured", images=images)
    return store.add_articles([article]).value[0].id


def live(store: Store) -> dict[str, Annotation]:
    """Every live annotation of the store, by id."""
    return {a.id: a for i in store.article_ids() for a in store.annotations(i)}


def tombstones(store: Store) -> set[str]:
    return {
        a.id
        for i in store.article_ids()
        for a in store.annotations(i, include_deleted=True)
        if a.is_deleted
    }


def span_of(store: Store, article_id: int, needle: str, nth: int = 0) -> tuple[int, int]:
    text = store.text(article_id)
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def add_text(store: Store, text: str, title: str = "t") -> int:
    import hashlib

    article = NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, title)
    return store.add_articles([article]).value[0].id
