"""Databases big enough that a job lasts seconds: for progress bars and Ctrl+C.

Articles go in through the store; annotations, for speed, as rows (as ``bench/export.py``
does) — 100,000 of them through ``create_annotation`` would take minutes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from pathlib import Path

from marginalia.db.store import NewArticle, Store

STAMP = "2026-11-01 08:30:00.000000"


def article_text(n: int) -> str:
    return f"第{n}篇：江北区工业总产值突破{n}亿元，同比增长12.5%。😀 The port grew {n}%. " * 3


def annotated_database(path: Path, articles: int, per_article: int, annotator: str) -> None:
    """``articles`` articles (the same in every such database) with ``per_article`` spans."""
    with Store.open(path) as store:
        store.add_articles(
            [
                NewArticle(
                    sha256=hashlib.sha256(article_text(n).encode()).hexdigest(),
                    text=article_text(n),
                    title=f"文章 {n}",
                )
                for n in range(articles)
            ]
        )
        ids = store.article_ids()
    raw = sqlite3.connect(path)
    try:
        raw.execute("INSERT INTO annotators (name, created) VALUES (?, ?)", (annotator, STAMP))
        who = raw.execute("SELECT id FROM annotators WHERE name = ?", (annotator,)).fetchone()[0]
        rows = []
        for article_id, n in zip(ids, range(articles), strict=True):
            text = article_text(n)
            for k in range(per_article):
                start = (k * 7) % (len(text) - 6)
                end = start + 5
                rows.append(
                    (
                        str(uuid.uuid4()),
                        article_id,
                        ("claim", "figure")[k % 2],
                        start,
                        end,
                        text[start:end],
                        text[max(0, start - 32) : start],
                        text[end : end + 32],
                        json.dumps({"unit": "亿元"} if k % 2 else {"checkworthy": "yes"}),
                        who,
                        STAMP,
                        STAMP,
                    )
                )
        raw.executemany(
            'INSERT INTO annotations (id, article_id, label_id, start, "end", quote, prefix, '
            "suffix, attributes, note, annotator_id, created, updated, revision) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, 1)",
            rows,
        )
        raw.commit()
    finally:
        raw.close()


def integrity(path: Path) -> str:
    raw = sqlite3.connect(path)
    try:
        result: str = raw.execute("PRAGMA integrity_check").fetchone()[0]
        return result
    finally:
        raw.close()


def count(path: Path, table: str) -> int:
    raw = sqlite3.connect(path)
    try:
        found: int = raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return found
    finally:
        raw.close()
