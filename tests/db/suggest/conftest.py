"""The gold set is rebuilt from the shared corpus (MARGINALIA_CORPUS, default ../shared/corpus)."""

from __future__ import annotations

import pytest

from .corpus_text import CORPUS


@pytest.fixture(scope="session")
def corpus_available() -> None:
    if not (CORPUS / "seed").is_dir():
        raise AssertionError(
            f"the shared corpus is missing at {CORPUS}; set MARGINALIA_CORPUS to its path"
        )
