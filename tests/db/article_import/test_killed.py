"""A killed import leaves no half article (docs/reliability.md)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .test_text import png_bytes


def test_killing_an_import_leaves_only_whole_articles(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.png").write_bytes(png_bytes((64, 48)))
    (articles / "b.png").write_bytes(png_bytes((32, 32), "blue"))
    for n in range(3000):
        (articles / f"{n:05}.txt").write_text(
            f"第{n}篇\n\n正文{n}。\n\na.png\n\n图一\n\nb.png\n\n图二\n", "utf-8"
        )
    db = tmp_path / "db.sqlite"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "marginalia.desktop.cli.main",
            "--db",
            str(db),
            "import",
            str(articles),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    stored = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as probe:
                stored = probe.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored > 0:
            break
    assert process.poll() is None, "the import finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    count = raw.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < count < 3000
    partial = raw.execute(
        "SELECT a.id, count(i.id) FROM articles a LEFT JOIN images i ON i.article_id = a.id "
        "GROUP BY a.id HAVING count(i.id) != 2"
    ).fetchall()
    assert partial == []
    orphans = raw.execute(
        "SELECT count(*) FROM images WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
