"""The main window fits a 1024×700 screen in English and in Chinese, whichever label's form
the editor shows, with the suggestions dock beside it; and on a first run at 1600×1000 the
annotation list shows at least eight rows (ADR 0107: the list's and the form's smallest
heights, the suggestions dock's first-run share; ADR 0137: the list keeps five rows and the
editor scrolls)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QDockWidget, QWidget

from marginalia.desktop.i18n import install_translators
from marginalia.desktop.settings import Language

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article
from .test_layout_once import settle

#: what a 1024×700 screen leaves a window under the title bar of a window manager
#: (openbox's is 19 px: tools/xsession)
SMALL = (1024, 681)
#: the same of a 1600×1000 screen
LARGE = (1600, 981)
LABELS = ("claim", "figure", "caption")


@pytest.fixture(params=[Language.ENGLISH, Language.CHINESE_SIMPLIFIED], ids=["en", "zh_CN"])
def language(request, qapp, qm_folder) -> Iterator[Language]:
    install_translators(request.param, qm_folder)
    yield request.param
    install_translators(Language.ENGLISH, qm_folder)


@pytest.fixture
def harness(language: Language, app_window: Harness) -> Harness:
    """The main window in ``language`` (installed first), on a first run (no docks' state
    saved)."""
    return app_window


def labelled(harness: Harness) -> dict[str, str]:
    """The article with one annotation of each label, opened; their ids by label."""
    store = harness.store
    article = add_article(store)
    spans = {"claim": "The minister said", "figure": "5%", "caption": "江北工厂"}
    ids = {}
    for label, quote in spans.items():
        start = TEXT.index(quote)
        made = store.create_annotation(article, label, start, start + len(quote), ANNOTATOR)
        ids[label] = made.value.id
    harness.open(article)
    return ids


def inside(widget: QWidget, window: QWidget) -> bool:
    """Whether all of ``widget`` is within the window's height."""
    top = widget.mapTo(window, QPoint()).y()
    return top >= 0 and top + widget.height() <= window.height()


def test_the_window_fits_1024x700_whatever_the_form(harness: Harness) -> None:
    ids = labelled(harness)
    window, panel = harness.window, harness.panel
    editor = panel.editor
    suggestions = window.findChild(QDockWidget, "suggestions-dock")
    assert suggestions is not None and suggestions.isVisible()
    window.resize(*SMALL)
    settle()
    for label in LABELS:
        harness.session.select(ids[label])
        settle()
        assert editor.annotation is not None and editor.annotation.label == label
        smallest = window.minimumSizeHint()
        assert smallest.width() <= SMALL[0] and smallest.height() <= SMALL[1], (label, smallest)
        # laid out at that size: nothing pushed the window taller, the form (scrolled to its
        # last row, ADR 0137), the suggestions and the status bar are on the screen, the list
        # shows five rows
        assert (window.width(), window.height()) == SMALL, label
        panel.editor_area.show_whole(editor.delete)
        settle()
        for widget in (editor.delete, editor.note, suggestions, window.statusBar()):
            assert widget.isVisible() and inside(widget, window), (label, widget)
        rows = panel.list.viewport().height() / panel.list.verticalHeader().defaultSectionSize()
        assert rows >= 5, (label, rows)


def test_the_list_shows_eight_rows_at_1600x1000_on_a_first_run(harness: Harness) -> None:
    ids = labelled(harness)
    harness.window.resize(*LARGE)
    settle()
    listed = harness.panel.list
    for label in LABELS:  # the claim's form is the tallest
        harness.session.select(ids[label])
        settle()
        rows = listed.viewport().height() / listed.verticalHeader().defaultSectionSize()
        assert rows >= 8, (label, rows)
