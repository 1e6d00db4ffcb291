"""How long Marginalia's decoding takes beside the raw baseline (ADR 0010).

Baseline per file: read the bytes, chardet.detect on the same 64 KiB sample, decode with
its answer. Ours: read the bytes, decode_bytes. Prints medians and the ratio of totals,
for the legacy-encoded corpus files (detection runs) and for UTF-8 text (it does not).

    MARGINALIA_CORPUS=/work/shared/corpus .venv/bin/python bench/encoding_speed.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import chardet
from encoding_corpus import text_files

from marginalia.db.article_import.encoding import SAMPLE_BYTES, DecodeError, decode_bytes

ROUNDS = 3


def baseline(path: Path) -> None:
    data = path.read_bytes()
    name = chardet.detect(data[:SAMPLE_BYTES])["encoding"] or "utf-8"
    try:
        data.decode(name)
    except (UnicodeDecodeError, LookupError):
        pass


def ours(path: Path) -> None:
    try:
        decode_bytes(path.read_bytes())
    except DecodeError:
        pass


def timed(fn: Callable[[Path], None], paths: list[Path]) -> list[float]:
    best = [float("inf")] * len(paths)
    for _ in range(ROUNDS):
        for index, path in enumerate(paths):
            start = time.perf_counter()
            fn(path)
            best[index] = min(best[index], time.perf_counter() - start)
    return best


def report(title: str, paths: list[Path]) -> None:
    base, mine = timed(baseline, paths), timed(ours, paths)
    print(
        f"{title}: {len(paths)} files, {sum(p.stat().st_size for p in paths) / 1e6:.1f} MB\n"
        f"  median per file: baseline {statistics.median(base) * 1e3:.2f} ms,"
        f" marginalia {statistics.median(mine) * 1e3:.2f} ms\n"
        f"  total: baseline {sum(base):.3f} s, marginalia {sum(mine):.3f} s,"
        f" ratio {sum(mine) / sum(base):.2f}x"
    )


def main() -> None:
    files = text_files()
    legacy = []
    utf8 = []
    for path, _ in files:
        data = path.read_bytes()
        try:
            data.decode("utf-8")
            utf8.append(path)
        except UnicodeDecodeError:
            legacy.append(path)
    report("not UTF-8 (detection runs)", legacy)
    report("UTF-8 or ASCII", utf8)


if __name__ == "__main__":
    main()
