"""Quit: from File ▸ Quit to the process gone (docs/performance.md; target under 0.5 s).

Each run starts ``marginalia`` (the installed command's ``run``) on a database of a few
hundred articles with one 100,000-character article of 5,000 annotations open, waits until
the window has settled, triggers Quit and measures until the process has ended — against a
bare QMainWindow process quitting the same way in the same run. It also reports where the
time goes inside the app: the window closing (edits saved, state written) and ``main``
returning (threads stopped, database closed).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/quit.py [--repeat N]`` (or under
``tools/xsession`` for a real X server). Prints medians and ratios; never asserts.
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
from pathlib import Path

from marginalia.db.store import NewArticle, Store

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1280, 800); window.show()
def quit_now():
    print("QUIT", flush=True)
    window.close()
QTimer.singleShot(1500, quit_now)
sys.exit(app.exec())
"""

APP = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from marginalia.desktop import app as entry
from marginalia.desktop.mainwindow import MainWindow

began = [0.0]

def ready():
    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or window.workspace is None:
        QTimer.singleShot(50, ready)
        return
    if window.workspace.annotate.reader.view.article is None:
        QTimer.singleShot(50, ready)
        return
    def quit_now():
        began[0] = time.perf_counter()
        print("QUIT", flush=True)
        window.workspace.registry.action("file.quit").trigger()
        print(f"CLOSED {(time.perf_counter() - began[0]) * 1000:.1f}", flush=True)
    QTimer.singleShot(int(os.environ["QUIT_AFTER_MS"]), quit_now)

original = entry.main

def timed_main(argv=None):
    code = original(sys.argv[1:])
    print(f"RETURNED {(time.perf_counter() - began[0]) * 1000:.1f}", flush=True)
    return code

app = QApplication(sys.argv[:1])
QTimer.singleShot(0, ready)
entry.main = timed_main
entry.run()
"""


def make_database(folder: Path) -> tuple[Path, int]:
    rng = random.Random(1)
    words = ["江北", "工业", "总产值", "突破", "1500亿元", "the", "rate", "rose", "5%", "。"]
    database = folder / "quit.sqlite"
    with Store.open(database) as store:
        texts = [" ".join(rng.choice(words) for _ in range(400)) + f" {n}" for n in range(300)]
        big = "".join(rng.choice(words) for _ in range(30_000))[:100_000]
        texts.append(big)
        added = store.add_articles(
            [
                NewArticle(hashlib.sha256(t.encode()).hexdigest(), t, f"Article {n}")
                for n, t in enumerate(texts)
            ]
        ).value
        article = added[-1].id
        for n in range(5_000):
            start = (n * 19) % (len(big) - 10)
            store.create_annotation(article, ("claim", "figure")[n % 2], start, start + 6, "bench")
    return database, article


def one_run(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    seen: dict[str, float] = {}
    began = 0.0
    for line in child.stdout:
        if line.startswith("QUIT"):
            began = time.perf_counter()
        elif line.startswith(("CLOSED", "RETURNED")):
            name, value = line.split()
            seen[name.lower()] = float(value)
    child.wait(60)
    seen["gone"] = (time.perf_counter() - began) * 1000
    return seen


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "MARGINALIA_NO_DIALOGS": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        env["XDG_CONFIG_HOME"] = env["MARGINALIA_DATA_DIR"] = folder
        env["MARGINALIA_USER_CONFIG"] = str(Path(folder) / "user.ini")
        database, article = make_database(Path(folder))
        bare: list[dict[str, float]] = []
        ours: dict[str, list[dict[str, float]]] = {"idle": [], "busy": []}
        app_args = ["--db", str(database), "--annotator", "bench", "--article", str(article)]
        for _ in range(args.repeat):  # interleaved: all see the same machine load
            bare.append(one_run(BARE, [], env))
            for case, after in (("idle", 1500), ("busy", 0)):
                ours[case].append(one_run(APP, app_args, {**env, "QUIT_AFTER_MS": str(after)}))
    b = statistics.median(r["gone"] for r in bare)
    print(f"Qt platform: {env['QT_QPA_PLATFORM']}, repeats: {args.repeat}")
    print("quit: File ▸ Quit to the process gone")
    print(f"   bare QMainWindow                          median {b:7.1f} ms")
    print("   marginalia, one article of 5,000 annotations open (301 articles):")
    for case, label in (
        ("idle", "1.5 s after the article opened"),
        ("busy", "at once (suggestions still computing)"),
    ):
        runs = ours[case]
        closed = statistics.median(r.get("closed", 0.0) for r in runs)
        returned = statistics.median(r.get("returned", 0.0) for r in runs)
        gone = statistics.median(r["gone"] for r in runs)
        print(f"   {label}")
        print(f"     window closed (edits saved)             median {closed:7.1f} ms")
        print(f"     main returned (database closed)         median {returned:7.1f} ms")
        print(
            f"     process gone                            median {gone:7.1f} ms"
            f"   ratio {gone / b:5.2f}×  (target < 500 ms)"
        )


if __name__ == "__main__":
    main()
