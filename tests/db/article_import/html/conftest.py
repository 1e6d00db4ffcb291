"""Corpus location and the comparison report for the HTML import tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[4]


@pytest.fixture(scope="session")
def corpus() -> Path:
    path = Path(os.environ.get("MARGINALIA_CORPUS", REPO / ".." / "shared" / "corpus"))
    if not (path / "html").is_dir():
        pytest.fail(f"corpus not found at {path} (set MARGINALIA_CORPUS)")
    return path


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    lines = getattr(config, "marginalia_html_report", [])
    if lines:
        terminalreporter.section("HTML extraction: Marginalia vs extractors alone")
        for line in lines:
            terminalreporter.write_line(line)
