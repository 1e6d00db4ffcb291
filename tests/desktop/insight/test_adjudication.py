"""Adjudicating one article with two annotators' differing spans, then exporting gold."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from marginalia.db.team.adjudication import ACCEPTED, EDITED, GOLD, REJECTED, adjudication

from ..helpers import TEXT, add_article

CLAIM = "The minister said unemployment fell to 5% in 2023."


def at(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def two_annotators(store) -> int:
    article = add_article(store)
    store.create_annotation(
        article, "claim", *at(CLAIM), "alice", attributes={"checkworthy": "yes"}, note="key claim"
    )
    store.create_annotation(article, "claim", *at(CLAIM), "bob", attributes={"checkworthy": "yes"})
    store.create_annotation(article, "figure", *at("5%"), "alice", attributes={"kind": "percent"})
    store.create_annotation(
        article, "figure", *at("5% in 2023"), "bob", attributes={"kind": "percent"}
    )
    store.create_annotation(article, "caption", *at("图片说明:江北工厂"), "bob")
    return article


def choose(view, quote: str, who: tuple[str, ...]) -> None:
    for row, candidate in enumerate(view.state.candidates):
        if candidate.quote == quote and candidate.annotators == who:
            rect = view.table.visualItemRect(view.table.item(row, 2))
            from PySide6.QtTest import QTest

            QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert view.selected() == candidate
            return
    raise AssertionError(f"no candidate {quote!r} of {who}")


def test_adjudicate_and_export_gold(app_window, qtbot, monkeypatch, tmp_path: Path) -> None:
    store = app_window.store
    article = two_annotators(store)
    app_window.open(article)
    menu = next(
        a.menu()
        for a in app_window.window.menuBar().actions()
        if a.menu() and a.menu().objectName() == "team-menu"
    )
    adjudicate = next(a for a in menu.actions() if "djudicate" in a.text())
    adjudicate.trigger()
    app_window.wait()
    view = app_window.workspace.insight.views["adjudication"]
    assert view.article_id == article
    state = view.state
    assert state.annotators == ("alice", "bob")
    assert [(c.quote, c.annotators) for c in state.candidates] == [
        (CLAIM, ("alice", "bob")),
        ("5%", ("alice",)),
        ("5% in 2023", ("bob",)),
        ("图片说明:江北工厂", ("bob",)),
    ]
    # differences are highlighted: the agreed claim is not, the others are
    styles = [view.table.item(r, 2).background().style() for r in range(4)]
    assert styles == [Qt.BrushStyle.NoBrush] + [Qt.BrushStyle.SolidPattern] * 3
    assert "4 of 4" in view.summary.text()

    # accept the claim both marked
    choose(view, CLAIM, ("alice", "bob"))
    view.accept_button.click()
    app_window.wait()
    # edit bob's figure: the boundaries of "fell to 5%" and another kind
    choose(view, "5% in 2023", ("bob",))

    def fill(dialog_self) -> QDialog.DialogCode:
        dialog = view.edit_dialog
        # the attributes are fields of the label's definitions, filled with the candidate's
        kind = dialog.fields["kind"]
        assert kind.currentData() == "percent" and set(dialog.fields) == {"value", "unit", "kind"}
        start, end = at("fell to 5%")
        dialog.start.setValue(start)
        dialog.end.setValue(end)
        assert dialog.quote.text() == "fell to 5%"  # the quote follows the boundaries
        kind.setCurrentIndex(kind.findData("measure"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", fill)
    view.edit_button.click()
    app_window.wait()
    # reject alice's figure, accept the caption, then undo that acceptance
    choose(view, "5%", ("alice",))
    view.reject_button.click()
    app_window.wait()
    assert not view.accept_button.isEnabled()  # decided rows cannot be decided again
    choose(view, "图片说明:江北工厂", ("bob",))
    view.accept_button.click()
    app_window.wait()
    assert len(store.annotations(article, annotator=GOLD)) == 3
    app_window.workspace.undo.undo()
    app_window.wait()

    gold = sorted(store.annotations(article, annotator=GOLD), key=lambda a: a.start)
    assert [(a.label, a.quote, dict(a.attributes)) for a in gold] == [
        ("claim", CLAIM, {"checkworthy": "yes"}),
        ("figure", "fell to 5%", {"kind": "measure"}),
    ]
    assert gold[0].note == "key claim"
    assert gold[0].provenance == {"source": "adjudication", "from": ["alice", "bob"]}
    assert gold[1].provenance == {"source": "adjudication", "from": ["bob"]}
    decided = adjudication(store, article)
    by_quote = {c.quote: decided.decisions.get(c.key) for c in decided.candidates}
    assert by_quote == {
        CLAIM: ACCEPTED,
        "5% in 2023": EDITED,
        "5%": REJECTED,
        "图片说明:江北工厂": None,
    }
    assert view.summary.text().startswith("1 of 4 spans left to decide · ")
    # the annotators' own annotations are untouched
    assert len(store.annotations(article, annotator="bob")) == 3

    out = tmp_path / "gold.csv"
    offered: list[str] = []

    def save_name(_parent, _title, _start, filters):
        offered.extend(filters.split(";;"))
        return str(out), "CSV (one row per annotation) (*.csv)"

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_name)
    view.export_button.click()
    app_window.wait()
    assert view.summary.text() == "Exported 2 gold annotations."
    assert offered[0] == "W3C Web Annotation (*.jsonl)" and len(offered) == 8
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["annotator"], r["label"], r["quote"]) for r in rows] == [
        (GOLD, "Claim", CLAIM),
        (GOLD, "Figure", "fell to 5%"),
    ]
    for row in rows:
        assert TEXT[int(row["start"]) : int(row["end"])] == row["quote"]


def test_attributes_read_as_words_and_the_text_shows_the_span(app_window, qtbot) -> None:
    """The attribute column reads like the panel (names, translated choices, schema order),
    the article's text is beside the table, and a click on a row marks its span there —
    after an emoji and a CJK Extension B character, so UTF-16 and code points differ."""
    store = app_window.store
    article = two_annotators(store)
    store.create_annotation(
        article,
        "claim",
        *at("unemployment fell"),
        "alice",
        attributes={"type": "statistical", "speaker": "the minister", "checkworthy": "no"},
    )
    view = app_window.workspace.insight.adjudicate(article)
    app_window.wait()
    assert view.article_text.toPlainText() == TEXT
    attributes = {
        view.table.item(r, 2).text(): view.table.item(r, 4).text()
        for r in range(view.table.rowCount())
    }
    assert attributes["unemployment fell"] == (
        "Check-worthy: No · Type: Statistical · Speaker: the minister"
    )
    assert attributes[CLAIM] == "Check-worthy: Yes"
    assert attributes["5%"] == "Kind: Percent"
    assert attributes["图片说明:江北工厂"] == ""

    for quote, who in ((CLAIM, ("alice", "bob")), ("5% in 2023", ("bob",))):
        choose(view, quote, who)
        assert view.article_text.marked_text() == quote
        before = TEXT[: TEXT.index(quote)]  # the caret at its start, counted in UTF-16
        assert view.article_text.textCursor().position() == len(before.encode("utf-16-le")) // 2
    view.table.clearSelection()
    assert view.article_text.marked_text() == ""


def test_edit_dialog_follows_the_label(app_window, monkeypatch) -> None:
    store = app_window.store
    article = two_annotators(store)
    view = app_window.workspace.insight.adjudicate(article)
    app_window.wait()
    choose(view, CLAIM, ("alice", "bob"))
    seen: dict[str, object] = {}

    def fill(dialog_self) -> QDialog.DialogCode:
        dialog = view.edit_dialog
        seen["claim"] = set(dialog.fields)
        assert dialog.fields["checkworthy"].currentData() == "yes"
        dialog.label.setCurrentIndex(dialog.label.findData("figure"))
        seen["figure"] = set(dialog.fields)
        dialog.fields["value"].setText("5")
        dialog.fields["unit"].setText("%")
        dialog.end.setValue(dialog.start.value())  # an empty span cannot be accepted
        seen["ok"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.end.setValue(at(CLAIM)[1])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", fill)
    view.edit_button.click()
    app_window.wait()
    assert seen == {
        "claim": {"checkworthy", "type", "speaker"},
        "figure": {"value", "unit", "kind"},
        "ok": False,
    }
    (gold,) = store.annotations(article, annotator=GOLD)
    assert (gold.label, gold.quote, dict(gold.attributes)) == (
        "figure",
        CLAIM,
        {"value": 5, "unit": "%"},
    )
