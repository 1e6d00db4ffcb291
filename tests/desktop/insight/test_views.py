"""The agreement and statistics views show the library's figures; the chart paints them."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from marginalia.db import Changes
from marginalia.db.agreement import OVERALL
from marginalia.db.commands import CreateAnnotation, SetStatus
from marginalia.db.team.stats import activity, store_agreement
from marginalia.db.values import Status
from marginalia.desktop.actions import MenuId
from marginalia.desktop.insight import REFRESH_DELAY_MS
from marginalia.desktop.insight.chart import BarChart
from marginalia.desktop.insight.statistics import per_day

from ..check_rows import roomy_rows
from ..helpers import add_article


def seed_team(store, corpus: Path) -> list[int]:
    """The corpus seed articles coded by alice and bob with partly different spans."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((corpus / "seed").glob("*.txt"))[:2]]
    ids = [
        add_article(store, text, images=False, title=f"seed {i}") for i, text in enumerate(texts)
    ]
    for article in ids:
        for n in range(10):
            a, b = 10 * n, 10 * n + 6
            label = "claim" if n % 2 else "figure"
            store.create_annotation(article, label, a, b, "alice")
            if n % 3:  # bob misses every third, and cuts one short
                store.create_annotation(article, label, a, b - (n == 4), "bob")
        store.set_status(article, "alice", Status.DONE)
        store.set_status(article, "bob", Status.IN_PROGRESS)
    return ids


def settle(app_window) -> None:
    """Let the writes finish and the views that wait for a pause in changes read again."""
    app_window.wait()
    app_window.qtbot.wait(REFRESH_DELAY_MS + 150)
    app_window.wait()


def shown(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def test_agreement_view_shows_the_library_figures(app_window, corpus: Path) -> None:
    store = app_window.store
    seed_team(store, corpus)
    app_window.workspace.insight.agreement()
    app_window.wait()
    view = app_window.workspace.insight.views["agreement"]
    expected = store_agreement(store, annotators=store.annotators())
    assert expected.annotators == ("alice", "bob")
    report = view.report
    assert report is not None and report.to_dict() == expected.to_dict()
    table = view.table
    # two annotators are one pair: listed once, not again as "all (alice, bob)"
    assert len(expected.shown_rows()) == len(expected.rows) - 3
    assert table.rowCount() == len(expected.shown_rows())
    assert view.pages.currentIndex() == 0 and view.table.isVisible()
    for r, row in enumerate(expected.shown_rows()):
        assert shown(table, r, 1) == "alice × bob"
        for f, figure in enumerate(row.figures().values()):
            cell = table.item(r, 2 + 3 * f)
            if figure.value is None:
                assert cell.text() == "—" and cell.toolTip().startswith("Undefined")
            else:
                assert cell.text() == f"{figure.value:.3f}"
            assert shown(table, r, 3 + 3 * f) == str(figure.articles)
            assert shown(table, r, 4 + 3 * f) == str(figure.spans)
    # the chart draws the chosen figure per label for every pair and for all
    view.figure.setCurrentIndex(view.figure.findData("cohen_kappa"))
    data = view.chart.data()
    pair = expected.row(OVERALL, ("alice", "bob"))
    assert data["series"] == ["alice × bob"]
    column = data["series"].index("alice × bob")
    assert data["values"][0][column] == pair.cohen_kappa.value
    assert data["groups"][0] == "All labels"

    # a filter recomputes: only claims, only alice and bob
    for i in range(view.labels.count()):
        item = view.labels.item(i)
        if item.data(Qt.ItemDataRole.UserRole) != "claim":
            item.setCheckState(Qt.CheckState.Unchecked)
    for i in range(view.annotators.count()):
        item = view.annotators.item(i)
        if item.text() not in ("alice", "bob"):
            item.setCheckState(Qt.CheckState.Unchecked)
    view.compute_button.click()
    app_window.wait()
    narrowed = store_agreement(store, labels=["claim"], annotators=["alice", "bob"])
    assert view.report.to_dict() == narrowed.to_dict()
    assert view.report.labels == ("claim",)
    assert view.status.text() == "2 annotators, 1 label"  # each count in its own number
    # an edit refreshes the view through the changed broadcast
    before = view.report.to_dict()
    article = store.article_ids()[0]
    app_window.workspace.undo.do(CreateAnnotation(article, "claim", 0, 3, "bob"))
    settle(app_window)
    assert view.report.to_dict() != before
    assert (
        view.report.to_dict()
        == store_agreement(store, labels=["claim"], annotators=["alice", "bob"]).to_dict()
    )


def test_statistics_view_shows_activity_and_totals(app_window, corpus: Path) -> None:
    store = app_window.store
    seed_team(store, corpus)
    app_window.workspace.insight.statistics()
    app_window.wait()
    view = app_window.workspace.insight.views["statistics"]
    totals = store.stats()
    table = view.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert table.rowCount() == len(totals["annotators"])
    for r, person in enumerate(totals["annotators"]):
        assert shown(table, r, 0) == person["name"]
        assert shown(table, r, 1) == str(person["annotations"])
        assert shown(table, r, headers.index("Claim")) == str(person["labels"].get("claim", 0))
        assert shown(table, r, headers.index("Done")) == str(person["status"]["done"])
        assert shown(table, r, headers.index("In progress")) == str(person["status"]["in progress"])
    days = activity(store)
    data = view.chart.data()
    today = days[0].day.isoformat()
    assert data["groups"] == [today]
    created = {who: sum(d.created for d in days if d.annotator == who) for who in data["series"]}
    assert data["values"][0] == [float(created[w]) for w in data["series"]]
    view.measure.setCurrentIndex(view.measure.findData("done"))
    assert view.chart.data()["values"][0] == [
        float(sum(d.done for d in days if d.annotator == w)) for w in view.chart.data()["series"]
    ]
    view.measure.setCurrentIndex(view.measure.findData("created"))
    view.label.setCurrentIndex(view.label.findData("claim"))
    assert view.chart.data()["values"][0] == [
        float(sum(d.created for d in days if d.annotator == w and d.label == "claim"))
        for w in view.chart.data()["series"]
    ]


def test_per_day_groups_by_day_and_annotator() -> None:
    from marginalia.db.team.stats import DayCount

    days = [
        DayCount(date(2026, 1, 2), "bob", "claim", created=3),
        DayCount(date(2026, 1, 1), "alice", "claim", created=2, edited=1),
        DayCount(date(2026, 1, 1), "alice", "figure", created=5),
        DayCount(date(2026, 1, 2), "alice", None, done=4),
    ]
    assert per_day(days, "created", None) == (
        ["2026-01-01", "2026-01-02"],
        ["alice", "bob"],
        [[7.0, 0.0], [0.0, 3.0]],
    )
    assert per_day(days, "created", "figure") == (["2026-01-01"], ["alice"], [[5.0]])
    assert per_day(days, "done", "figure")[2] == [[0.0, 0.0], [4.0, 0.0]]  # label ignored


@pytest.mark.parametrize(
    ("values", "low"),
    [([[0.5, None], [1.0, 0.25]], 0.0), ([[-0.4, 0.8], [0.1, None]], -0.5)],
)
def test_bar_chart_paints_bars_where_the_values_are(qtbot, values, low) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_data(["Claim", "Figure"], ["a × b", "all"], values, title="κ")
    assert chart.data()["range"] == (low, 1.0)
    image = chart.grab().toImage()  # paints without error
    assert not image.isNull()
    drawn = {key for key in chart.bar_rects}
    expected = {(g, s) for g, row in enumerate(values) for s, v in enumerate(row) if v is not None}
    assert drawn == expected
    # bar heights are proportional to the values; negative bars hang below the zero line
    rects = chart.bar_rects
    unit = None
    for (g, s), rect in rects.items():
        value = values[g][s]
        if unit is None:
            unit = rect.height() / abs(value)
        assert math.isclose(rect.height(), abs(value) * unit, rel_tol=0.03)
    tops = {(g, s): r.top() for (g, s), r in rects.items()}
    bottoms = {(g, s): r.bottom() for (g, s), r in rects.items()}
    positive_bottoms = {round(bottoms[k]) for k in rects if values[k[0]][k[1]] > 0}
    assert len(positive_bottoms) == 1  # all stand on the same zero line
    for k in rects:
        if values[k[0]][k[1]] < 0:
            assert round(tops[k]) in positive_bottoms
    assert "Claim: a × b" in chart.summary()


def test_bar_chart_refuses_ragged_data(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError):
        chart.set_data(["x"], ["a", "b"], [[1.0]])


def test_statistics_view_reads_again_when_shown_after_edits_while_hidden(
    app_window, corpus: Path
) -> None:
    store = app_window.store
    seed_team(store, corpus)
    view = app_window.workspace.insight.statistics()
    app_window.wait()
    before = store.stats()
    view.hide()
    article = store.article_ids()[0]
    app_window.workspace.undo.do(CreateAnnotation(article, "claim", 0, 3, "carol"))
    settle(app_window)
    assert view.table.rowCount() == len(before["annotators"])  # not read while hidden
    view.show()
    app_window.wait()
    names = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert names == [p["name"] for p in store.stats()["annotators"]]
    assert "carol" in names


def tick(box, name: str) -> None:
    """Toggle an annotator's box from the keyboard, as a user does."""
    from PySide6.QtTest import QTest

    row = next(i for i in range(box.count()) if box.item(i).data(Qt.ItemDataRole.UserRole) == name)
    box.setFocus()
    box.setCurrentRow(row)
    QTest.keyClick(box, Qt.Key.Key_Space)


def test_agreement_says_why_there_is_nothing_to_show(app_window, qtbot) -> None:
    from marginalia.db.team.adjudication import AcceptCandidate, adjudication

    store = app_window.store
    first = add_article(store, title="one")
    second = add_article(store, "Another text, long enough for a span or two.", title="two")
    store.create_annotation(first, "claim", 2, 9, "alice")
    view = app_window.workspace.insight.agreement()
    app_window.wait()
    assert view.pages.currentWidget() is view.empty and view.empty.isVisible()
    assert not view.table.isVisible()
    assert "only alice has coded articles" in view.empty.text()
    assert "at least two annotators on the same articles" in view.empty.text()

    # bob codes another article: two annotators, nothing in common
    app_window.workspace.undo.do(CreateAnnotation(second, "claim", 0, 7, "bob"))
    settle(app_window)
    assert "alice, bob have not coded any article in common" in view.empty.text()
    assert view.empty.isVisible()

    # bob codes the first article too: one pair, its rows once
    app_window.workspace.undo.do(CreateAnnotation(first, "claim", 2, 8, "bob"))
    settle(app_window)
    assert view.table.isVisible() and not view.empty.isVisible()
    assert [shown(view.table, r, 1) for r in range(view.table.rowCount())] == ["alice × bob"] * 2

    # only one ticked: say so, rather than show an empty table
    tick(view.annotators, "bob")
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    app_window.wait()
    assert (
        view.empty.text() == "Only alice is ticked: tick at least two annotators to compare them."
    )

    # the gold set is offered, unticked; ticked, annotators are measured against it
    tick(view.annotators, "bob")
    app_window.workspace.undo.do(AcceptCandidate(first, adjudication(store, first).candidates[0]))
    settle(app_window)
    gold = view.annotators.item(view.annotators.count() - 1)
    assert gold.text() == "gold (the adjudicated set)"
    assert gold.checkState() == Qt.CheckState.Unchecked
    assert view.report.annotators == ("alice", "bob")
    tick(view.annotators, "gold")
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    app_window.wait()
    assert view.report.annotators == ("alice", "bob", "gold")
    pairs = [shown(view.table, r, 1) for r in range(view.table.rowCount())]
    assert pairs[:4] == ["alice × bob", "alice × gold", "bob × gold", "all (alice, bob, gold)"]


def test_statistics_count_what_exists_and_gold_is_no_annotator(app_window) -> None:
    """Accept all figures, Ctrl+Z: the statistics count none of them. Gold is reported apart,
    and each annotator's done of assigned articles is in the table."""
    from PySide6.QtTest import QTest

    from marginalia.db.article_import.pipeline import import_paths
    from marginalia.db.locations import sample_article
    from marginalia.db.team.adjudication import AcceptCandidate, adjudication
    from marginalia.db.team.assignments import assign

    store = app_window.store
    article = import_paths(store, [sample_article()]).imported[0][1]
    other = add_article(store, title="other")
    assign(store, [article, other], ["tester"])
    controller = app_window.workspace.suggestions
    with app_window.qtbot.waitSignal(controller.shown, timeout=10_000):
        app_window.open(article)
    app_window.wait()
    figures = [p for p in controller.proposals if p.suggestion.label == "figure"]
    assert len(figures) >= 3
    controller.list.accept_all["figure"].trigger()
    app_window.wait()
    assert len(store.annotations(article, annotator="tester")) == len(figures)
    app_window.view.setFocus()
    QTest.keyClick(app_window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()
    assert store.annotations(article, annotator="tester") == []

    # one kept tag, the article marked done, and a gold annotation from adjudication
    app_window.workspace.undo.do(CreateAnnotation(article, "claim", 0, 8, "tester"))
    store.set_status(article, "tester", Status.DONE)
    app_window.workspace.undo.do(CreateAnnotation(article, "claim", 0, 8, "bob"))
    settle(app_window)
    candidate = adjudication(store, article).candidates[0]
    app_window.workspace.undo.do(AcceptCandidate(article, candidate))
    settle(app_window)

    view = app_window.workspace.insight.statistics()
    app_window.wait()
    data = view.chart.data()
    assert data["series"] == ["bob", "tester"]  # gold is not an annotator
    assert data["values"] == [[1.0, 1.0]]  # tester's undone accepts count nowhere
    table = view.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    rows = {shown(table, r, 0): r for r in range(table.rowCount())}
    assert set(rows) == {"bob", "tester"}
    assert shown(table, rows["tester"], headers.index("Annotations")) == "1"
    assert shown(table, rows["tester"], headers.index("Done of assigned")) == "1 / 2"
    assert shown(table, rows["bob"], headers.index("Done of assigned")) == "—"
    assert view.gold.text() == "Gold set (adjudicated): 1 annotation (Claim 1)."
    view.measure.setCurrentIndex(view.measure.findData("deleted"))
    assert view.chart.data()["values"] in ([], [[0.0, 0.0]])
    assert "undone the same day" in view.measure.itemData(0, Qt.ItemDataRole.ToolTipRole)


def test_team_view_shows_who_is_where(app_window, qtbot) -> None:
    from PySide6.QtTest import QTest

    from marginalia.db.team.assignments import assign

    store = app_window.store
    ids = [
        add_article(store, f"Article number {n}, with a few words.", title=f"A{n}")
        for n in range(4)
    ]
    assign(store, ids[:3], ["alice"])
    assign(store, ids[1:], ["bob"])
    assign(store, ids[3:], ["chen"])
    store.set_status(ids[0], "alice", Status.DONE)
    store.set_status(ids[1], "alice", Status.DONE)
    store.create_annotation(ids[2], "claim", 0, 7, "alice")
    store.set_status(ids[3], "bob", Status.SKIPPED)
    menu = app_window.registry.menu(MenuId.TEAM)
    action = app_window.registry.action("team.progress")
    assert action in menu.actions()
    action.trigger()
    app_window.wait()
    view = app_window.workspace.insight.views["team"]
    assert view.isVisible()
    table = view.table
    assert [shown(table, r, 0) for r in range(table.rowCount())] == ["alice", "bob", "chen"]
    bar = table.cellWidget(0, 1)
    assert (bar.value(), bar.maximum(), bar.text()) == (2, 3, "2 / 3")
    assert bar.accessibleName() == "alice: 2 of 3 assigned articles done"
    assert shown(table, 0, 2) == "1" and shown(table, 1, 2) == "2"  # to do
    assert shown(table, 0, 8) == "A2"  # her last change: a claim on A2
    assert table.cellWidget(2, 1).accessibleName() == "chen: 0 of 1 assigned article done"
    assert view.summary.text() == "3 annotators · 2 of 7 assigned articles done"
    # alice's articles below; the first row is chosen to start with
    articles = view.article_table
    model = articles.model()

    def cell(row: int, column: int) -> str:
        return model.index(row, column).data()

    assert [cell(r, 0) for r in range(model.rowCount())] == ["A0", "A1", "A2"]
    assert [cell(r, 2) for r in range(3)] == ["Done", "Done", "New"]

    # choose bob with the keyboard; his articles follow
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Down)
    app_window.wait()
    assert view.chosen == "bob"
    assert [cell(r, 0) for r in range(model.rowCount())] == ["A1", "A2", "A3"]
    assert cell(2, 2) == "Skipped"

    # an edit elsewhere refreshes the view through the broadcast
    app_window.workspace.undo.do(SetStatus(ids[1], "bob", Status.DONE))
    settle(app_window)
    assert table.cellWidget(1, 1).text() == "1 / 3"
    assert view.chosen == "bob"

    # a burst of edits is read once, after a pause — not once per edit
    reads: list[Changes | None] = []
    refresh = view.refresh

    def counted(changes: Changes | None = None) -> None:
        reads.append(changes)
        refresh(changes)

    view.refresh = counted
    for article in ids[:3]:
        app_window.workspace.undo.do(SetStatus(article, "alice", Status.IN_PROGRESS))
    settle(app_window)
    assert len(reads) == 1 and reads[0] is not None and reads[0].articles == frozenset(ids[:3])
    assert table.cellWidget(0, 1).text() == "0 / 3"
    view.refresh = refresh

    # Enter on an article opens it in the reader
    articles.setFocus()
    articles.setCurrentIndex(model.index(2, 0))
    QTest.keyClick(articles, Qt.Key.Key_Return)
    app_window.wait()
    assert app_window.view.article is not None and app_window.view.article.id == ids[3]


def test_the_agreement_check_lists_rows_leave_room_around_their_boxes(app_window) -> None:
    """The Labels and Annotators lists' rows were as tall as the tick box, so the boxes of
    neighbouring rows touched: a row is the style's indicator plus at least 4 px."""
    first = add_article(app_window.store, title="one")
    app_window.store.create_annotation(first, "claim", 2, 9, "alice")
    app_window.store.create_annotation(first, "claim", 2, 9, "bob")
    view = app_window.workspace.insight.agreement()
    app_window.wait()
    for box in (view.labels, view.annotators):
        assert len(roomy_rows(box)) >= 2


@pytest.mark.parametrize(
    ("action", "name"),
    [
        ("team.agreement", "agreement"),
        ("team.statistics", "statistics"),
        ("team.adjudicate", "adjudication"),
        ("team.progress", "team"),
    ],
)
def test_esc_closes_a_view_as_it_closes_a_dialog(app_window, action: str, name: str) -> None:
    """Esc did nothing in the views (windows, not dialogs); it closes them now, pressed on
    whichever control has the focus, and Shift+Esc still does not."""
    add_article(app_window.store, title="one")
    app_window.registry.action(action).trigger()
    app_window.wait()
    view = app_window.workspace.insight.views[name]
    app_window.qtbot.waitExposed(view)
    target = view.focusWidget() or view
    QTest.keyClick(target, Qt.Key.Key_Escape, Qt.KeyboardModifier.ShiftModifier)
    assert view.isVisible()
    QTest.keyClick(target, Qt.Key.Key_Escape)
    assert not view.isVisible()
