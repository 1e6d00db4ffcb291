"""Showing another annotation lays the editor out once, before the frame, and goes no
further up the window than it must (ADR 0103): what the annotator sees is what a full
layout of the window gives, at every step."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from marginalia.desktop.i18n import label_name
from marginalia.desktop.panel.editor import short

from ..helpers import add_article
from .around import Around, made

# quotes of one line, of several, and one line again, in English and Chinese
TEXT = (
    "Short one.\n"
    "The minister said on Tuesday that unemployment in the northern provinces fell to 5% "
    "in 2023, the lowest figure since the series began, and that it would fall again.\n"
    "江北工业总产值突破1500亿元。\n"
    "新能源汽车产量增长了百分之三十五，出口增长更快，全年出口额首次超过了进口额，"
    "创历史新高，其中对欧洲的出口增长最为明显。\n"
    "Last.\n"
)
QUOTES = ("Short one", "The minister said", "江北工业", "新能源汽车产量", "Last")


def tag_all(harness) -> list[str]:
    """Tag each quote's sentence as a claim (its key); the ids in text order."""
    article = add_article(harness.store, TEXT, images=False)
    harness.open(article)
    for quote in QUOTES:
        start = TEXT.index(quote)
        end = TEXT.index("\n", start)
        harness.view.select_span(start, end)
        QTest.keyClicks(harness.view, "1")
        harness.wait()
    return [a.id for a in sorted(harness.mine(article), key=lambda a: a.start)]


def settle() -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def geometry(window: QWidget) -> list[tuple[str, str, QPoint, object, bool]]:
    return [
        (
            w.metaObject().className(),
            w.objectName(),
            w.mapTo(window, QPoint()),
            w.size(),
            w.isVisible(),
        )
        for w in window.findChildren(QWidget)
        if w.isWindow() is False and w.window() is window
    ]


def test_each_selection_looks_as_a_full_layout_of_the_window_would_place_it(app_window):
    ids = tag_all(app_window)
    fence = app_window.panel.fence
    area = app_window.panel.editor_area
    for width, height in ((1600, 1000), (1024, 700)):
        app_window.window.resize(width, height)
        settle()
        # long, short, long: the quote's lines change, and stay the same between neighbours
        for annotation_id in [*ids, *reversed(ids), ids[1], ids[3], ids[1]]:
            asked = fence.passed + fence.dropped
            app_window.session.select(annotation_id)
            settle()
            # the editor scrolls in its area, which keeps its requests (ADR 0137)
            assert fence.passed + fence.dropped == asked, annotation_id
            shown = geometry(app_window.window)
            # a request that reaches the splitter and would change nothing stops there
            area.updateGeometry()
            settle()
            assert geometry(app_window.window) == shown, annotation_id
            # everything laid out again from the editor up to the main window
            fence._seen = None
            app_window.panel.editor.updateGeometry()
            area.updateGeometry()
            settle()
            assert geometry(app_window.window) == shown, annotation_id
    # it did stop requests that changed nothing, and let the others through
    assert fence.dropped > 0 and fence.passed > 0


def test_the_editor_is_laid_out_before_the_frame_that_shows_it(app_window):
    ids = tag_all(app_window)
    editor = app_window.panel.editor
    for annotation_id in [ids[0], ids[1], ids[0], ids[3]]:
        app_window.session.select(annotation_id)
        # no event processed yet: the form is already where it will be painted
        placed = [(w.objectName(), w.geometry()) for w in editor.findChildren(QWidget)]
        settle()
        assert [(w.objectName(), w.geometry()) for w in editor.findChildren(QWidget)] == placed


def tag_with_a_figure(app_window):
    """The sample's claims tagged, and a figure among them, so that there is something to
    link to; the ids of the claims."""
    ids = tag_all(app_window)
    start = TEXT.index("1500亿元")
    app_window.view.select_span(start, start + len("1500亿元"))
    QTest.keyClicks(app_window.view, "2")
    app_window.wait()
    return ids


def test_the_links_list_shows_what_a_fresh_fill_shows(app_window):
    ids = tag_with_a_figure(app_window)
    editor = app_window.panel.editor
    links = editor.links
    for annotation_id in [ids[2], ids[0], ids[3], ids[4], ids[2]]:
        app_window.session.select(annotation_id)
        settle()
        candidates = editor.link_candidates()
        assert [links.item(i).data(256) for i in range(links.count())] == [c.id for c in candidates]
        schema = app_window.store.schema()
        assert [links.item(i).text() for i in range(links.count())] == [
            f"{label_name(schema.label(c.label).name)}: {short(c.quote, 40)}" for c in candidates
        ]
        assert links.count() > 0 or annotation_id != ids[2]
        assert links.currentRow() == -1 and links.verticalScrollBar().value() == 0


def test_a_box_ticked_by_hand_is_read_back_when_the_annotation_is_shown_again(app_window):
    """The links list remembers what its rows say so as not to read every row back (issue
    14); a box ticked by hand makes it read them again: showing the annotation as it was
    stored before the tick (a refused save's refresh) clears the box."""
    ids = tag_with_a_figure(app_window)
    editor = app_window.panel.editor
    links = editor.links
    app_window.session.select(ids[2])
    settle()
    assert links.count() > 0
    stored = editor.annotation
    links.item(0).setCheckState(Qt.CheckState.Checked)  # by hand (a save is asked)
    editor.show_annotation(stored)  # as stored before it
    assert links.item(0).checkState() == Qt.CheckState.Unchecked
    app_window.wait()


def test_the_links_lists_scroll_bars_are_placed_before_the_frame(qtbot, store):
    """Another annotation's link rows change the list's scroll ranges; its scroll bars are
    shown or hidden (a queued call in Qt) before the frame, not in a frame of their own."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from marginalia.desktop.panel.editor import AnnotationEditor

    wide = "新能源汽车产量增长了百分之三十五，出口增长更快，全年出口额首次超过了进口额"
    lone = made(0, "claim", 0, "Alone")
    figures = [made(i, "figure", 10_000 + 10 * i, wide) for i in range(1, 13)]
    busy = made(20, "claim", 10_000, "Among many figures")

    editor = AnnotationEditor(store.schema())
    qtbot.addWidget(editor)
    editor.resize(300, 500)
    editor.show()
    editor.set_context((), Around([lone, *figures, busy]))
    queued: list[int] = []

    class Watch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.MetaCall:
                queued.append(1)
            return False

    watch = Watch()
    editor.links.installEventFilter(watch)
    bars = (editor.links.horizontalScrollBar(), editor.links.verticalScrollBar())
    for annotation in (lone, busy, lone, busy):
        settle()
        queued.clear()
        editor.show_annotation(annotation)
        shown = [bar.isVisibleTo(editor) for bar in bars]
        queued_before_the_frame = len(queued)
        settle()
        assert [bar.isVisibleTo(editor) for bar in bars] == shown, annotation.id
        assert len(queued) == queued_before_the_frame, annotation.id  # nothing came later
    # twelve rows: a vertical scroll bar; rows wider than the list are elided, never scrolled
    # sideways (a horizontal bar left one row in sight at 1024×700)
    assert editor.links.count() == 12 and shown == [False, True]
    QCoreApplication.processEvents()


def test_the_quote_is_painted_once_in_the_frame_that_shows_it(app_window):
    """A selectable label lays its text out for its width when it is first asked after a
    change; asked first by its own paint, it asked for another paint, in a frame of its own
    (issue 14). The editor asks it before the frame."""
    ids = tag_all(app_window)
    quote = app_window.panel.editor.quote
    painted: list[str] = []

    class Watch(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(quote.text())
            return False

    watch = Watch()
    quote.installEventFilter(watch)
    fence = app_window.panel.fence
    checked = 0
    for width, height in ((1600, 1000), (1024, 700)):
        app_window.window.resize(width, height)
        for annotation_id in [*ids, *reversed(ids), ids[1], ids[3], ids[1]]:
            settle()
            painted.clear()
            before, passed = quote.text(), fence.passed
            app_window.session.select(annotation_id)
            settle()
            if fence.passed != passed:
                continue  # the editor's smallest size changed: the window is laid out again
            # once, or not at all when it says the same (the last and first of a turn)
            assert len(painted) == (quote.text() != before), (annotation_id, painted)
            checked += quote.text() != before
    assert checked >= 6
