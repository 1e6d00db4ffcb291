"""Figures v12.26.1: the fraction sign no longer reads a stray ``Â`` before it. Held-out 48's
``3Â¼ lengths`` was the page's own mojibake (¼'s UTF-8 bytes read as windows-1252 before the page
was saved); the import repairs it to ``3¼`` (ADR 0147), so the special case v12.26 made for it in
``fractions.py`` is gone. Short sentences written for the tests, and the saved page.
"""

from __future__ import annotations

from typing import Any

import pytest

from marginalia.db.suggest.figures import DETECTOR
from tests.db.suggest.versions import at_least

from .imported import saved_articles
from .readings import EN, figures


def test_the_detector_names_its_version() -> None:
    assert at_least(DETECTOR, "figures/v12.26.1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (EN + "He won the Illinois Derby by 3¼ lengths.", [("3¼ lengths", 3.25, "lengths")]),
        (EN + "The colt won by 2½ lengths.", [("2½ lengths", 2.5, "lengths")]),
        # the mojibake is the import's to repair: a stray Â parts the number from its sign
        (EN + "He won the Illinois Derby by 3Â¼ lengths.", [("¼ lengths", 0.25, "lengths")]),
    ],
)
def test_read(text: str, expected: list[Any]) -> None:
    assert figures(text) == expected


def test_the_saved_page_reads_the_repaired_fraction() -> None:
    article = saved_articles(48)["hpb-wsj-preakness"]
    assert "win by 3¼ lengths." in article.text and "Â" not in article.text
