"""A file is read bounded, though it may have grown since the walk found its size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from marginalia.db.article_import import sources


def test_a_file_is_read_whole_when_it_is_the_size_found(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    assert sources._read_bounded(path, 5000) == b"x" * 5000
    assert sources._read_bounded(path, 9000) == b"x" * 5000  # shrank: what is there


def test_a_file_that_grew_is_read_up_to_one_byte_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 5000)
    assert sources._read_bounded(path, 100) == b"x" * 5000  # grew, still under the limit
    monkeypatch.setattr(sources, "MAX_ARTICLE_BYTES", 1000)
    assert len(sources._read_bounded(path, 100)) == 1001  # the caller says it is too large


@pytest.mark.parametrize("remembered", [50_000, 2])
def test_a_counted_walk_yields_what_a_walk_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, remembered: int
) -> None:
    """Listed once (or, beyond what it remembers, twice): the same items, in order."""
    monkeypatch.setattr(sources, "REMEMBERED_FILES", remembered)
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.txt", "sub/c.md", "empty.txt", "image.png"):
        (tmp_path / name).write_text("" if name == "empty.txt" else f"text of {name}")
    (tmp_path / "batch.jsonl").write_text('{"text": "one"}\n{"text": "two"}\nnot json\n')
    (tmp_path / "link").symlink_to(tmp_path / "missing.txt")
    inputs = [tmp_path, tmp_path / "nope.txt"]

    def seen(items: object) -> list[tuple[str, str]]:
        return [
            (i.path, i.reason if isinstance(i, sources.Failure) else i.kind)
            for i in items  # type: ignore[attr-defined]
        ]

    total, items = sources.counted_walk(inputs)
    assert total == sources.count_inputs(inputs)
    assert seen(items) == seen(sources.walk(inputs))
    assert len(seen(sources.walk(inputs))) == 8  # c.md: Markdown is read only when named


@pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="the system has no posix_fadvise")
def test_the_reading_of_article_files_is_started_ahead_and_nothing_else_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one article is parsed, the system is asked to read the files after it from the
    disk (``POSIX_FADV_WILLNEED``): each article file once, READ_AHEAD_FILES ahead of its
    turn; never a batch or an archive (streamed, of any size), an empty file or one over
    the limit; and a FIFO put in a file's place does not block the walk."""
    monkeypatch.setattr(sources, "READ_AHEAD_FILES", 2)
    advised: list[str] = []

    def advise(descriptor: int, offset: int, length: int, what: int) -> None:
        assert (offset, length, what) == (0, 0, os.POSIX_FADV_WILLNEED)
        advised.append(os.readlink(f"/proc/self/fd/{descriptor}"))

    monkeypatch.setattr(os, "posix_fadvise", advise)
    names = ["a.txt", "b.txt", "c.jsonl", "d.zip", "e.txt", "f.txt", "g.txt"]
    for name in names:
        (tmp_path / name).write_bytes(b"PK\x05\x06" + b"\0" * 18 if name == "d.zip" else b"x")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "f.txt").write_bytes(b"x" * 50)
    monkeypatch.setattr(sources, "MAX_ARTICLE_BYTES", 10)  # f.txt is over it
    total, items = sources.counted_walk([tmp_path])
    seen = []
    for item in items:
        seen.append(item.path)
        if item.path.endswith("a.txt"):  # the first two files were asked for at the start
            assert [Path(p).name for p in advised] == ["a.txt", "b.txt"]
    assert [Path(p).name for p in advised] == ["a.txt", "b.txt", "e.txt", "g.txt"]
    assert len(seen) >= 7 and total >= 7

    # a FIFO where a file was found: opened without blocking, then read as before
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    found: list[sources._Found | sources.Failure] = [
        sources._Found(os.fspath(fifo), False, 5, ".txt")
    ]
    assert list(sources._reading_ahead(found)) == found
