"""A file is read bounded, though it may have grown since the walk found its size."""

from __future__ import annotations

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
