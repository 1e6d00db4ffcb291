"""Desktop benchmarks (docs/performance.md), each against a raw baseline in the same run.

1. open a 100,000-character article with 5,000 annotations, highlighted, against Qt laying
   out the bare text (target: at most 3×);
2. add one annotation when 5,000 exist, in reading order: the GUI's work — reader, panel
   list and editor, and the frame Qt paints — against a bare QTextEdit recolouring a range
   and a bare table of Qt's own model inserting a row, in the same window size; medians and
   99th percentiles of wall and GUI-thread CPU time (target: under 5 ms median, 16 ms p99);
   separately, the store's committed write on the database worker;
2w. the same adds in the real main window, from the label key to the last frame: the
   worker's write and read, every view the broadcast reaches (status bar, article list,
   suggestions, undo actions) and every frame; GUI-thread CPU and wall;
2b. adjust one annotation's end by a word when 5,000 exist (an edit like adding, ADR 0096):
   the same split, against the same bare recolour (target: under 16 ms median);
3. start to first shown window against a bare QMainWindow process (target: at most 1.5×).

Start to *usable* with 10,000 articles is ``bench/startup.py``.

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
from typing import Any

from marginalia.db.connection import writing

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MARGINALIA_NO_DIALOGS", "1")

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit

from marginalia.db.store import NewArticle, Store
from marginalia.db.values import Annotation, Article
from marginalia.desktop.collector import GuiThreadCollector

CHARS = 100_000
ANNOTATIONS = 5_000
#: the GUI thread's garbage collector, as the app's (ADR 0139), once :func:`main` started it
collector: GuiThreadCollector | None = None
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


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of ``values`` fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


class Clock:
    """Wall time and the GUI thread's CPU time of a stretch of work, in ms (CPU time does not
    count the waits a loaded machine adds, so it is the steadier of the two)."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self) -> Clock:
        self._wall, self._cpu = time.perf_counter(), time.thread_time()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wall.append((time.perf_counter() - self._wall) * 1000)
        self.cpu.append((time.thread_time() - self._cpu) * 1000)

    def line(self, name: str, target: str = "") -> str:
        return (
            f"   {name:<44} median {statistics.median(self.wall):6.2f} ms"
            f"  p99 {percentile(self.wall, 0.99):6.2f}"
            f"  (CPU median {statistics.median(self.cpu):5.2f},"
            f" p99 {percentile(self.cpu, 0.99):5.2f}){target}"
        )


def bench_add(store: Store, article: Article, annotations: list[Annotation], repeat: int) -> None:
    """What the window does when a gesture's broadcast names a new annotation
    (``ArticleSession._apply_refresh``): the reader paints the span, the panel inserts its
    row and selects it, the editor shows it, then one frame is painted.

    The spans are added in reading order (each a few hundred characters after the one
    before, as an annotator works through the article), so the panel's list moves along
    as it does for a user rather than jumping to a random place on every add."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtGui import (
        QColor,
        QStandardItem,
        QStandardItemModel,
        QTextCharFormat,
        QTextCursor,
    )
    from PySide6.QtWidgets import QHBoxLayout, QTableView, QWidget

    from marginalia.db.values import Schema, Status
    from marginalia.desktop.panel import AnnotationPanel
    from marginalia.desktop.reader import ReaderView

    schema: Schema = store.schema()
    window = QWidget()  # reader and panel side by side, as in the main window
    window.resize(1280, 800)
    view = ReaderView(schema, window)
    panel = AnnotationPanel(schema, window)
    row = QHBoxLayout(window)
    row.addWidget(view, 3)
    row.addWidget(panel, 1)
    window.show()
    view.show_article(article, annotations)
    panel.show_article(article, annotations, Status.NEW)
    QApplication.processEvents()

    # the raw baseline: the same window size, a bare QTextEdit recolouring a range and a
    # bare table of 5,000 rows (Qt's own C++ model) inserting and selecting one
    bare = QWidget()
    bare.resize(1280, 800)
    bare_text = QTextEdit(bare)
    bare_text.setPlainText(article.text)
    bare_list = QTableView(bare)
    items = QStandardItemModel(bare_list)
    for annotation in annotations:
        items.appendRow(QStandardItem(annotation.quote[:48]))
    bare_list.setModel(items)
    bare_list.horizontalHeader().hide()
    bare_list.verticalHeader().hide()
    bare_list.horizontalHeader().setStretchLastSection(True)
    bare_row = QHBoxLayout(bare)
    bare_row.addWidget(bare_text, 3)
    bare_row.addWidget(bare_list, 1)
    bare.show()
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#E69F00"))
    QApplication.processEvents()

    rng = random.Random(3)
    ours, reader, panel_part, frame, baseline, stored = (Clock() for _ in range(6))
    step = max(2, len(article.text) // repeat)
    reading = 0
    for _ in range(repeat):  # interleaved, so both see the same machine load
        reading = (reading + rng.randint(step // 2, step * 3 // 2)) % (len(article.text) - 40)
        start = reading
        end = start + rng.randint(2, 40)
        view.set_caret(start)  # the user tags where they are reading (not timed)
        view.ensureCursorVisible()
        cursor = bare_text.textCursor()
        cursor.setPosition(start)
        bare_text.setTextCursor(cursor)
        bare_text.ensureCursorVisible()
        QApplication.processEvents()
        with baseline:
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fmt)
            where = items.rowCount() * start // len(article.text)
            items.insertRow(where, QStandardItem(article.text[start:end]))
            bare_list.setCurrentIndex(items.index(where, 0, QModelIndex()))
            QApplication.processEvents()
            QApplication.processEvents()
        with stored:
            created = store.create_annotation(article.id, "claim", start, end, "bench").value
        with ours:
            with reader:
                view.update_annotations([created])
            with panel_part:
                panel.update_annotations([created])
                panel.set_status(Status.IN_PROGRESS)
                panel.select(created.id)
            with reader:
                view.select_annotation(created.id, created.end)
            with frame:
                QApplication.processEvents()  # the frame the annotator sees
                # and what it posted (the editor's new size laid out up the parents)
                QApplication.processEvents()
    assert (
        panel.selected() == created.id
        and panel.list.currentIndex().data(Qt.ItemDataRole.UserRole) == created.id
    )
    wall_ratio = statistics.median(ours.wall) / statistics.median(baseline.wall)
    cpu_ratio = statistics.median(ours.cpu) / statistics.median(baseline.cpu)
    print(f"2. add one annotation when {len(annotations):,} exist ({repeat} adds)")
    print(baseline.line("bare Qt: recolour a range, insert a row, paint"))
    print(ours.line("Marginalia: reader + panel + editor + frame"))
    print(
        f"   ratio {wall_ratio:4.2f}× wall, {cpu_ratio:4.2f}× CPU"
        "  (target < 5 ms median, < 16 ms p99)"
    )
    reader.wall = [a + b for a, b in zip(reader.wall[::2], reader.wall[1::2], strict=True)]
    reader.cpu = [a + b for a, b in zip(reader.cpu[::2], reader.cpu[1::2], strict=True)]
    print(reader.line("  of which the reader: span painted, outlined"))
    print(panel_part.line("  of which the panel: row, selection, editor"))
    print(frame.line("  of which the frame (layout and paint)"))
    print(stored.line("store write, committed (on the worker thread)"))


def bench_add_window(database: Path, article_id: int, repeat: int) -> None:
    """(2w) The same adds in the real main window, from the label key to the last frame:
    the write and the read on the database worker, the undo step, every view the broadcast
    reaches (the reader and the panel through ``ArticleSession._apply_refresh``, the
    article list's counts, the suggestions, the status bar and the undo actions) and every
    frame Qt paints until nothing more is queued. The reads an add starts after its frame
    (``OpRunner.after_frame``: the article list's counts and the team view's fingerprint,
    ADR 0133) are inside: the runner is not idle until they are delivered, so their GUI
    time is counted. Wall time counts the worker; the GUI thread's CPU time is what the
    window itself spends."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    from marginalia.desktop.context import AppContext
    from marginalia.desktop.errors import ErrorReporter
    from marginalia.desktop.mainwindow import MainWindow
    from marginalia.desktop.ops import OpRunner
    from marginalia.desktop.settings import use_settings_folder

    use_settings_folder(database.parent / "settings")  # not the user's own
    os.environ["MARGINALIA_DATA_DIR"] = str(database.parent / "data")
    store = Store.open(database)
    runner = OpRunner(store)
    if collector is not None:
        collector.defer_while(lambda: not runner.idle)  # as the app does
    context = AppContext(runner, "bench", store.schema(), str(database))
    window = MainWindow(context, ErrorReporter())
    window.resize(1280, 800)
    window.show()
    assert window.workspace is not None
    workspace = window.workspace
    session = workspace.annotate.session
    view = workspace.annotate.reader.view
    window.open_article(article_id)
    runner.wait()
    QApplication.processEvents()
    assert view.article is not None and len(view.annotations) >= ANNOTATIONS

    applied = Clock()
    original = session._apply_refresh

    applied_at: list[float] = []

    def timed_apply(result: Any) -> None:
        with applied:
            original(result)
        applied_at.append(time.perf_counter())

    session._apply_refresh = timed_apply  # type: ignore[method-assign]
    loop = QEventLoop()
    before: set[str] = set()

    def delivered(_job: object) -> None:
        # (connected after the runner's own delivery: runs once each result is handled)
        # done when the new annotation is shown and selected and nothing is queued on the
        # worker (the article list's and the suggestions' reads); the frames and layouts
        # still pending are then processed
        selected = session.panel.selected()
        if selected is not None and selected not in before and runner.idle:
            QTimer.singleShot(0, settle)

    def settle() -> None:
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        if runner.idle:
            loop.quit()

    runner._worker.finished_job.connect(delivered)

    class Frames(QObject):
        """Counts the frames Qt paints: a top-level window's UpdateRequest each (only the
        main window's events reach this filter, so it costs nothing elsewhere)."""

        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                self.count += 1
            return False

    frames = Frames()
    window.installEventFilter(frames)
    per_add: list[int] = []
    text = view.article.text
    rng = random.Random(3)
    step = max(2, len(text) // repeat)
    reading = 0
    gesture = Clock()
    shown: list[float] = []  # label key → reader and panel updated (wall)
    for _ in range(repeat):
        reading = (reading + rng.randint(step // 2, step * 3 // 2)) % (len(text) - 40)
        start = reading
        end = start + rng.randint(2, 40)
        view.select_span(start, end)  # the user selects where they are reading (not timed)
        view.ensureCursorVisible()
        QApplication.processEvents()
        before = set(view.annotations)
        frames.count = 0
        with gesture:
            began = time.perf_counter()
            session.tag("claim")  # what the label's key does
            loop.exec()
        per_add.append(frames.count)
        shown.append((min(t for t in applied_at if t > began) - began) * 1000)
    print(f"2w. the same adds in the real main window ({repeat} adds, key to last frame)")
    print(gesture.line("label key → write → refresh → frames"))
    print(applied.line("  of which _apply_refresh (reader + panel)"))
    print(
        f"   label key → reader and panel updated (wall)   median {statistics.median(shown):6.2f}"
        f" ms  p99 {percentile(shown, 0.99):6.2f}"
    )
    print(
        f"   frames painted per add                        median {statistics.median(per_add)}"
        f"  max {max(per_add)}"
    )
    window.close()
    runner.shutdown()
    store.close()


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
    parser.add_argument("--adds", type=int, default=200, help="annotations added in (2)")
    parser.add_argument(
        "--only", default="1,2,3", help="which measurements, by number (default: all)"
    )
    args = parser.parse_args()
    wanted = {part.strip() for part in args.only.split(",")}
    app = QApplication.instance() or QApplication(sys.argv[:1])
    global collector
    collector = GuiThreadCollector(app)
    collector.start()  # garbage collected on the GUI thread, as the app does
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
        print(f"Qt platform: {QApplication.platformName()}, repeats: {args.repeat}")
        if "1" in wanted:
            bench_open(store, article, annotations, args.repeat)
        if "2" in wanted:
            bench_add(store, article, annotations, max(args.repeat, args.adds))
        if "2w" in wanted or "2" in wanted:
            store.close()
            bench_add_window(database, article_id, max(args.repeat, args.adds))
            store = Store.open(database)
        if "2" in wanted:
            bench_adjust(store, article, annotations, max(args.repeat, 21))
        store.close()
        if "3" in wanted:
            bench_start(database, args.repeat)


if __name__ == "__main__":
    main()
