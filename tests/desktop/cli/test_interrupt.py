"""Ctrl+C stops a job cleanly: what was committed stays, nothing is half-written, exit 130.

Ctrl+C is typed into the command's terminal at a random moment of the job (seeded, so a
failure can be replayed): once its progress bar shows, plus up to 0.4 s.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from .bigdata import annotated_database, count, integrity
from .terminal import run_cli

SEEDS = (1, 2, 3)


def press_ctrl_c(seed: int, showing: str) -> Callable[[bytes, float], bool]:
    """Ctrl+C a random 0–0.4 s after ``showing`` first appears on the terminal."""
    delay = random.Random(seed).uniform(0.0, 0.4)
    marker = showing.encode()
    seen_at: list[float] = []

    def when(screen: bytes, elapsed: float) -> bool:
        if not seen_at and marker in screen:
            seen_at.append(elapsed)
        return bool(seen_at) and elapsed >= seen_at[0] + delay

    return when


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("batch") / "batch.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(30_000):
            record = {
                "title": f"第{n}篇",
                "text": f"第{n}篇：总产值突破{n}亿元。😀 Output grew {n}%.",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def lead(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lead") / "lead.sqlite"
    annotated_database(path, articles=2000, per_article=50, annotator="ana")
    return path


@pytest.mark.parametrize("seed", SEEDS)
def test_ctrl_c_during_an_import_keeps_whole_articles_and_says_what_was_done(
    batch: Path, tmp_path: Path, seed: int
) -> None:
    db = tmp_path / "db.sqlite"
    done = run_cli(
        ["--db", str(db), "import", str(batch), "--json"],
        cwd=tmp_path,
        interrupt_when=press_ctrl_c(seed, "importing"),
    )
    assert done.status == 130, done.text
    assert integrity(db) == "ok"
    report = json.loads(done.out)  # still one valid document
    assert report["interrupted"] is True
    stored = count(db, "articles")
    assert 0 < stored < 30_000
    assert len(report["imported"]) == stored  # what it says it stored is what is there
    summary = re.search(r"marginalia-cli: interrupted: (\d+) imported, 0 already there", done.text)
    assert summary and int(summary[1]) == stored, done.text[-500:]
    assert "Traceback" not in done.text
    # the next run takes up where this one stopped
    again = run_cli(["--db", str(db), "-q", "import", str(batch), "--json"], cwd=tmp_path)
    assert again.status == 0
    assert len(json.loads(again.out)["duplicates"]) == stored
    assert count(db, "articles") == 30_000


@pytest.mark.parametrize(("seed", "fmt"), [(1, "csv"), (2, "w3c"), (3, "brat")])
def test_ctrl_c_during_an_export_leaves_no_file_at_all(
    lead: Path, tmp_path: Path, seed: int, fmt: str
) -> None:
    out = tmp_path / "out" / ("gold.zip" if fmt == "brat" else f"gold.{fmt}")
    out.parent.mkdir()
    (out.parent / "earlier.txt").write_text("an earlier file stays", "utf-8")
    done = run_cli(
        ["--db", str(lead), "export", "--format", fmt, "--out", str(out), "--json"],
        cwd=tmp_path,
        interrupt_when=press_ctrl_c(seed, "exporting"),
    )
    assert done.status == 130, done.text
    assert sorted(p.name for p in out.parent.iterdir()) == ["earlier.txt"]  # no temporaries
    assert json.loads(done.out) == {
        "error": f"interrupted: nothing was written to {out}",
        "interrupted": True,
    }
    assert f"marginalia-cli: interrupted: nothing was written to {out}" in done.text
    assert integrity(lead) == "ok"


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """A lead's database and six annotators' databases of the same 300 articles, with enough
    spans that the merge outlasts the 0.4 s the Ctrl+C may wait (6 × 6,000 did not once the
    merge copied rows as stored: issue 14)."""
    folder = tmp_path_factory.mktemp("team")
    annotated_database(folder / "team.sqlite", articles=300, per_article=20, annotator="lead")
    sources = [folder / f"{name}.sqlite" for name in ("ana", "ben", "cai", "dan", "eve", "fay")]
    for source in sources:
        annotated_database(source, articles=300, per_article=100, annotator=source.stem)
    return folder / "team.sqlite", sources


@pytest.mark.parametrize("seed", SEEDS)
def test_ctrl_c_during_a_merge_leaves_the_target_as_it_was(
    team: tuple[Path, list[Path]], tmp_path: Path, seed: int
) -> None:
    template, sources = team
    target = tmp_path / "team.sqlite"
    shutil.copyfile(template, target)
    before = count(target, "annotations")
    done = run_cli(
        ["merge", *map(str, sources), "--into", str(target)],
        cwd=tmp_path,
        interrupt_when=press_ctrl_c(seed, "merging"),
    )
    assert done.status == 130, done.text
    assert f"interrupted: nothing was merged; {target} is as it was" in done.text
    assert integrity(target) == "ok"
    assert count(target, "annotations") == before
    assert count(target, "merge_bases") == 0


@pytest.mark.parametrize("seed", SEEDS[:2])
def test_ctrl_c_while_annotations_are_read_stores_nothing_of_that_file(
    lead: Path, tmp_path: Path, seed: int
) -> None:
    spans = tmp_path / "spans.jsonl"
    exported = run_cli(
        ["--db", str(lead), "-q", "export", "--format", "doccano", "--out", str(spans)],
        cwd=tmp_path,
        terminal=False,
    )
    assert exported.status == 0, exported.err
    db = tmp_path / "fresh.sqlite"
    annotated_database(db, articles=2000, per_article=0, annotator="nobody")
    done = run_cli(
        ["--db", str(db), "import-annotations", "--format", "doccano", str(spans), "--json"],
        cwd=tmp_path,
        interrupt_when=press_ctrl_c(seed, "reading"),
    )
    assert done.status == 130, done.text
    assert json.loads(done.out) == {"imported": [], "failed": [], "interrupted": True}
    assert f"{spans} was being read and nothing of it was stored" in done.text
    assert count(db, "annotations") == 0
    assert integrity(db) == "ok"
