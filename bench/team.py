"""The lead's views on a big team database, each against a raw SQL baseline in the same run.

    python bench/team.py [--articles 100000] [--annotations 1000000] [--repeat 5]

Builds (once, cached in bench/out/) a database of N articles; four annotators, each assigned
half of them (so every article has two), a status on three in five of their assigned
articles, and annotations spread over them. Then times, as medians:

- ``progress(store)`` — the Team progress view's rows — against ``sqlite3`` running only the
  three GROUP BY counts it needs (assigned, assigned by status, live annotations);
- ``annotator_articles(store, name)`` — one annotator's articles — against ``sqlite3``
  selecting their assigned articles with title and status, and their annotation counts per
  article;
- ``store.stats()`` — the statistics table and ``marginalia-cli stats`` — against the two
  GROUP BY counts of labels and statuses;
- ``activity(store)`` — the statistics chart — against ``sqlite3`` reading the same rows.

The views read again after each change only while shown, debounced (ADR 0098); these are the
costs of one read on the database worker. Prints; never asserts.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from marginalia.db.connection import reading, writing

OUT = Path(__file__).resolve().parent / "out"
PEOPLE = ("ana", "ben", "chen", "dai")


def build(path: Path, articles: int, annotations: int) -> None:
    from marginalia.db import models as m
    from marginalia.db.store import Store

    started = time.perf_counter()
    tmp = path.with_suffix(".building")
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    rng = random.Random(12)
    with Store.open(tmp) as store:
        labels = [label.id for label in store.schema().labels]
        now = m.utcnow().replace(tzinfo=None)
        stamp = now.isoformat(" ")
        with writing(store) as conn:
            who = {name: store.annotator_id(conn, name) for name in PEOPLE}
            template = "Article {i}: the council said 12 percent more people voted. " * 3
            rows: list[tuple[object, ...]] = []
            for i in range(articles):
                text = template.format(i=i)
                rows.append(
                    (hashlib.sha256(text.encode()).hexdigest(), f"Article {i:06d}", text,
                     len(text), "{}", stamp)
                )  # fmt: skip
            conn.exec_driver_sql(
                "INSERT INTO articles (sha256, title, text, chars, meta, imported)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
            given: dict[str, list[int]] = {}
            for k, name in enumerate(PEOPLE):
                # ana and ben share the first half, chen and dai the second: two per article
                half = (
                    range(1, articles // 2 + 1) if k < 2 else range(articles // 2 + 1, articles + 1)
                )
                given[name] = list(half)
                conn.exec_driver_sql(
                    "INSERT INTO assignments (article_id, annotator_id, assigned) VALUES (?, ?, ?)",
                    [(a, who[name], stamp) for a in half],
                )
                statuses = ["done", "done", "in progress", "skipped"]
                conn.exec_driver_sql(
                    "INSERT INTO article_status (article_id, annotator_id, status, reason, updated)"
                    " VALUES (?, ?, ?, NULL, ?)",
                    [
                        (a, who[name], rng.choice(statuses), stamp)
                        for a in half
                        if rng.random() < 0.6
                    ],
                )
        done = 0
        while done < annotations:
            chunk = min(100_000, annotations - done)
            rows = []
            for _ in range(chunk):
                name = rng.choice(PEOPLE)
                article = rng.choice(given[name])
                start = rng.randrange(0, 150)
                # changed over two months, some deleted
                moment = (now - timedelta(seconds=rng.randrange(60 * 86_400))).isoformat(" ")
                deleted = moment if rng.random() < 0.05 else None
                rows.append(
                    (str(uuid.uuid4()), article, rng.choice(labels), start, start + 10, "x" * 10,
                     "", "", "{}", "", who[name], moment, moment, deleted, 1)
                )  # fmt: skip
            with writing(store) as conn:
                conn.exec_driver_sql(
                    'INSERT INTO annotations (id, article_id, label_id, start, "end", quote,'
                    " prefix, suffix, attributes, note, annotator_id, created, updated, deleted,"
                    " revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            done += chunk
        with reading(store) as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.rename(path)
    print(f"built {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)


# -- the raw baselines: only the SQL that yields the same figures --------------------------


def raw_progress(db: Path) -> object:
    with sqlite3.connect(db) as conn:
        assigned = conn.execute(
            "SELECT annotator_id, count(*) FROM assignments GROUP BY annotator_id"
        ).fetchall()
        by_status = conn.execute(
            "SELECT a.annotator_id, s.status, count(*) FROM assignments a JOIN article_status s"
            " ON s.article_id = a.article_id AND s.annotator_id = a.annotator_id"
            " GROUP BY a.annotator_id, s.status"
        ).fetchall()
        live = conn.execute(
            "SELECT annotator_id, count(*) FROM annotations WHERE deleted IS NULL"
            " GROUP BY annotator_id"
        ).fetchall()
    return assigned, by_status, live


def raw_articles(db: Path, name: str) -> object:
    with sqlite3.connect(db) as conn:
        who = conn.execute("SELECT id FROM annotators WHERE name = ?", (name,)).fetchone()[0]
        given = conn.execute(
            "SELECT x.article_id, t.title, s.status, s.updated FROM assignments x"
            " JOIN articles t ON t.id = x.article_id LEFT JOIN article_status s"
            " ON s.article_id = x.article_id AND s.annotator_id = x.annotator_id"
            " WHERE x.annotator_id = ?",
            (who,),
        ).fetchall()
        counts = conn.execute(
            "SELECT article_id, count(*), max(updated) FROM annotations"
            " WHERE annotator_id = ? AND deleted IS NULL GROUP BY article_id",
            (who,),
        ).fetchall()
    return given, counts


def raw_stats(db: Path) -> object:
    with sqlite3.connect(db) as conn:
        labels = conn.execute(
            "SELECT annotator_id, label_id, count(*) FROM annotations WHERE deleted IS NULL"
            " GROUP BY annotator_id, label_id"
        ).fetchall()
        statuses = conn.execute(
            "SELECT annotator_id, status, count(*) FROM article_status"
            " GROUP BY annotator_id, status"
        ).fetchall()
    return labels, statuses


def raw_activity(db: Path) -> object:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT annotator_id, label_id, created, updated, deleted FROM annotations"
        ).fetchall()


def median_of(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--annotations", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db = OUT / f"team-{args.articles}-{args.annotations}.sqlite"
    if not db.exists():
        build(db, args.articles, args.annotations)

    from marginalia.db import activity, annotator_articles, progress
    from marginalia.db.store import Store

    with Store.open(db) as store:
        store.stats()  # warm the connection and the page cache for both sides alike
        raw_stats(db)
        cases = [
            ("progress (Team progress rows)", lambda: progress(store), lambda: raw_progress(db)),
            (
                "annotator_articles (one annotator's articles)",
                lambda: annotator_articles(store, "ana"),
                lambda: raw_articles(db, "ana"),
            ),
            ("store.stats (statistics table)", store.stats, lambda: raw_stats(db)),
            ("activity (statistics chart)", lambda: activity(store), lambda: raw_activity(db)),
        ]
        print(
            f"{args.articles:,} articles, {args.annotations:,} annotations, "
            f"{len(PEOPLE)} annotators; medians of {args.repeat}"
        )
        for name, ours, raw in cases:
            baseline = median_of(raw, args.repeat)
            mine = median_of(ours, args.repeat)
            print(f"{name}: {mine * 1000:.0f} ms vs raw {baseline * 1000:.0f} ms, "
                  f"ratio {mine / baseline:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
