"""Desktop benchmarks (docs/performance.md), each against a raw baseline in the same run.

1. open a 100,000-character article with 5,000 annotations, highlighted, against Qt laying
   out the bare text (target: at most 3×);
2. add one annotation when 5,000 exist: the GUI's work (reader + panel) and, separately,
   the store's committed write on the database worker (target: under 16 ms median);
2b. adjust one annotation's end by a word when 5,000 exist (an edit like adding, ADR 0096):
   the same split, against the same bare recolour (target: under 16 ms median);
3. start to first shown window against a bare QMainWindow process (target: at most 1.5×).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/desktop.py [--repeat N]``.
Prints medians and ratios; never asserts.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from marginalia.db.connection import writing

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit

from marginalia.db.store import NewArticle, Store
from marginalia.db.values import Annotation, Article

CHARS = 100_000
ANNOTATIONS = 5_000
WORDS = [
    "江北",
    "工业",
    "总产值",
    "突破",
    "1500亿元",
    "新能源",
    "汽车",
    "the",
    "rate",
    "rose",
    "5%",
    "😀",
    "𠀋",
]


def make_text(seed: int = 1) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < CHARS:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 20))) + "。"
        if rng.random() < 0.15:
            sentence += "\n"
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)[:CHARS]


def make_annotations(article_id: int, text: str, n: int, seed: int = 2) -> list[Annotation]:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    found = []
    labels = ["claim", "figure", "caption"]
    for index in range(n):
        start = rng.randrange(0, len(text) - 60)
        end = start + rng.randint(2, 60)  # overlaps and nesting happen
        found.append(
            Annotation(
                id=f"a{index:05d}",
                article_id=article_id,
                label=labels[index % 3],
                start=start,
                end=end,
                quote=text[start:end],
                prefix="",
                suffix="",
                annotator="bench",
                created=now,
                updated=now,
                revision=1,
            )
        )
    return found


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def bench_open(store: Store, article: Article, annotations: list[Annotation], repeat: int) -> None:
    from marginalia.desktop.reader import ReaderView

    bare = QTextEdit()
    bare.resize(900, 700)
    bare.show()

    def baseline() -> None:
        document = QTextDocument()
        document.setDefaultFont(bare.font())
        document.setPlainText(article.text)
        bare.setDocument(document)
        bare.document().documentLayout().documentSize()
        QApplication.processEvents()

    view = ReaderView(store.schema())
    view.resize(900, 700)
    view.show()

    def ours() -> None:
        view.show_article(article, annotations)
        view.document().documentLayout().documentSize()
        QApplication.processEvents()

    base_times, mine_times = [], []
    for _ in range(repeat):  # interleaved, so both see the same machine load
        base_times.append(median_ms(baseline, 1))
        mine_times.append(median_ms(ours, 1))
    base, mine = statistics.median(base_times), statistics.median(mine_times)
    print(f"1. open {len(article.text):,} chars, {len(annotations):,} annotations highlighted")
    print(f"   bare Qt layout      median {base:8.1f} ms")
    print(
        f"   Marginalia reader   median {mine:8.1f} ms   ratio {mine / base:4.2f}×  (target ≤ 3×)"
    )


def bench_add(store: Store, article: Article, annotations: list[Annotation], repeat: int) -> None:
    from marginalia.db.values import Schema
    from marginalia.desktop.panel import AnnotationPanel
    from marginalia.desktop.reader import ReaderView

    schema: Schema = store.schema()
    view = ReaderView(schema)
    view.resize(900, 700)
    panel = AnnotationPanel(schema)
    view.show()
    panel.show()
    view.show_article(article, annotations)
    panel.show_article(
        article, annotations, status=__import__("marginalia.db.values").db.values.Status.NEW
    )
    QApplication.processEvents()
    rng = random.Random(3)
    reader_times, panel_times, store_times = [], [], []
    for _ in range(repeat):
        start = rng.randrange(0, len(article.text) - 40)
        end = start + rng.randint(2, 40)
        view.set_caret(start)  # the user tags where they are reading (not timed)
        view.ensureCursorVisible()
        QApplication.processEvents()
        began = time.perf_counter()
        created = store.create_annotation(article.id, "claim", start, end, "bench").value
        stored = time.perf_counter()
        view.update_annotations([created])
        view.select_annotation(created.id)
        view.viewport().repaint()  # the frame the annotator sees
        shown = time.perf_counter()
        panel.update_annotations([created])
        panel.select(created.id)
        QApplication.processEvents()  # the panel catches up
        done = time.perf_counter()
        store_times.append((stored - began) * 1000)
        reader_times.append((shown - stored) * 1000)
        panel_times.append((done - shown) * 1000)
    # baseline: the same view size, one range recoloured in a bare QTextEdit and repainted
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

    bare = QTextEdit()
    bare.resize(900, 700)
    bare.setPlainText(article.text)
    bare.show()
    QApplication.processEvents()
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#E69F00"))
    bare_times = []
    for _ in range(repeat):
        start = rng.randrange(0, len(article.text) - 40)
        cursor = bare.textCursor()
        cursor.setPosition(start)
        bare.setTextCursor(cursor)
        bare.ensureCursorVisible()
        QApplication.processEvents()
        began = time.perf_counter()
        cursor.setPosition(start + 20, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
        QApplication.processEvents()
        bare_times.append((time.perf_counter() - began) * 1000)
    print(f"2. add one annotation when {len(annotations):,} exist")
    reader, panel = statistics.median(reader_times), statistics.median(panel_times)
    bare_median, stored = statistics.median(bare_times), statistics.median(store_times)
    print(f"   bare QTextEdit: recolour a range, repaint  median {bare_median:6.2f} ms")
    print(f"   reader: new span painted, outlined        median {reader:6.2f} ms  (target < 16 ms)")
    print(f"   panel: list and editor caught up          median {panel:6.2f} ms")
    print(f"   store write, committed (worker thread)    median {stored:6.2f} ms")


def bench_adjust(
    store: Store, article: Article, annotations: list[Annotation], repeat: int
) -> None:
    from marginalia.db import step
    from marginalia.db.values import Schema, Status
    from marginalia.desktop.panel import AnnotationPanel
    from marginalia.desktop.reader import ReaderView

    schema: Schema = store.schema()
    view = ReaderView(schema)
    view.resize(900, 700)
    panel = AnnotationPanel(schema)
    view.show()
    panel.show()
    stored = store.annotations(article.id)
    view.show_article(article, stored)
    panel.show_article(article, stored, Status.NEW)
    QApplication.processEvents()
    rng = random.Random(4)
    reader_times, panel_times, store_times, step_times = [], [], [], []
    for _ in range(repeat):
        target = rng.choice(stored)
        view.select_annotation(target.id)  # the user selects it first (not timed)
        panel.select(target.id)
        QApplication.processEvents()
        current = store.annotation(target.id)
        began = time.perf_counter()
        span = step(article.text, current.start, current.end, "end", True)
        stepped = time.perf_counter()
        changed = store.update_annotation(
            target.id, current.revision, start=span[0], end=span[1]
        ).value
        written = time.perf_counter()
        view.update_annotations([changed])
        view.viewport().repaint()  # the frame the annotator sees
        shown = time.perf_counter()
        panel.update_annotations([changed])
        QApplication.processEvents()
        done = time.perf_counter()
        step_times.append((stepped - began) * 1000)
        store_times.append((written - stepped) * 1000)
        reader_times.append((shown - written) * 1000)
        panel_times.append((done - shown) * 1000)
    print(f"2b. adjust one annotation's end by a word when {len(stored):,} exist")
    rows = [
        ("where the end goes (spans.step)", step_times, ""),
        ("reader: span moved, repainted", reader_times, "  (target < 16 ms with the panel)"),
        ("panel: list and editor caught up", panel_times, ""),
        ("store write, committed (worker thread)", store_times, ""),
    ]
    for what, times, note in rows:
        print(f"   {what:<41} median {statistics.median(times):6.2f} ms{note}")


CHILD_BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

CHILD_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
from marginalia.desktop.app import main
main(sys.argv[1:])
"""


def time_process(code: str, args: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - began) * 1000
    child.wait(30)
    assert line.strip() == "shown", line
    return elapsed


def bench_start(database: Path, repeat: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MARGINALIA_NO_DIALOGS": "1"}
    with tempfile.TemporaryDirectory() as home:
        env["MARGINALIA_DATA_DIR"] = home
        env["XDG_CONFIG_HOME"] = home
        bare, app = [], []
        for _ in range(repeat):  # interleaved, so both see the same machine load
            bare.append(time_process(CHILD_BARE, [], env))
            args = ["--db", str(database), "--annotator", "bench"]
            app.append(time_process(CHILD_APP, args, env))
    b, a = statistics.median(bare), statistics.median(app)
    print("3. start to first shown window")
    print(f"   bare QMainWindow    median {b:8.1f} ms")
    print(f"   marginalia          median {a:8.1f} ms   ratio {a / b:4.2f}×  (target ≤ 1.5×)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.sqlite"
        store = Store.open(database)
        text = make_text()
        sha = hashlib.sha256(text.encode()).hexdigest()
        article_id = store.add_articles([NewArticle(sha, text, "bench")]).value[0].id
        article = store.article(article_id)
        annotations = make_annotations(article_id, text, ANNOTATIONS)
        # the same annotations in the database, so that (2) writes next to 5,000 rows
        with writing(store) as conn:
            from marginalia.db import models as m

            who = store.annotator_id(conn, "bench")
            conn.execute(
                m.Annotation.__table__.insert(),
                [
                    {
                        "id": f"{a.id}-db",
                        "article_id": article_id,
                        "label_id": a.label,
                        "start": a.start,
                        "end": a.end,
                        "quote": a.quote,
                        "prefix": "",
                        "suffix": "",
                        "attributes": {},
                        "note": "",
                        "image_id": None,
                        "annotator_id": who,
                        "created": a.created,
                        "updated": a.updated,
                        "revision": 1,
                        "deleted": None,
                        "provenance": None,
                    }
                    for a in annotations
                ],
            )
        print(f"Qt platform: {app.platformName()}, repeats: {args.repeat}")
        bench_open(store, article, annotations, args.repeat)
        bench_add(store, article, annotations, max(args.repeat, 21))
        bench_adjust(store, article, annotations, max(args.repeat, 21))
        store.close()
        bench_start(database, args.repeat)


if __name__ == "__main__":
    main()
