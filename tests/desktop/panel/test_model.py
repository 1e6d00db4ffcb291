"""The annotation panel's list model: headings and annotations in text order, kept in step
by single-row inserts and removals (checked against Qt's own model tester and against a
model built from scratch), and asking only for the rows a view shows."""

from __future__ import annotations

import dataclasses
import sys
from datetime import UTC, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from marginalia.db import Annotation, Label, Schema
from marginalia.desktop.colours import TEXT_CONTRAST, contrast
from marginalia.desktop.panel.model import (
    EXPANDED_ROLE,
    ID_ROLE,
    LABEL_ROLE,
    AnnotationListModel,
    readable,
)
from marginalia.desktop.panel.view import AnnotationList

SCHEMA = Schema(
    (
        Label("claim", "Claim", "1", "#E69F00", position=0),
        Label("figure", "Figure", "2", "#56B4E9", position=1),
        Label("caption", "Caption", "3", "#009E73", position=2),
    )
)
NOW = datetime(2026, 12, 1, tzinfo=UTC)
TEXT = "江北工业总产值突破1500亿元 the rate rose 5% 😀 𠀋 " * 40


def note(annotation_id: str, label: str, start: int, end: int, **changes: Any) -> Annotation:
    made = Annotation(
        id=annotation_id,
        article_id=1,
        label=label,
        start=start,
        end=end,
        quote=TEXT[start:end],
        prefix="",
        suffix="",
        annotator="tester",
        created=NOW,
        updated=NOW,
        revision=1,
    )
    return dataclasses.replace(made, **changes) if changes else made


def rows(model: AnnotationListModel) -> list[tuple[str, str | None, str]]:
    """(label, annotation id or None for a heading, shown text) of every row."""
    found = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        found.append((index.data(LABEL_ROLE), index.data(ID_ROLE), index.data()))
    return found


def watched(model: AnnotationListModel) -> QAbstractItemModelTester:
    """Qt's model tester, attached for the model's life: it checks every signal's promise
    (rows announced before they change, counts, indexes) and fails the test otherwise."""
    return QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Warning, model
    )


def test_headings_in_schema_order_and_annotations_in_text_order(qapp) -> None:
    model = AnnotationListModel(SCHEMA)
    watched(model)
    model.reset(
        [
            note("f1", "figure", 30, 35),
            note("c2", "claim", 10, 20),
            note("c1", "claim", 0, 12),
            note("c3", "claim", 10, 15),  # same start: the shorter first
        ]
    )
    assert [(label, ident) for label, ident, _text in rows(model)] == [
        ("claim", None),
        ("claim", "c1"),
        ("claim", "c3"),
        ("claim", "c2"),
        ("figure", None),
        ("figure", "f1"),
        ("caption", None),
    ]
    heading = model.index(0, 0)
    assert heading.data() == "Claim (1) — 3"
    assert model.flags(heading) == Qt.ItemFlag.ItemIsEnabled  # never selected
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.index(1, 0).data() == TEXT[0:12]
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == f"Claim: {TEXT[0:12]}"
    assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == f"Claim: {TEXT[0:12]}"
    assert model.index(6, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Caption (3) — 0, expanded"


def test_one_row_inserted_moved_and_removed_with_the_counts(qapp) -> None:
    model = AnnotationListModel(SCHEMA)
    watched(model)
    model.reset([note("c1", "claim", 0, 5), note("c2", "claim", 20, 25)])
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))

    model.apply([note("c3", "claim", 10, 12)])
    assert inserted == [(2, 2)] and not removed
    assert model.index(0, 0).data() == "Claim (1) — 3"

    model.apply([note("c3", "figure", 10, 12)])  # relabelled: out of one group, into another
    assert removed == [(2, 2)] and inserted[-1] == (4, 4)
    assert [ident for _label, ident, _text in rows(model)] == [None, "c1", "c2", None, "c3", None]
    assert model.index(3, 0).data() == "Figure (2) — 1"

    changed: list[int] = []
    model.dataChanged.connect(lambda first, _last, _roles: changed.append(first.row()))
    model.apply([note("c1", "claim", 0, 5, note="seen")])  # same place: the row is redrawn
    assert changed[0] == 1 and len(inserted) == 2 and len(removed) == 1
    assert model.annotations["c1"].note == "seen"

    model.apply([note("c2", "claim", 20, 25, deleted=NOW)])
    assert removed[-1] == (2, 2)
    assert "c2" not in model.annotations
    assert model.index(0, 0).data() == "Claim (1) — 1"


def test_collapsed_groups_keep_counting_and_open_for_a_selection(qapp) -> None:
    model = AnnotationListModel(SCHEMA)
    watched(model)
    model.reset([note("c1", "claim", 0, 5), note("f1", "figure", 8, 9)])
    model.set_expanded("claim", False)
    assert [ident for _label, ident, _text in rows(model)] == [None, None, "f1", None]
    assert model.index(0, 0).data(EXPANDED_ROLE) is False
    model.apply([note("c2", "claim", 6, 7)])  # hidden, but counted
    assert model.rowCount() == 4 and model.index(0, 0).data() == "Claim (1) — 2"
    index = model.index_of("c2")  # asking for it opens its group
    assert model.is_expanded("claim") and index.row() == 2 and index.data(ID_ROLE) == "c2"


def test_schema_change_regroups_and_unknown_labels_are_kept_but_not_shown(qapp) -> None:
    model = AnnotationListModel(SCHEMA)
    watched(model)
    model.reset([note("c1", "claim", 0, 5), note("x1", "gone", 1, 2)])
    assert "x1" in model.annotations
    assert not model.index_of("x1").isValid()
    renamed = Schema((dataclasses.replace(SCHEMA.labels[0], name="Assertion", key="a"),))
    model.set_schema(renamed)
    model.reset([note("c1", "claim", 0, 5)])
    assert rows(model) == [("claim", None, "Assertion (a) — 1"), ("claim", "c1", TEXT[0:5])]


def test_link_targets_by_position(qapp) -> None:
    model = AnnotationListModel(SCHEMA)
    model.reset(
        [note("c1", "claim", 0, 5), note("f1", "figure", 50, 52), note("f2", "figure", 9, 12)]
    )
    assert [a.id for a in model.starting_between(5, 50)] == ["f2", "f1"]  # both ends count
    assert [a.id for a in model.starting_between(0, 8)] == ["c1"]
    assert model.get("f1") is model.annotations["f1"] and model.get("nope") is None


labels = st.sampled_from(["claim", "figure", "caption", "gone"])
edits = st.lists(
    st.tuples(
        st.integers(0, 11),  # which annotation
        labels,
        st.integers(0, 60),  # start
        st.integers(1, 15),  # length
        st.booleans(),  # deleted
    ),
    max_size=40,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=edits, then=edits, collapse=st.sets(labels))
def test_single_row_changes_end_where_a_fresh_model_starts(qapp, first, then, collapse) -> None:
    """Whatever arrives, in whatever order, the rows equal a model built from the result."""
    model = AnnotationListModel(SCHEMA)
    watched(model)

    def apply(batch: list[tuple[int, str, int, int, bool]]) -> None:
        model.apply(
            note(f"a{n}", label, start, start + length, deleted=NOW if gone else None)
            for n, label, start, length, gone in batch
        )

    apply(first)
    for label in collapse:
        model.set_expanded(label, False)
    apply(then)
    for label in collapse:
        model.set_expanded(label, True)
    fresh = AnnotationListModel(SCHEMA)
    fresh.reset(model.annotations.values())
    assert rows(model) == rows(fresh)


def shown_list(qtbot, model: AnnotationListModel) -> AnnotationList:
    """The list over ``model``, shown at 300×400 and exposed."""
    view = AnnotationList(model)
    qtbot.addWidget(view)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_view_asks_only_for_the_rows_it_shows(qtbot) -> None:
    """At 3,000 annotations an insert paints a screenful: no row is looked at otherwise."""
    looked: list[int] = []

    class Counting(AnnotationListModel):
        def look(self, row: int):
            looked.append(row)
            return super().look(row)

    model = Counting(SCHEMA)
    model.reset(note(f"c{n:04d}", "claim", n * 10, n * 10 + 5) for n in range(3_000))
    view = shown_list(qtbot, model)
    visible = view.viewport().height() // view.rowHeight(0) + 2
    for n in range(5):
        looked.clear()
        model.apply([note(f"new{n}", "claim", 15_000 + n, 15_000 + n + 3)])
        view.setCurrentIndex(model.index_of(f"new{n}"))
        view.viewport().grab()  # paints what a frame would show
        assert 0 < len(looked) <= 2 * visible  # the inserted row's screen, and no more
        assert all(abs(row - looked[0]) <= 2 * visible for row in looked)


def test_an_insert_asks_python_no_more_for_every_row_once_selected(qtbot) -> None:
    """With accessibility on (a screen reader, or the X session of the bench), Qt keeps a
    cell for every row ever selected and, on every insert, asks the model about each of
    them: those questions must not be Python calls, or an add slows down the longer one
    annotates (at the bench's 150th add, ~300 calls)."""
    model = AnnotationListModel(SCHEMA)
    model.reset(note(f"c{n:04d}", "claim", n * 10, n * 10 + 5) for n in range(200))
    view = shown_list(qtbot, model)
    view.setFocus()
    asked: list[str] = []
    source = sys.modules[AnnotationListModel.__module__].__file__

    def listen(frame, event, _arg):
        if event == "call" and frame.f_code.co_filename == source:
            asked.append(frame.f_code.co_name)

    def insert(n: int) -> int:
        asked.clear()
        sys.setprofile(listen)
        try:
            model.apply([note(f"new{n}", "claim", 5_000 + n, 5_000 + n + 3)])
        finally:
            sys.setprofile(None)
        return len(asked)

    QAccessible.setActive(True)
    try:
        view.setCurrentIndex(model.index(1, 0))
        QApplication.processEvents()
        few = insert(0)
        for row in range(2, 82):
            view.setCurrentIndex(model.index(row, 0))
        QApplication.processEvents()
        assert len(model.persistentIndexList()) >= 40  # Qt's cells, as in the bench
        many = insert(1)
    finally:
        QAccessible.setActive(False)
    assert many <= few + 2, asked


def test_headings_stay_readable_on_a_dark_theme(qapp) -> None:
    light, dark = QColor("white"), QColor("#202020")
    gold = QColor("#E69F00")
    on_light, on_dark = readable(gold, light), readable(gold, dark)
    # darkened on white until it reads as text; amber already reads on dark grey
    assert on_light.lightness() < gold.lightness() <= on_dark.lightness()
    assert contrast(on_light, light) >= TEXT_CONTRAST
    assert contrast(on_dark, dark) >= TEXT_CONTRAST
    palette = QApplication.palette()
    try:
        darker = QPalette(palette)
        darker.setColor(QPalette.ColorRole.Base, dark)
        QApplication.setPalette(darker)
        model = AnnotationListModel(SCHEMA)
        brush = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
        assert brush.color() == on_dark
    finally:
        QApplication.setPalette(palette)


def test_a_headings_colour_is_worked_out_once_per_background(qapp, monkeypatch) -> None:
    """The heading rows are painted on every frame that shows them; ink's bisection (~0.3 ms)
    runs once for each label colour and background, and a new background (a theme switched)
    gets its own."""
    from marginalia.desktop import colours

    calls: list[tuple[str, str]] = []
    bisect = colours._inked

    def counted(colour: QColor, base: QColor, minimum: float) -> QColor:
        calls.append((QColor(colour).name(), base.name()))
        return bisect(colour, base, minimum)

    monkeypatch.setattr(colours, "_inked", counted)
    monkeypatch.setattr(colours, "_INKED", {})
    light, dark = QColor("white"), QColor("#202020")
    for colour in ("#E69F00", "#56B4E9", "#009E73"):
        for base in (light, dark, light, dark):
            got = readable(QColor(colour), base)
            assert got == bisect(QColor(colour), base, TEXT_CONTRAST)
            got.setRed(0)  # a caller's change does not reach the next caller
    assert sorted(calls) == sorted(
        (colour.lower(), base.name())
        for colour in ("#E69F00", "#56B4E9", "#009E73")
        for base in (light, dark)
    )
