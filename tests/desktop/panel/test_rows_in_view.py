"""The panel's lists at a small window: the editor's links rows leave room around their tick
boxes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QListWidget,
    QStyle,
)

from marginalia.desktop.checklist import CHECK_ROW_PADDING

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article
from .test_layout_once import settle
from .test_window_fits import SMALL

WORDS = ("The", "minister", "said", "unemployment", "fell", "to", "in", "Last", "line")
FIGURES = ("5%", "2023")


@pytest.fixture
def harness(qtbot, store) -> Iterator[Harness]:
    made = Harness(qtbot, store)
    yield made
    made.wait()
    made.window.close()
    made.runner.shutdown()


def many(harness: Harness) -> dict[str, str]:
    """An article with a claim from each of WORDS to its line's end (link rows longer than
    the list is wide) and a figure on each of FIGURES, opened, the window 1024×700's; their
    ids by first word."""
    store = harness.store
    article = add_article(store)
    ids = {}
    for label, quotes in (("claim", WORDS), ("figure", FIGURES)):
        for quote in quotes:
            start = TEXT.index(quote)
            end = TEXT.index("\n", start) if label == "claim" else start + len(quote)
            made = store.create_annotation(article, label, start, end, ANNOTATOR)
            ids[quote] = made.value.id
    harness.open(article)
    harness.window.resize(*SMALL)
    settle()
    return ids


def figure_links(harness: Harness) -> QListWidget:
    """The links list with a figure selected: the claims are its link targets."""
    ids = many(harness)
    harness.session.select(ids["5%"])
    settle()
    links = harness.panel.editor.links
    assert links.count() == len(WORDS)
    return links


def test_link_rows_leave_room_around_their_boxes(harness: Harness) -> None:
    links = figure_links(harness)
    box = links.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, links)
    for row in range(links.count()):
        assert links.visualItemRect(links.item(row)).height() >= box + CHECK_ROW_PADDING
    # the window still fits 1024×700 (test_window_fits.py for every label and language)
    assert harness.window.minimumSizeHint().height() <= SMALL[1]
