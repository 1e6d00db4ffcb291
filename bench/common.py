"""Shared helpers for benchmarks: repeated timing with medians, and a results line."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(fn: Callable[[], object], repeat: int = 3) -> list[float]:
    """Run ``fn`` ``repeat`` times; the wall-clock seconds of each run."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def report(name: str, ours: list[float], baseline: list[float], target: float) -> float:
    ratio = statistics.median(ours) / statistics.median(baseline)
    verdict = "ok" if ratio <= target else "OVER TARGET"
    print(
        f"{name}: marginalia median {statistics.median(ours):.3f} s, "
        f"baseline median {statistics.median(baseline):.3f} s, "
        f"ratio {ratio:.2f} (target ≤ {target}) {verdict}"
    )
    return ratio
