"""Small builders shared by library tests."""

from __future__ import annotations

import hashlib

from marginalia.db.store import NewArticle, NewImage, Store


def add_text(store: Store, text: str, title: str = "t", images: tuple[NewImage, ...] = ()) -> int:
    article = NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, title, images=images)
    return store.add_articles([article]).value[0].id


def fill_team(store: Store) -> list[int]:
    """Six articles worked on by a small team: every case that the article list and the
    statistics count (statuses, assignments, a tombstone, the gold set, images, titles with
    LIKE's special characters)."""
    from marginalia.db.team.assignments import assign
    from marginalia.db.values import GOLD, Status

    titles = ["出口增长 5%", "100% sure_thing", "back\\slash", "plain", "图片 article", "无人"]
    ids = []
    for n, title in enumerate(titles):
        text = f"第{n}篇：江北区工业总产值突破1500亿元，同比增长12.5%。{title}"
        images = tuple(NewImage(k, f"img{n}-{k}.png", "caption") for k in range(n % 3))
        ids.append(add_text(store, text, title, images))
    store.create_annotation(ids[0], "claim", 0, 3, "ana")
    store.create_annotation(ids[0], "figure", 4, 8, "ana")
    store.create_annotation(ids[1], "figure", 4, 8, "ana")
    store.create_annotation(ids[1], "figure", 9, 12, "bo")
    gone = store.create_annotation(ids[2], "claim", 0, 3, "bo").value
    store.delete_annotation(gone.id, gone.revision)
    store.create_annotation(ids[0], "claim", 0, 3, GOLD)
    store.set_status(ids[0], "ana", Status.DONE)
    store.set_status(ids[1], "ana", Status.IN_PROGRESS)
    store.set_status(ids[2], "ana", Status.SKIPPED)
    store.set_status(ids[1], "bo", Status.DONE)
    store.set_status(ids[3], "bo", Status.IN_PROGRESS)
    assign(store, ids[:3], ["ana", "bo"])
    assign(store, [ids[4]], ["cy"])
    return ids
