"""Fixtures of the article list tests: stores with a few and with 100,000 articles.

The offscreen line duplicates what ``tests/conftest.py`` sets once; delete it here when that
file is merged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from marginalia.db import models as m
from marginalia.db.connection import writing
from marginalia.db.store import NewArticle, Store
from marginalia.db.values import Status

BIG = 100_000


def new_article(title: str, text: str) -> NewArticle:
    return NewArticle(sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, title=title)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """Six articles; Alice has annotated and set statuses on some of them."""
    with Store.open(tmp_path / "list.sqlite") as store:
        stored = store.add_articles(
            [
                new_article("Budget vote", "The council approved 12 million for schools."),
                new_article("Flood report", "Rivers rose by 3 metres overnight."),
                new_article("港口吞吐量", "今年港口吞吐量增长了百分之五。"),
                new_article("Interview", "The mayor said the plan will work."),
                new_article("Weather", "Sunny, 25 degrees."),
                new_article("Election", "Turnout was 61 percent, officials said."),
            ]
        ).value
        ids = [s.id for s in stored]
        store.create_annotation(ids[0], "claim", 4, 11, "alice")
        store.create_annotation(ids[0], "figure", 21, 31, "alice")
        store.create_annotation(ids[1], "figure", 15, 23, "alice")
        store.create_annotation(ids[3], "claim", 0, 9, "bob")
        store.set_status(ids[0], "alice", Status.DONE)
        store.set_status(ids[1], "alice", Status.IN_PROGRESS)
        store.set_status(ids[4], "alice", Status.SKIPPED, "weather is not news")
        yield store


@pytest.fixture(scope="session")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """100,000 short articles, written in bulk (``Store.add_articles`` takes ~1 ms each)."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    with Store.open(path) as store:
        now = m.utcnow()
        table = m.Article.__table__
        rows = []
        for i in range(BIG):
            text = f"Article number {i}: the text of a short article."
            rows.append(
                {
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "title": f"Title {i:06d}",
                    "text": text,
                    "chars": len(text),
                    "meta": {},
                    "imported": now,
                }
            )
        with writing(store) as conn:
            conn.execute(table.insert(), rows)
        yield store
