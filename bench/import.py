"""Import 10,000 text articles of mixed encodings, against a raw baseline in the same run.

    python bench/import.py [--articles 10000] [--repeat 3]

Baseline: read each file, run the same detection (``decode_bytes``), hash it, and insert the
same rows with sqlite3 ``executemany`` in one transaction. Target: ratio ≤ 1.5
(docs/performance.md).
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import measure, report

from marginalia.db.article_import.encoding import decode_bytes
from marginalia.db.article_import.normalize import normalize_text
from marginalia.db.article_import.pipeline import import_paths
from marginalia.db.store import Store

SAMPLES = [
    ("gb18030", "江北区规上工业总产值突破1500亿元大关,全市每生产三台新能源汽车就有一台是江北造。"),
    ("big5", "臺北市政府今日公布,上半年觀光人數較去年同期增加百分之十二,創下歷年新高。"),
    ("cp932", "東京都は本日、上半期の観光客数が前年同期比で一二%増加したと発表した。"),
    ("euc-kr", "서울시는 올해 상반기 관광객 수가 작년 같은 기간보다 12% 늘었다고 밝혔다."),
    ("cp1251", "Правительство сообщило, что объём производства вырос на 12 процентов за год."),
    ("cp1252", "Die Regierung teilte mit, dass die Produktion um zwölf Prozent gestiegen ist."),
    ("utf-8", "The ministry said output grew 12% in the first half, a record 😀 for the port."),
    ("utf-16", "港务局表示,上半年集装箱吞吐量达到420万标准箱,同比增长12.5%。"),
]


def make_corpus(folder: Path, count: int) -> None:
    for n in range(count):
        encoding, sentence = SAMPLES[n % len(SAMPLES)]
        body = "\n\n".join(f"{sentence} ({n}-{k})" for k in range(12))
        (folder / f"{n:05}.txt").write_bytes(f"Article {n}\n\n{body}\n".encode(encoding))


def marginalia_import(folder: Path, db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with Store.open(db) as store:
        report_ = import_paths(store, [folder])
    assert not report_.failed, report_.failed[:3]


def raw_import(folder: Path, db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(
        "CREATE TABLE articles (id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE, title TEXT, text TEXT,"
        " chars INTEGER, source TEXT, encoding TEXT, encoding_confidence REAL, meta TEXT)"
    )
    rows = []
    for path in sorted(folder.iterdir()):
        decoded = decode_bytes(path.read_bytes())
        text = normalize_text(decoded.text)
        rows.append(
            (
                hashlib.sha256(text.encode()).hexdigest(),
                text.split("\n", 1)[0],
                text,
                len(text),
                str(path),
                decoded.encoding,
                decoded.confidence,
                "{}",
            )
        )
    with conn:
        conn.executemany(
            "INSERT INTO articles (sha256, title, text, chars, source, encoding,"
            " encoding_confidence, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        make_corpus(folder, args.articles)
        db = Path(tmp) / "bench.sqlite"
        ours: list[float] = []
        raw: list[float] = []
        for _ in range(args.repeat):  # interleaved, so drift hits both alike
            raw += measure(lambda: raw_import(folder, db), 1)
            ours += measure(lambda: marginalia_import(folder, db), 1)
        print(f"{args.articles} articles in {len(SAMPLES)} encodings, {args.repeat} runs each")
        report("import", ours, raw, 1.5)


if __name__ == "__main__":
    main()
