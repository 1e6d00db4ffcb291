"""Export speed and memory on a million annotations, against a raw baseline in the same run.

    python bench/export.py [--annotations 1000000] [--per-article 100] [--repeat 1]

Builds (once, in bench/out/) a Marginalia database with N annotations, ``--per-article`` per
article, then times in separate processes, each measured for wall time and peak RSS:

- ``baseline``: ``sqlite3`` select of the same annotation rows (joined with annotator and
  article) and ``json.dumps`` of each row to a JSON Lines file;
- ``w3c`` and ``csv``: ``export(iter_bundles(store), …)``, the real code path;

and prints the ratios (target: at most 2x the baseline) and the peak memory of w3c and csv
at N/10 and N annotations (flat in the number of annotations).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
JOBS = ("baseline", "w3c", "csv")
WORDS = [
    "Prices",
    "rose",
    "12%",
    "in",
    "2023",
    "the",
    "minister",
    "said",
    "工業總產值突破1500億元",
    "😀",
    "𠀋",
]


def build(path: Path, annotations: int, per_article: int) -> None:
    from marginalia.db.store import Store

    if path.exists():
        return
    tmp = path.with_suffix(".part")
    tmp.unlink(missing_ok=True)
    Store.open(tmp).close()  # the real schema, at the migrations' head
    conn = sqlite3.connect(tmp)
    conn.execute(
        "INSERT INTO annotators (id, name, created) VALUES (1, 'alice', "
        "'2026-11-01 08:30:00.000000'), (2, 'bob', '2026-11-01 08:30:00.000000')"
    )
    stamp = "2026-11-01 08:30:00.000000"
    articles = annotations // per_article
    for a in range(1, articles + 1):
        text = " ".join(WORDS[(a + i) % len(WORDS)] for i in range(per_article * 6))
        conn.execute(
            "INSERT INTO articles (id, sha256, title, text, chars, source, url, meta, imported) "
            "VALUES (?, ?, ?, ?, ?, 'bench', ?, '{}', ?)",
            (
                a,
                uuid.uuid4().hex * 2,
                f"Article {a}",
                text,
                len(text),
                f"https://news.example/{a}",
                stamp,
            ),
        )
        rows = []
        position = 0
        for n in range(per_article):
            start = text.index(" ", position) + 1
            end = text.index(" ", start)
            position = end
            label = ("claim", "figure")[n % 2]
            attrs = (
                {"checkworthy": "yes", "speaker": "Li"}
                if label == "claim"
                else {"value": n, "kind": "count"}
            )
            rows.append(
                (
                    str(uuid.uuid4()),
                    a,
                    label,
                    start,
                    end,
                    text[start:end],
                    text[max(0, start - 32) : start],
                    text[end : end + 32],
                    json.dumps(attrs),
                    "a note" if n % 5 == 0 else "",
                    1 + n % 2,
                    stamp,
                    stamp,
                )
            )
        conn.executemany(
            'INSERT INTO annotations (id, article_id, label_id, start, "end", quote, prefix, '
            "suffix, attributes, note, annotator_id, created, updated, revision) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            rows,
        )
    conn.commit()
    conn.close()
    tmp.rename(path)


def baseline(db: Path, out: Path) -> None:
    conn = sqlite3.connect(db)
    with out.open("w", encoding="utf-8") as handle:
        for row in conn.execute(
            'SELECT a.id, a.article_id, a.label_id, a.start, a."end", a.quote, a.prefix, '
            "a.suffix, a.attributes, a.note, w.name, a.created, a.updated, art.url "
            "FROM annotations a JOIN annotators w ON w.id = a.annotator_id "
            "JOIN articles art ON art.id = a.article_id "
            "WHERE a.deleted IS NULL ORDER BY a.article_id, a.start"
        ):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def ours(fmt: str, db: Path, out: Path) -> float:
    """Seconds of the export itself (opening the database, a fixed cost, is not counted)."""
    from marginalia.db.interchange import ExportOptions, export
    from marginalia.db.interchange.source import iter_bundles
    from marginalia.db.store import Store

    with Store.open(db) as store:
        schema = store.schema()
        began = time.perf_counter()
        export(iter_bundles(store), schema, fmt, out, ExportOptions(with_manifest=False))
        return time.perf_counter() - began


def child(job: str, db: Path, out: Path) -> None:
    if job == "baseline":
        began = time.perf_counter()
        baseline(db, out)
        seconds = time.perf_counter() - began
    else:
        seconds = ours(job, db, out)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"seconds": seconds, "peak_mib": peak / 1024}))


def measure(job: str, db: Path) -> dict[str, float]:
    out = OUT / f"{db.stem}.{job}.out"
    done = subprocess.run(
        [sys.executable, __file__, "--child", job, "--db", str(db), "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    out.unlink(missing_ok=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--annotations", type=int, default=1_000_000)
    parser.add_argument("--per-article", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.db, args.out)
        return
    OUT.mkdir(exist_ok=True)
    sizes = [args.annotations // 10, args.annotations]
    peaks: dict[str, list[float]] = {}
    for size in sizes:
        db = OUT / f"export-{size}-{args.per_article}.sqlite"
        began = time.perf_counter()
        build(db, size, args.per_article)
        print(f"\n{size:,} annotations ({db.name}, built in {time.perf_counter() - began:.0f} s)")
        # Rounds interleave the jobs so that a busy neighbour slows all of them alike; each
        # round gives a ratio, and the median ratio is reported.
        runs: dict[str, list[dict[str, float]]] = {job: [] for job in JOBS}
        for _ in range(args.repeat):
            for job in JOBS:
                runs[job].append(measure(job, db))
        base = [r["seconds"] for r in runs["baseline"]]
        for job in JOBS:
            seconds = [r["seconds"] for r in runs[job]]
            ratio = statistics.median(s / b for s, b in zip(seconds, base, strict=True))
            peak = max(r["peak_mib"] for r in runs[job])
            peaks.setdefault(job, []).append(peak)
            median = statistics.median(seconds)
            print(
                f"  {job:9} {median:7.2f} s  {ratio:4.2f}x baseline  peak RSS {peak:6.1f} MiB"
                f"  ({size / median:,.0f} annotations/s)"
            )
    print("\npeak RSS by size (flat means constant memory in the number of annotations):")
    for job, values in peaks.items():
        print(
            f"  {job:9} "
            + "  ".join(f"{s:>9,}: {v:6.1f} MiB" for s, v in zip(sizes, values, strict=True))
        )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
