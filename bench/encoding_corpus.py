"""The shared encoding corpus as (path, true codec) pairs, for the encoding benchmarks."""

from __future__ import annotations

import codecs
import csv
import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("MARGINALIA_CORPUS", REPO.parent / "shared" / "corpus"))
ENCODINGS = CORPUS / "encodings"
_SUFFIX = re.compile(
    r"-(bulgarian|croatian|czech|hungarian|polish|romanian|russian|slovak|slovene"
    r"|arabic|greek|hebrew|turkish)$"
)


def text_files() -> list[tuple[Path, str]]:
    """Every corpus text file whose true encoding has a Python codec, with that codec."""
    found: list[tuple[Path, str]] = []
    for folder in sorted((ENCODINGS / "chardet").iterdir()):
        if folder.is_dir():
            found += [(path, _SUFFIX.sub("", folder.name)) for path in sorted(folder.iterdir())]
    for folder in sorted((ENCODINGS / "char-dataset").iterdir()):
        if folder.is_dir() and folder.name != "None":
            found += [(path, folder.name) for path in sorted(folder.iterdir())]
    normalizer = ENCODINGS / "charset_normalizer"
    with (normalizer / "expected.tsv").open(encoding="utf-8") as table:
        for row in csv.DictReader(table, delimiter="\t"):
            found.append((normalizer / row["file"], row["expected_encoding"]))
    result = []
    for path, name in found:
        try:
            result.append((path, codecs.lookup(name).name))
        except LookupError:
            continue
    return result
