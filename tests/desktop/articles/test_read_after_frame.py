"""An edit's rows are read again when the model's ``after_frame`` says (the window's list:
after the edit's frame, ADR 0133); they are marked as being read at once, so the edit shown
in this window is counted in the same frame and its read, when it comes, repaints nothing."""

from __future__ import annotations

from collections.abc import Callable

from marginalia.db.store import ArticleQuery
from marginalia.desktop.articles import ArticleListModel
from marginalia.desktop.articles.model import FIRST_LABEL, TITLE

from .test_model import CountingSource


def test_an_edits_rows_are_read_when_after_frame_says_and_counted_at_once(qtbot, store):
    source = CountingSource(store)
    model = ArticleListModel(source)
    held: list[Callable[[], None]] = []
    model.after_frame = held.append
    model.set_query(ArticleQuery(annotator="alice"))
    ids = store.article_ids()
    row = model.row_of(ids[2])
    assert row is not None
    model.data(model.index(row, TITLE))
    claim = FIRST_LABEL + [label.id for label in model.labels].index(store.label("claim").id)
    assert model.data(model.index(row, claim)) == 0
    asked = len(source.row_requests)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))

    created = store.create_annotation(ids[2], "claim", 0, 5, "alice")
    model.refresh(created.changes)
    assert len(source.row_requests) == asked and len(held) == 1  # not read yet
    model.count_added(ids[2], created.value.label, "alice")  # the session shows the add
    assert model.data(model.index(row, claim)) == 1
    assert changed == [row]
    held.pop()()  # after the frame: read, and it says the same
    assert source.row_requests[asked:] == [[ids[2]]]
    assert model.data(model.index(row, claim)) == 1
    assert changed == [row]
