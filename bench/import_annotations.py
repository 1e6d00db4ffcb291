"""``import-annotations`` of 100,000 spans, against a raw baseline in the same run.

    python bench/import_annotations.py [--articles 10000] [--spans 10] [--repeat 3]
    python bench/import_annotations.py --write-data DIR [--articles N] [--spans K]

The data (issue 14): N generated articles of ~2,000 characters mixing Chinese and English
with numbers, every fifth with astral characters (😀, 𠀋, a ZWJ family), K spans each (claims
and figures, some crossing a line break), written once into ``bench/out/`` as

- ``articles.jsonl`` — the articles, for ``marginalia-cli import`` (and a peer's import);
- ``tasks.json`` — Label Studio tasks with one annotation each (what Label Studio itself
  exports and imports: ``data.text`` and ``annotations[].result`` regions);
- ``doccano.jsonl`` — doccano JSON Lines, offsets in UTF-16 code units as doccano counts.

Each job runs in a fresh process on a copy of one database that holds the articles, and is
measured for wall time and peak RSS:

- ``baseline``: ``json.load`` of ``tasks.json`` and ``sqlite3`` ``executemany`` of the same
  annotation rows (quote and context sliced, attributes as JSON) in one transaction — a
  raw read + insert with no checks;
- ``labelstudio`` and ``doccano``: ``import_annotations(store, fmt, path)``, the real code
  path of ``marginalia-cli import-annotations``.

Rounds are interleaved; medians and ratios are printed, and peak memory at N/10 articles
beside N shows whether it is flat. For the peers table (bench/peers.py):
:func:`write_data` makes the same files, :func:`run_job` times one job in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
JOBS = ("baseline", "labelstudio", "doccano")
SEED = 14

ZH = (
    "江北区规上工业总产值突破亿元大关全市每生产三台新能源汽车就有一台是江北造"
    "港务局表示上半年集装箱吞吐量达到万标准箱同比增长"
)
EN_TEXT = (
    "the ministry said output grew in the first half a record for the port "
    "prices rose while exports fell according to the statistics office"
)
EN = EN_TEXT.split()
ASTRAL = ["😀", "𠀋", "👨‍👩‍👧", "🇨🇳", "𠀋𠀋"]


def _article(rng: random.Random, n: int) -> tuple[str, list[tuple[int, int, str]]]:
    """One text of about 2,000 characters and its spans (code points, half-open)."""
    pieces: list[str] = []
    spans: list[tuple[int, int, str]] = []
    length = 0
    astral = n % 5 == 0
    sentence = 0
    while length < 2000:
        sentence += 1
        if sentence % 2:
            words = [rng.choice(EN) for _ in range(rng.randint(8, 16))]
            body = " ".join(words).capitalize()
        else:
            start = rng.randrange(len(ZH) - 20)
            body = ZH[start : start + rng.randint(12, 20)]
        number = f"{rng.randint(2, 9999)}{rng.choice(['%', '亿元', ' units', ''])}"
        if astral:
            body = f"{rng.choice(ASTRAL)} {body}"
        text = f"{body} {number}."
        end = "\n" if sentence % 4 == 0 else " "
        # a figure on the number; a claim on the whole sentence
        figure_at = length + len(body) + 1
        spans.append((figure_at, figure_at + len(number), "figure"))
        spans.append((length, length + len(text), "claim"))
        pieces.append(text + end)
        length += len(text) + len(end)
    return "".join(pieces).rstrip() + "\n", spans


def write_data(folder: Path, articles: int = 10_000, spans: int = 10) -> dict[str, Path]:
    """Write the bench files into ``folder`` (kept if already there); their paths by name."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "articles": folder / "articles.jsonl",
        "labelstudio": folder / "tasks.json",
        "doccano": folder / "doccano.jsonl",
    }
    stamp = folder / f".done-{articles}-{spans}"
    if stamp.exists():
        return paths
    rng = random.Random(SEED)
    with (
        paths["articles"].open("w", encoding="utf-8") as arts,
        paths["labelstudio"].open("w", encoding="utf-8") as tasks,
        paths["doccano"].open("w", encoding="utf-8") as docc,
    ):
        tasks.write("[")
        for n in range(articles):
            text, found = _article(rng, n)
            chosen = sorted(rng.sample(found, min(spans, len(found))))
            title = f"Article {n}"
            arts.write(json.dumps({"title": title, "text": text}, ensure_ascii=False) + "\n")
            result = []
            for start, end, label in chosen:
                result.append(
                    {
                        "id": uuid.UUID(int=rng.getrandbits(128)).hex[:10],
                        "from_name": "label",
                        "to_name": "text",
                        "type": "labels",
                        "value": {
                            "start": start,
                            "end": end,
                            "text": text[start:end].replace("\n", "\\n"),
                            "labels": ["Claim" if label == "claim" else "Figure"],
                        },
                    }
                )
            task = {
                "id": n + 1,
                "data": {"text": text, "title": title},
                "annotations": [{"id": n + 1, "completed_by": 1, "result": result}],
            }
            tasks.write(("," if n else "") + "\n" + json.dumps(task, ensure_ascii=False))
            utf16 = _utf16_positions(text)
            entities = [
                {
                    "id": k,
                    "start_offset": utf16[start],
                    "end_offset": utf16[end],
                    "label": "Claim" if label == "claim" else "Figure",
                }
                for k, (start, end, label) in enumerate(chosen, 1)
            ]
            docc.write(
                json.dumps({"id": n + 1, "text": text, "entities": entities}, ensure_ascii=False)
                + "\n"
            )
        tasks.write("\n]\n")
    stamp.touch()
    return paths


def _utf16_positions(text: str) -> list[int]:
    positions = [0]
    for char in text:
        positions.append(positions[-1] + (2 if char > "\uffff" else 1))
    return positions


def build_database(data: dict[str, Path], db: Path) -> None:
    """A database with the articles imported (the real import), kept for every job."""
    if db.exists():
        return
    from marginalia.db.article_import.pipeline import import_paths
    from marginalia.db.store import Store

    part = db.with_suffix(".part")
    part.unlink(missing_ok=True)
    with Store.open(part) as store:
        report = import_paths(store, [data["articles"]])
        assert not report.failed, report.failed[:3]
    part.rename(db)


# --- jobs, each in a process of its own -----------------------------------------------------


def _baseline(db: Path, tasks: Path) -> int:
    with tasks.open(encoding="utf-8") as handle:
        documents = json.load(handle)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    ids = dict(conn.execute("SELECT sha256, id FROM articles"))
    who = conn.execute("INSERT INTO annotators (name, created) VALUES ('raw', '2026')").lastrowid
    import hashlib

    rows = []
    stamp = "2026-12-04 18:00:00.000000"
    for task in documents:
        text = task["data"]["text"]
        article = ids[hashlib.sha256(text.encode("utf-8")).hexdigest()]
        for result in task["annotations"][0]["result"]:
            value = result["value"]
            start, end = value["start"], value["end"]
            label = value["labels"][0].lower()
            rows.append(
                (
                    str(uuid.uuid4()),
                    article,
                    label,
                    start,
                    end,
                    text[start:end],
                    text[max(0, start - 32) : start],
                    text[end : end + 32],
                    "{}",
                    "",
                    who,
                    stamp,
                    stamp,
                )
            )
    with conn:
        conn.executemany(
            'INSERT INTO annotations (id, article_id, label_id, start, "end", quote, prefix, '
            "suffix, attributes, note, annotator_id, created, updated, revision) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            rows,
        )
    conn.close()
    return len(rows)


def _ours(db: Path, fmt: str, path: Path) -> int:
    from marginalia.db.interchange.importer import import_annotations
    from marginalia.db.store import Store

    with Store.open(db) as store:
        report = import_annotations(store, fmt, path, "bench")
    assert not report.problems, report.problems[:3]
    return len(report.imported)


def run_job(job: str, data: dict[str, Path], base: Path, scratch: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one job, in a fresh process on a copy of ``base``."""
    db = scratch / f"{job}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, db)
    path = data["labelstudio"] if job in ("baseline", "labelstudio") else data[job]
    command = [sys.executable, __file__, "--job", job, str(db), str(path)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{job} failed:\n{done.stderr}")
    # the child's own high-water mark (ru_maxrss of a forked child starts at the parent's)
    return seconds, float(done.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write-data", type=Path, metavar="DIR")
    parser.add_argument("--job", nargs=3, metavar=("JOB", "DB", "PATH"))
    args = parser.parse_args()
    if args.job:
        job, db, path = args.job
        if job == "baseline":
            _baseline(Path(db), Path(path))
        else:
            _ours(Path(db), job, Path(path))
        status = Path("/proc/self/status").read_text()
        print(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
        return
    if args.write_data:
        for name, path in write_data(args.write_data, args.articles, args.spans).items():
            print(f"{name}: {path}")
        return
    print(f"load average: {os.getloadavg()[0]:.2f}")
    results: dict[tuple[int, str], list[tuple[float, float]]] = {}
    sizes = [args.articles // 10, args.articles]
    for size in sizes:
        folder = OUT / f"import-annotations-{size}x{args.spans}"
        data = write_data(folder, size, args.spans)
        base = folder / "articles.sqlite"
        build_database(data, base)
        rounds = args.repeat if size == args.articles else 1
        for _ in range(rounds):
            for job in JOBS:
                results.setdefault((size, job), []).append(run_job(job, data, base, folder))
    for size in sizes:
        spans = size * args.spans
        base_time = statistics.median(t for t, _ in results[(size, "baseline")])
        for job in JOBS:
            times = [t for t, _ in results[(size, job)]]
            peak = max(m for _, m in results[(size, job)])
            print(
                f"{spans:>7} spans  {job:<11} median {statistics.median(times):6.2f} s "
                f"(min {min(times):.2f}, max {max(times):.2f})  "
                f"ratio {statistics.median(times) / base_time:4.2f}  peak {peak:5.0f} MiB"
            )


if __name__ == "__main__":
    main()
