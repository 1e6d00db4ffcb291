"""Small builders shared by library tests."""

from __future__ import annotations

import hashlib

from marginalia.db.store import NewArticle, NewImage, Store


def add_text(store: Store, text: str, title: str = "t", images: tuple[NewImage, ...] = ()) -> int:
    article = NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, title, images=images)
    return store.add_articles([article]).value[0].id
