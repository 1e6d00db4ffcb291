"""On a short screen the annotation list keeps five rows and the editor scrolls (ADR 0137):
at 1024×700 and at 1600×1000, in English and in Chinese, the list of a ten-annotation
article shows at least five rows and every field of the editor is in sight or scrolled into
sight when it gets the focus (Tab, its mnemonic); the Tab chain is the form's; where there
is room the whole form shows; the divider the user moves is kept after a relaunch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from marginalia.desktop.i18n import install_translators
from marginalia.desktop.settings import Language, WindowState

from ..conftest import ANNOTATOR, Harness
from ..helpers import TEXT, add_article
from .test_layout_once import settle
from .test_window_fits import LARGE, SMALL

CLAIMS: tuple[str, ...] = (
    "The minister",
    "minister said",
    "said unemployment",
    "unemployment fell",
)
CLAIMS += ("fell to", "Last line", "Last")
FIGURES = ("5%", "2023")
CAPTION = "江北工厂"


@pytest.fixture(params=[Language.ENGLISH, Language.CHINESE_SIMPLIFIED], ids=["en", "zh_CN"])
def harness(request, qtbot, store, qm_folder) -> Iterator[Harness]:
    """The main window built in the language (a first run: no window state saved)."""
    install_translators(request.param, qm_folder)
    made = Harness(qtbot, store)
    yield made
    made.wait()
    made.window.close()
    made.runner.shutdown()
    install_translators(Language.ENGLISH, qm_folder)


def ten(harness: Harness) -> tuple[int, str]:
    """An article with ten annotations (seven claims, two figures, a caption), opened, its
    first claim selected; the article's and that claim's ids."""
    store = harness.store
    article = add_article(store)
    first = ""
    for label, quotes in (("claim", CLAIMS), ("figure", FIGURES), ("caption", (CAPTION,))):
        for quote in quotes:
            start = TEXT.index(quote)
            made = store.create_annotation(article, label, start, start + len(quote), ANNOTATOR)
            first = first or made.value.id
    show(harness, article, first)
    return article, first


def show(harness: Harness, article: int, annotation: str) -> None:
    harness.open(article)
    assert len(harness.panel.annotations) == 10
    harness.session.select(annotation)
    settle()


def rows_in_sight(harness: Harness) -> float:
    listed = harness.panel.list
    return listed.viewport().height() / listed.verticalHeader().defaultSectionSize()


def fields(harness: Harness) -> list[QWidget]:
    """The editor's fields in the form's order: label, the label's attributes, links, note,
    delete."""
    editor = harness.panel.editor
    return [
        editor.label,
        *editor.attribute_widgets.values(),
        editor.links,
        editor.note,
        editor.delete,
    ]


def in_sight(harness: Harness, widget: QWidget) -> bool:
    """Whether all of the widget is inside the editor's scrolled area and the window."""
    viewport = harness.panel.editor_area.viewport()
    rect = QRect(widget.mapTo(viewport, QPoint()), widget.size())
    window = harness.window
    top = widget.mapTo(window, QPoint()).y()
    return (
        widget.isVisible()
        and viewport.rect().contains(rect)
        and top >= 0
        and top + widget.height() <= window.height()
    )


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["1024x700", "1600x1000"])
def test_the_list_shows_five_rows_and_every_field_is_reachable(
    harness: Harness, size: tuple[int, int]
) -> None:
    harness.window.resize(*size)
    settle()
    ten(harness)
    window = harness.window
    assert (window.width(), window.height()) == size
    assert window.minimumSizeHint().height() <= SMALL[1]
    assert rows_in_sight(harness) >= 5, rows_in_sight(harness)
    area = harness.panel.editor_area
    bar = area.verticalScrollBar()
    if size == LARGE:
        # where there is room, the whole form shows, unscrolled, as before ADR 0137
        assert not bar.isVisible()
        assert all(in_sight(harness, field) for field in fields(harness))
    else:
        assert bar.isVisible() and bar.maximum() > 0  # the editor scrolls, the list does not
    # each field, focused, is scrolled into sight, and the list keeps its rows
    for field in fields(harness):
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        settle()
        assert QApplication.focusWidget() is field
        assert in_sight(harness, field), (size, field.objectName() or field.property("text"))
        assert rows_in_sight(harness) >= 5


def test_tab_and_mnemonics_bring_the_fields_into_sight(harness: Harness) -> None:
    harness.window.resize(*SMALL)
    settle()
    ten(harness)
    editor = harness.panel.editor
    area = harness.panel.editor_area
    # the area is no stop of Tab: from the list, Tab goes to the label, then down the form,
    # each field in sight as it gets the focus
    harness.panel.list.setFocus()
    settle()
    walked = []
    for _ in range(12):
        before = QApplication.focusWidget()
        assert before is not None
        QTest.keyClick(before, Qt.Key.Key_Tab)
        settle()
        focused = QApplication.focusWidget()
        assert focused is not None
        if not editor.isAncestorOf(focused):
            break
        walked.append(focused)
        assert in_sight(harness, focused), focused.objectName()
    assert walked == fields(harness)  # the claim's fields too (test_tab_order.py)
    assert area.verticalScrollBar().value() > 0
    # a mnemonic from the top: Alt+N (the note) scrolls down to it, Alt+L (the label) back up
    area.verticalScrollBar().setValue(0)
    harness.view.setFocus()
    settle()
    for key, field in ((Qt.Key.Key_N, editor.note), (Qt.Key.Key_L, editor.label)):
        QTest.keyClick(harness.window, key, Qt.KeyboardModifier.AltModifier)
        settle()
        assert QApplication.focusWidget() is field
        assert in_sight(harness, field), field.objectName()


def test_a_moved_divider_is_kept_after_a_relaunch(qtbot, store) -> None:
    first = Harness(qtbot, store)
    first.window.resize(*LARGE)
    settle()
    article, claim = ten(first)
    panel = first.panel
    splitter = panel.editor_area.parentWidget()
    assert isinstance(splitter, QSplitter)
    # a first run keeps nothing: the editor is as tall as its form
    assert panel.editor_height.chosen() is None
    whole = panel.editor_area.height()
    assert whole == panel.editor_area.form_height()
    # the user drags the divider up: the editor taller, the list shorter (what a drag of the
    # handle does; QTest's moves carry no button)
    step = min(80, splitter.sizes()[0] - panel.list.minimumHeight())
    assert step >= 20
    splitter.moveSplitter(splitter.handle(1).y() - step, 1)
    settle()
    chosen = panel.editor_area.height()
    assert chosen == whole + step
    assert panel.editor_height.chosen() == chosen
    # another label's form (a caption's, shorter) leaves it where the user put it
    caption = next(a.id for a in panel.annotations.values() if a.label == "caption")
    first.session.select(caption)
    settle()
    assert panel.editor_area.height() == chosen
    first.wait()
    first.window.close()
    first.runner.shutdown()
    assert WindowState().editor_height() == chosen

    second = Harness(qtbot, store)
    second.window.resize(*LARGE)
    settle()
    show(second, article, claim)
    assert second.panel.editor_area.height() == chosen
    assert second.panel.editor_height.chosen() == chosen
    # on a short screen the list keeps its five rows and the editor gives way, scrolled
    second.window.resize(*SMALL)
    settle()
    assert rows_in_sight(second) >= 5
    assert second.panel.editor_area.verticalScrollBar().isVisible()
    # and back at 1600×1000 the user's height again
    second.window.resize(*LARGE)
    settle()
    assert second.panel.editor_area.height() == chosen
    second.wait()
    second.window.close()
    second.runner.shutdown()


def test_a_first_run_saves_no_divider(qtbot, store) -> None:
    first = Harness(qtbot, store)
    ten(first)
    first.wait()
    first.window.close()
    first.runner.shutdown()
    assert WindowState().editor_height() is None
