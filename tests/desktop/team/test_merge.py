"""Merging two work packages through the app, settling a conflict, assigning, packaging."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from marginalia.db.store import Store
from marginalia.db.team.conflicts import conflicts
from marginalia.db.team.package import make_package
from marginalia.desktop import ask
from marginalia.desktop.team.conflicts_view import ConflictsDialog
from marginalia.desktop.team.work import WorkDialog

from ..check_rows import app_font, roomy_rows
from ..helpers import TEXT, add_article


def span(text: str) -> tuple[int, int]:
    start = TEXT.index(text)
    return start, start + len(text)


def test_merge_two_packages_and_resolve_the_conflict(
    app_window, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead = app_window.store
    article = add_article(lead)
    shared = lead.create_annotation(article, "claim", *span("minister"), "alice").value
    alice_file, bob_file = tmp_path / "alice.marginalia", tmp_path / "bob.marginalia"
    make_package(lead, "alice", alice_file, [article])
    make_package(lead, "bob", bob_file, [article])
    with Store.open(alice_file) as alice:
        alice.update_annotation(shared.id, shared.revision, note="alice: a quotation")
    with Store.open(bob_file) as bob:
        added = bob.create_annotation(article, "figure", *span("5%"), "bob").value
    lead.update_annotation(shared.id, shared.revision, note="lead: check this")
    shown: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda _p, _t, text, warning=False: shown.append(text))

    merger = app_window.workspace.team.merger
    with app_window.qtbot.waitSignal(merger.finished, timeout=10_000) as finished:
        assert merger.start([alice_file, bob_file])
    report = finished.args[0]
    app_window.wait()
    assert [len(s.conflicts) for s in report.sources] == [1, 0]
    # each count reads in its own number (ADR 0072), in the dialog and the status bar
    assert shown[0].splitlines() == [
        "• alice.marginalia: 0 new articles; annotations: 0 new, 0 updated, 0 unchanged; "
        "1 conflict",
        "• bob.marginalia: 0 new articles; annotations: 1 new, 0 updated, 0 unchanged; 0 conflicts",
        "1 conflict needs your decision; it is listed next.",
    ]
    assert app_window.window.statusBar().currentMessage() == "Merged 2 databases."
    assert lead.annotation(added.id).annotator == "bob"

    dialog = app_window.window.findChild(ConflictsDialog, "conflicts")
    assert dialog is not None and dialog.isVisible()
    app_window.wait()
    assert dialog.table.rowCount() == 1
    assert dialog.summary.text() == "1 conflict to settle."
    assert dialog.table.item(0, 1).text() == "minister"
    assert "lead: check this" in dialog.ours.toPlainText()
    assert "alice: a quotation" in dialog.theirs.toPlainText()
    app_window.qtbot.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton)
    app_window.wait()
    app_window.wait()
    assert lead.annotation(shared.id).note == "alice: a quotation"
    assert conflicts(lead) == []
    assert dialog.table.rowCount() == 0
    # merging the same packages again changes nothing and finds no conflict
    with app_window.qtbot.waitSignal(merger.finished, timeout=10_000) as again:
        merger.start([alice_file, bob_file])
    assert again.args[0].conflicts == 0
    assert lead.annotation(shared.id).note == "alice: a quotation"
    dialog.close()


def test_a_cancelled_merge_changes_nothing(app_window, tmp_path) -> None:
    lead = app_window.store
    article = add_article(lead)
    package = tmp_path / "alice.marginalia"
    make_package(lead, "alice", package, [article])
    with Store.open(package) as alice:
        alice.create_annotation(article, "claim", *span("minister"), "alice")
    merger = app_window.workspace.team.merger
    with app_window.qtbot.waitSignal(merger.finished, timeout=10_000) as finished:
        merger.start([package])
        merger.cancel()
    assert finished.args[0] is None
    assert lead.annotations(article, annotator="alice") == []
    assert app_window.errors == []  # a cancel is not an error
    assert "cancelled" in app_window.window.statusBar().currentMessage()


def test_a_missing_source_is_reported_per_source(
    app_window, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda _p, _t, text, warning=False: shown.append(text))
    missing = tmp_path / "nobody.marginalia"
    merger = app_window.workspace.team.merger
    with app_window.qtbot.waitSignal(merger.finished, timeout=10_000):
        merger.start([missing])
    assert shown[0] == "• nobody.marginalia: not merged — there is no such database file"


def test_refused_sources_are_named_once_and_two_of_one_name_by_their_paths(
    app_window, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda _p, _t, text, warning=False: shown.append(text))
    notes = tmp_path / "notes.sqlite"
    notes.write_text("just some words, not a database", encoding="utf-8")
    (tmp_path / "bob").mkdir()
    bobs = tmp_path / "bob" / "notes.sqlite"
    merger = app_window.workspace.team.merger
    with app_window.qtbot.waitSignal(merger.finished, timeout=10_000):
        merger.start([notes, bobs, tmp_path / "carol.sqlite"])
    assert shown[0].splitlines() == [
        f"• {notes}: not merged — is not a Marginalia database (not an SQLite file)",
        f"• {bobs}: not merged — there is no such database file",
        "• carol.sqlite: not merged — there is no such database file",
    ]


def test_assign_and_make_a_package_from_the_dialog(app_window, tmp_path) -> None:
    from marginalia.db.team.assignments import assignments

    first = add_article(app_window.store, title="First")
    add_article(app_window.store, TEXT + "more", title="Second")
    app_window.open(first)
    dialog = WorkDialog(app_window.workspace)
    dialog.show()
    app_window.wait()
    assert dialog.checked_ids() == [first]  # the open article to start with
    dialog.annotator.setEditText("alice, bob")
    app_window.qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    app_window.wait()
    assert dialog.status.text() == "Assigned 1 article to alice, bob."
    assert {(a.article_id, a.annotator) for a in assignments(app_window.store)} == {
        (first, "alice"),
        (first, "bob"),
    }
    out = tmp_path / "alice.marginalia"
    dialog.annotator.setEditText("alice")
    with app_window.qtbot.waitSignal(dialog.packaged, timeout=10_000) as packaged:
        dialog.make_package(out)
    assert packaged.args[0].articles == 1
    assert dialog.status.text() == (
        "Wrote alice.marginalia: 1 article, 2 images and 0 annotations for alice."
    )
    with Store.open(out) as package:
        assert package.article_ids() == [first]
    dialog.close()


@pytest.mark.parametrize("points", [None, 20])
def test_the_work_dialogs_rows_leave_room_around_their_boxes(app_window, points) -> None:
    """The article list's rows were 14 px, as tall as the tick box, so the boxes touched
    (as the Export dialog's did): a row is the style's indicator plus at least 4 px, at the
    app's font and at a large one."""
    with app_font(points):
        for title in ("First", "Second", "Third"):
            add_article(app_window.store, TEXT + title, title=title)
        dialog = WorkDialog(app_window.workspace)
        dialog.show()
        app_window.wait()
        assert len(roomy_rows(dialog.articles)) == 3
        dialog.close()
