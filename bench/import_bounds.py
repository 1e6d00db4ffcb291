"""Memory and time of the imports issue 16 found unbounded, against raw baselines.

    python bench/import_bounds.py [--repeat 3] [--megapixels 14]

Each case runs ``marginalia-cli import`` in its own process and reads that process's peak
resident memory (``VmHWM``); the baseline, in a process of its own too, imports the same
modules and does the least the job needs:

- **forty**: one article naming one large PNG (about 43 MB, random pixels) forty times.
  Baseline: read the file once and decode it once with Pillow.
- **long-line**: a JSON Lines file of 1.5 GB with no newline (sparse: it takes no disk).
  Baseline: the modules loaded, nothing read.
- **loops**: a folder whose links loop (``a -> .``, ``b -> ..``) around 200 articles.
  Baseline: the same 200 articles without the links.

Figures go in docs/performance.md (the "Import bounds" section).
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

CLI = """
import sys
from marginalia.desktop.cli.main import main
status = main(sys.argv[1:])
print(next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1])
"""

BASELINE_FORTY = """
import sys
from PIL import Image
import marginalia.desktop.cli.commands.import_articles, marginalia.db.article_import.pipeline
data = open(sys.argv[1], "rb").read()
with Image.open(sys.argv[1]) as image:
    image.load()
print(next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1])
"""

BASELINE_IDLE = """
import marginalia.desktop.cli.commands.import_articles, marginalia.db.article_import.pipeline
print(next(l for l in open("/proc/self/status") if l.startswith("VmHWM:")).split()[1])
"""


#: Python source to run in a fresh process, then its arguments
type Command = tuple[str, *tuple[str | Path, ...]]


def run(code: str, *args: str | Path) -> tuple[float, float]:
    """Seconds and peak MiB of ``code`` in a fresh process."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    seconds = time.perf_counter() - start
    return seconds, int(out.strip().splitlines()[-1]) / 1024


def make(folder: Path, megapixels: float) -> dict[str, Path]:
    side = int((megapixels * 1_000_000) ** 0.5)
    pictures = folder / "forty"
    pictures.mkdir()
    image = Image.frombytes("RGB", (side, side), random.Random(1).randbytes(side * side * 3))
    image.save(pictures / "big.png", compress_level=1)
    (pictures / "forty.txt").write_text("四十次\n\n" + "big.png\n\n图\n\n" * 40, "utf-8")
    with (folder / "long.jsonl").open("wb") as handle:
        handle.write(b'{"text": "')
        handle.truncate(1536 * 1024 * 1024)
    for name, loops in (("plain", False), ("loops", True)):
        base = folder / name
        base.mkdir()
        for i in range(200):
            (base / f"{i:03}.txt").write_text(f"第{i}篇：增长{i}%。\n", "utf-8")
        if loops:
            (base / "a").symlink_to(".")
            (base / "sub").mkdir()
            (base / "sub" / "b").symlink_to("..")
    return {
        "png": pictures / "big.png",
        "forty": pictures,
        "long": folder / "long.jsonl",
        "plain": folder / "plain",
        "loops": folder / "loops",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--megapixels", type=float, default=14.3)
    parser.add_argument("--cases", default="forty,long-line,loops", help="comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make(folder, args.megapixels)
        size = paths["png"].stat().st_size / 2**20
        cases: dict[str, tuple[Command, Command]] = {
            "forty": (
                (CLI, "--db", folder / "f{n}.sqlite", "import", paths["forty"]),
                (BASELINE_FORTY, paths["png"]),
            ),
            "long-line": (
                (CLI, "--db", folder / "l{n}.sqlite", "import", paths["long"]),
                (BASELINE_IDLE,),
            ),
            "loops": (
                (CLI, "--db", folder / "o{n}.sqlite", "import", paths["loops"]),
                (CLI, "--db", folder / "p{n}.sqlite", "import", paths["plain"]),
            ),
        }
        print(f"PNG of {size:.1f} MB; {args.repeat} interleaved rounds; peak = VmHWM")
        for name, (ours, baseline) in cases.items():
            if name not in args.cases.split(","):
                continue
            mine, base = [], []
            for n in range(args.repeat):
                code, *rest = baseline
                base.append(run(code, *(str(a).format(n=n) for a in rest)))
                code, *rest = ours
                mine.append(run(code, *(str(a).format(n=n) for a in rest)))
            t_ours = statistics.median(s for s, _ in mine)
            t_base = statistics.median(s for s, _ in base)
            m_ours = statistics.median(m for _, m in mine)
            m_base = statistics.median(m for _, m in base)
            print(
                f"{name}: marginalia {t_ours:.2f} s, {m_ours:.0f} MiB; baseline {t_base:.2f} s, "
                f"{m_base:.0f} MiB; ratio time {t_ours / t_base:.2f}, memory {m_ours / m_base:.2f}"
            )


if __name__ == "__main__":
    main()
