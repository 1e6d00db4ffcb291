"""Start to usable with 10,000 articles, against a bare Qt window in the same run (issue 14).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--repeat 7]
    QT_QPA_PLATFORM=xcb DISPLAY=:N .venv/bin/python bench/startup.py   # a real window

*Usable* is what an annotator waits for: the process started, the window shown, the article
list filled (every id known, the first page of rows read) and the first article open in the
reader, painted. The database is issue 14's: 10,000 generated articles of ~2,000 characters
mixing Chinese and English with numbers, every fifth with astral characters, 10 spans each
(the files of ``bench/import_annotations.py``, imported once into ``bench/out/``).

Each round runs two fresh processes, interleaved so that both see the same machine load:

- *bare*: ``QApplication`` and an empty ``QMainWindow`` of the same size, until shown (the
  raw baseline: what any PySide6 window costs);
- *marginalia*: ``marginalia --db … --annotator bench``, until usable — a relaunch, as every
  start but the first is: the settings (last article, layout) are those of the run before.

Both print their own CPU time (user + system) at that moment, the steadier figure on a
shared machine. Python's bytecode is written and used, as in an installed app (pip and the
bundle compile it): a warm-up run fills the caches and is not counted. Prints medians and
ratios; never asserts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
ARTICLES, SPANS = 10_000, 10
TARGET_S = 1.0

BARE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def shown():
    used = resource.getrusage(resource.RUSAGE_SELF)
    print("ready", used.ru_utime + used.ru_stime, flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

USABLE = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def usable():
    for window in QApplication.topLevelWidgets():
        workspace = getattr(window, "workspace", None)
        if workspace is None:
            continue
        listed = workspace.articles.dock.model
        if listed.rowCount() and listed.cached_rows() and workspace.current_article():
            QApplication.processEvents()  # the frame that shows them
            used = resource.getrusage(resource.RUSAGE_SELF)
            print("ready", used.ru_utime + used.ru_stime, flush=True)
            window.close()
            return
    QTimer.singleShot(5, usable)
QTimer.singleShot(0, usable)
from marginalia.desktop.app import main
sys.exit(main(sys.argv[1:]))
"""


def database() -> Path:
    """Issue 14's 10,000 articles with 10 spans each, built once (~1 min) and kept."""
    path = OUT / f"startup-{ARTICLES}x{SPANS}.sqlite"
    if path.exists():
        return path
    sys.path.insert(0, str(HERE))
    import import_annotations as data_bench

    from marginalia.db import Store
    from marginalia.db.interchange.importer import import_annotations

    folder = OUT / f"import-annotations-{ARTICLES}x{SPANS}"
    data = data_bench.write_data(folder, ARTICLES, SPANS)
    articles = folder / "articles.sqlite"
    data_bench.build_database(data, articles)
    part = path.with_suffix(".part")
    shutil.copyfile(articles, part)
    with Store.open(part) as store:
        report = import_annotations(store, "labelstudio", data["labelstudio"], "bench")
        assert not report.problems, report.problems[:3]
    part.rename(path)
    return path


def run(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds until the child says it is ready, and the child's CPU seconds then."""
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    wall = time.perf_counter() - began
    child.wait(120)  # a backup started at the first article ends before the next round
    word, cpu = line.split()
    assert word == "ready", line
    return wall, float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    db = database()
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(
            QT_QPA_PLATFORM=platform,
            MARGINALIA_NO_DIALOGS="1",
            HOME=home,
            XDG_CONFIG_HOME=f"{home}/config",
            XDG_DATA_HOME=f"{home}/data",
            MARGINALIA_DATA_DIR=f"{home}/data/marginalia",
        )
        ours_args = ["--db", str(db), "--annotator", "bench"]
        run(BARE, [], env)  # warm-up: bytecode, font caches, settings (not counted)
        run(USABLE, ours_args, env)
        bare: list[tuple[float, float]] = []
        ours: list[tuple[float, float]] = []
        for _ in range(args.repeat):
            bare.append(run(BARE, [], env))
            ours.append(run(USABLE, ours_args, env))
    load = os.getloadavg()[0]
    wall_bare, wall_ours = (statistics.median(w for w, _ in runs) for runs in (bare, ours))
    cpu_bare, cpu_ours = (statistics.median(c for _, c in runs) for runs in (bare, ours))
    print(
        f"start to usable, {ARTICLES:,} articles × {SPANS} spans; Qt platform {platform}, ", end=""
    )
    print(f"{args.repeat} rounds, load average {load:.1f} on {os.cpu_count()} cores")
    print(
        f"   bare QMainWindow shown       median {wall_bare:6.3f} s wall  {cpu_bare:6.3f} s CPU"
        f"  (wall {min(w for w, _ in bare):.3f}–{max(w for w, _ in bare):.3f})"
    )
    print(
        f"   marginalia usable            median {wall_ours:6.3f} s wall  {cpu_ours:6.3f} s CPU"
        f"  (wall {min(w for w, _ in ours):.3f}–{max(w for w, _ in ours):.3f})"
    )
    print(
        f"   ratio {wall_ours / wall_bare:4.2f}× wall, {cpu_ours / cpu_bare:4.2f}× CPU;"
        f" beyond the bare window {wall_ours - wall_bare:5.3f} s wall,"
        f" {cpu_ours - cpu_bare:5.3f} s CPU  (target: usable < {TARGET_S} s)"
    )


if __name__ == "__main__":
    main()
