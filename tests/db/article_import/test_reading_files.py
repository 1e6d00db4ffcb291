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
