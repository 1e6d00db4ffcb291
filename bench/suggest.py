"""How long suggestions take for a 100,000-character article, against merely reading it.

Builds the article from real corpus texts (the Chinese seed and English and German news pages,
repeated to 100,000 code points, with the seed's image anchors), writes it to a temporary
file, then times, in the same run:

- read: reading the file as UTF-8 (the raw baseline an article open pays anyway);
- suggest: ``marginalia.db.suggest.suggest(text, images, image_alts=alts)`` for all labels,
  with the pages' own alt texts; and once more with the worst case for captions v6.1, every
  image's alt the line under it (each compared, none a caption that is not one already);
- learn: ``learning.train`` on decisions about the development gold set's claim suggestions
  (accepted where the gold has the claim), against only building the model's inputs.

Prints medians of wall-clock time and of this process's CPU time, and the ratio to reading.
Targets: suggest under 100 ms median (issue 8); learning well under a second (issue 15).
On a machine shared with other work the wall time grows with the load while the CPU time
does not; both are printed so a reader can tell.

    MARGINALIA_CORPUS=/work/shared/corpus .venv/bin/python bench/suggest.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from marginalia.db.suggest import learning, suggest  # noqa: E402
from tests.db.suggest.corpus_text import load  # noqa: E402
from tests.db.suggest.gold import gold_articles, iou  # noqa: E402

ARTICLE_CHARS = 100_000
SOURCES = (
    ("seed/000_412f5390a92e7522.txt", None),
    ("html/readability/bbc-1/expected.html", None),
    ("html/readability/gmw/expected.html", None),
    ("html/trafilatura/html/nytimes.com.blackouts.html", ("section", "name", "articleBody")),
    ("html/readability/seattletimes-1/expected.html", None),
    ("html/trafilatura/html/sueddeutsche.de.flixtrain.html", ("article", "id", "sitecontent")),
)


def build_article() -> tuple[str, list[int], list[str | None]]:
    parts: list[str] = []
    images: list[int] = []
    alts: list[str | None] = []
    length = 0
    while length < ARTICLE_CHARS:
        for source, root in SOURCES:
            piece = load(source, root)
            images.extend(length + anchor for anchor in piece.images)
            alts.extend(piece.alts or [None] * len(piece.images))
            parts.append(piece.text + "\n\n")
            length += len(piece.text) + 2
    text = "".join(parts)[:ARTICLE_CHARS]
    kept = [i for i, anchor in enumerate(images) if anchor <= len(text)]
    return text, [images[i] for i in kept], [alts[i] for i in kept]


def line_under(text: str, anchor: int) -> str:
    """The first non-empty line at or after ``anchor`` (the worst-case alt)."""
    for line in text[anchor : anchor + 2000].split("\n"):
        if line.strip():
            return line.strip()
    return ""


def decisions() -> list[learning.Example]:
    """An annotator who accepts the development gold's claims and rejects the rest."""
    examples = []
    for article in gold_articles():
        gold = [(s["start"], s["end"]) for s in article.spans if s["label"] == "claim"]
        for found in suggest(article.text, article.images, labels={"claim"}):
            accepted = any(iou((found.start, found.end), g) >= 0.5 for g in gold)
            quote = article.text[found.start : found.end]
            examples.append(learning.Example(quote, found.confidence, found.features, accepted))
    return examples


def median_ms(function: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds of ``function``."""
    wall, cpu = [], []
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    text, images, alts = build_article()
    echoes: list[str | None] = [line_under(text, anchor) for anchor in images]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(text, encoding="utf-8")
        read = median_ms(lambda: path.read_text(encoding="utf-8"), runs)
        suggest(text, images, image_alts=alts)  # warm up: compile the expressions once
        found = suggest(text, images, image_alts=alts)
        total = median_ms(lambda: suggest(text, images, image_alts=alts), runs)
        by_label = {
            label: median_ms(partial(suggest, text, images, labels={label}, image_alts=alts), runs)
            for label in ("figure", "caption", "claim")
        }
        worst = median_ms(lambda: suggest(text, images, image_alts=echoes), runs)
        captions_worst = median_ms(
            lambda: suggest(text, images, labels={"caption"}, image_alts=echoes), runs
        )
        worst_found = sum(s.label == "caption" for s in suggest(text, images, image_alts=echoes))
    counts = {label: sum(s.label == label for s in found) for label in by_label}
    examples = decisions()
    learn_runs = max(3, runs // 4)
    inputs = median_ms(
        lambda: [learning.inputs(e.quote, e.confidence, e.features) for e in examples], learn_runs
    )
    learn = median_ms(lambda: learning.train(examples), learn_runs)
    corpus = os.environ.get("MARGINALIA_CORPUS", "default")
    print(f"article: {len(text):,} code points, {len(images)} images, {runs} runs, {corpus}")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print("                  wall median   CPU median")
    print(f"read            {read[0]:10.2f} ms {read[1]:10.2f} ms")
    print(f"suggest         {total[0]:10.2f} ms {total[1]:10.2f} ms")
    for label, (wall, cpu) in by_label.items():
        print(f"  only {label:<8}  {wall:10.2f} ms {cpu:10.2f} ms   ({counts[label]} found)")
    real = sum(1 for alt in alts if alt)
    print(f"every alt the line under its image (worst case of captions v6.1; {real} real alts):")
    print(f"  all labels    {worst[0]:10.2f} ms {worst[1]:10.2f} ms")
    print(
        f"  only caption  {captions_worst[0]:10.2f} ms {captions_worst[1]:10.2f} ms"
        f"   ({worst_found} found)"
    )
    print(f"ratio suggest/read (wall): {total[0] / read[0]:.0f}x")
    print(f"learn: {len(examples):,} decisions, {learn_runs} runs")
    print(f"  inputs only   {inputs[0]:10.2f} ms {inputs[1]:10.2f} ms")
    print(f"  train         {learn[0]:10.2f} ms {learn[1]:10.2f} ms")
    print(f"ratio train/inputs (CPU): {learn[1] / inputs[1]:.1f}x")
    for name, value in (("wall", total[0]), ("CPU", total[1])):
        print(f"target suggest < 100 ms median ({name}): {'met' if value < 100 else 'NOT met'}")
    print(f"target learn < 1 s median (CPU): {'met' if learn[1] < 1000 else 'NOT met'}")


if __name__ == "__main__":
    main()
