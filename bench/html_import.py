"""Time to import the corpus pages vs the extractor alone on the same pages (ADR 0020).

    MARGINALIA_CORPUS=/work/shared/corpus .venv/bin/python bench/html_import.py [--rounds N]

For every page of ``html/readability`` and ``html/trafilatura``: the median over rounds of
``parse_html`` (decode, metadata, cleaning, extraction, image placement, image reading)
against ``trafilatura.extract`` on the same bytes (its own decoding and extraction, its
default fallbacks). Prints per-page medians, the median ratio and the totals; with
readability-lxml installed, also its time (reference only).
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import statistics
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import trafilatura

from marginalia.db.article_import.html import parse_html

REPO = Path(__file__).resolve().parents[1]


def corpus_pages() -> list[Path]:
    corpus = Path(os.environ.get("MARGINALIA_CORPUS", REPO / ".." / "shared" / "corpus"))
    html = corpus / "html"
    return sorted(html.glob("readability/*/source.html")) + sorted(
        html.glob("trafilatura/html/*.html")
    )


def median_time(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _summary(document: Callable[[bytes], Any], data: bytes) -> object:
    return document(data).summary()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    rounds = parser.parse_args().rounds
    logging.disable(logging.WARNING)  # trafilatura logs discarded fallbacks
    pages = corpus_pages()
    if not pages:
        raise SystemExit("no corpus pages found (set MARGINALIA_CORPUS)")
    readability = None
    if importlib.util.find_spec("readability"):
        from readability import Document

        readability = Document
    rows = []
    for path in pages:
        data = path.read_bytes()
        name = path.parent.name if path.name == "source.html" else path.stem
        folder = path.parent
        ours = median_time(partial(parse_html, data, source=name, base_dir=folder), rounds)
        alone = median_time(partial(trafilatura.extract, data), rounds)
        ref = None
        if readability is not None:
            ref = median_time(partial(_summary, readability, data), rounds)
        rows.append((name[:28], len(data), ours, alone, ref))
    print(
        f"{'page':28} {'KiB':>6} {'marginalia ms':>13} {'trafilatura ms':>14} {'ratio':>6}", end=""
    )
    print(f" {'readability ms':>14}" if readability else "")
    for name, size, ours, alone, ref in rows:
        line = f"{name:28} {size / 1024:6.0f} {ours * 1e3:13.1f} {alone * 1e3:14.1f}"
        line += f" {ours / alone:6.2f}"
        print(line + (f" {ref * 1e3:14.1f}" if ref is not None else ""))
    ours_all = [row[2] for row in rows]
    alone_all = [row[3] for row in rows]
    print(
        f"\nmedian per page: marginalia {statistics.median(ours_all) * 1e3:.1f} ms, "
        f"trafilatura alone {statistics.median(alone_all) * 1e3:.1f} ms"
    )
    print(
        f"median ratio marginalia / trafilatura: {statistics.median(r[2] / r[3] for r in rows):.2f}"
    )
    print(
        f"total ratio: {sum(ours_all) / sum(alone_all):.2f} over {len(rows)} pages, {rounds} rounds"
    )


if __name__ == "__main__":
    main()
