"""Progress bars: on a terminal, for long jobs only, never in the way of output (issue 17).

Each test runs the real command line in a process of its own, under a pseudo-terminal or
with stderr piped, on a JSON Lines batch large enough that its import lasts well over the
half second after which a bar may show.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from .terminal import COLOUR, ESCAPE, run_cli

ARTICLES = 20_000
#: What the bar shows: the count against the total, the rate, the time left.
BAR = re.compile(r"importing [━╸╺ ]+ [\d,]+/20,000 articles ([\d,]+|–)/s")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "batch.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(ARTICLES):
            record = {
                "title": f"第{n}篇",
                "text": f"第{n}篇：江北区工业总产值突破{n}亿元，增长12.5%。😀",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def imported(db: Path) -> int:
    with sqlite3.connect(db) as raw:
        count: int = raw.execute("SELECT count(*) FROM articles").fetchone()[0]
    return count


def test_a_long_import_shows_count_rate_and_time_left_on_the_terminal(
    batch: Path, tmp_path: Path
) -> None:
    db = tmp_path / "db.sqlite"
    done = run_cli(["--db", str(db), "import", str(batch), "--json"], cwd=tmp_path)
    assert done.status == 0, done.err
    assert BAR.search(done.text), done.text[-2000:]
    assert re.search(r"/20,000 articles [\d,]+/s, \d:\d\d:\d\d left", done.text)
    assert COLOUR.search(done.terminal)  # a colour terminal gets colours
    report = json.loads(done.out)  # the bar never reaches stdout
    assert len(report["imported"]) == ARTICLES == imported(db)
    # transient: the bar is erased at the end; what is left on the screen is the summary
    assert done.terminal.rstrip().endswith(b"\x1b[?25h") or b"\x1b[2K" in done.terminal


def test_no_color_keeps_the_bar_and_drops_the_colours(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite"
    done = run_cli(["--db", str(db), "import", str(batch)], cwd=tmp_path, env={"NO_COLOR": "1"})
    assert done.status == 0, done.err
    assert BAR.search(done.text)
    assert not COLOUR.search(done.terminal), COLOUR.search(done.terminal)
    assert done.out.decode().endswith(f"{ARTICLES} imported, 0 already there, 0 failed.\n")


@pytest.mark.parametrize("how", ["stderr is a pipe", "--quiet", "-q before the command"])
def test_no_bar_off_a_terminal_or_when_quiet(batch: Path, tmp_path: Path, how: str) -> None:
    db = tmp_path / "db.sqlite"
    args = ["--db", str(db), "import", str(batch), "--json"]
    if how == "--quiet":
        args.append("--quiet")
    elif how == "-q before the command":
        args.insert(0, "-q")
    done = run_cli(args, cwd=tmp_path, terminal=how != "stderr is a pipe")
    assert done.status == 0, done.err
    assert done.seconds > 1.0  # long enough that a bar would have shown
    assert not ESCAPE.search(done.terminal), done.terminal[:500]
    assert "/20,000 articles" not in done.err
    assert len(json.loads(done.out)["imported"]) == ARTICLES


def test_a_short_job_shows_nothing(tmp_path: Path) -> None:
    done = run_cli(["--db", str(tmp_path / "db.sqlite"), "import", "--sample"], cwd=tmp_path)
    assert done.status == 0, done.err
    assert not ESCAPE.search(done.terminal), done.terminal
    assert done.terminal == b""
    assert done.out.decode().endswith("1 imported, 0 already there, 0 failed.\n")
