"""The article list dock, driven with keys like a user: filters, search, next, activation."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from marginalia.db.values import Status
from marginalia.desktop.articles import ArticleListDock, StoreSource
from marginalia.desktop.articles.dock import SEARCH_DELAY_MS
from marginalia.desktop.articles.model import FIRST_LABEL
from marginalia.desktop.articles.source import RunnerSource


def make_dock(qtbot, store, annotator="alice") -> ArticleListDock:
    dock = ArticleListDock(StoreSource(store), annotator=annotator)
    qtbot.addWidget(dock)
    dock.resize(420, 500)
    with qtbot.waitActive(dock):
        dock.show()
        dock.activateWindow()
    return dock


def shown(dock: ArticleListDock) -> list[int]:
    return list(dock.model.article_ids())


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in the combo box"
    combo.setCurrentIndex(index)


def test_status_filter_shows_only_articles_with_that_status(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    assert shown(dock) == ids
    choose(dock.status_filter, "Done")
    assert shown(dock) == [ids[0]]
    choose(dock.status_filter, "To do (new or in progress)")
    assert shown(dock) == [ids[1], ids[2], ids[3], ids[5]]
    assert dock.count_label.text() == "4 articles"


def test_label_filter_lists_the_schema_labels(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    names = [dock.label_filter.itemText(i) for i in range(dock.label_filter.count())]
    assert names == ["Any label"] + [f"With {lb.name}" for lb in store.schema().labels]
    choose(dock.label_filter, f"With {store.label('figure').name}")
    assert shown(dock) == [ids[0], ids[1]]


def test_search_runs_after_typing_stops(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    dock.search.setFocus()
    qtbot.keyClicks(dock.search, "mayor")
    assert shown(dock) == ids  # not yet: the search waits for a pause in typing
    qtbot.waitUntil(lambda: shown(dock) == [ids[3]], timeout=SEARCH_DELAY_MS * 10)
    dock.search.clear()
    dock.search.insert("港口")  # as an input method commits it (QTest types Latin-1 only)
    qtbot.keyClick(dock.search, Qt.Key.Key_Return)  # Enter searches at once
    assert shown(dock) == [ids[2]]


def test_enter_on_a_row_opens_the_article(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    dock.view.setFocus()
    dock.select_article(ids[0])
    qtbot.keyClick(dock.view, Qt.Key.Key_Down)
    qtbot.keyClick(dock.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(dock.articleActivated) as opened:
        qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert opened.args == [ids[2]]


def test_select_article_moves_the_selection_without_opening(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    with qtbot.assertNotEmitted(dock.articleActivated):
        assert dock.select_article(ids[4])
    assert dock.current_article() == ids[4]
    choose(dock.status_filter, "Done")
    assert dock.select_article(ids[4]) is False
    assert dock.current_article() is None


def test_next_to_do_skips_done_and_skipped_articles(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    opened: list[int] = []
    dock.articleActivated.connect(opened.append)
    dock.next_action.trigger()
    dock.next_action.trigger()
    dock.next_action.trigger()
    dock.next_action.trigger()
    assert opened == [ids[1], ids[2], ids[3], ids[5]]
    assert dock.current_article() == ids[5]
    dock.next_action.trigger()  # wraps around
    assert opened[-1] == ids[1]


def test_next_to_do_by_keyboard_shortcut(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    dock.view.setFocus()
    with qtbot.waitSignal(dock.articleActivated) as opened:
        qtbot.keyClick(dock.view, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert opened.args == [ids[1]]


def test_refresh_keeps_the_selection_and_updates_the_row(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    dock.select_article(ids[2])
    dock.refresh(store.set_status(ids[2], "alice", Status.DONE).changes)
    row = dock.model.row_of(ids[2])
    assert row is not None
    assert dock.model.index(row, 1).data() == "Done"
    assert dock.current_article() == ids[2]


def test_set_annotator_shows_that_annotators_statuses(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    choose(dock.status_filter, "Done")
    assert shown(dock) == [ids[0]]
    dock.set_annotator("bob")
    assert shown(dock) == []
    assert dock.annotator == "bob"


def test_tab_walks_through_every_control(qtbot, store):
    dock = make_dock(qtbot, store)
    dock.status_filter.setFocus()
    visited = [dock.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(dock.focusWidget(), Qt.Key.Key_Tab)
        visited.append(dock.focusWidget())
    assert visited == [
        dock.status_filter,
        dock.label_filter,
        dock.search,
        dock.view,
        dock.next_button,
    ]
    for widget in visited:
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


class LaterRunner:
    """Answers on a later turn of the event loop, as the main window's op runner does."""

    def __init__(self, store) -> None:
        self.store = store

    def run(self, fn, on_done=None) -> None:
        result = fn(self.store)
        QTimer.singleShot(1, lambda: on_done(result) if on_done else None)


def test_the_window_context_routes_reads_through_its_runner(qtbot, store):
    ids = store.article_ids()
    schema = store.schema()
    # as the window builds it (desktop/articles/feature.py)
    dock = ArticleListDock(RunnerSource(LaterRunner(store), lambda: schema), annotator="alice")
    qtbot.addWidget(dock)
    dock.show()
    assert dock.annotator == "alice"
    qtbot.waitUntil(lambda: shown(dock) == ids)
    dock.select_article(ids[3])
    choose(dock.status_filter, "To do (new or in progress)")
    qtbot.waitUntil(lambda: shown(dock) == [ids[1], ids[2], ids[3], ids[5]])
    assert dock.current_article() == ids[3]  # still selected after the list was re-read
    qtbot.waitUntil(lambda: dock.model.index(2, 1).data() == "New")
    with qtbot.waitSignal(dock.articleActivated) as opened:
        dock.next_action.trigger()
    assert opened.args == [ids[5]]
    dock.refresh(store.set_status(ids[5], "alice", Status.DONE).changes)
    qtbot.waitUntil(lambda: shown(dock) == [ids[1], ids[2], ids[3]])
    assert dock.count_label.text() == "3 articles"


def test_icons_are_shipped_and_render(qtbot):
    from marginalia.desktop.icons import app_icon, icon

    for shipped in (app_icon(), icon("next-article"), icon("mark-done")):
        image = shipped.pixmap(64, 64).toImage()
        assert not image.isNull()
        assert image.pixelColor(32, 32).alpha() > 0 or image.pixelColor(20, 20).alpha() > 0
    assert icon("no-such-icon").isNull()


def test_keyboard_focus_is_visible(qtbot, store):
    dock = make_dock(qtbot, store)
    order = [dock.status_filter, dock.label_filter, dock.search, dock.view]
    dock.next_button.setFocus()
    qtbot.waitUntil(dock.next_button.hasFocus)
    before = [widget.grab().toImage() for widget in order]
    dock.label_filter.setFocus()
    qtbot.waitUntil(dock.label_filter.hasFocus)
    qtbot.keyClick(dock.label_filter, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    for widget, unfocused in zip(order, before, strict=True):
        qtbot.waitUntil(widget.hasFocus)
        assert widget.grab().toImage() != unfocused, f"{widget.accessibleName()}: no focus shown"
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_assigned_to_me_not_done(qtbot, store):
    """The filter an annotator with assignments lives in: hers, new or in progress."""
    from marginalia.db.team.assignments import assign

    ids = store.article_ids()
    assign(store, [ids[0], ids[1], ids[2], ids[4]], ["alice"])  # done, in progress, new, skipped
    assign(store, [ids[3]], ["bob"])
    dock = make_dock(qtbot, store)
    dock.status_filter.setFocus()
    wanted = "Assigned to me, not done"
    for _ in range(dock.status_filter.count()):
        if dock.status_filter.currentText() == wanted:
            break
        qtbot.keyClick(dock.status_filter, Qt.Key.Key_Down)
    assert dock.status_filter.currentText() == wanted
    assert shown(dock) == [ids[1], ids[2]]
    assert dock.count_label.text() == "2 articles"
    assert dock.query().assigned
    # another annotator's list: bob's one assigned article
    dock.set_annotator("bob")
    assert shown(dock) == [ids[3]]
    store.set_status(ids[3], "bob", Status.DONE)
    dock.set_annotator("alice")
    dock.set_annotator("bob")
    assert shown(dock) == []


def test_one_click_opens_an_article_and_a_double_click_opens_it_once(qtbot, store):
    ids = store.article_ids()
    dock = make_dock(qtbot, store)
    opened: list[int] = []
    dock.articleActivated.connect(opened.append)
    activations: list[object] = []
    dock.view.activated.connect(activations.append)
    row = dock.view.visualRect(dock.model.index(2, 0)).center()
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert opened == [ids[2]]
    other = dock.view.visualRect(dock.model.index(3, 0)).center()
    # a double click as the system delivers it: a click, then the double click
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=other)
    qtbot.mouseDClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=other)
    assert activations  # the view did say "activated" for the double click
    assert opened == [ids[2], ids[3]]
    # the arrow keys walk without opening
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_Down)
    assert opened == [ids[2], ids[3]] and dock.current_article() == ids[4]


def test_the_title_keeps_its_room_and_the_count_columns_give_way(qtbot, store):
    from marginalia.desktop.articles.dock import TITLE_MIN_CHARS
    from marginalia.desktop.articles.model import FIRST_LABEL, STATUS, TITLE

    dock = make_dock(qtbot, store)
    header = dock.view.horizontalHeader()
    columns = range(STATUS, dock.model.columnCount())
    title_min = dock.view.fontMetrics().averageCharWidth() * TITLE_MIN_CHARS
    dock.resize(700, 500)
    qtbot.waitUntil(lambda: not any(header.isSectionHidden(c) for c in columns))
    assert header.sectionSize(TITLE) >= title_min
    for width in (420, 300, 220, 160):
        dock.resize(width, 500)
        qtbot.wait(20)
        visible = [c for c in range(dock.model.columnCount()) if not header.isSectionHidden(c)]
        shown_width = sum(header.sectionSize(c) for c in visible)
        assert shown_width <= dock.view.viewport().width() + 1  # nothing off to the side
        assert header.sectionSize(TITLE) >= min(title_min, dock.view.viewport().width())
        # the status goes last, the counts from the last label backwards
        hidden = [c for c in columns if header.isSectionHidden(c)]
        assert hidden == list(
            range(dock.model.columnCount() - len(hidden), dock.model.columnCount())
        )
    assert header.isSectionHidden(FIRST_LABEL)
    dock.resize(700, 500)
    qtbot.waitUntil(lambda: not any(header.isSectionHidden(c) for c in columns))


def test_columns_hidden_in_a_narrow_list_come_back_only_as_far_as_they_fit(qtbot, store):
    """A hidden column is 0 wide to Qt: it must still count its own width when the list
    widens again, or every hidden column comes back and the title is squeezed to "…" (seen
    after a relaunch, when the restored layout narrows the dock and then widens it)."""
    from marginalia.desktop.articles.dock import TITLE_MIN_CHARS
    from marginalia.desktop.articles.model import STATUS, TITLE

    dock = make_dock(qtbot, store)
    header = dock.view.horizontalHeader()
    title_min = dock.view.fontMetrics().averageCharWidth() * TITLE_MIN_CHARS
    dock.resize(140, 500)
    qtbot.waitUntil(lambda: header.isSectionHidden(STATUS))
    dock.resize(300, 500)
    qtbot.wait(20)
    room = dock.view.viewport().width()
    visible = [c for c in range(dock.model.columnCount()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in visible) <= room + 1
    assert header.sectionSize(TITLE) >= min(title_min, room)
    assert any(header.isSectionHidden(c) for c in range(STATUS, dock.model.columnCount()))


def test_an_add_counted_at_once_repaints_its_count_alone_as_a_full_paint(qtbot, store):
    """An add shown in this window counts itself in its article's row at once (issue 14):
    only the label's count changed, so only that cell is repainted and a screen reader told
    of that cell (the row's three cells asked the model 21 times an add, the cell 7) — and
    the list then shows what the whole list painted anew shows, the new count included."""
    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtWidgets import QApplication

    from .test_model import LaterSource

    source = LaterSource(store)
    dock = ArticleListDock(source, annotator="alice")
    qtbot.addWidget(dock)
    dock.resize(420, 500)
    with qtbot.waitExposed(dock):
        dock.show()
    while source.waiting:  # the ids, then the rows shown
        source.answer()
        QApplication.processEvents()
    model = dock.model
    ids = store.article_ids()
    row = model.row_of(ids[2])
    assert row is not None
    dock.view.selectRow(row)  # the open article's row is selected
    claim = FIRST_LABEL + [label.id for label in model.labels].index(store.label("claim").id)

    def on_screen() -> QImage:
        QApplication.processEvents()
        shot = QGuiApplication.primaryScreen().grabWindow(dock.winId())
        return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)

    before = on_screen()
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, *_: changed.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    created = store.create_annotation(ids[2], "claim", 0, 5, "alice")
    model.refresh(created.changes)
    model.count_added(ids[2], created.value.label, "alice")
    assert changed == [(row, claim, row, claim)]
    assert model.data(model.index(row, claim), Qt.ItemDataRole.AccessibleTextRole).endswith(": 1")
    shown = on_screen()
    assert shown != before  # the new count is on screen
    dock.repaint()
    assert on_screen() == shown
    source.answer()  # the row's read says the same: nothing repainted
    assert changed == [(row, claim, row, claim)]


def test_new_articles_hidden_by_the_filters_clear_them_and_are_scrolled_to(qtbot, store):
    """ADR 0124: articles just imported that the filters hide clear every filter, say how
    many were hidden, and the first of them is scrolled into sight; filters that hide none of
    them stay as the user set them."""
    from .conftest import new_article

    dock = make_dock(qtbot, store)
    dock.resize(420, 260)  # a few rows: the new ones are below the fold
    choose(dock.status_filter, "To do (new or in progress)")
    dock.search.setText("council")
    dock.search.returnPressed.emit()
    assert shown(dock) == []  # the council's article is done
    said: list[int] = []
    matching = store.add_articles([new_article("Council again", "The council met.")]).value
    dock.show_new([matching[0].id], said.append)
    assert said == [] and dock.search.text() == "council"
    assert dock.status_filter.currentIndex() != 0
    more = [new_article(f"Late news {i}", f"Story number {i}.") for i in range(20)]
    stored = [s.id for s in store.add_articles(more).value]
    dock.show_new([*stored, matching[0].id], said.append)
    assert said == [20]  # all but the one the search finds were hidden
    assert dock.search.text() == "" and dock.status_filter.currentIndex() == 0
    assert shown(dock) == store.article_ids() and len(shown(dock)) == 27
    first_row = dock.model.row_of(stored[0])
    assert first_row is not None
    first_new = dock.model.index(first_row, 0)
    qtbot.waitUntil(
        lambda: dock.view.viewport().rect().contains(dock.view.visualRect(first_new).center())
    )
    said.clear()
    dock.show_new(stored, said.append)  # nothing filtered: nothing to do
    assert said == []
