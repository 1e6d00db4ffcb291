"""Resident memory of the article list on a big database, against a bare Qt process.

    python bench/article_list.py [--articles 100000] [--annotations 1000000]

Builds (once, cached in bench/out/) a database of short articles and annotations spread over
them, then runs two fresh processes and prints their peak resident memory:

- *bare*: a QApplication showing an empty QMainWindow (the raw baseline);
- *list*: the same window with the article list dock on the database, scrolled from top to
  bottom in 50 jumps and then to the very end with Ctrl+End, as a user would.

The list process also counts SQL statements that name ``articles.text`` (it must be 0).
Target (docs/performance.md): under 300 MB for the list process.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
import uuid
from pathlib import Path

from marginalia.db.connection import engine, reading, writing

OUT = Path(__file__).resolve().parent / "out"
TARGET_MB = 300


def rss_mb() -> tuple[float, float]:
    """(peak, current) resident memory of this process in MB.

    On Linux the peak is VmHWM: ru_maxrss survives exec, so a child would inherit the
    peak of the benchmark process that started it.
    """
    status = Path("/proc/self/status")
    if status.exists():
        found = re.search(r"VmHWM:\s+(\d+) kB", status.read_text())
        peak = int(found.group(1)) / 1024 if found else float("nan")
    else:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if sys.platform == "darwin":
            peak /= 1024  # bytes there
    try:
        import psutil

        current = psutil.Process().memory_info().rss / 2**20
    except ImportError:
        current = float("nan")
    return peak, current


def build(path: Path, articles: int, annotations: int) -> None:
    from marginalia.db import models as m
    from marginalia.db.store import Store

    started = time.perf_counter()
    tmp = path.with_suffix(".building")
    for leftover in tmp.parent.glob(tmp.name + "*"):
        leftover.unlink()
    with Store.open(tmp) as store:
        labels = [label.id for label in store.schema().labels]
        now = m.utcnow()
        with writing(store) as conn:
            who = store.annotator_id(conn, "bench")
        rng = random.Random(7)
        text_template = "Article {i}: the council said 12 percent more people voted. " * 4
        with writing(store) as conn:
            rows: list[tuple[object, ...]] = []
            for i in range(articles):
                text = text_template.format(i=i)
                rows.append(
                    (
                        hashlib.sha256(text.encode()).hexdigest(),
                        f"Article {i:06d}",
                        text,
                        len(text),
                        "{}",
                        now.replace(tzinfo=None).isoformat(" "),
                    )
                )
            conn.exec_driver_sql(
                "INSERT INTO articles (sha256, title, text, chars, meta, imported)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
        stamp = now.replace(tzinfo=None).isoformat(" ")
        done = 0
        while done < annotations:
            chunk = min(100_000, annotations - done)
            rows = []
            for _ in range(chunk):
                article = rng.randrange(1, articles + 1)
                start = rng.randrange(0, 200)
                rows.append(
                    (
                        str(uuid.uuid4()),
                        article,
                        rng.choice(labels),
                        start,
                        start + 10,
                        "x" * 10,
                        "",
                        "",
                        "{}",
                        "",
                        who,
                        stamp,
                        stamp,
                        1,
                    )
                )
            with writing(store) as conn:
                conn.exec_driver_sql(
                    'INSERT INTO annotations (id, article_id, label_id, start, "end", quote,'
                    " prefix, suffix, attributes, note, annotator_id, created, updated, revision)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows,
                )
            done += chunk
        with reading(store) as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    tmp.rename(path)
    print(f"built {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def child_bare() -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    peak, current = rss_mb()
    return {"peak_mb": peak, "rss_mb": current}


def child_list(db: str) -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    from sqlalchemy import event

    from marginalia.db.store import Store
    from marginalia.desktop.articles import ArticleListDock, StoreSource

    app = QApplication([])
    store = Store.open(db)
    statements: list[str] = []
    event.listen(engine(store), "before_cursor_execute", lambda *a: statements.append(a[2]))
    window = QMainWindow()
    window.setCentralWidget(QLabel("reader"))
    started = time.perf_counter()
    dock = ArticleListDock(StoreSource(store), window, annotator="bench")
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - started
    bar = dock.view.verticalScrollBar()
    started = time.perf_counter()
    for step in range(51):
        bar.setValue(bar.maximum() * step // 50)
        dock.view.viewport().repaint()
        app.processEvents()
    dock.view.setCurrentIndex(dock.model.index(0, 0))
    QTest.keyClick(dock.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    dock.view.viewport().repaint()
    app.processEvents()
    scrolled = time.perf_counter() - started
    last_row = dock.view.rowAt(dock.view.viewport().height() - 2)
    peak, current = rss_mb()
    text_reads = [s for s in statements if re.search(r"\barticles\.text\b", s)]
    return {
        "peak_mb": peak,
        "rss_mb": current,
        "rows": dock.model.rowCount(),
        "last_row_shown": last_row,
        "pages_fetched": dock.model.pages_fetched,
        "cached_rows": dock.model.cached_rows(),
        "open_s": opened,
        "scroll_s": scrolled,
        "text_reads": len(text_reads),
    }


def run_child(*args: str) -> dict[str, float]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    timings: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--annotations", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each process")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode = args.child[0]
        result = child_bare() if mode == "bare" else child_list(args.child[1])
        print(json.dumps(result))
        return

    OUT.mkdir(exist_ok=True)
    db = OUT / f"article_list_{args.articles}_{args.annotations}.sqlite"
    if not db.exists():
        build(db, args.articles, args.annotations)
    bare = [run_child("bare") for _ in range(args.repeat)]
    listed = [run_child("list", str(db)) for _ in range(args.repeat)]

    def median(runs: list[dict[str, float]], key: str) -> float:
        values = sorted(run[key] for run in runs)
        return values[len(values) // 2]

    last = listed[-1]
    print(
        f"database: {args.articles:,} articles, {args.annotations:,} annotations "
        f"({db.stat().st_size / 2**20:.0f} MB file)"
    )
    print(f"{'process':<34}{'peak RSS MB':>12}{'RSS MB':>10}")
    print(
        f"{'bare QApplication + QMainWindow':<34}{median(bare, 'peak_mb'):>12.1f}"
        f"{median(bare, 'rss_mb'):>10.1f}"
    )
    print(
        f"{'article list, scrolled to the end':<34}{median(listed, 'peak_mb'):>12.1f}"
        f"{median(listed, 'rss_mb'):>10.1f}"
    )
    extra = median(listed, "peak_mb") - median(bare, "peak_mb")
    ratio = median(listed, "peak_mb") / median(bare, "peak_mb")
    print(
        f"list over bare: +{extra:.1f} MB peak ({ratio:.2f}x); "
        f"target < {TARGET_MB} MB: {'met' if median(listed, 'peak_mb') < TARGET_MB else 'MISSED'}"
    )
    print(
        f"rows {last['rows']:,}, last row shown {last['last_row_shown']:,}, "
        f"pages fetched {last['pages_fetched']}, rows cached {last['cached_rows']}, "
        f"statements naming articles.text: {last['text_reads']}"
    )
    print(
        f"median open {median(listed, 'open_s') * 1000:.0f} ms, "
        f"scroll top to bottom (51 jumps + Ctrl+End) {median(listed, 'scroll_s') * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
