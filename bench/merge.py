"""Merge annotator databases into one, against a raw baseline in the same run.

    python bench/merge.py [--sources 10] [--annotations 100000] [--articles 500] [--repeat 1]

Each source is a Marginalia database holding the same articles and ``--annotations``
annotations of one annotator. Marginalia: ``merge(target, sources)`` into a database that
already holds the articles. Baseline: read the same annotation rows from each source with
sqlite3 and insert them into one such file with ``executemany``, in one transaction. The
ratio is what merging costs on top of moving the rows: mapping ids, digests, merge bases,
links, statuses, one transaction. Issue 14 sets the target (at most 2× raw); docs/performance.md
records the figures. Printed per round, then medians; CPU time (this process) beside wall
time, which a busy machine inflates more.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import measure, report

from marginalia.db.database import backup_sqlite
from marginalia.db.store import NewArticle, Store
from marginalia.db.team.merge import merge

WORDS = [
    "江北",
    "工业",
    "总产值",
    "突破",
    "1500亿元",
    "the",
    "output",
    "grew",
    "12%",
    "in",
    "the",
    "first",
    "half",
    "😀",
    "港务局",
    "表示",
]
COLUMNS = (
    'id, article_id, label_id, start, "end", quote, prefix, suffix, attributes, note, image_id,'
    " annotator_id, created, updated, revision, deleted, provenance"
)


def make_template(path: Path, articles: int) -> list[tuple[int, int]]:
    rng = random.Random(1)
    with Store.open(path) as store:
        batch = []
        for n in range(articles):
            text = " ".join(rng.choice(WORDS) for _ in range(400)) + f" ({n})"
            batch.append(NewArticle(hashlib.sha256(text.encode()).hexdigest(), text, f"a{n}"))
        store.add_articles(batch)
        return [(i, len(store.text(i))) for i in store.article_ids()]


def fresh_copy(template: Path, path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    backup_sqlite(template, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE marginalia_meta SET value = ? WHERE key = 'database_id'", (str(uuid.uuid4()),)
        )
    conn.close()


def make_source(
    template: Path, path: Path, who: str, count: int, articles: list[tuple[int, int]]
) -> None:
    fresh_copy(template, path)
    rng = random.Random(who)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO annotators (id, name, created) VALUES (1, ?, ?)",
            (who, "2026-11-29 03:00:00.000000"),
        )
        rows = []
        for n in range(count):
            article, length = articles[n % len(articles)]
            start = rng.randrange(0, length - 40)
            end = start + rng.randrange(1, 40)
            rows.append(
                (
                    str(uuid.uuid4()),
                    article,
                    rng.choice(("claim", "figure")),
                    start,
                    end,
                    "q",
                    "p",
                    "s",
                    "{}",
                    "",
                    None,
                    1,
                    "2026-11-29 03:00:00.000000",
                    "2026-11-29 03:00:00.000000",
                    1,
                    None,
                    None,
                )
            )
        conn.executemany(
            f"INSERT INTO annotations ({COLUMNS}) VALUES ({', '.join('?' * 17)})", rows
        )
        conn.executemany(
            "INSERT INTO article_status VALUES (?, 1, 'done', NULL, '2026-11-29 03:00:00.000000')",
            [(a,) for a, _ in articles[: len(articles) // 2]],
        )
    conn.close()


def raw_merge(template: Path, target: Path, sources: list[Path]) -> None:
    fresh_copy(template, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA synchronous=FULL")
    with conn:
        for source in sources:
            other = sqlite3.connect(source)
            rows = other.execute(f"SELECT {COLUMNS} FROM annotations").fetchall()
            other.close()
            conn.executemany(
                f"INSERT INTO annotations ({COLUMNS}) VALUES ({', '.join('?' * 17)})", rows
            )
    conn.close()


def marginalia_merge(template: Path, target: Path, sources: list[Path]) -> None:
    fresh_copy(template, target)
    with Store.open(target) as store:
        result = merge(store, sources)
    assert not result.failed and result.conflicts == 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=10)
    parser.add_argument("--annotations", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        template = root / "template.sqlite"
        articles = make_template(template, args.articles)
        sources = [root / f"annotator{n}.sqlite" for n in range(args.sources)]
        for n, path in enumerate(sources):
            make_source(template, path, f"annotator{n}", args.annotations, articles)
        target = root / "target.sqlite"
        ours: list[float] = []
        raw: list[float] = []
        cpu: dict[str, list[float]] = {"raw": [], "ours": []}
        print(f"load average {os.getloadavg()[0]:.2f}", flush=True)
        for turn in range(args.repeat):  # interleaved, so drift hits both alike
            for name, job, times in (
                ("raw", lambda: raw_merge(template, target, sources), raw),
                ("ours", lambda: marginalia_merge(template, target, sources), ours),
            ):
                started = time.process_time()
                times += measure(job, 1)
                cpu[name].append(time.process_time() - started)
            print(
                f"round {turn + 1}: raw {raw[-1]:.1f} s, marginalia {ours[-1]:.1f} s "
                f"({ours[-1] / raw[-1]:.2f}x); CPU {cpu['raw'][-1]:.1f} s / "
                f"{cpu['ours'][-1]:.1f} s",
                flush=True,
            )
        print(
            f"{args.sources} sources x {args.annotations} annotations on {args.articles} "
            f"articles, {args.repeat} run(s) each; load average {os.getloadavg()[0]:.2f}"
        )
        report("merge", ours, raw, 2.0)
        per_round = statistics.median(o / r for o, r in zip(ours, raw, strict=True))
        cpu_ratio = statistics.median(cpu["ours"]) / statistics.median(cpu["raw"])
        print(f"median of per-round ratios {per_round:.2f}; CPU ratio {cpu_ratio:.2f}")


if __name__ == "__main__":
    main()
