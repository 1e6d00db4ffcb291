"""The article list model: lazy pages, per-annotator counts, refresh from Changes."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from sqlalchemy import event

from marginalia.db.connection import engine
from marginalia.db.store import ArticleQuery, Store
from marginalia.db.values import Status
from marginalia.desktop.articles import ARTICLE_ID_ROLE, STATUS_ROLE, ArticleListModel, StoreSource
from marginalia.desktop.articles.model import CACHE_ROWS, FIRST_LABEL, PAGE_SIZE, STATUS, TITLE

from .conftest import BIG

STEPS = 40
TEXT_COLUMN = re.compile(r"\barticles\.text\b|\btext\b\s*(,|FROM)", re.IGNORECASE)


def row_of(model: ArticleListModel, article_id: int) -> int:
    row = model.row_of(article_id)
    assert row is not None, article_id
    return row


class Recorder:
    """Every SQL statement the engine runs while attached."""

    def __init__(self, store: Store) -> None:
        self.statements: list[str] = []
        self._engine = engine(store)
        event.listen(self._engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, *_args) -> None:
        self.statements.append(statement)

    def detach(self) -> None:
        event.remove(self._engine, "before_cursor_execute", self._record)

    def touching_text(self) -> list[str]:
        return [s for s in self.statements if TEXT_COLUMN.search(s)]


class CountingSource(StoreSource):
    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.id_queries: list[ArticleQuery] = []
        self.row_requests: list[list[int]] = []

    def fetch_ids(self, query: ArticleQuery, done) -> None:
        self.id_queries.append(query)
        super().fetch_ids(query, done)

    def fetch_rows(self, ids: Sequence[int], annotator: str | None, done) -> None:
        self.row_requests.append(list(ids))
        super().fetch_rows(ids, annotator, done)


class LaterSource(CountingSource):
    """Answers only when told to, like the database worker answering after a while."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.waiting: list[Callable[[], None]] = []

    def fetch_ids(self, query, done) -> None:
        self.waiting.append(lambda: CountingSource.fetch_ids(self, query, done))

    def fetch_rows(self, ids, annotator, done) -> None:
        self.waiting.append(lambda: CountingSource.fetch_rows(self, ids, annotator, done))

    def answer(self) -> None:
        waiting, self.waiting = self.waiting, []
        for job in waiting:
            job()


def test_scrolling_100000_articles_to_the_end_never_reads_a_text(qtbot, big_store):
    recorder = Recorder(big_store)
    try:
        model = ArticleListModel(StoreSource(big_store))
        model.set_query(ArticleQuery(annotator="alice"))
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(500, 400)
        view.show()
        qtbot.waitExposed(view)
        qtbot.wait(20)  # let the view lay itself out
        assert model.rowCount() == BIG
        bar = view.verticalScrollBar()
        assert bar.maximum() > BIG / 2
        for step in range(STEPS + 1):
            bar.setValue(bar.maximum() * step // STEPS)
            view.viewport().repaint()
            shown = view.rowAt(view.viewport().height() // 2)
            assert model.cached_rows() and shown >= 0
            assert model.data(model.index(shown, TITLE)) == f"Title {shown:06d}"
        view.setCurrentIndex(model.index(0, TITLE))
        qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(10)
        view.viewport().repaint()
        assert view.currentIndex().row() == BIG - 1
        last = model.index(BIG - 1, TITLE)
        assert view.visualRect(last).intersects(view.viewport().rect())
        assert model.data(last) == f"Title {BIG - 1:06d}"
        assert model.data(model.index(BIG - 1, STATUS)) == "New"
    finally:
        recorder.detach()
    # the view asked only for the pages it showed, and the cache stayed bounded
    # at most two pages per position shown (a screen may straddle two), never all 500 pages
    assert STEPS <= model.pages_fetched <= 2 * (STEPS + 2)
    assert model.cached_rows() <= CACHE_ROWS
    assert recorder.statements, "the recorder saw no SQL at all"
    assert recorder.touching_text() == []


def test_the_recorder_does_see_a_text_being_read(big_store):
    recorder = Recorder(big_store)
    try:
        big_store.text(big_store.article_ids()[-1])
    finally:
        recorder.detach()
    assert recorder.touching_text()


def test_rows_show_title_status_and_counts_of_the_annotator(qtbot, store):
    model = ArticleListModel(StoreSource(store))
    model.set_query(ArticleQuery(annotator="alice"))
    ids = store.article_ids()
    labels = [label.id for label in model.labels]
    assert model.columnCount() == FIRST_LABEL + len(store.schema().labels)
    first = row_of(model, ids[0])
    assert model.data(model.index(first, TITLE)) == "Budget vote"
    assert model.data(model.index(first, STATUS)) == "Done"
    assert model.data(model.index(first, STATUS), STATUS_ROLE) == Status.DONE
    assert model.data(model.index(first, 0), ARTICLE_ID_ROLE) == ids[0]
    claim = FIRST_LABEL + labels.index(store.label("claim").id)
    figure = FIRST_LABEL + labels.index(store.label("figure").id)
    assert model.data(model.index(first, claim)) == 1
    assert model.data(model.index(first, figure)) == 1
    # Bob's claim is not Alice's
    assert model.data(model.index(row_of(model, ids[3]), claim)) == 0
    model.set_query(ArticleQuery(annotator=None))
    assert model.data(model.index(row_of(model, ids[3]), claim)) == 1


def test_header_shows_label_names_with_colour_swatches(qtbot, store):
    model = ArticleListModel(StoreSource(store))
    for offset, label in enumerate(store.schema().labels):
        section = FIRST_LABEL + offset
        assert model.headerData(section, Qt.Orientation.Horizontal) == label.name
        icon = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
        image = icon.pixmap(12, 12).toImage()
        assert image.pixelColor(6, 6).name() == label.colour.lower()
    assert model.headerData(TITLE, Qt.Orientation.Horizontal) == "Title"


def test_pages_are_fetched_once_and_only_when_shown(qtbot, big_store):
    source = CountingSource(big_store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery())
    assert source.row_requests == []
    model.data(model.index(PAGE_SIZE + 3, TITLE))
    model.data(model.index(PAGE_SIZE + 7, STATUS))
    assert len(source.row_requests) == 1
    assert source.row_requests[0] == list(model.article_ids()[PAGE_SIZE : 2 * PAGE_SIZE])


def test_refresh_refetches_only_the_changed_row_when_the_list_stays(qtbot, store):
    source = CountingSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(annotator="alice"))
    ids = store.article_ids()
    for row in range(model.rowCount()):
        model.data(model.index(row, STATUS))
    source.id_queries.clear()
    source.row_requests.clear()
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))

    changes = store.set_status(ids[2], "alice", Status.DONE).changes
    model.refresh(changes)

    assert source.id_queries == []  # no filter depends on the status: the ids stay
    assert changed == [model.row_of(ids[2])]
    assert model.data(model.index(row_of(model, ids[2]), STATUS)) == "Done"
    assert source.row_requests == [[ids[2]]]


def test_refresh_rereads_ids_when_a_filter_depends_on_the_change(qtbot, store):
    model = ArticleListModel(StoreSource(store))
    todo = frozenset({Status.NEW, Status.IN_PROGRESS})
    model.set_query(ArticleQuery(annotator="alice", statuses=todo))
    ids = store.article_ids()
    assert list(model.article_ids()) == [ids[1], ids[2], ids[3], ids[5]]
    model.refresh(store.set_status(ids[2], "alice", Status.DONE).changes)
    assert list(model.article_ids()) == [ids[1], ids[3], ids[5]]


def test_refresh_shows_a_newly_imported_article(qtbot, store):
    from .conftest import new_article

    model = ArticleListModel(StoreSource(store))
    model.set_query(ArticleQuery())
    before = model.rowCount()
    model.refresh(store.add_articles([new_article("Late news", "A late article.")]).changes)
    assert model.rowCount() == before + 1
    assert model.data(model.index(before, TITLE)) == "Late news"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (ArticleQuery("alice", frozenset({Status.DONE})), [0]),
        (ArticleQuery("alice", frozenset({Status.SKIPPED})), [4]),
        (ArticleQuery("alice", frozenset({Status.NEW})), [2, 3, 5]),
        (ArticleQuery("alice", label="figure"), [0, 1]),
        (ArticleQuery("alice", label="claim"), [0]),
        (ArticleQuery(None, label="claim"), [0, 3]),
        (ArticleQuery(search="港口"), [2]),
        (ArticleQuery(search="mayor"), [3]),
        (ArticleQuery(search="weather"), [4]),
        (ArticleQuery("alice", frozenset({Status.NEW}), search="percent"), [5]),
    ],
)
def test_queries_select_the_right_rows(qtbot, store, query, expected):
    ids = store.article_ids()
    model = ArticleListModel(StoreSource(store))
    model.set_query(query)
    assert list(model.article_ids()) == [ids[i] for i in expected]


def test_a_source_that_answers_later(qtbot, store):
    source = LaterSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(annotator="alice"))
    assert model.rowCount() == 0
    source.answer()
    assert model.rowCount() == len(store.article_ids())
    assert model.data(model.index(0, TITLE)) == "…"  # asked for, not there yet
    model.data(model.index(1, TITLE))
    assert len(source.waiting) == 1  # one request per page, however often the view asks
    with qtbot.waitSignal(model.dataChanged) as changed:
        source.answer()
    assert changed.args[0].row() == 0
    assert model.data(model.index(0, STATUS)) == "Done"


def test_answers_to_an_older_query_are_dropped(qtbot, store):
    source = LaterSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(search="mayor"))
    model.set_query(ArticleQuery(search="港口"))
    source.answer()
    ids = store.article_ids()
    assert list(model.article_ids()) == [ids[2]]


def test_a_new_annotation_updates_only_its_articles_count(qtbot, store):
    source = CountingSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(annotator="alice"))
    ids = store.article_ids()
    figure = FIRST_LABEL + [label.id for label in model.labels].index(store.label("figure").id)
    row = row_of(model, ids[5])
    assert model.data(model.index(row, figure)) == 0
    source.row_requests.clear()
    changes = store.create_annotation(ids[5], "figure", 12, 22, "alice").changes
    model.refresh(changes)
    assert model.data(model.index(row, figure)) == 1
    assert source.row_requests == [[ids[5]]]


def test_a_changed_row_shows_its_old_values_until_its_new_ones_arrive(qtbot, store):
    source = LaterSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(annotator="alice"))
    source.answer()
    ids = store.article_ids()
    row = model.row_of(ids[2])
    assert row is not None
    model.data(model.index(row, TITLE))
    source.answer()
    before = model.data(model.index(row, STATUS))
    assert before not in (None, "Done")
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))

    model.refresh(store.set_status(ids[2], "alice", Status.DONE).changes)
    # asked for at once; until it comes, the row says what it said (no "…", no repaint)
    assert len(source.waiting) == 1
    assert model.data(model.index(row, TITLE)) != "…"
    assert model.data(model.index(row, STATUS)) == before
    assert changed == []
    source.answer()
    assert model.data(model.index(row, STATUS)) == "Done"
    assert changed == [row]


def test_a_changed_row_read_for_another_annotator_is_read_again_when_shown(qtbot, store):
    source = LaterSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(annotator="alice"))
    source.answer()
    ids = store.article_ids()
    row = model.row_of(ids[2])
    assert row is not None
    model.data(model.index(row, TITLE))
    source.answer()
    model.refresh(store.set_status(ids[2], "alice", Status.DONE).changes)
    model.set_query(ArticleQuery(annotator="bob"))
    source.answer()  # alice's row, then bob's ids
    row = model.row_of(ids[2])
    assert row is not None
    assert model.data(model.index(row, TITLE)) == "…"  # not alice's values
    source.answer()
    assert model.data(model.index(row, STATUS)) != "Done"  # bob's status


def _cached_row(model: ArticleListModel, source: LaterSource, article_id: int) -> int:
    source.answer()
    row = model.row_of(article_id)
    assert row is not None
    model.data(model.index(row, TITLE))
    source.answer()
    return row


def test_an_add_shown_in_this_window_is_counted_at_once_and_its_read_repaints_nothing(qtbot, store):
    source = LaterSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(annotator="alice"))
    ids = store.article_ids()
    row = _cached_row(model, source, ids[2])
    claim = FIRST_LABEL + [label.id for label in model.labels].index(store.label("claim").id)
    assert model.data(model.index(row, claim)) == 0
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))

    created = store.create_annotation(ids[2], "claim", 0, 5, "alice")
    model.refresh(created.changes)
    assert model.data(model.index(row, claim)) == 0  # its read is on its way
    model.count_added(ids[2], created.value.label, "alice")  # the session shows the add
    assert model.data(model.index(row, claim)) == 1
    assert changed == [row]
    source.answer()  # the read says the same: nothing to paint again
    assert model.data(model.index(row, claim)) == 1
    assert changed == [row]


def test_a_counted_add_is_corrected_by_its_read_and_never_counted_twice(qtbot, store):
    source = LaterSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(annotator=None))
    ids = store.article_ids()
    row = _cached_row(model, source, ids[2])
    labels = [label.id for label in model.labels]
    claim = FIRST_LABEL + labels.index(store.label("claim").id)
    figure = FIRST_LABEL + labels.index(store.label("figure").id)
    claim_id = store.label("claim").id

    # no read on its way (it came already, with the add): the add is not counted again
    model.refresh(store.create_annotation(ids[2], "claim", 0, 5, "alice").changes)
    source.answer()
    assert model.data(model.index(row, claim)) == 1
    model.count_added(ids[2], claim_id, "alice")
    assert model.data(model.index(row, claim)) == 1

    # a wrong guess is corrected by the read, and repainted
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.refresh(store.create_annotation(ids[2], "figure", 6, 9, "bob").changes)
    model.count_added(ids[2], claim_id, "bob")
    assert model.data(model.index(row, claim)) == 2
    source.answer()
    assert (model.data(model.index(row, claim)), model.data(model.index(row, figure))) == (1, 1)
    assert changed == [row, row]


def test_an_add_by_another_annotator_is_not_counted_in_an_annotators_list(qtbot, store):
    source = LaterSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(annotator="alice"))
    ids = store.article_ids()
    row = _cached_row(model, source, ids[2])
    claim = FIRST_LABEL + [label.id for label in model.labels].index(store.label("claim").id)
    created = store.create_annotation(ids[2], "claim", 0, 5, "bob")
    model.refresh(created.changes)
    model.count_added(ids[2], created.value.label, "bob")
    assert model.data(model.index(row, claim)) == 0
    source.answer()
    assert model.data(model.index(row, claim)) == 0


def test_an_add_is_not_counted_on_a_row_whose_read_ran_after_its_write(qtbot, store):
    """Two adds in quick succession: the first add's read runs after the second write (one
    worker, first in first out) and counts both; the second, shown then, is not counted
    again."""
    source = LaterSource(store)
    model = ArticleListModel(source)
    model.set_query(ArticleQuery(annotator="alice"))
    ids = store.article_ids()
    row = _cached_row(model, source, ids[2])
    claim = FIRST_LABEL + [label.id for label in model.labels].index(store.label("claim").id)
    model.refresh(store.create_annotation(ids[2], "claim", 0, 5, "alice").changes)
    second = store.create_annotation(ids[2], "claim", 6, 9, "alice")
    model.refresh(second.changes)
    first_read, second_read = source.waiting
    source.waiting = [second_read]
    first_read()  # after both writes
    assert model.data(model.index(row, claim)) == 2
    model.count_added(ids[2], second.value.label, "alice")  # the second add is shown
    assert model.data(model.index(row, claim)) == 2
    source.answer()
    assert model.data(model.index(row, claim)) == 2
    # every read answered: the next add is counted at once again
    third = store.create_annotation(ids[2], "claim", 10, 12, "alice")
    model.refresh(third.changes)
    model.count_added(ids[2], third.value.label, "alice")
    assert model.data(model.index(row, claim)) == 3
