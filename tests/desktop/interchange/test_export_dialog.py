"""The Export dialog and Import annotations, driven with keys and clicks, read back from disk
and from the database."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from marginalia.db import ImportReport
from marginalia.db.connection import writing
from marginalia.db.store import Store
from marginalia.desktop.interchange import ExportDialog

from ..check_rows import app_font, roomy_rows
from ..helpers import TEXT, add_article

OTHER = "Another article: prices rose 12% in 2023.\n"


def _annotate(store: Store, article: int, who: str, words: list[str]) -> list[str]:
    text = store.text(article)
    label = store.schema().labels[0].id
    made = []
    for word in words:
        start = text.index(word)
        outcome = store.create_annotation(article, label, start, start + len(word), who)
        made.append(outcome.value.id)
    return made


def _open_dialog(app_window) -> ExportDialog:
    QTest.keyClick(app_window.window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    app_window.wait()
    feature = app_window.workspace.interchange
    app_window.qtbot.waitUntil(lambda: feature.dialog is not None and feature.dialog.isVisible())
    return feature.dialog


def _wait_count(app_window, dialog: ExportDialog) -> tuple[int, int]:
    with app_window.qtbot.waitSignal(dialog.counted, timeout=5_000) as counted:
        pass
    return tuple(counted.args)


def _choose_format(dialog: ExportDialog, fmt: str) -> None:
    dialog.format.setFocus()
    while dialog.fmt != fmt:
        QTest.keyClick(dialog.format, Qt.Key.Key_Down)


def _export(app_window, dialog: ExportDialog, out: Path):
    dialog.destination.clear()
    QTest.keyClicks(dialog.destination, str(out))
    controller = app_window.workspace.interchange.exporter
    with app_window.qtbot.waitSignal(controller.finished, timeout=20_000) as done:
        QTest.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def _store_with_two_articles(app_window) -> tuple[int, int]:
    store = app_window.store
    first = add_article(store)
    second = add_article(store, OTHER, images=False, title="Other")
    _annotate(store, first, "tester", ["unemployment", "5%", "2023", "江北工厂"])
    _annotate(store, first, "gold", ["minister"])
    _annotate(store, second, "tester", ["prices", "12%"])
    return first, second


def test_export_current_article_as_w3c_puts_each_quote_at_its_offsets(
    app_window, tmp_path: Path
) -> None:
    first, _second = _store_with_two_articles(app_window)
    app_window.open(first)
    dialog = _open_dialog(app_window)
    assert _wait_count(app_window, dialog) == (2, 7)
    names = [dialog.annotators.item(i).text() for i in range(dialog.annotators.count())]
    assert "gold (the adjudicated set)" in names and "tester" in names
    QTest.mouseClick(dialog.current_only, Qt.MouseButton.LeftButton)
    assert _wait_count(app_window, dialog) == (1, 5)
    _choose_format(dialog, "w3c")
    out = tmp_path / "current.jsonl"
    result = _export(app_window, dialog, out)
    assert result.counts.annotations == 5 and out in result.files
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    for record in records:
        selectors = {s["type"]: s for s in record["target"]["selector"]}
        position = selectors["TextPositionSelector"]
        # code-point offsets, with 😀 and 𠀋 before the spans
        assert TEXT[position["start"] : position["end"]] == selectors["TextQuoteSelector"]["exact"]
    summary = app_window.workspace.interchange.exporter.summary
    assert summary is not None and str(out) in summary.text() and "5" in summary.text()


def test_export_filtered_by_annotator_as_csv_reads_back_with_the_csv_module(
    app_window, tmp_path: Path
) -> None:
    first, second = _store_with_two_articles(app_window)
    app_window.open(first)
    dialog = _open_dialog(app_window)
    _wait_count(app_window, dialog)
    _choose_format(dialog, "csv")
    assert not dialog.layout_.isEnabled()
    tester = next(
        dialog.annotators.item(i)
        for i in range(dialog.annotators.count())
        if dialog.annotators.item(i).text() == "tester"
    )
    rect = dialog.annotators.visualItemRect(tester)
    # a click on the check box ticks it
    QTest.mouseClick(
        dialog.annotators.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )
    assert tester.checkState() == Qt.CheckState.Checked
    assert _wait_count(app_window, dialog) == (2, 6)
    out = tmp_path / "tester.csv"
    _export(app_window, dialog, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 6 and {r["annotator"] for r in rows} == {"tester"}
    texts = {first: TEXT, second: OTHER}
    for row in rows:
        text = texts[int(row["article_id"])]
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]


def test_cancelled_export_leaves_no_file(app_window, tmp_path: Path) -> None:
    from marginalia.db.interchange import ExportFilter, ExportOptions
    from marginalia.desktop.interchange import ExportRequest

    _store_with_two_articles(app_window)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "never.csv"
    controller = app_window.workspace.interchange.exporter
    request = ExportRequest("csv", out, ExportFilter(), ExportOptions())
    with app_window.qtbot.waitSignal(controller.cancelled, timeout=10_000):
        controller.start(request)
        controller.cancel()
    assert not out.exists() and list(folder.iterdir()) == []


def test_doccano_export_imports_back_into_a_fresh_database(app_window, tmp_path: Path) -> None:
    from marginalia.db.interchange import export
    from marginalia.db.interchange.source import iter_bundles

    store = app_window.store
    first, _ = _store_with_two_articles(app_window)
    out = tmp_path / "made.jsonl"
    export(iter_bundles(store), store.schema(), "doccano", out)
    exported = {(a.start, a.end, a.label) for a in store.annotations(first)}
    # the same article, without annotations, in the window's database
    with writing(store) as conn:
        from sqlalchemy import text

        conn.execute(text("DELETE FROM annotation_links"))
        conn.execute(text("DELETE FROM annotations"))
    assert store.annotations(first) == []
    app_window.open(first)

    feature = app_window.workspace.interchange
    app_window.registry.action("file.import_annotations").trigger()
    dialog = feature.import_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.format.setFocus()
    while dialog.fmt != "doccano":
        QTest.keyClick(dialog.format, Qt.Key.Key_Down)
    QTest.keyClicks(dialog.files, str(out))
    with app_window.qtbot.waitSignal(feature.importer.finished, timeout=10_000) as done:
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    outcome = done.args[0]
    assert not outcome.refused and outcome.imported == {"made.jsonl": 7}
    assert {(a.start, a.end, a.label) for a in store.annotations(first)} == exported
    # the reader refreshed from the `changed` broadcast
    app_window.wait()
    app_window.qtbot.waitUntil(lambda: len(app_window.panel.annotations) == 4)


def test_a_bad_record_is_named_and_the_good_one_goes_in(app_window, tmp_path: Path) -> None:
    store = app_window.store
    first = add_article(store)
    text_ = store.text(first)
    good = {
        "text": text_,
        "entities": [{"id": 1, "start_offset": 2, "end_offset": 4, "label": "claim"}],
    }
    bad = {
        "text": text_,
        "entities": [{"id": 2, "start_offset": 5, "end_offset": 99999, "label": "claim"}],
    }
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    feature = app_window.workspace.interchange
    app_window.registry.action("file.import_annotations").trigger()
    dialog = feature.import_dialog
    dialog.format.setCurrentIndex(dialog.format.findData("doccano"))
    QTest.keyClicks(dialog.files, str(broken))
    with app_window.qtbot.waitSignal(feature.importer.finished, timeout=10_000) as done:
        QTest.keyClick(dialog.import_button, Qt.Key.Key_Space)
    outcome = done.args[0]
    assert outcome.imported == {"broken.jsonl": 1} and outcome.refused == []
    assert [name for name, _ in outcome.partly] == ["broken.jsonl"]
    shown = feature.importer.summary
    assert shown is not None and shown.isVisible()
    assert "broken.jsonl" in shown.text() and "line 2" in shown.text()
    # doccano counts UTF-16: 2–4 after the leading 😀 are code points 1–3
    assert [(a.start, a.end) for a in store.annotations(first)] == [(1, 3)]
    QApplication.processEvents()


def test_export_remembers_the_last_choices_also_after_a_relaunch(
    app_window, tmp_path: Path, monkeypatch
) -> None:
    from marginalia.desktop.settings import Preferences

    first, _second = _store_with_two_articles(app_window)
    app_window.open(first)
    dialog = _open_dialog(app_window)
    assert dialog.fmt == "w3c"  # the first time: the default
    labels = [dialog.labels.item(i).text() for i in range(dialog.labels.count())]
    assert labels == ["Claim (1)", "Figure (2)", "Image caption (3)"]
    _choose_format(dialog, "doccano")
    dialog.offset_unit.setFocus()
    QTest.keyClick(dialog.offset_unit, Qt.Key.Key_Down)  # grapheme clusters
    dialog.with_texts.setFocus()
    QTest.keyClick(dialog.with_texts, Qt.Key.Key_Space)
    assert dialog.with_texts.isChecked()
    out = tmp_path / "sets" / "first.jsonl"
    out.parent.mkdir()
    _export(app_window, dialog, out)
    assert out.exists()
    summary = app_window.workspace.interchange.exporter.summary
    QTest.keyClick(summary, Qt.Key.Key_Return)  # the user closes the summary
    assert not summary.isVisible()
    with app_window.qtbot.waitActive(app_window.window):  # a window manager does this
        app_window.window.activateWindow()

    again = _open_dialog(app_window)
    assert again is not dialog
    assert again.fmt == "doccano"
    assert again.offset_unit.currentData() == "grapheme"
    assert again.with_texts.isChecked()
    # Browse starts in the folder of the last export
    started: list[str] = []

    def save_name(_parent, _title, start, _filters):
        started.append(start)
        return "", ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_name)
    QTest.mouseClick(again.browse, Qt.MouseButton.LeftButton)
    assert started == [str(out.parent / "annotations.jsonl")]
    again.reject()
    with app_window.qtbot.waitActive(app_window.window):
        app_window.window.activateWindow()

    # a relaunch reads the same preferences file
    relaunched = Preferences()
    assert (relaunched.export_format, relaunched.export_offset_unit) == ("doccano", "grapheme")
    assert relaunched.export_folder == str(out.parent)
    # a format no longer known falls back to the default rather than failing
    relaunched.export_format = "no-such-format"
    third = _open_dialog(app_window)
    assert third.fmt == "w3c"
    third.reject()


def test_label_studio_export_with_predictions_writes_every_article_for_review(
    app_window, tmp_path: Path
) -> None:
    """The dialog offers what ``export --predictions`` does: the annotator's suggestions go
    out as predictions Label Studio's own LabelInterface accepts, for every article (also one
    nobody has annotated), and the summary says how many."""
    from label_studio_sdk.label_interface.interface import LabelInterface

    store = app_window.store
    annotated = add_article(store)
    untouched = add_article(store, OTHER, images=False, title="Other")
    _annotate(store, annotated, "tester", ["unemployment"])
    app_window.open(annotated)
    dialog = _open_dialog(app_window)
    assert _wait_count(app_window, dialog) == (1, 1)
    assert not dialog.predictions.isEnabled()  # w3c has no predictions
    _choose_format(dialog, "labelstudio")
    assert dialog.predictions.isEnabled() and not dialog.conll_scheme.isEnabled()
    dialog.predictions.setFocus()
    QTest.keyClick(dialog.predictions, Qt.Key.Key_Space)
    assert dialog.predictions.isChecked()
    # the preview says what will be written: every article, with the one annotation
    app_window.qtbot.waitUntil(
        lambda: dialog.preview.text().endswith("in 2 articles will be exported.")
    )
    out = tmp_path / "tasks.json"
    result = _export(app_window, dialog, out)
    tasks = {t["data"]["article_id"]: t for t in json.loads(out.read_text("utf-8"))}
    assert set(tasks) == {annotated, untouched}
    assert tasks[untouched]["annotations"] == [] and tasks[untouched]["predictions"]
    config = json.loads((tmp_path / "tasks.json.manifest.json").read_text("utf-8"))
    interface = LabelInterface(config["labelstudio"]["config"])
    regions = 0
    for task in tasks.values():
        text = task["data"]["text"]
        for prediction in task["predictions"]:
            assert interface.validate_prediction(prediction, return_errors=True) == []
            for region in prediction["result"]:
                value = region["value"]
                assert text[value["start"] : value["end"]] == value["text"]
                regions += 1
    assert result.counts.predictions == regions > 0
    summary = app_window.workspace.interchange.exporter.summary
    plural = "" if regions == 1 else "s"
    assert f"Wrote {regions} suggestion{plural} as predictions" in summary.text()
    QTest.keyClick(summary, Qt.Key.Key_Return)


def test_conll_export_uses_the_chosen_scheme_and_columns_and_remembers_them(
    app_window, tmp_path: Path
) -> None:
    from seqeval.metrics.sequence_labeling import get_entities

    first, _second = _store_with_two_articles(app_window)
    app_window.open(first)
    dialog = _open_dialog(app_window)
    _wait_count(app_window, dialog)
    _choose_format(dialog, "conll")
    assert dialog.conll_scheme.isEnabled() and not dialog.predictions.isEnabled()
    dialog.conll_scheme.setFocus()
    QTest.keyClick(dialog.conll_scheme, Qt.Key.Key_Down)
    assert dialog.conll_scheme.currentData() == "bioes"
    out = tmp_path / "set.conll"
    _export(app_window, dialog, out)
    tags = [
        line.split()[-1]
        for line in out.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("-DOCSTART-") and not line.startswith("#")
    ]
    assert any(tag.startswith(("S-", "E-")) for tag in tags)
    # seqeval reads the tags as BIOES spans: one per exported annotation of a tagged label
    assert len(get_entities(tags)) >= 1
    QTest.keyClick(app_window.workspace.interchange.exporter.summary, Qt.Key.Key_Return)
    with app_window.qtbot.waitActive(app_window.window):
        app_window.window.activateWindow()
    again = _open_dialog(app_window)
    assert (again.fmt, again.conll_scheme.currentData()) == ("conll", "bioes")
    again.reject()


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, ("1 annotation in 1 article will be exported.", "Imported 1 article.")),
        (2, ("2 annotations in 2 articles will be exported.", "Imported 2 articles.")),
    ],
)
def test_counts_read_right_in_english(app_window, n: int, expected: tuple[str, str]) -> None:
    """'1 annotation in 1 article', '2 annotations in 2 articles': Qt's plural forms, not
    '(s)' (the English catalogue's numerus forms, ADR 0072)."""
    store = app_window.store
    articles = []
    for k in range(n):
        article = add_article(store, OTHER + str(k), title=f"Article {k}")
        _annotate(store, article, "tester", ["prices"])
        articles.append(article)
    dialog = _open_dialog(app_window)
    app_window.qtbot.waitUntil(lambda: dialog.preview.text().startswith(f"{n} "))
    assert dialog.preview.text() == expected[0]
    dialog.reject()
    importer = app_window.workspace.article_import
    report = ImportReport(imported=[(f"{k}.html", a) for k, a in enumerate(articles)])
    assert importer.status_text(report) == expected[1]


@pytest.mark.parametrize("points", [None, 20])
def test_the_check_lists_rows_leave_room_around_their_boxes(app_window, points) -> None:
    """The Labels list's rows were 14 px, as tall as the tick box, so the boxes touched: a
    row is the style's indicator plus at least 4 px, at the app's font and at a large one."""
    with app_font(points):
        add_article(app_window.store)
        dialog = _open_dialog(app_window)
        rows = roomy_rows(dialog.labels)
        assert len(rows) == 3
        # three rows show whole, without a scroll bar
        assert rows[-1].bottom() < dialog.labels.viewport().height()
        dialog.reject()


def test_an_empty_annotators_list_is_a_row_tall_and_says_why(app_window) -> None:
    """Before anybody annotated, the Annotators list was a 3 px line (its height came from a
    row that did not exist): it is one row tall and says nobody has annotated, a row that
    cannot be ticked, and the export still takes everybody."""
    add_article(app_window.store)
    dialog = _open_dialog(app_window)
    view = dialog.annotators
    assert view.count() == 1
    note = view.item(0)
    assert note.text() == "Nobody has annotated yet."
    assert not note.flags() & (Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
    row = view.visualItemRect(note)
    assert row.height() >= view.fontMetrics().height()
    assert view.viewport().height() >= row.bottom()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert note.checkState() == Qt.CheckState.Unchecked
    assert dialog.export_filter().annotators == ()
    dialog.reject()


def test_a_screen_reader_names_each_date_by_its_end(app_window) -> None:
    # both date fields sat in the group "Which annotations" and were named by it
    dialog = _open_dialog(app_window)
    names = [
        QAccessible.queryAccessibleInterface(edit).text(QAccessible.Text.Name)
        for edit in (dialog.since, dialog.until)
    ]
    assert names == ["Changed from", "Changed until"]
    dialog.reject()
